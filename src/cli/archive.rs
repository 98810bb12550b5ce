//! `lectern archive SLUG` and `lectern unarchive SLUG`: take a course out of the library (kept
//! in the database with its history) and bring it back with the status it had. One
//! transaction each; `lectern undo SLUG` takes either back.

use clap::Args;

use crate::services::{archive_course, unarchive_course};

use super::Context;
use super::output::Exit;
use crate::tr;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list --all`).
    pub slug: String,
}

pub fn archive(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    if archive_course(&mut ctx.store, &cmd.slug)? {
        outln!(
            "{}",
            tr!(ctx.texts, "archive-done", slug = cmd.slug.as_str())
        );
    } else {
        outln!(
            "{}",
            tr!(ctx.texts, "archive-already", slug = cmd.slug.as_str())
        );
    }
    Ok(Exit::Ok)
}

pub fn unarchive(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    match unarchive_course(&mut ctx.store, &cmd.slug)? {
        Some(status) => outln!(
            "{}",
            tr!(
                ctx.texts,
                "unarchive-done",
                slug = cmd.slug.as_str(),
                status = tr!(ctx.texts, "course-status", status = status.as_str())
            )
        ),
        None => outln!(
            "{}",
            tr!(
                ctx.texts,
                "unarchive-not-archived",
                slug = cmd.slug.as_str()
            )
        ),
    }
    Ok(Exit::Ok)
}
