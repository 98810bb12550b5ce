//! `lectern lesson SLUG ID [--print | --edit | --set FILE]`: one lesson's text, scored on save.

use clap::Args;

use crate::services::authoring::{self, DraftKey, LessonSaved};

use super::Context;
use super::authoring_io::{TextMode, edit_and_save, read_text_file, save_error};
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// The lesson id, e.g. 1.2 (see `lectern show SLUG`).
    pub id: String,
    #[command(flatten)]
    pub mode: TextMode,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let saved = authoring::load_lesson(&ctx.store, &cmd.slug, &cmd.id)?;
    let (slug, id) = (cmd.slug.as_str(), cmd.id.as_str());
    if let Some(path) = &cmd.mode.set {
        let text = read_text_file(path)?;
        let result = authoring::save_lesson(&mut ctx.store, slug, id, &text)
            .map_err(|e| save_error(&path.display().to_string(), e))?;
        println!("{}", describe(id, &result));
        return Ok(Exit::Ok);
    }
    if cmd.mode.edit {
        return edit_and_save(
            &mut ctx.store,
            &DraftKey::lesson(slug, id),
            &saved,
            &format!("{id}.md"),
            |store, text| authoring::save_lesson(store, slug, id, text).map(|r| describe(id, &r)),
        );
    }
    print!("{}", saved.text);
    Ok(Exit::Ok)
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
