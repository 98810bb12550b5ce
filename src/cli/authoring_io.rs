//! What `lectern brief`, `curriculum` and `lesson` share: the `--print | --edit | --set FILE`
//! flags, reading a `--set` file, refusals as `file:line:col`, and the `$EDITOR` round trip
//! that keeps refused text as a draft instead of losing it.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Args;

use crate::services::authoring::{
    self, AuthoringError, DraftKey, EditOutcome, EditorText, Refusal,
};
use crate::storage::{RevisionSource, Store};

use super::output::Exit;

/// The three ways to use a text subcommand (printing is the default).
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct TextMode {
    /// Print the stored text (the default).
    #[arg(long)]
    pub print: bool,
    /// Open the text in $VISUAL / $EDITOR (fallback vi) and save it when it changed.
    #[arg(long)]
    pub edit: bool,
    /// Replace the text with FILE, after validating it (nothing changes if it is refused).
    #[arg(long, value_name = "FILE")]
    pub set: Option<PathBuf>,
}

/// A UTF-8 file given to `--set` (a byte-order mark is dropped).
pub fn read_text_file(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        anyhow::anyhow!(
            "{}:1:1: not UTF-8 text; nothing was changed",
            path.display()
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

/// A refusal located in `file`, saying that nothing was written.
pub fn refused(file: &str, r: &Refusal) -> anyhow::Error {
    anyhow::anyhow!(
        "{file}:{}:{}: {} ({}); nothing was changed",
        r.line,
        r.column,
        r.message,
        r.hint
    )
}

/// Maps a save error: refusals get the file's name and position, the rest passes through.
pub fn save_error(file: &str, err: AuthoringError) -> anyhow::Error {
    match err {
        AuthoringError::Refused(r) => refused(file, &r),
        other => other.into(),
    }
}

/// `--edit`: starts from the draft if one is waiting, runs the editor, and saves with `save`.
/// Refused text is kept as a draft (so the next `--edit` starts from it) and exits 2.
/// `--set FILE`, `--edit` or printing one text: the shape `brief`, `curriculum` and `lesson`
/// share. `save` stores the text, recorded in history with the given source, and says what
/// was saved.
pub fn run_text_mode(
    mode: &TextMode,
    store: &mut Store,
    key: &DraftKey,
    saved: &EditorText,
    file_name: &str,
    save: impl Fn(&mut Store, &str, RevisionSource) -> Result<String, AuthoringError>,
) -> anyhow::Result<Exit> {
    if let Some(path) = &mode.set {
        let text = read_text_file(path)?;
        let done = save(store, &text, RevisionSource::CliSet)
            .map_err(|e| save_error(&path.display().to_string(), e))?;
        outln!("{done}");
        return Ok(Exit::Ok);
    }
    if mode.edit {
        return edit_and_save(store, key, saved, file_name, save);
    }
    out!("{}", saved.text);
    Ok(Exit::Ok)
}

pub fn edit_and_save(
    store: &mut Store,
    key: &DraftKey,
    saved: &EditorText,
    file_name: &str,
    save: impl FnOnce(&mut Store, &str, RevisionSource) -> Result<String, AuthoringError>,
) -> anyhow::Result<Exit> {
    let start = match authoring::load_draft(store, key)? {
        Some(draft) => {
            eprintln!(
                "lectern: continuing from the unsaved draft of {} ({} s old)",
                draft.updated_at, draft.age_seconds
            );
            draft.text
        }
        None => saved.text.clone(),
    };
    let edited = match authoring::edit_externally(&start, file_name)? {
        EditOutcome::Changed(text) => text,
        EditOutcome::Unchanged if start != saved.text => start,
        EditOutcome::Unchanged => {
            eprintln!("lectern: no change; nothing saved");
            return Ok(Exit::Ok);
        }
    };
    match save(store, &edited, RevisionSource::ExternalEditor) {
        Ok(message) => {
            outln!("{message}");
            Ok(Exit::Ok)
        }
        Err(AuthoringError::Refused(r)) => {
            authoring::save_draft(store, key, &edited, Some(&saved.sha256))?;
            eprintln!("lectern: error: {}", refused(file_name, &r));
            eprintln!("  your text was kept as a draft; run the same --edit again to fix it");
            Ok(Exit::BadInput)
        }
        Err(other) => Err(other.into()),
    }
}

/// `YYYY-MM-DD` and an ISO-8601 UTC timestamp, read here so services stay clock-free.
pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}

pub fn now_iso() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        today(),
        now.hour(),
        now.minute(),
        now.second()
    )
}
