//! `lectern check SLUG --against DIR [--json] [--fix]`: does the folder hold what the database
//! holds? Exit 1 on any difference; `--fix` re-imports the folder (the folder wins) and exits 0
//! once the two match.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::services::{self, CheckReport, CourseImport, DifferenceKind};

use super::Context;
use super::output::{Exit, Paint, print_json, shown};
use crate::i18n::Texts;
use crate::tr;

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
        out!("{}", render(&outcome, Paint::stdout(), ctx.texts));
    }
    Ok(if clean { Exit::Ok } else { Exit::CheckFailed })
}

fn render(outcome: &Outcome, paint: Paint, t: Texts) -> String {
    let c = &outcome.check;
    let links: String = c
        .skipped_links
        .iter()
        .map(|link| {
            format!(
                "  {} {}\n",
                paint.warn(&t.get("check-link-skipped")),
                shown(link)
            )
        })
        .collect();
    if c.is_clean() {
        return format!(
            "{} {}\n{links}",
            paint.good(&t.get("check-ok")),
            tr!(
                t,
                "check-matches",
                slug = shown(&c.slug),
                dir = c.dir.display().to_string(),
                files = c.compared
            )
        );
    }
    let mut out = format!(
        "{}\n",
        tr!(
            t,
            "check-differs",
            slug = shown(&c.slug),
            dir = c.dir.display().to_string(),
            n = c.differences.len()
        )
    );
    let words = [
        t.get("check-missing-in-database"),
        t.get("check-missing-on-disk"),
        t.get("check-content-differs"),
    ];
    let width = words.iter().map(|w| w.chars().count()).max().unwrap_or(0) + 1;
    for d in &c.differences {
        let kind = match d.kind {
            DifferenceKind::MissingInDatabase => paint.warn(&format!("{:<width$}", words[0])),
            DifferenceKind::MissingOnDisk => paint.warn(&format!("{:<width$}", words[1])),
            DifferenceKind::ContentDiffers => paint.bad(&format!("{:<width$}", words[2])),
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
            "{} {}\n",
            paint.good(&t.get("check-fixed")),
            tr!(
                t,
                "check-fixed-detail",
                slug = shown(&import.slug),
                lessons = import.lessons,
                planned = import.planned
            )
        )),
        (Some(_), Some(after)) => out.push_str(&format!(
            "{} {}\n",
            paint.bad(&t.get("check-not-fixed")),
            tr!(t, "check-not-fixed-detail", n = after.differences.len())
        )),
        _ => out.push_str(&format!("{}\n", t.get("check-fix-hint"))),
    }
    out
}
