//! `lectern lesson SLUG ID [--print [--rev REV] | --edit | --set FILE]`: one lesson's text,
//! scored on save; `--rev` prints an earlier revision's exact text.

use clap::Args;

use crate::services::authoring::{self, DraftKey, LessonSaved};
use crate::services::history;

use crate::i18n::Texts;
use crate::tr;

use super::Context;
use super::authoring_io::{SaveMode, TextMode, TextSubject, run_text_mode};
use super::output::{Exit, print_document};

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// The lesson id, e.g. 1.2 (see `lectern show SLUG`).
    pub id: String,
    #[command(flatten)]
    pub mode: TextMode,
    #[command(flatten)]
    pub save: SaveMode,
    /// With --print: print this revision instead (full id, unique prefix or `~N`; see
    /// `lectern history SLUG ID`).
    #[arg(long, value_name = "REV", conflicts_with_all = ["edit", "set"])]
    pub rev: Option<String>,
    /// With --print: write the text byte for byte even to a terminal (by default a terminal
    /// gets control characters and escape sequences as visible placeholders like `␛`).
    #[arg(long, conflicts_with_all = ["edit", "set"])]
    pub raw: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    if let Some(rev) = &cmd.rev {
        let (_, text) = history::revision_text(&ctx.store, &cmd.slug, &cmd.id, rev)?;
        print_document(&text, cmd.raw)?;
        return Ok(Exit::Ok);
    }
    let saved = authoring::load_lesson(&ctx.store, &cmd.slug, &cmd.id)?;
    let (slug, id) = (cmd.slug.as_str(), cmd.id.as_str());
    let t = ctx.texts;
    let subject = TextSubject {
        key: DraftKey::lesson(slug, id),
        file_name: format!("{id}.md"),
        command: format!("lectern lesson {slug} {id}"),
        texts: t,
    };
    run_text_mode(
        &cmd.mode,
        cmd.raw,
        &cmd.save,
        &mut ctx.store,
        &subject,
        &saved,
        |store, text, source, base| {
            authoring::save_lesson_on(store, slug, id, text, base, source)
                .map(|r| describe(id, &r, t))
        },
    )
}

fn describe(id: &str, saved: &LessonSaved, t: Texts) -> String {
    let s = &saved.score;
    tr!(
        t,
        "lesson-saved",
        id = id,
        version = saved.version.to_string(),
        status = tr!(t, "lesson-status", status = s.status.as_str()),
        gps = s.gps.score,
        dl = s.didatica.score,
        issues = s.issues.len()
    )
}
