//! The `lectern` command line: clap derive, one file per subcommand (`Cmd` + `run`).
//!
//! Human output goes to stdout, diagnostics to stderr; `--json` prints exactly one JSON
//! document on stdout. Exit codes (docs/cli.md): 0 ok, 1 a check failed, 2 bad usage or input.
//! Must not depend on the TUI's internals or on ratatui.

// First, so its `out!`/`outln!` macros are in scope in every subcommand's module.
#[macro_use]
mod output;

mod archive;
mod authoring_io;
mod brief;
mod check;
mod completions;
mod config_cmd;
mod conflicts;
mod context;
mod curriculum;
mod dev;
mod diff;
mod export;
mod generate;
mod generate_docs;
mod generate_estimate;
mod generate_view;
mod help;
mod help_words;
mod history;
mod import;
mod import_stream;
mod lesson;
mod list;
mod logging;
mod new;
mod parse_errors;
mod performance;
mod persona;
mod persona_edit;
mod report;
mod restore;
mod search;
mod show;
mod stats;
mod sync;
mod undo;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Source;
use crate::tui;

pub use context::Context;
pub use output::Exit;

/// A keyboard-driven terminal workbench for course authors.
#[derive(Debug, Parser)]
#[command(name = "lectern", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Database file (default: the platform data dir, e.g. ~/.local/share/lectern/lectern.db).
    #[arg(long, global = true, env = "LECTERN_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Config file (default: ~/.config/lectern/config.toml).
    #[arg(long, global = true, env = "LECTERN_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Do not create the demo course in a new database.
    #[arg(long, global = true, env = "LECTERN_NO_DEMO", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_demo: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List courses with their scores.
    List(list::Cmd),
    /// Show one course with its lessons, scores and issues.
    Show(show::Cmd),
    /// Print where lectern keeps its files, or the effective configuration.
    Config(config_cmd::Cmd),
    /// Import CreatorOS course folders (one transaction per course).
    Import(import::Cmd),
    /// Score lessons (file, course folder, folder of courses, or a stored course) with a rubric.
    Validate(validate::Cmd),
    /// Print a shell completion script.
    Completions(completions::Cmd),
    /// Write a course back out as a CreatorOS folder or one JSON document.
    Export(export::Cmd),
    /// Compare a course folder with the database (exit 1 on any difference).
    Check(check::Cmd),
    /// Generate lessons (offline drafts or a real LLM), scored and stored as they finish; or,
    /// with --curriculum / --research, the curriculum or the market research from the brief.
    Generate(generate::Cmd),
    /// Create a course with a brief from the template.
    New(new::Cmd),
    /// Print, edit ($EDITOR) or replace a course brief.
    Brief(brief::Cmd),
    /// Print, edit, replace or approve a course curriculum.
    Curriculum(curriculum::Cmd),
    /// Print, edit or replace one lesson (scored on save).
    Lesson(lesson::Cmd),
    /// Personas (MMOS minds) a course is written in: list, show, new, import, assign.
    Persona(persona::Cmd),
    /// Full-text search of lessons, briefs, courses and research (as the workbench's Ctrl-f).
    Search(search::Cmd),
    /// Revisions of a course's texts, newest first.
    History(history::Cmd),
    /// What changed between two revisions of a text.
    Diff(diff::Cmd),
    /// Bring back a revision's exact text (as a new revision).
    Restore(restore::Cmd),
    /// Take back the course's last action (regeneration, re-import, archive, restore, save).
    Undo(undo::Cmd),
    /// Archive a course: out of the library, kept in the database with its history.
    Archive(archive::Cmd),
    /// Bring an archived course back into the library with the status it had.
    Unarchive(archive::Cmd),
    /// Push local changes to the sync server, then pull remote ones (`sync init` creates the
    /// server's tables; `--status` shows where sync stands).
    Sync(sync::Cmd),
    /// Sync conflicts: list them, or resolve one (keep mine, keep theirs, or a merged file).
    Conflicts(conflicts::Cmd),
    /// Analytics figures of the library or one course (scores, elements, modules, codes,
    /// trends, origin, learner outcomes); --json for one document.
    Stats(stats::Cmd),
    /// Learner outcomes from a course platform: `performance import FILE.csv`.
    Performance(performance::Cmd),
    /// Write the analytics as one self-contained HTML file (--html) or CSV tables (--csv).
    Report(report::Cmd),
    /// Developer tools (synthetic libraries for benchmarks).
    #[command(hide = true, subcommand)]
    Dev(dev::Cmd),
}

