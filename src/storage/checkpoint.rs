//! Checkpointing the write-ahead log from a second connection.
//!
//! Why: SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000
//! pages, so a long batch of writes (an import of many courses) stops every few courses to
//! copy the log into the database file and wait for the disk. A second connection, on its own
//! thread, can do that copy while the writer goes on: a PASSIVE checkpoint never blocks the
//! writer and never waits for it.

use std::sync::mpsc::Sender;
use std::time::Duration;

use rusqlite::hooks::Wal;
use rusqlite::{Connection, OpenFlags};

use super::StoreError;
use super::store::Store;

type LogSizeHook = fn(&mut Wal, std::ffi::c_int) -> rusqlite::Result<()>;

/// SQLite's default: checkpoint when the log passes 1,000 pages.
pub const AUTOCHECKPOINT_PAGES: i64 = 1000;

/// A second connection to the store's file, for checkpoints only (it may live on another
/// thread while the store writes).
pub struct Checkpointer {
    conn: Connection,
}

impl Checkpointer {
    /// Copies every frame committed so far into the database file and syncs it.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }
}

impl Store {
    /// Opens a [`Checkpointer`] on the same database file.
    pub fn checkpointer(&self) -> Result<Checkpointer, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(self.path(), flags)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        Ok(Checkpointer { conn })
    }

    /// With `Some`, this connection stops checkpointing by itself and instead sends the log's
    /// size in pages after every commit (for a [`Checkpointer`] to act on); with `None`,
    /// automatic checkpoints at [`AUTOCHECKPOINT_PAGES`] come back.
    pub fn report_log_size(&mut self, to: Option<Sender<i64>>) -> Result<(), StoreError> {
        match to {
            Some(to) => self.conn_mut().wal_hook(Some(move |_: &mut _, pages| {
                // A checkpointer that went away only means no more background checkpoints.
                let _ = to.send(i64::from(pages));
                Ok(())
            }))?,
            None => {
                // Dropping the hook drops its sender, which ends the checkpointer's loop.
                self.conn_mut().wal_hook(None::<LogSizeHook>)?;
                self.conn()
                    .pragma_update(None, "wal_autocheckpoint", AUTOCHECKPOINT_PAGES)?;
            }
        }
        Ok(())
    }
}
