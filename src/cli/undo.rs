//! `lectern undo SLUG`: takes back the course's last action (a regeneration, re-import,
//! archive, restore or save) in one transaction; every text it changed gets its previous text
//! back as a new revision (source `undo`). Run it again to go further back.

use clap::Args;

use crate::services::history;

use super::Context;
use super::output::{Exit, print_json};
use crate::tr;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// Print what was undone as one JSON document.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let undone = history::undo_last_action(&mut ctx.store, &cmd.slug)?;
    if cmd.json {
        print_json(&undone)?;
        return Ok(Exit::Ok);
    }
    outln!(
        "{}",
        tr!(
            ctx.texts,
            "undo-done",
            source = undone.source.as_str(),
            slug = cmd.slug.as_str(),
            n = undone.revisions.len()
        )
    );
    for (target, id) in &undone.revisions {
        outln!("  {target:<16} {id}");
    }
    Ok(Exit::Ok)
}
