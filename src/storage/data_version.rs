//! `PRAGMA data_version`: a number SQLite changes when another connection (another process:
//! the CLI, a second workbench) commits to the database, and never for this connection's own
//! writes. The workbench polls it on its tick (microseconds) to reload what is on screen.

use super::StoreError;
use super::repo::Repo;

impl Repo<'_> {
    /// The connection's view of the database's change counter (see the module comment).
    pub fn data_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn()
            .pragma_query_value(None, "data_version", |row| row.get(0))?)
    }
}
