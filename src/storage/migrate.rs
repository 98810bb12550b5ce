//! Forward-only schema migrations tracked with `PRAGMA user_version`.
//!
//! The SQL lives in `migrations/sqlite/NNNN_name.sql` and is embedded at compile time. Each
//! migration runs in its own transaction, so a failure leaves the database at the last good
//! version. `user_version` holds the number of applied migrations (the rusqlite_migration
//! convention, so switching to that crate later needs no data change).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use super::StoreError;

pub struct Migration {
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration, in order. A test checks that this list matches `migrations/sqlite/`.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        name: "0001_init",
        sql: include_str!("../../migrations/sqlite/0001_init.sql"),
    },
    Migration {
        name: "0002_course_files",
        sql: include_str!("../../migrations/sqlite/0002_course_files.sql"),
    },
    Migration {
        name: "0003_generation_jobs",
        sql: include_str!("../../migrations/sqlite/0003_generation_jobs.sql"),
    },
    Migration {
        name: "0004_drafts",
        sql: include_str!("../../migrations/sqlite/0004_drafts.sql"),
    },
    Migration {
        name: "0005_course_title_index",
        sql: include_str!("../../migrations/sqlite/0005_course_title_index.sql"),
    },
    Migration {
        name: "0006_brief_search",
        sql: include_str!("../../migrations/sqlite/0006_brief_search.sql"),
    },
    Migration {
        name: "0007_fts_merge_less",
        sql: include_str!("../../migrations/sqlite/0007_fts_merge_less.sql"),
    },
    Migration {
        name: "0008_course_summary_index",
        sql: include_str!("../../migrations/sqlite/0008_course_summary_index.sql"),
    },
    Migration {
        name: "0009_revisions",
        sql: include_str!("../../migrations/sqlite/0009_revisions.sql"),
    },
    Migration {
        name: "0010_course_messages",
        sql: include_str!("../../migrations/sqlite/0010_course_messages.sql"),
    },
    Migration {
        name: "0011_sync",
        sql: include_str!("../../migrations/sqlite/0011_sync.sql"),
    },
    Migration {
        name: "0012_kept_drafts",
        sql: include_str!("../../migrations/sqlite/0012_kept_drafts.sql"),
    },
    Migration {
        name: "0013_analytics",
        sql: include_str!("../../migrations/sqlite/0013_analytics.sql"),
    },
    Migration {
        name: "0014_course_message_values",
        sql: include_str!("../../migrations/sqlite/0014_course_message_values.sql"),
    },
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// What opening a database did to its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    pub from: i64,
    pub to: i64,
    /// Copy made before migrating a database that already held data.
    pub backup: Option<PathBuf>,
}

impl MigrationReport {
    pub fn created(&self) -> bool {
        self.from == 0 && self.backup.is_none() && self.to > 0
    }
}

pub fn current_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Refuses a database from a newer lectern before anything can touch it.
pub fn ensure_not_newer(conn: &Connection, path: &Path) -> Result<i64, StoreError> {
    let found = current_version(conn)?;
    if found > LATEST_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            supported: LATEST_VERSION,
        });
    }
    Ok(found)
}

