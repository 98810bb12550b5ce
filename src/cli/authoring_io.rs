//! What `lectern brief`, `curriculum` and `lesson` share: the `--print | --edit | --set FILE`
//! flags, reading a `--set` file, refusals as `file:line:col`, and the `$EDITOR` round trip
//! that keeps refused text as a draft instead of losing it.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Args;

use crate::i18n::Texts;
use crate::services::authoring::{
    self, AuthoringError, DraftKey, EditOutcome, EditorText, Refusal,
};
use crate::storage::{Conflict, RevisionSource, SaveBase, Store};
use crate::tr;

use super::output::{Exit, print_document, shown_lines};

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

/// How a save treats text stored by someone else meanwhile.
#[derive(Debug, Args)]
pub struct SaveMode {
    /// With --edit or --set: store the text even if the stored one changed since it was
    /// opened (the other text stays in history).
    #[arg(long)]
    pub force: bool,
}

/// A save: stores the text, recorded in history with the given source, only if the stored
/// text is still the base; says what was saved.
pub trait SaveFn:
    Fn(&mut Store, &str, RevisionSource, &SaveBase) -> Result<String, AuthoringError>
{
}
impl<F> SaveFn for F where
    F: Fn(&mut Store, &str, RevisionSource, &SaveBase) -> Result<String, AuthoringError>
{
}

