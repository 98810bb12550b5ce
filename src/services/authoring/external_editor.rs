//! Hands a text to the person's own editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a temp
//! file and reads it back. The file is re-read by path, so editors that save by writing a new
//! file and renaming it over the old one (vim's `backupcopy=no`, many GUI editors) work.
//!
//! Used by the CLI's `--edit` and the TUI's `E` (which suspends the terminal around the call).

use std::path::PathBuf;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::domain::said::Said;

/// What came back from the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditOutcome {
    Unchanged,
    Changed(String),
}

#[derive(Debug, thiserror::Error)]
pub enum EditorError {
    #[error("cannot prepare the temp file {path}: {source}")]
    TempFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot start the editor `{editor}`: {source}")]
    Spawn {
        editor: String,
        source: std::io::Error,
    },
    #[error("the editor `{editor}` exited with {status}; the text was left unchanged")]
    Failed { editor: String, status: String },
    #[error("the edited file {path} is not UTF-8 text: {source}")]
    NotText {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl EditorError {
    /// The error as data (`src/domain/said.rs`); the exit status is the system's wording.
    pub fn said(&self) -> Said {
        match self {
            EditorError::TempFile { path, source } => Said::new("err-editor-temp-file")
                .with("path", path)
                .with("error", source),
            EditorError::Spawn { editor, source } => Said::new("err-editor-spawn")
                .with("editor", editor)
                .with("error", source),
            EditorError::Failed { editor, status } => Said::new("err-editor-failed")
                .with("editor", editor)
                .with("status", status),
            EditorError::NotText { path, source } => Said::new("err-editor-not-text")
                .with("path", path)
                .with("error", source),
        }
    }
}

/// The editor command: `$VISUAL`, `$EDITOR`, then `vi`. It may carry arguments (`code -w`).
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Writes `text` to a fresh temp file named `file_name` (the extension tells the editor the
/// syntax), runs the editor on it and waits, then reads the file back.
pub fn edit_externally(text: &str, file_name: &str) -> Result<EditOutcome, EditorError> {
    edit_externally_with(text, file_name, &editor_command())
}

/// [`edit_externally`] with the editor command given, so a caller (the TUI's tests, a caller
/// that resolved the editor earlier) does not depend on the process environment.
pub fn edit_externally_with(
    text: &str,
    file_name: &str,
    editor: &str,
) -> Result<EditOutcome, EditorError> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("lectern-edit-{}-{nanos}", std::process::id()));
    let path = dir.join(file_name);
    let temp = |source| EditorError::TempFile {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(temp)?;
    std::fs::write(&path, text).map_err(temp)?;
    let result = run_editor(editor, &path).and_then(|()| {
        std::fs::read_to_string(&path).map_err(|source| EditorError::NotText {
            path: path.clone(),
            source,
        })
    });
    // Best effort: a leftover temp dir is harmless and the text is already read.
    let _ = std::fs::remove_dir_all(&dir);
    let edited = result?;
    Ok(if edited == text {
        EditOutcome::Unchanged
    } else {
        EditOutcome::Changed(edited)
    })
}

fn run_editor(editor: &str, path: &std::path::Path) -> Result<(), EditorError> {
    // Through `sh -c` so an editor given with arguments works; the path is passed as `$1`,
    // never spliced into the command string.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .map_err(|source| EditorError::Spawn {
            editor: editor.to_string(),
            source,
        })?;
    if !status.success() {
        return Err(EditorError::Failed {
            editor: editor.to_string(),
            status: status.to_string(),
        });
    }
    Ok(())
}
