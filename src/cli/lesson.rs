//! `lectern lesson SLUG ID [--print [--rev REV] | --edit | --set FILE]`: one lesson's text,
//! scored on save; `--rev` prints an earlier revision's exact text.

use clap::Args;

use crate::services::authoring::{self, DraftKey, LessonSaved};
use crate::services::history;

use super::Context;
use super::authoring_io::{TextMode, run_text_mode};
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// The lesson id, e.g. 1.2 (see `lectern show SLUG`).
    pub id: String,
    #[command(flatten)]
    pub mode: TextMode,
    /// With --print: print this revision instead (full id, unique prefix or `~N`; see
    /// `lectern history SLUG ID`).
    #[arg(long, value_name = "REV", conflicts_with_all = ["edit", "set"])]
    pub rev: Option<String>,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    if let Some(rev) = &cmd.rev {
        let (_, text) = history::revision_text(&ctx.store, &cmd.slug, &cmd.id, rev)?;
        out!("{text}");
        return Ok(Exit::Ok);
    }
    let saved = authoring::load_lesson(&ctx.store, &cmd.slug, &cmd.id)?;
    let (slug, id) = (cmd.slug.as_str(), cmd.id.as_str());
    run_text_mode(
        &cmd.mode,
        &mut ctx.store,
        &DraftKey::lesson(slug, id),
        &saved,
        &format!("{id}.md"),
        |store, text, source| {
            authoring::save_lesson_as(store, slug, id, text, source).map(|r| describe(id, &r))
        },
    )
}

fn describe(id: &str, saved: &LessonSaved) -> String {
    let s = &saved.score;
    format!(
        "saved lesson {id} (version {}): {} — GPS {}/30, DL {}/100, {} issue(s)",
        saved.version,
        s.status.as_str(),
        s.gps.score,
        s.didatica.score,
        s.issues.len()
    )
}
