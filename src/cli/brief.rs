//! `lectern brief SLUG [--print | --edit | --set FILE]`: the course brief.

use clap::Args;

use crate::services::authoring::{self, BriefSaved, DraftKey};

use crate::i18n::Texts;
use crate::tr;

use super::Context;
use super::authoring_io::{SaveMode, TextMode, TextSubject, run_text_mode};
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    #[command(flatten)]
    pub mode: TextMode,
    /// With --print: write the text byte for byte even to a terminal (by default a terminal
    /// gets control characters and escape sequences as visible placeholders like `␛`).
    #[arg(long, conflicts_with_all = ["edit", "set"])]
    pub raw: bool,
    #[command(flatten)]
    pub save: SaveMode,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let saved = authoring::load_brief(&ctx.store, &cmd.slug)?;
    let slug = cmd.slug.as_str();
    let t = ctx.texts;
    let subject = TextSubject {
        key: DraftKey::brief(slug),
        file_name: "COURSE-BRIEF.md".to_string(),
        command: format!("lectern brief {slug}"),
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
            authoring::save_brief_on(store, slug, text, base, source).map(|r| describe(slug, &r, t))
        },
    )
}

fn describe(slug: &str, saved: &BriefSaved, t: Texts) -> String {
    let missing: Vec<String> = saved
        .completeness
        .sections
        .iter()
        .filter(|s| s.percent < 75)
        .map(|s| format!("§{} {}%", s.number, s.percent))
        .collect();
    // The version as written, never with a thousands separator.
    let version = saved.version.to_string();
    let percent = saved.completeness.percent;
    if missing.is_empty() {
        tr!(
            t,
            "brief-saved",
            slug = slug,
            version = version,
            percent = percent
        )
    } else {
        tr!(
            t,
            "brief-saved-to-fill",
            slug = slug,
            version = version,
            percent = percent,
            sections = missing.join(", ")
        )
    }
}
