//! `lectern performance import FILE.csv`: learner outcomes exported from a course platform
//! (views, completions or completion rate, rating, average time) stored beside the lessons'
//! scores. Accepted columns and synonyms: docs/cli.md.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::services::analytics::import_performance_file;

use super::Context;
use super::output::{Exit, print_json, shown};
use crate::tr;

#[derive(Debug, Args)]
pub struct Cmd {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Import a CSV file with a header row, one row per lesson (one transaction: all or
    /// nothing; importing a lesson again replaces its figures).
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (`,` `;` or tab separated; UTF-8 or Windows-1252).
    pub file: PathBuf,
    /// Import the rows that match a lesson and list the others, instead of importing nothing.
    #[arg(long)]
    pub skip_unmatched: bool,
    /// Print what was imported as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    match cmd.action {
        Action::Import(args) => {
            let done = import_performance_file(&mut ctx.store, &args.file, args.skip_unmatched)?;
            if args.json {
                print_json(&done)?;
                return Ok(Exit::Ok);
            }
            let t = ctx.texts;
            outln!(
                "{}",
                tr!(
                    t,
                    "performance-imported",
                    n = done.lessons,
                    file = shown(&done.file)
                )
            );
            for row in &done.unmatched {
                eprintln!(
                    "lectern: {}",
                    tr!(
                        t,
                        "performance-skipped",
                        file = shown(&done.file),
                        line = row.line,
                        named = shown(&row.named),
                        reason = shown(&t.said(&row.reason_said))
                    )
                );
            }
            if !done.ignored_columns.is_empty() {
                eprintln!(
                    "lectern: {}",
                    tr!(
                        t,
                        "performance-ignored-columns",
                        columns = shown(&done.ignored_columns.join(", "))
                    )
                );
            }
            Ok(Exit::Ok)
        }
    }
}
