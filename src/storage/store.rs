//! `Store`: one open, migrated SQLite database with the connection settings Lectern relies on.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::StoreError;
use super::migrate::{self, MigrationReport};

/// Row id of a course (`content_pieces.id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CourseId(pub i64);

/// How long a writer waits for another process's write transaction before giving up
/// (docs/cli.md). Generous: eight concurrent imports of 10,000-lesson courses queue for
/// minutes, and waiting is always better than refusing half of them.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(300);
/// Prepared statements kept per connection (see `Store::open`).
const STATEMENT_CACHE: usize = 128;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Who the revisions written through this store are attributed to (`[author] name`).
    author: String,
    busy_timeout: Duration,
    /// Words' search plans kept between searches (`search_memo`).
    search_memo: super::search_memo::SearchMemo,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    ///
    /// A database written by a newer lectern is refused before any byte of it changes.
    pub fn open(path: &Path) -> Result<(Store, MigrationReport), StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::CreateDir {
                path: path.to_path_buf(),
                source,
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let mut conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // rusqlite keeps 16 by default, fewer than one import of a course or one search uses
        // (four indexes × a few statements): the least recently used were evicted and
        // prepared again — triggers and all — for every course or keystroke.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // The query planner stability guarantee: a statement keeps the plan it was prepared
        // with whatever is bound to it. Without it SQLite marks a statement to be prepared
        // again whenever a parameter it consulted while planning is rebound
        // (`sqlite3VdbeReprepareOnBind`: a `LIMIT ?`, a `LIKE ?`, a parameter compared with a
        // constant while matching expressions), and rusqlite's cache clears every binding, so
        // the search's cached statements were parsed and planned anew on most uses: a tenth
        // of a search keystroke on 200,000 lessons (issue 16).
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        // Checked before `journal_mode=WAL`, which rewrites the file header.
        migrate::ensure_not_newer(&conn, path)?;
        retry_while_busy(path, || conn.pragma_update(None, "journal_mode", "WAL"))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let report = migrate::migrate(&mut conn, Some(path))?;
        super::revisions_legacy::backfill(&mut conn, path)?;
        Ok((
            Store {
                conn,
                path: path.to_path_buf(),
                author: default_author(),
                busy_timeout: BUSY_TIMEOUT,
                search_memo: Default::default(),
            },
            report,
        ))
    }

    /// Attributes later revisions to `name` (the config's `[author] name`); blank keeps the
    /// OS user.
    pub fn set_author(&mut self, name: &str) {
        if !name.trim().is_empty() {
            self.author = name.trim().to_string();
        }
    }

    pub fn author(&self) -> &str {
        &self.author
    }

    /// Shortens (or lengthens) the wait for other writers; tests use it to see the refusal.
    pub fn set_busy_timeout(&mut self, wait: Duration) -> Result<(), StoreError> {
        self.conn.busy_timeout(wait)?;
        self.busy_timeout = wait;
        Ok(())
    }

    /// Starts the write transaction of one user action. The busy handler waits for other
    /// writers; SQLite skips it in a few cases (a lock taken while another connection recovers
    /// or checkpoints), so a busy start is retried until the same limit has passed.
    pub(super) fn begin_write(&self) -> Result<rusqlite::Transaction<'_>, StoreError> {
        retry_busy_within(&self.path, self.busy_timeout, || {
            rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(super) fn search_memo(&self) -> &super::search_memo::SearchMemo {
        &self.search_memo
    }

    /// Forgets the words' search plans kept since the last write, so the next search plans
    /// every word anew (benchmarks measure that case with it).
    pub fn forget_search_plans(&self) {
        self.search_memo.forget();
    }

    pub(super) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(super) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Reads a pragma; used by tests and `lectern doctor`-style diagnostics.
    pub fn pragma_text(&self, name: &str) -> Result<String, StoreError> {
        let value: rusqlite::types::Value =
            self.conn.pragma_query_value(None, name, |row| row.get(0))?;
        Ok(match value {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(migrate::current_version(&self.conn)?)
    }
}

/// The OS user, the author when the config names none.
fn default_author() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

fn is_busy(err: &rusqlite::Error) -> bool {
    matches!(
        err.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Runs `op` again while SQLite answers busy, up to [`BUSY_TIMEOUT`]. Some lock attempts
/// fail at once instead of calling the busy handler — switching a new file to WAL, or
/// reading while another process recovers the log — which processes opening one new database
/// together run into.
pub(super) fn retry_while_busy<T>(
    path: &Path,
    op: impl FnMut() -> rusqlite::Result<T>,
) -> Result<T, StoreError> {
    retry_busy_within(path, BUSY_TIMEOUT, op)
}

/// [`retry_while_busy`] with another limit (a store's own, which tests shorten).
fn retry_busy_within<T>(
    path: &Path,
    limit: Duration,
    mut op: impl FnMut() -> rusqlite::Result<T>,
) -> Result<T, StoreError> {
    let started = Instant::now();
    loop {
        match op() {
            Err(e) if is_busy(&e) && started.elapsed() < limit => {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other.map_err(|e| StoreError::locked(path, e, limit)),
        }
    }
}

impl StoreError {
    /// A lock that outlasted the busy handler becomes advice; any other error passes through.
    fn locked(path: &Path, err: rusqlite::Error, waited: Duration) -> StoreError {
        if is_busy(&err) {
            StoreError::Busy {
                path: path.to_path_buf(),
                waited_secs: waited.as_secs().max(1),
            }
        } else {
            StoreError::Sqlite(err)
        }
    }
}