/// A UTF-8 file given to `--set` (a byte-order mark is dropped).
pub fn read_text_file(path: &Path, t: Texts) -> anyhow::Result<String> {
    let bytes = std::fs::read(path)
        .with_context(|| tr!(t, "authoring-reading", path = path.display().to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        anyhow::anyhow!(
            "{}",
            tr!(t, "authoring-not-utf8", file = path.display().to_string())
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

/// A refusal located in `file`, saying that nothing was written (the parser's reason and
/// hint in `t`'s language).
pub fn refused(file: &str, r: &Refusal, t: Texts) -> anyhow::Error {
    // Line and column as written, never with a thousands separator: tools read them.
    anyhow::anyhow!(
        "{}",
        tr!(
            t,
            "authoring-refused",
            file = file,
            line = r.line.to_string(),
            column = r.column.to_string(),
            message = r.message_in(t),
            hint = r.hint_in(t)
        )
    )
}

/// Maps a save error: refusals get the file's name and position, the rest passes through.
pub fn save_error(file: &str, err: AuthoringError, t: Texts) -> anyhow::Error {
    match err {
        AuthoringError::Refused(r) => refused(file, &r, t),
        other => other.into(),
    }
}

/// The text a subcommand edits: its draft, the file name the editor shows, and how the
/// person runs the command again (`lectern lesson SLUG 1.1`, for the conflict message), and
/// the language the messages are said in.
pub struct TextSubject {
    pub key: DraftKey,
    pub file_name: String,
    pub command: String,
    pub texts: Texts,
}

/// `--set FILE`, `--edit` or printing one text: the shape `brief`, `curriculum` and `lesson`
/// share. Printing is byte-exact into a pipe or file (or with `raw`) and neutralised on a
/// terminal.
pub fn run_text_mode(
    mode: &TextMode,
    raw: bool,
    force: &SaveMode,
    store: &mut Store,
    subject: &TextSubject,
    saved: &EditorText,
    save: impl SaveFn,
) -> anyhow::Result<Exit> {
    let command = subject.command.as_str();
    let on_top = |base: SaveBase| if force.force { SaveBase::OnTop } else { base };
    if let Some(path) = &mode.set {
        let text = read_text_file(path, subject.texts)?;
        let base = on_top(SaveBase::Sha256(saved.sha256.clone()));
        return match save(store, &text, RevisionSource::CliSet, &base) {
            Ok(done) => {
                outln!("{}", shown_lines(&done));
                Ok(Exit::Ok)
            }
            Err(AuthoringError::Conflict(c)) => {
                report_conflict(
                    &c,
                    &format!("{command} --set {} --force", path.display()),
                    subject.texts,
                );
                Ok(Exit::CheckFailed)
            }
            Err(e) => Err(save_error(&path.display().to_string(), e, subject.texts)),
        };
    }
    if mode.edit {
        return edit_and_save(store, subject, saved, force.force, save);
    }
    print_document(&saved.text, raw)?;
    Ok(Exit::Ok)
}

/// `--edit`: starts from the draft if one is waiting, runs the editor, and saves with `save`
/// against the text the edit started from (the draft's base, else the stored text).
/// Refused text is kept as a draft (so the next `--edit` starts from it) and exits 2; text
/// whose stored original changed meanwhile is kept as a draft too and exits 1.
pub fn edit_and_save(
    store: &mut Store,
    subject: &TextSubject,
    saved: &EditorText,
    force: bool,
    save: impl SaveFn,
) -> anyhow::Result<Exit> {
    let (key, file_name, command) = (&subject.key, subject.file_name.as_str(), &subject.command);
    let t = subject.texts;
    let (start, base_sha) = match authoring::load_draft(store, key)? {
        Some(draft) => {
            eprintln!(
                "lectern: {}",
                tr!(
                    t,
                    "authoring-draft-continued",
                    when = t.timestamp(&draft.updated_at).into_owned(),
                    age = draft.age_seconds
                )
            );
            let base = draft.base_sha256.unwrap_or_else(|| saved.sha256.clone());
            (draft.text, base)
        }
        None => (saved.text.clone(), saved.sha256.clone()),
    };
    let edited = match authoring::edit_externally(&start, file_name)? {
        EditOutcome::Changed(text) => text,
        EditOutcome::Unchanged if start != saved.text => start,
        EditOutcome::Unchanged => {
            eprintln!("lectern: {}", tr!(t, "no-change"));
            return Ok(Exit::Ok);
        }
    };
    let base = if force {
        SaveBase::OnTop
    } else {
        SaveBase::Sha256(base_sha.clone())
    };
    match save(store, &edited, RevisionSource::ExternalEditor, &base) {
        Ok(message) => {
            outln!("{}", shown_lines(&message));
            Ok(Exit::Ok)
        }
        Err(AuthoringError::Refused(r)) => {
            authoring::save_draft(store, key, &edited, Some(&base_sha))?;
            let refusal = refused(file_name, &r, t).to_string();
            eprintln!(
                "lectern: {}",
                tr!(t, "error-line", message = shown_lines(&refusal))
            );
            eprintln!("  {}", tr!(t, "authoring-refused-kept"));
            Ok(Exit::BadInput)
        }
        Err(AuthoringError::Conflict(c)) => {
            // The draft keeps its original base, so saving it again conflicts again until
            // the person chooses; their text is never lost and the other stays current.
            authoring::save_draft(store, key, &edited, Some(&base_sha))?;
            report_conflict(&c, &format!("{command} --edit --force"), t);
            eprintln!(
                "  {}",
                tr!(t, "authoring-conflict-kept", command = command.as_str())
            );
            Ok(Exit::CheckFailed)
        }
        Err(other) => Err(other.into()),
    }
}

/// Says what changed under the person and how to proceed.
fn report_conflict(conflict: &Conflict, force_command: &str, t: Texts) {
    eprintln!(
        "lectern: {}",
        tr!(t, "error-line", message = conflict.to_string())
    );
    eprintln!("  {}", tr!(t, "authoring-force", command = force_command));
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

/// One reading of the clock for date and time, so a timestamp taken at midnight cannot mix
/// one day's date with the next day's time.
pub fn now_iso() -> String {
    iso_of(time::OffsetDateTime::now_utc())
}

pub fn iso_of(now: time::OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

#[cfg(test)]
mod tests {
    use super::iso_of;

    #[test]
    fn one_instant_gives_date_and_time_of_the_same_day() {
        let last = time::macros::datetime!(2026-12-31 23:59:59.999 UTC);
        assert_eq!(iso_of(last), "2026-12-31T23:59:59Z");
        let first = time::macros::datetime!(2027-01-01 00:00:00 UTC);
        assert_eq!(iso_of(first), "2027-01-01T00:00:00Z");
    }
}
