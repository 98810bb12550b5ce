//! `lectern check SLUG --against DIR [--json] [--fix]`: does the folder hold what the database
//! holds? Exit 1 on any difference; `--fix` re-imports the folder (the folder wins) and exits 0
//! once the two match.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::services::{self, CheckReport, CourseImport, DifferenceKind};

use super::Context;
use super::output::{Exit, Paint, print_json, shown};

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// The course folder to compare with.
    #[arg(long, value_name = "DIR")]
    pub against: PathBuf,
    /// Print one JSON document.
    #[arg(long)]
    pub json: bool,
    /// Re-import the folder into the course (one transaction) when they differ.
    #[arg(long)]
    pub fix: bool,
}

/// The `--json` document.
#[derive(Debug, Serialize)]
struct Outcome {
    #[serde(flatten)]
    check: CheckReport,
    /// The re-import `--fix` did, if any.
    fixed: Option<CourseImport>,
    /// The check after the fix.
    after_fix: Option<CheckReport>,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let check = services::check_against(&ctx.store, &cmd.slug, &cmd.against)?;
    let (fixed, after_fix) = if cmd.fix && !check.is_clean() {
        let import = services::fix_from_folder(&mut ctx.store, &cmd.slug, &cmd.against)?;
        let after = services::check_against(&ctx.store, &cmd.slug, &cmd.against)?;
        (Some(import), Some(after))
    } else {
        (None, None)
    };
    let last = after_fix.as_ref().unwrap_or(&check);
    services::record_check(&mut ctx.store, last)?;
    let clean = last.is_clean();
    let outcome = Outcome {
        check,
        fixed,
        after_fix,
    };
    if cmd.json {
        print_json(&outcome)?;
    } else {
        out!("{}", render(&outcome, Paint::stdout()));
    }
    Ok(if clean { Exit::Ok } else { Exit::CheckFailed })
}

fn render(outcome: &Outcome, paint: Paint) -> String {
    let c = &outcome.check;
    let links: String = c
        .skipped_links
        .iter()
        .map(|link| {
            format!(
                "  {} {}\n",
                paint.warn("symbolic link, skipped:"),
                shown(link)
            )
        })
        .collect();
    if c.is_clean() {
        return format!(
            "{} `{}` matches {} ({} files)\n{links}",
            paint.good("ok"),
            shown(&c.slug),
            c.dir.display(),
            c.compared
        );
    }
    let mut out = format!(
        "`{}` differs from {}: {} difference(s)\n",
        shown(&c.slug),
        c.dir.display(),
        c.differences.len()
    );
    for d in &c.differences {
        let kind = match d.kind {
            DifferenceKind::MissingInDatabase => paint.warn("not in database "),
            DifferenceKind::MissingOnDisk => paint.warn("not in folder   "),
            DifferenceKind::ContentDiffers => paint.bad("content differs "),
        };
        out.push_str(&format!(
            "  {kind} {}  {}\n",
            shown(&d.path),
            paint.dim(&d.detail)
        ));
    }
    out.push_str(&links);
    match (&outcome.fixed, &outcome.after_fix) {
        (Some(import), Some(after)) if after.is_clean() => out.push_str(&format!(
            "{} re-imported {} from the folder: {} lessons, {} planned; now identical\n",
            paint.good("fixed:"),
            shown(&import.slug),
            import.lessons,
            import.planned
        )),
        (Some(_), Some(after)) => out.push_str(&format!(
            "{} re-imported, but {} difference(s) remain (see `lectern check --json`)\n",
            paint.bad("not fixed:"),
            after.differences.len()
        )),
        _ => out.push_str("Run with --fix to re-import the folder (the folder wins).\n"),
    }
    out
}
