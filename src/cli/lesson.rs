//! `lectern lesson SLUG ID [--print | --edit | --set FILE]`: one lesson's text, scored on save.

use clap::Args;

use crate::services::authoring::{self, DraftKey, LessonSaved};

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
    /// With --print: write the text byte for byte even to a terminal (by default a terminal
    /// gets control characters and escape sequences as visible placeholders like `␛`).
    #[arg(long, conflicts_with_all = ["edit", "set"])]
    pub raw: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let saved = authoring::load_lesson(&ctx.store, &cmd.slug, &cmd.id)?;
    let (slug, id) = (cmd.slug.as_str(), cmd.id.as_str());
    run_text_mode(
        &cmd.mode,
        cmd.raw,
        &mut ctx.store,
        &DraftKey::lesson(slug, id),
        &saved,
        &format!("{id}.md"),
        |store, text| authoring::save_lesson(store, slug, id, text).map(|r| describe(id, &r)),
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
