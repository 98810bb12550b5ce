//! `lectern export SLUG --to DIR [--format folder|json] [--force]`: a course back out as a
//! CreatorOS folder (atomic, unchanged files byte-for-byte) or as one JSON document.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::services::{self, ExportReport, Fidelity, Protected};

use super::Context;
use super::output::{Exit, Paint, shown};
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
    protected.add("config file", &ctx.paths.config);
    protected.add("state folder", &ctx.paths.log_dir);
    match cmd.format {
        Format::Folder => {
            let report = services::export_folder_guarded(
                &ctx.store, &cmd.slug, &cmd.to, cmd.force, &protected,
            )?;
            out!("{}", render(&report, Paint::stdout()));
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

fn render(report: &ExportReport, paint: Paint) -> String {
    let mut out = format!(
        "{} `{}` to {}: {} files\n",
        if report.replaced {
            "Replaced with"
        } else {
            "Exported"
        },
        shown(&report.slug),
        report.dir.display(),
        report.files.len()
    );
    let counts = [
        (Fidelity::Original, "byte-for-byte as imported"),
        (
            Fidelity::Transcoded,
            "converted to UTF-8 (from Windows-1252 or UTF-16)",
        ),
        (Fidelity::Changed, "changed since import"),
        (Fidelity::Unrecorded, "with no recorded original"),
    ];
    for (fidelity, label) in counts {
        let n = report.count(fidelity);
        if n > 0 {
            out.push_str(&format!("  {n:>4} {label}\n"));
        }
    }
    for f in report
        .files
        .iter()
        .filter(|f| f.fidelity == Fidelity::Transcoded)
    {
        out.push_str(&format!(
            "       {} {}\n",
            paint.warn("UTF-8 now:"),
            shown(&f.path)
        ));
    }
    if !report.planned_not_written.is_empty() {
        out.push_str(&format!(
            "  {:>4} planned lessons not written (no content yet): {}\n",
            report.planned_not_written.len(),
            shown(&report.planned_not_written.join(", "))
        ));
    }
    out
}
