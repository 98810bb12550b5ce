//! `lectern dev …` (hidden): developer tools. `dev seed --courses N --lessons M --db FILE`
//! fills a database with a synthetic library for scale measurements (see docs/benchmarks.md).

use std::time::Instant;

use clap::{Args, Subcommand};

use crate::services;
use crate::tr;

use super::context::{Context, GlobalArgs};
use super::output::Exit;

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Add synthetic courses with scored lessons (use a new database file).
    Seed(SeedCmd),
}

#[derive(Debug, Args)]
pub struct SeedCmd {
    /// Courses to add.
    #[arg(long, default_value_t = 100)]
    courses: usize,
    /// Lessons per course.
    #[arg(long, default_value_t = 20)]
    lessons: usize,
}

pub fn run(cmd: Cmd, global: &GlobalArgs) -> anyhow::Result<Exit> {
    match cmd {
        Cmd::Seed(seed) => {
            let mut ctx = Context::open(global)?;
            let started = Instant::now();
            let report = services::seed_synthetic(&mut ctx.store, seed.courses, seed.lessons)?;
            let t = ctx.texts;
            outln!(
                "{}",
                tr!(
                    t,
                    "dev-seeded",
                    courses = report.courses,
                    lessons = report.lessons,
                    db = ctx.paths.db.display().to_string(),
                    seconds = t.number(started.elapsed().as_secs_f64(), 1)
                )
            );
            Ok(Exit::Ok)
        }
    }
}
