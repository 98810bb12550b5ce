//! `lectern report [SLUG] --html FILE [--open]` and `--csv DIR`: the analytics as one
//! self-contained HTML page (inline SVG charts, no script, nothing fetched) or as CSV tables.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use crate::services::report::{render_html, write_csv_tables};
use crate::services::{Scope, load_analytics, write_file_atomically};

use super::Context;
use super::output::{Exit, shown};
use crate::tr;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("output").required(true).multiple(true).args(["html", "csv"])))]
pub struct Cmd {
    /// A course slug (default: every course not archived).
    pub slug: Option<String>,
    /// Write the report as one self-contained HTML file.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Open the HTML file with the platform's opener afterwards.
    #[arg(long, requires = "html")]
    pub open: bool,
    /// Write lessons.csv and modules.csv (and courses.csv for the library) into DIR.
    #[arg(long, value_name = "DIR")]
    pub csv: Option<PathBuf>,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let analytics = load_analytics(&ctx.store, &Scope::from_slug(cmd.slug.as_deref()))?;
    if let Some(path) = &cmd.html {
        let now = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let page = render_html(&analytics, &now);
        write_file_atomically(path, page.as_bytes(), true)?;
        outln!(
            "{}",
            tr!(
                ctx.texts,
                "report-wrote-kb",
                path = shown(&path.display().to_string()),
                kb = page.len().div_ceil(1024)
            )
        );
        if cmd.open {
            open_with_platform(path, ctx.texts)?;
        }
    }
    if let Some(dir) = &cmd.csv {
        let written = write_csv_tables(&ctx.store, &analytics, dir)?;
        for file in written.files {
            outln!(
                "{}",
                tr!(
                    ctx.texts,
                    "report-wrote",
                    path = shown(&file.display().to_string())
                )
            );
        }
    }
    Ok(Exit::Ok)
}

/// `xdg-open` (Linux, BSD), `open` (macOS) or `start` (Windows); not waited for.
fn open_with_platform(path: &std::path::Path, t: crate::i18n::Texts) -> anyhow::Result<()> {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .with_context(|| {
            tr!(
                t,
                "context-opening-report",
                path = path.display().to_string()
            )
        })?;
    Ok(())
}
