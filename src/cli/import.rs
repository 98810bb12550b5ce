//! `lectern import PATH...`: bring CreatorOS course folders into the database.
//!
//! Each course is one transaction: a course that cannot be read (e.g. a malformed
//! `curriculum.yaml`) is refused with file:line:column and leaves the database unchanged,
//! while the other courses of the same run still import.

use std::path::PathBuf;

use crate::domain::rubric::Rubric;
use crate::domain::slug::slug_problem;
use crate::services::{
    self, ImportOptions, ImportOutcome, ImportRun, ImportSource, OnExisting, Refused,
};
use clap::Args;

use super::Context;
use super::output::{Exit, Paint, print_json, shown};
use crate::i18n::Texts;
use crate::tr;

#[derive(Debug, Args)]
pub struct Cmd {
    /// Course folders, or folders of course folders.
    #[arg(required_unless_present = "from_db")]
    paths: Vec<PathBuf>,
    /// Import every course of a CreatorOS-design SQLite database (read-only).
    #[arg(long, value_name = "FILE")]
    from_db: Option<PathBuf>,
    /// Read, parse and score, report what would happen, write nothing.
    #[arg(long)]
    dry_run: bool,
    /// What to do with a course whose slug is already in the database.
    #[arg(long, value_enum, default_value = "update")]
    on_existing: OnExisting,
    /// On update, also remove lessons that exist only in the database (generated or planned
    /// there since the last import); without it they are kept and counted.
    #[arg(long)]
    prune: bool,
    /// Rubric to score lessons with (default: the config's `scoring.rubric`).
    #[arg(long, value_parser = parse_rubric)]
    rubric: Option<Rubric>,
    /// Print one JSON document instead of the report.
    #[arg(long)]
    json: bool,
    /// Threads reading, parsing and scoring courses ahead of the one that stores them
    /// (default: one per core). The result is the same whatever the number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    jobs: Option<u32>,
}

fn parse_rubric(s: &str) -> Result<Rubric, String> {
    s.parse()
        .map_err(|e: crate::domain::rubric::UnknownRubric| e.to_string())
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let options = ImportOptions {
        rubric: cmd.rubric.unwrap_or(ctx.config.scoring.rubric),
        on_existing: match cmd.on_existing {
            OnExisting::Update if cmd.prune => OnExisting::UpdatePruning,
            other => other,
        },
        dry_run: cmd.dry_run,
    };
    let mut sources = Vec::new();
    let mut bad_slugs = Vec::new();
    if let Some(db) = &cmd.from_db {
        for snapshot in services::snapshots_from_creatoros_db(db)? {
            let label = tr!(
                ctx.texts,
                "import-from-db-label",
                db = db.display().to_string(),
                course = snapshot.name.as_str()
            );
            // A legacy row's slug becomes a folder name on export: it gets the same rule as
            // slugs everywhere else (kebab-case ASCII, so no `/`, `..` or control characters).
            match slug_problem(&snapshot.name) {
                None => sources.push(ImportSource::Snapshot { label, snapshot }),
                Some(problem) => bad_slugs.push(Refused {
                    error: tr!(
                        ctx.texts,
                        "import-legacy-slug",
                        label = label.as_str(),
                        problem = problem.as_str()
                    ),
                    path: label,
                }),
            }
        }
    }
    for path in &cmd.paths {
        sources.extend(
            services::course_folders(path)?
                .into_iter()
                .map(ImportSource::Folder),
        );
    }
    let jobs = cmd.jobs.map_or_else(services::default_jobs, |n| n as usize);
    let mut report = services::import_sources_with_jobs(&mut ctx.store, sources, options, jobs);
    report.refused.splice(0..0, bad_slugs);
    if cmd.json {
        print_json(&report)?;
    } else {
        print_report(&report, Paint::stdout(), ctx.texts);
    }
    Ok(if report.refused.is_empty() {
        Exit::Ok
    } else {
        Exit::CheckFailed
    })
}

fn print_report(report: &ImportRun, paint: Paint, t: Texts) {
    for c in &report.courses {
        let outcome = match (report.dry_run, c.outcome) {
            (true, _) => "would-import",
            (false, ImportOutcome::Created) => "created",
            (false, ImportOutcome::Updated) => "updated",
            (false, ImportOutcome::Skipped) => "skipped",
        };
        outln!(
            "{} {} — {}",
            paint.bold(&c.slug),
            shown(&c.title),
            tr!(
                t,
                "import-course",
                outcome = outcome,
                lessons = c.lessons,
                planned = c.planned,
                warnings = c.warnings.len()
            )
        );
        if let Some(v) = c.saved_version {
            outln!(
                "  {}",
                tr!(t, "import-replaced", n = v, slug = c.slug.as_str())
            );
        }
        if c.kept > 0 {
            outln!("  {}", tr!(t, "import-kept", n = c.kept));
        }
        for w in &c.warnings {
            let at = w
                .issue
                .line_start
                .map(|l| format!(":{l}"))
                .unwrap_or_default();
            // Prefixed by the course so a folder of courses' output reads line by line.
            outln!(
                "  {} {}: {}{at}: {}",
                paint.warn(&tr!(t, "severity-warning")),
                shown(&c.slug),
                shown(&w.file),
                shown(&t.issue_message(&w.issue))
            );
        }
    }
    for r in &report.refused {
        eprintln!(
            "{} {}",
            paint.bad(&tr!(t, "import-refused")),
            shown(&r.error)
        );
    }
}
