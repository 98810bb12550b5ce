//! `Repo`: the typed repository over one connection or one open transaction.
//!
//! Reads use `Store::read`; every write goes through `Store::write`, which runs the whole user
//! action in one transaction, so nothing is ever half-written.

use std::str::FromStr;

use rusqlite::{Connection, Row};
use serde_json::Value;

use super::search_memo::SearchMemo;
use super::{Store, StoreError};
use crate::domain::said::Said;

pub struct Repo<'c> {
    conn: &'c Connection,
    author: &'c str,
    /// Plans of words searched before on this connection; none inside a write.
    search_memo: Option<&'c SearchMemo>,
}

impl<'c> Repo<'c> {
    pub(super) fn conn(&self) -> &'c Connection {
        self.conn
    }

    /// A repository over `conn` outside a `Store` (the migration backfill).
    pub(super) fn over(conn: &'c Connection, author: &'c str) -> Repo<'c> {
        Repo {
            conn,
            author,
            search_memo: None,
        }
    }

    pub(super) fn search_memo(&self) -> Option<&'c SearchMemo> {
        self.search_memo
    }

    /// Who revisions written through this repository are attributed to.
    pub fn author(&self) -> &'c str {
        self.author
    }
}

impl Store {
    pub fn read(&self) -> Repo<'_> {
        Repo {
            conn: self.conn(),
            author: self.author(),
            search_memo: Some(self.search_memo()),
        }
    }

    /// Runs `action` in one IMMEDIATE transaction: committed if it returns `Ok`, rolled back
    /// (nothing written) if it returns `Err`.
    pub fn write<T, E>(&mut self, action: impl FnOnce(&Repo<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let author = self.author().to_string();
        let tx = self.begin_write()?;
        let out = action(&Repo {
            conn: &tx,
            author: &author,
            search_memo: None,
        })?;
        tx.commit().map_err(StoreError::from)?;
        Ok(out)
    }
}

pub(super) fn parse_status<T>(text: &str) -> Result<T, StoreError>
where
    T: FromStr<Err = crate::domain::course::UnknownStatus>,
{
    text.parse()
        .map_err(|e: crate::domain::course::UnknownStatus| StoreError::Refused(unknown_status(&e)))
}

/// The status kinds (`validation status` …) are said in the reader's language; the accepted
/// values are codes, quoted as stored.
fn unknown_status(e: &crate::domain::course::UnknownStatus) -> Said {
    let kind = match e.kind {
        "validation status" => Some("err-status-kind-validation"),
        "lesson status" => Some("err-status-kind-lesson"),
        "course status" => Some("err-status-kind-course"),
        _ => None,
    };
    let said = Said::new("err-store-unknown-status");
    let said = match kind {
        Some(id) => said.with("kind", Said::new(id)),
        None => said.with("kind", e.kind),
    };
    said.with("value", e.value.as_str())
        .with("expected", e.expected)
}

pub(super) fn json_column(
    row: &Row<'_>,
    idx: usize,
    what: &'static str,
) -> Result<Value, StoreError> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|source| StoreError::Json { what, source })
}