/// Applies every pending migration. `path` is `None` for in-memory databases (no backup).
///
/// Several processes may open a new database at once: each migration runs in an IMMEDIATE
/// transaction (one writer at a time, the others wait in the busy handler) and re-reads
/// `user_version` inside it, so a process that waited finds the work done instead of
/// re-running it. `from` in the report is the version found under the first lock, so only the
/// process that created the schema reports `created()`.
pub fn migrate(conn: &mut Connection, path: Option<&Path>) -> Result<MigrationReport, StoreError> {
    let display_path = path.map_or_else(|| PathBuf::from(":memory:"), Path::to_path_buf);
    let seen = ensure_not_newer(conn, &display_path)?;
    if seen == LATEST_VERSION {
        return Ok(MigrationReport {
            from: seen,
            to: seen,
            backup: None,
        });
    }
    // Version and data read in one snapshot: a process that creates the database seeds it only
    // after its last migration, so an old version with rows is a database from before, never
    // one being created next door (reading them apart once backed up a fresh database).
    let (now, worth_a_copy) = {
        let snapshot = conn.transaction()?;
        let now = current_version(&snapshot)?;
        let data = now < LATEST_VERSION && holds_data(&snapshot, now)?;
        snapshot.commit()?;
        (now, data)
    };
    let backup = match path {
        Some(path) if worth_a_copy => Some(backup_before_migrating(conn, path, now)?),
        _ => None,
    };
    let mut from = None;
    loop {
        let tx = super::store::retry_while_busy(&display_path, || {
            rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
        })?;
        let version = current_version(&tx)?;
        if version > LATEST_VERSION {
            return Err(StoreError::TooNew {
                path: display_path,
                found: version,
                supported: LATEST_VERSION,
            });
        }
        from.get_or_insert(version);
        let Some(migration) = MIGRATIONS.get(version as usize) else {
            tx.commit()?;
            break;
        };
        let number = version as usize + 1;
        let fail = |source| StoreError::Migration {
            path: display_path.clone(),
            number,
            name: migration.name,
            left_at: version,
            source: without_sql(source),
        };
        tx.execute_batch(migration.sql).map_err(fail)?;
        tx.pragma_update(None, "user_version", number as i64)
            .map_err(fail)?;
        tx.commit().map_err(fail)?;
    }
    Ok(MigrationReport {
        from: from.unwrap_or(seen),
        to: LATEST_VERSION,
        backup,
    })
}

/// SQLite's syntax errors carry the whole statement; the user gets the message only (the SQL
/// is ours, not theirs, and a migration's is pages long).
fn without_sql(err: rusqlite::Error) -> rusqlite::Error {
    match err {
        rusqlite::Error::SqlInputError { error, msg, .. } => {
            rusqlite::Error::SqliteFailure(error, Some(msg))
        }
        other => other,
    }
}

/// True when a migration could put something at risk that deserves a copy first: at version 0
/// any table at all (a file that is not ours yet), later an author's work (courses or
/// personas). A database another process is creating right now has Lectern's tables but no
/// rows yet, so concurrent first opens do not each make a backup.
fn holds_data(conn: &Connection, version: i64) -> rusqlite::Result<bool> {
    if version == 0 {
        let objects: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
            [],
            |r| r.get(0),
        )?;
        return Ok(objects > 0);
    }
    for table in ["content_pieces", "minds"] {
        let rows: bool =
            conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), [], |r| {
                r.get(0)
            })?;
        if rows {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `VACUUM INTO` writes a consistent copy even while the WAL holds recent commits.
fn backup_before_migrating(
    conn: &Connection,
    path: &Path,
    from: i64,
) -> Result<PathBuf, StoreError> {
    let backup = reserve_backup_path(path, from).map_err(|source| StoreError::BackupFile {
        path: path.to_path_buf(),
        backup: PathBuf::from(format!("{}.bak-v{from}", path.display())),
        source,
    })?;
    let target = backup.to_string_lossy().into_owned();
    conn.execute("VACUUM INTO ?1", [&target])
        .map_err(|source| StoreError::Backup {
            path: path.to_path_buf(),
            backup: backup.clone(),
            source,
        })?;
    Ok(backup)
}

/// A backup name nobody else holds: the file is created empty here (`VACUUM INTO` accepts an
/// empty file), so two processes upgrading the same database at once never write one copy.
fn reserve_backup_path(path: &Path, from: i64) -> std::io::Result<PathBuf> {
    let base = format!("{}.bak-v{from}", path.display());
    let mut candidate = PathBuf::from(&base);
    let mut n = 2;
    loop {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(_) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                candidate = PathBuf::from(format!("{base}.{n}"));
                n += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reserved_backup_name_is_new() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("lectern.db");
        let first = reserve_backup_path(&db, 3).unwrap();
        let second = reserve_backup_path(&db, 3).unwrap();
        assert_eq!(first, dir.path().join("lectern.db.bak-v3"));
        assert_eq!(second, dir.path().join("lectern.db.bak-v3.2"));
        assert_eq!(std::fs::metadata(&first).unwrap().len(), 0);
    }
}