/// Entry point used by `main.rs`.
pub fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let texts = help::early_texts();
    let command = help::localised(Cli::command(), texts);
    let styles = command.get_styles().clone();
    let matches = match command.try_get_matches() {
        Ok(matches) => matches,
        Err(err) => return parse_errors::report(err, &styles, texts),
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // Where --db and --config came from, for `config show`.
    let source = |id: &str, flag: &str, var: &str| match matches.value_source(id) {
        Some(clap::parser::ValueSource::CommandLine) => Source::Flag(flag.to_string()),
        Some(clap::parser::ValueSource::EnvVariable) => Source::Env(var.to_string()),
        _ => Source::Default,
    };
    let global = context::GlobalArgs {
        db: cli.db.clone(),
        config: cli.config.clone(),
        no_demo: cli.no_demo,
        db_source: source("db", "--db", "LECTERN_DB"),
        config_source: source("config", "--config", "LECTERN_CONFIG"),
    };
    // Held until the error below is reported, so the log keeps it (a subcommand's own guard
    // is gone by then).
    let _log = global
        .paths()
        .ok()
        .and_then(|paths| logging::init(&paths.log_dir));
    match run(cli.command, &global) {
        Ok(exit) => exit.into(),
        Err(err) if output::is_closed_pipe(&err) => ExitCode::from(output::CLOSED_PIPE_STATUS),
        Err(err) => {
            output::report_error(&err, global.texts());
            Exit::BadInput.into()
        }
    }
}

fn run(command: Option<Command>, global: &context::GlobalArgs) -> anyhow::Result<Exit> {
    match command {
        Some(Command::Completions(cmd)) => completions::run(cmd),
        Some(Command::Config(cmd)) => config_cmd::run(cmd, global),
        Some(Command::List(cmd)) => list::run(cmd, &mut Context::open(global)?),
        Some(Command::Import(cmd)) => import::run(cmd, &mut Context::open(global)?),
        Some(Command::Validate(cmd)) => validate::run(cmd, global),
        Some(Command::Show(cmd)) => show::run(cmd, &mut Context::open(global)?),
        Some(Command::Export(cmd)) => export::run(cmd, &mut Context::open(global)?),
        Some(Command::Check(cmd)) => check::run(cmd, &mut Context::open(global)?),
        Some(Command::Generate(cmd)) => generate::run(cmd, &mut Context::open(global)?),
        Some(Command::New(cmd)) => new::run(cmd, &mut Context::open(global)?),
        Some(Command::Brief(cmd)) => brief::run(cmd, &mut Context::open(global)?),
        Some(Command::Curriculum(cmd)) => curriculum::run(cmd, &mut Context::open(global)?),
        Some(Command::Lesson(cmd)) => lesson::run(cmd, &mut Context::open(global)?),
        Some(Command::Persona(cmd)) => persona::run(cmd, &mut Context::open(global)?),
        Some(Command::Search(cmd)) => search::run(cmd, &mut Context::open(global)?),
        Some(Command::History(cmd)) => history::run(cmd, &mut Context::open(global)?),
        Some(Command::Diff(cmd)) => diff::run(cmd, &mut Context::open(global)?),
        Some(Command::Restore(cmd)) => restore::run(cmd, &mut Context::open(global)?),
        Some(Command::Undo(cmd)) => undo::run(cmd, &mut Context::open(global)?),
        Some(Command::Archive(cmd)) => archive::archive(cmd, &mut Context::open(global)?),
        Some(Command::Unarchive(cmd)) => archive::unarchive(cmd, &mut Context::open(global)?),
        Some(Command::Sync(cmd)) => sync::run(cmd, &mut Context::open(global)?),
        Some(Command::Conflicts(cmd)) => conflicts::run(cmd, &mut Context::open(global)?),
        Some(Command::Stats(cmd)) => stats::run(cmd, &mut Context::open(global)?),
        Some(Command::Performance(cmd)) => performance::run(cmd, &mut Context::open(global)?),
        Some(Command::Report(cmd)) => report::run(cmd, &mut Context::open(global)?),
        Some(Command::Dev(cmd)) => dev::run(cmd, global),
        None => {
            // Opened here first so migration, demo seeding and logging match every subcommand;
            // the TUI's storage worker then opens its own connection to the same file.
            let ctx = Context::open(global)?;
            tui::run(tui::Options {
                db: ctx.paths.db.clone(),
                keymap: ctx.paths.config.with_file_name("keymap.toml"),
                no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
                generation: tui::GenerationSettings {
                    options: generate::tui_options(&ctx),
                    // Checked here, like the config, so a bad price table stops the start
                    // with its line instead of showing "cost unknown" later.
                    pricing: Some(crate::generation::Pricing::load(Some(
                        ctx.paths.config.with_file_name("pricing.toml").as_path(),
                    ))?),
                },
                sync: sync::workbench_settings(&ctx)?.map(|(target, author, poll)| {
                    tui::SyncSettings {
                        target,
                        author,
                        poll,
                    }
                }),
                texts: ctx.texts,
            })?;
            Ok(Exit::Ok)
        }
    }
}
