//! `lectern brief SLUG [--print | --edit | --set FILE]`: the course brief.

use clap::Args;

use crate::services::authoring::{self, BriefSaved, DraftKey};

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
    let subject = TextSubject {
        key: DraftKey::brief(slug),
        file_name: "COURSE-BRIEF.md".to_string(),
        command: format!("lectern brief {slug}"),
    };
    run_text_mode(
        &cmd.mode,
        cmd.raw,
        &cmd.save,
        &mut ctx.store,
        &subject,
        &saved,
        |store, text, source, base| {
            authoring::save_brief_on(store, slug, text, base, source).map(|r| describe(slug, &r))
        },
    )
}

fn describe(slug: &str, saved: &BriefSaved) -> String {
    let missing: Vec<String> = saved
        .completeness
        .sections
        .iter()
        .filter(|s| s.percent < 75)
        .map(|s| format!("§{} {}%", s.number, s.percent))
        .collect();
    let mut out = format!(
        "saved the brief of `{slug}` (version {}, {}% complete)",
        saved.version, saved.completeness.percent
    );
    if !missing.is_empty() {
        out.push_str(&format!("; still to fill: {}", missing.join(", ")));
    }
    out
}
