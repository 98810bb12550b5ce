//! `lectern import PATH...`: bring CreatorOS course folders into the database.
//!
//! Each course is one transaction: a course that cannot be read (e.g. a malformed
//! `curriculum.yaml`) is refused with file:line:column and leaves the database unchanged,
//! while the other courses of the same run still import.

use std::path::PathBuf;

use crate::domain::rubric::Rubric;
use crate::domain::slug::slug_problem;
use crate::services::{self, ImportOptions, ImportSource, OnExisting, Refused};
use clap::Args;

use super::Context;
use super::import_stream::CourseStream;
use super::output::{Exit, Paint, shown};
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

/// The rubric's own error, so a pt-BR parse error can word it (`parse_errors`).
fn parse_rubric(s: &str) -> Result<Rubric, crate::domain::rubric::UnknownRubric> {
    s.parse()
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
                    said: None,
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
    let mut stream = CourseStream::new(
        std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock()),
        cmd.json,
        cmd.dry_run,
        Paint::stdout(),
        ctx.texts,
    );
    let mut report =
        services::import_sources_streaming(&mut ctx.store, sources, options, jobs, |course| {
            stream.course(&course);
        });
    report.refused.splice(0..0, bad_slugs);
    stream.finish(&report)?;
    // People read the refusals on stderr; the JSON document carries them.
    if !cmd.json {
        let paint = Paint::stdout();
        for r in &report.refused {
            eprintln!(
                "{} {}",
                paint.bad(&tr!(ctx.texts, "import-refused")),
                shown(&r.error_in(ctx.texts))
            );
        }
    }
    Ok(if report.refused.is_empty() {
        Exit::Ok
    } else {
        Exit::CheckFailed
    })
}
