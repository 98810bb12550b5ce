//! Conflicts as this replica knows them (`sync_conflicts`): listing them and marking one
//! resolved (queued for the server in the same transaction as the resolving write).

use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::super::StoreError;
use super::super::repo::Repo;

/// One conflict: a text (or a row's field, target `…#field`) both sides changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictRecord {
    pub id: String,
    pub course: String,
    pub target: String,
    pub base_id: Option<String>,
    /// Revision ids (texts) or JSON values (fields) of the two sides.
    pub mine_id: Option<String>,
    pub theirs_id: Option<String>,
    pub mine_value: Option<String>,
    pub theirs_value: Option<String>,
    pub mine_author: Option<String>,
    pub theirs_author: Option<String>,
    pub mine_at: Option<String>,
    pub theirs_at: Option<String>,
    pub state: String,
    pub created_at: String,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<String>,
}

impl ConflictRecord {
    /// A row field's conflict (`lesson/1.2#title`) rather than a text's.
    pub fn field(&self) -> Option<(&str, &str)> {
        self.target.split_once('#')
    }
}

/// How a person resolves a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    Mine,
    Theirs,
    /// A text the person merged by hand.
    Text(String),
}

const COLUMNS: &str = "id, course, target, base_id, mine_id, theirs_id, mine_value, \
    theirs_value, mine_author, theirs_author, mine_at, theirs_at, state, created_at, \
    resolved_by, resolved_at";

fn conflict_from_row(r: &Row<'_>) -> rusqlite::Result<ConflictRecord> {
    Ok(ConflictRecord {
        id: r.get(0)?,
        course: r.get(1)?,
        target: r.get(2)?,
        base_id: r.get(3)?,
        mine_id: r.get(4)?,
        theirs_id: r.get(5)?,
        mine_value: r.get(6)?,
        theirs_value: r.get(7)?,
        mine_author: r.get(8)?,
        theirs_author: r.get(9)?,
        mine_at: r.get(10)?,
        theirs_at: r.get(11)?,
        state: r.get(12)?,
        created_at: r.get(13)?,
        resolved_by: r.get(14)?,
        resolved_at: r.get(15)?,
    })
}

impl Repo<'_> {
    /// Conflicts, open ones first, oldest first within each state.
    pub fn sync_conflicts(&self, open_only: bool) -> Result<Vec<ConflictRecord>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM sync_conflicts WHERE state = 'open' OR ?1 = 0
             ORDER BY state = 'resolved', created_at, id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([i64::from(open_only)], conflict_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The oldest open conflict of a course's target.
    pub fn open_conflict(
        &self,
        course: &str,
        target: &str,
    ) -> Result<Option<ConflictRecord>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM sync_conflicts
             WHERE state = 'open' AND course = ?1 AND target = ?2 ORDER BY created_at LIMIT 1"
        );
        Ok(self
            .conn()
            .query_row(&sql, params![course, target], conflict_from_row)
            .optional()?)
    }

    /// Every open conflict of a course's target is resolved (by one write of its text), and
    /// the server is told in the next push.
    pub fn resolve_conflicts(&self, course: &str, target: &str) -> Result<u64, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM sync_conflicts WHERE state = 'open' AND course = ?1 AND target = ?2",
        )?;
        let ids: Vec<String> = stmt
            .query_map(params![course, target], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in &ids {
            self.conn().execute(
                "UPDATE sync_conflicts SET state = 'resolved', resolved_by = ?2,
                    resolved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                params![id, self.author()],
            )?;
            self.queue_resolve(id)?;
        }
        Ok(ids.len() as u64)
    }

    pub fn open_conflict_count(&self) -> Result<i64, StoreError> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM sync_conflicts WHERE state = 'open'",
            [],
            |r| r.get(0),
        )?)
    }
}

impl Repo<'_> {
    /// The text of revision `id`, if this replica holds it.
    pub fn revision_text(&self, id: &str) -> Result<Option<String>, StoreError> {
        let sha: Option<String> = self
            .conn()
            .query_row("SELECT sha256 FROM revisions WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        sha.map(|s| self.text_by_sha(&s)).transpose()
    }
}
