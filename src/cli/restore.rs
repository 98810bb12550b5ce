//! `lectern restore SLUG TARGET REV`: brings back the exact text of a revision as a new
//! revision (history never rewinds) and prints the new revision's id.

use clap::Args;

use crate::services::history;

use super::Context;
use super::output::Exit;
use crate::tr;

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
        "lectern: {}",
        tr!(
            ctx.texts,
            "restore-done",
            target = restored.target.as_str(),
            slug = cmd.slug.as_str(),
            from = restored.from.as_str()
        )
    );
    outln!("{}", restored.id);
    Ok(Exit::Ok)
}
