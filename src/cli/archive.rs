//! `lectern archive SLUG` and `lectern unarchive SLUG`: take a course out of the library (kept
//! in the database with its history) and bring it back with the status it had. One
//! transaction each; `lectern undo SLUG` takes either back.

use clap::Args;

use crate::services::{archive_course, unarchive_course};

use super::Context;
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list --all`).
    pub slug: String,
}

pub fn archive(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    if archive_course(&mut ctx.store, &cmd.slug)? {
        outln!(
            "archived `{}`: kept in the database, out of the library (`lectern unarchive {}` brings it back)",
            cmd.slug,
            cmd.slug
        );
    } else {
        outln!("`{}` was archived already; nothing changed", cmd.slug);
    }
    Ok(Exit::Ok)
}

pub fn unarchive(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    match unarchive_course(&mut ctx.store, &cmd.slug)? {
        Some(status) => outln!(
            "unarchived `{}`: back in the library as {}",
            cmd.slug,
            status.as_str()
        ),
        None => outln!("`{}` is not archived; nothing changed", cmd.slug),
    }
    Ok(Exit::Ok)
}
