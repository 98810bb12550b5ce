//! `lectern export SLUG --to DIR [--format folder|json] [--force]`: a course back out as a
//! CreatorOS folder (atomic, unchanged files byte-for-byte) or as one JSON document.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::domain::said::Said;
use crate::services::{self, ExportReport, Fidelity, Protected};

use super::Context;
use super::output::{Exit, Paint, shown};
use crate::i18n::Texts;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// The CreatorOS layout: brief, curriculum.yaml, course-outline.md, lessons/, research/.
    #[default]
    Folder,
    /// One JSON document: course, metadata, lessons with scores and issues, research.
    Json,
}

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// Folder to write (`folder`), or file to write (`json`; `-` for stdout).
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Folder)]
    pub format: Format,
    /// Replace DIR (or the JSON file) if it exists and is not empty.
    #[arg(long)]
    pub force: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let mut protected = Protected::database(&ctx.paths.db);
    protected.add(Said::new("err-protected-config"), &ctx.paths.config);
    protected.add(Said::new("err-protected-state"), &ctx.paths.log_dir);
    match cmd.format {
        Format::Folder => {
            let report = services::export_folder_guarded(
                &ctx.store, &cmd.slug, &cmd.to, cmd.force, &protected,
            )?;
            out!("{}", render(&report, Paint::stdout(), ctx.texts));
        }
        Format::Json => {
            let doc = services::export_json(&ctx.store, &cmd.slug)?;
            let mut text = serde_json::to_string_pretty(&doc)?;
            text.push('\n');
            if cmd.to.as_os_str() == "-" {
                out!("{text}");
            } else {
                protected.refuse(&cmd.to)?;
                services::write_file_atomically(&cmd.to, text.as_bytes(), cmd.force)?;
                eprintln!(
                    "lectern: {}",
                    tr!(
                        ctx.texts,
                        "export-wrote",
                        slug = shown(&cmd.slug),
                        path = cmd.to.display().to_string()
                    )
                );
            }
        }
    }
    Ok(Exit::Ok)
}

fn render(report: &ExportReport, paint: Paint, t: Texts) -> String {
    let mut out = format!(
        "{}\n",
        tr!(
            t,
            "export-folder",
            replaced = if report.replaced { "yes" } else { "no" },
            slug = shown(&report.slug).into_owned(),
            dir = report.dir.display().to_string(),
            files = report.files.len()
        )
    );
    let counts = [
        (Fidelity::Original, "original"),
        (Fidelity::Transcoded, "transcoded"),
        (Fidelity::Changed, "changed"),
        (Fidelity::Unrecorded, "unrecorded"),
    ];
    for (fidelity, kind) in counts {
        let n = report.count(fidelity);
        if n > 0 {
            out.push_str(&format!(
                "  {n:>4} {}\n",
                tr!(t, "export-fidelity", kind = kind)
            ));
        }
    }
    for f in report
        .files
        .iter()
        .filter(|f| f.fidelity == Fidelity::Transcoded)
    {
        out.push_str(&format!(
            "       {} {}\n",
            paint.warn(&t.get("export-utf8-now")),
            shown(&f.path)
        ));
    }
    if !report.planned_not_written.is_empty() {
        out.push_str(&format!(
            "  {:>4} {}\n",
            report.planned_not_written.len(),
            tr!(
                t,
                "export-planned-not-written",
                n = report.planned_not_written.len(),
                ids = shown(&report.planned_not_written.join(", ")).into_owned()
            )
        ));
    }
    out
}
