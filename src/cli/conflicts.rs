//! `lectern conflicts [--json]` lists what sync could not merge (course, target, both sides'
//! author and time); `lectern conflicts resolve SLUG TARGET --keep mine|theirs | --file F`
//! writes the chosen text as a new revision and marks the conflict resolved (pushed by the
//! next `lectern sync`). Exit 1 when conflicts are open after listing.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, Subcommand, ValueEnum};

use crate::services::sync::resolve_conflict;
use crate::storage::sync::Keep;

use super::Context;
use super::output::{Exit, print_json};
use crate::tr;

#[derive(Debug, Args)]
pub struct Cmd {
    #[command(subcommand)]
    pub action: Option<Action>,
    /// One JSON document (every conflict, resolved ones too).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Resolve the open conflict of one text (or field: `1.2#title`, `course#subtitle`).
    Resolve(ResolveArgs),
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// The course slug.
    pub slug: String,
    /// A lesson id, `brief`, `curriculum`, `research/NAME`, `status`, or `TARGET#field`.
    pub target: String,
    /// Keep one side as it is.
    #[arg(
        long,
        value_enum,
        conflicts_with = "file",
        required_unless_present = "file"
    )]
    pub keep: Option<Side>,
    /// A text merged by hand (e.g. edited from `lectern conflicts --json`).
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Side {
    Mine,
    Theirs,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    if let Some(Action::Resolve(args)) = cmd.action {
        let keep = match (args.keep, &args.file) {
            (Some(Side::Mine), _) => Keep::Mine,
            (Some(Side::Theirs), _) => Keep::Theirs,
            (None, Some(path)) => Keep::Text(std::fs::read_to_string(path).with_context(|| {
                tr!(
                    ctx.texts,
                    "context-reading-merged",
                    path = path.display().to_string()
                )
            })?),
            (None, None) => anyhow::bail!(tr!(ctx.texts, "conflicts-how")),
        };
        let report = resolve_conflict(&mut ctx.store, &args.slug, &args.target, keep)?;
        outln!(
            "{}",
            tr!(
                ctx.texts,
                "conflicts-resolved",
                n = report.resolved,
                target = report.target.as_str(),
                course = report.course.as_str(),
                has_revision = if report.revision.is_some() {
                    "yes"
                } else {
                    "no"
                },
                revision = report.revision.as_deref().unwrap_or("")
            )
        );
        return Ok(Exit::Ok);
    }
    let all = ctx.store.read().sync_conflicts(false)?;
    let open = all.iter().filter(|c| c.state == "open").count();
    if cmd.json {
        print_json(&all)?;
    } else if open == 0 {
        outln!("{}", ctx.texts.get("conflicts-none"));
    } else {
        for c in all.iter().filter(|c| c.state == "open") {
            outln!(
                "{:<24} {:<20} {}",
                c.course,
                c.target,
                tr!(
                    ctx.texts,
                    "conflicts-row",
                    mine = c.mine_author.as_deref().unwrap_or("?"),
                    mine_at = ctx.texts.timestamp(c.mine_at.as_deref().unwrap_or("")),
                    theirs = c.theirs_author.as_deref().unwrap_or("?"),
                    theirs_at = ctx.texts.timestamp(c.theirs_at.as_deref().unwrap_or(""))
                )
            );
        }
    }
    Ok(if open > 0 {
        Exit::CheckFailed
    } else {
        Exit::Ok
    })
}
