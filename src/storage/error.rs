//! Storage errors, each saying which database and what to do.

use std::path::PathBuf;

use crate::domain::said::Said;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "database {path} is at schema version {found}, newer than this lectern supports \
         ({supported}); it was left untouched — upgrade lectern or open another database with --db"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("cannot back up {path} to {backup} before migrating: {source}")]
    Backup {
        path: PathBuf,
        backup: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "cannot create a backup file next to {path} before migrating ({backup}): {source}; \
         the database was not changed — check that its folder is writable"
    )]
    BackupFile {
        path: PathBuf,
        backup: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "migration {number} ({name}) failed on {path}: {source}; the database was left at version {left_at}"
    )]
    Migration {
        path: PathBuf,
        number: usize,
        name: &'static str,
        left_at: i64,
        source: rusqlite::Error,
    },
    #[error("cannot create the folder for database {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "database {path} stayed locked by another lectern process for more than {waited_secs} s; \
         wait for that command (an import or generation) to finish and run this one again"
    )]
    Busy { path: PathBuf, waited_secs: u64 },
    #[error("course `{0}` not found (see `lectern list`)")]
    CourseNotFound(String),
    #[error("course slug `{0}` already exists")]
    SlugTaken(String),
    #[error("stored {what} is not valid JSON: {source}")]
    Json {
        what: &'static str,
        source: serde_json::Error,
    },
    #[error(
        "cannot use the generation lock file {path}: {source}; check that its folder is writable"
    )]
    LockFile {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A save named a base text that is no longer the stored one; nothing was written.
    #[error("{0}")]
    Conflict(Box<super::conflict::Conflict>),
    #[error("stored value is invalid: {0}")]
    Invalid(String),
    /// A refusal as data (`src/domain/said.rs`): English here, the reader's language at the
    /// front ends.
    #[error("{}", crate::i18n::Texts::default().said(.0))]
    Refused(Said),
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// What this error says, as data for the front ends; `None` for errors quoted as written
    /// (SQLite's own sentences).
    pub fn said(&self) -> Option<Said> {
        Some(match self {
            StoreError::TooNew {
                path,
                found,
                supported,
            } => Said::new("err-store-too-new")
                .with("path", path)
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            StoreError::Backup {
                path,
                backup,
                source,
            } => Said::new("err-store-backup")
                .with("path", path)
                .with("backup", backup)
                .with("error", source.to_string()),
            StoreError::BackupFile {
                path,
                backup,
                source,
            } => Said::new("err-store-backup-file")
                .with("path", path)
                .with("backup", backup)
                .with("error", source),
            StoreError::Migration {
                path,
                number,
                name,
                left_at,
                source,
            } => Said::new("err-store-migration")
                .with("number", number.to_string())
                .with("name", *name)
                .with("path", path)
                .with("error", source.to_string())
                .with("left_at", left_at.to_string()),
            StoreError::CreateDir { path, source } => Said::new("err-store-create-dir")
                .with("path", path)
                .with("error", source),
            StoreError::Busy { path, waited_secs } => Said::new("err-store-busy")
                .with("path", path)
                .with("seconds", *waited_secs),
            StoreError::CourseNotFound(slug) => {
                Said::new("err-course-not-found").with("slug", slug)
            }
            StoreError::SlugTaken(slug) => Said::new("err-slug-taken").with("slug", slug),
            StoreError::Json { what, source } => Said::new("err-store-json")
                .with("what", *what)
                .with("error", source.to_string()),
            StoreError::LockFile { path, source } => Said::new("err-store-lock-file")
                .with("path", path)
                .with("error", source),
            StoreError::Refused(said) => said.clone(),
            StoreError::Conflict(conflict) => conflict.said(),
            StoreError::Invalid(_) | StoreError::Sqlite(_) => {
                return None;
            }
        })
    }
}
