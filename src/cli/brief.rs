//! `lectern brief SLUG [--print | --edit | --set FILE]`: the course brief.

use clap::Args;

use crate::services::authoring::{self, BriefSaved, DraftKey};

use super::Context;
use super::authoring_io::{TextMode, edit_and_save, read_text_file, save_error};
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    #[command(flatten)]
    pub mode: TextMode,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let saved = authoring::load_brief(&ctx.store, &cmd.slug)?;
    let slug = cmd.slug.as_str();
    if let Some(path) = &cmd.mode.set {
        let text = read_text_file(path)?;
        let result = authoring::save_brief(&mut ctx.store, slug, &text)
            .map_err(|e| save_error(&path.display().to_string(), e))?;
        println!("{}", describe(slug, &result));
        return Ok(Exit::Ok);
    }
    if cmd.mode.edit {
        return edit_and_save(
            &mut ctx.store,
            &DraftKey::brief(slug),
            &saved,
            "COURSE-BRIEF.md",
            |store, text| authoring::save_brief(store, slug, text).map(|r| describe(slug, &r)),
        );
    }
    print!("{}", saved.text);
    Ok(Exit::Ok)
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
