//! `lectern restore SLUG TARGET REV`: brings back the exact text of a revision as a new
//! revision (history never rewinds) and prints the new revision's id.

use clap::Args;

use crate::services::history;

use super::Context;
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// A lesson id (e.g. 1.2), `brief`, `curriculum`, `status` or `research/NAME`.
    pub target: String,
    /// The revision to bring back: full id, unique prefix or `~N` (see `lectern history`).
    pub rev: String,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let restored = history::restore_revision(&mut ctx.store, &cmd.slug, &cmd.target, &cmd.rev)?;
    eprintln!(
        "lectern: restored {} of `{}` from revision {}; `lectern undo {}` takes it back",
        restored.target, cmd.slug, restored.from, cmd.slug
    );
    outln!("{}", restored.id);
    Ok(Exit::Ok)
}
