//! This replica's side of sync: its id and mode, the outbox of local changes (queued by the
//! triggers of migration 0011 in the same transaction as each change), freezing row changes
//! into field diffs before a push, and acknowledging what the server stored.

use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value, json};

use super::super::repo::Repo;
use super::super::revision_blobs::sha256_of;
use super::super::revisions::new_revision_id;
use super::super::{CourseId, StoreError, Target};
use super::rows::RowKey;

/// Where this replica stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncState {
    pub replica_id: Option<String>,
    /// True once the first sync turned change recording on.
    pub recording: bool,
    pub pull_cursor: i64,
    pub acked_mutation_id: i64,
    pub last_sync_at: Option<String>,
    pub server: Option<String>,
}

/// One queued local change, as pushed.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxEntry {
    pub mutation_id: i64,
    pub kind: String,
    pub key: String,
    /// Row changes: `{"created", "deleted", "changes": {field: [old, new]}}`.
    pub payload: Option<Value>,
}

impl OutboxEntry {
    /// What the server keeps of the last mutation it applied, to tell a lost acknowledgement
    /// (same mutation) from a copied database (another mutation under the same number).
    pub fn hash(&self) -> String {
        let payload = self
            .payload
            .as_ref()
            .map(Value::to_string)
            .unwrap_or_default();
        sha256_of(&format!("{}\u{0}{}\u{0}{payload}", self.kind, self.key))
    }
}

impl Repo<'_> {
    pub fn sync_state(&self) -> Result<SyncState, StoreError> {
        Ok(self.conn().query_row(
            "SELECT replica_id, mode, pull_cursor, acked_mutation_id, last_sync_at, server
             FROM sync_state WHERE id = 1",
            [],
            |r| {
                Ok(SyncState {
                    replica_id: r.get(0)?,
                    recording: r.get::<_, i64>(1)? != 0,
                    pull_cursor: r.get(2)?,
                    acked_mutation_id: r.get(3)?,
                    last_sync_at: r.get(4)?,
                    server: r.get(5)?,
                })
            },
        )?)
    }

    /// Turns change recording on (first sync): gives the replica its id and queues every
    /// persona, course, row and revision held now, parents before children. Returns the id.
    pub fn sync_enable(&self) -> Result<String, StoreError> {
        let state = self.sync_state()?;
        if let (true, Some(id)) = (state.recording, state.replica_id.clone()) {
            return Ok(id);
        }
        let id = state.replica_id.unwrap_or_else(new_revision_id);
        self.conn().execute_batch(
            "INSERT INTO sync_outbox (kind, key)
                SELECT 'row', json_array('minds', slug) FROM minds ORDER BY id;
             INSERT INTO sync_outbox (kind, key)
                SELECT 'row', json_array('course', piece_slug) FROM content_pieces ORDER BY id;
             INSERT INTO sync_outbox (kind, key)
                SELECT 'row', json_array('metadata', c.piece_slug)
                FROM course_metadata m JOIN content_pieces c ON c.id = m.content_piece_id
                ORDER BY m.id;
             INSERT INTO sync_outbox (kind, key)
                SELECT 'row', json_array('research', c.piece_slug)
                FROM market_research m JOIN content_pieces c ON c.id = m.content_piece_id
                ORDER BY m.id;
             INSERT INTO sync_outbox (kind, key)
                SELECT 'row', json_array('lesson', c.piece_slug, l.lesson_id)
                FROM course_lessons l JOIN content_pieces c ON c.id = l.content_piece_id
                ORDER BY l.id;
             INSERT INTO sync_outbox (kind, key)
                SELECT 'revision', id FROM revisions ORDER BY seq;",
        )?;
        self.conn().execute(
            "UPDATE sync_state SET replica_id = ?1, mode = 1 WHERE id = 1",
            [&id],
        )?;
        Ok(id)
    }

    /// A copied or restored database: the server saw this replica id go further than this
    /// file did. A new id keeps the server from skipping this file's changes as repeats.
    pub fn sync_new_replica_id(&self) -> Result<String, StoreError> {
        let id = new_revision_id();
        self.conn().execute(
            "UPDATE sync_state SET replica_id = ?1, acked_mutation_id = 0 WHERE id = 1",
            [&id],
        )?;
        Ok(id)
    }

    /// Sets the mode: 1 records local changes, 2 applies a pull (its writes are not queued).
    pub(crate) fn set_sync_mode(&self, mode: i64) -> Result<(), StoreError> {
        self.conn()
            .execute("UPDATE sync_state SET mode = ?1 WHERE id = 1", [mode])?;
        Ok(())
    }

    /// Turns queued row changes into field diffs against the shadow (what was queued or
    /// pulled before) and moves the shadow on; later duplicates of a key and changes that
    /// changed nothing synced are dropped.
    pub fn sync_freeze(&self) -> Result<(), StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT mutation_id, key FROM sync_outbox
             WHERE kind = 'row' AND payload IS NULL ORDER BY mutation_id",
        )?;
        let pending: Vec<(i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut seen = std::collections::HashSet::new();
        for (mutation_id, key) in pending {
            if !seen.insert(key.clone()) {
                self.drop_outbox(mutation_id)?;
                continue;
            }
            let row = RowKey::parse(&key)?;
            let now = self.sync_row_fields(&row)?;
            let shadow = self.shadow(&key)?;
            let payload = diff_payload(shadow.as_ref(), now.as_ref());
            match payload {
                None => self.drop_outbox(mutation_id)?,
                Some(p) => {
                    self.conn().execute(
                        "UPDATE sync_outbox SET payload = ?2 WHERE mutation_id = ?1",
                        params![mutation_id, p.to_string()],
                    )?;
                    self.set_shadow(&key, now.as_ref())?;
                }
            }
        }
        Ok(())
    }

    fn drop_outbox(&self, mutation_id: i64) -> Result<(), StoreError> {
        self.conn().execute(
            "DELETE FROM sync_outbox WHERE mutation_id = ?1",
            [mutation_id],
        )?;
        Ok(())
    }

    pub(crate) fn shadow(&self, key: &str) -> Result<Option<Map<String, Value>>, StoreError> {
        let text: Option<String> = self
            .conn()
            .query_row(
                "SELECT fields FROM sync_shadow WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    pub(crate) fn set_shadow(
        &self,
        key: &str,
        fields: Option<&Map<String, Value>>,
    ) -> Result<(), StoreError> {
        match fields {
            Some(f) => self.conn().execute(
                "INSERT INTO sync_shadow (key, fields) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET fields = excluded.fields",
                params![key, Value::Object(f.clone()).to_string()],
            )?,
            None => self
                .conn()
                .execute("DELETE FROM sync_shadow WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// The next `limit` queued changes after `after`, oldest first (rows must be frozen).
    pub fn sync_outbox(&self, after: i64, limit: i64) -> Result<Vec<OutboxEntry>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT mutation_id, kind, key, payload FROM sync_outbox
             WHERE mutation_id > ?1 ORDER BY mutation_id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![after, limit], |r| {
            Ok(OutboxEntry {
                mutation_id: r.get(0)?,
                kind: r.get(1)?,
                key: r.get(2)?,
                payload: r
                    .get::<_, Option<String>>(3)?
                    .and_then(|p| serde_json::from_str(&p).ok()),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many local changes wait for a push.
    pub fn sync_pending(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0))?)
    }

    /// The server stored every change up to `mutation_id`: they leave the outbox.
    pub fn sync_ack(&self, mutation_id: i64) -> Result<(), StoreError> {
        self.conn().execute(
            "DELETE FROM sync_outbox WHERE mutation_id <= ?1",
            [mutation_id],
        )?;
        self.conn().execute(
            "UPDATE sync_state SET acked_mutation_id = max(acked_mutation_id, ?1) WHERE id = 1",
            [mutation_id],
        )?;
        Ok(())
    }

    pub fn sync_mark_done(&self, server: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE sync_state SET server = ?1,
                 last_sync_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = 1",
            [server],
        )?;
        Ok(())
    }

    pub(crate) fn set_pull_cursor(&self, seq: i64) -> Result<(), StoreError> {
        self.conn()
            .execute("UPDATE sync_state SET pull_cursor = ?1 WHERE id = 1", [seq])?;
        Ok(())
    }

    /// True when a local revision of `target` waits in the outbox: a pulled head must not
    /// replace that text; the next push merges the two on the server.
    pub(crate) fn has_unpushed_revision(
        &self,
        course: CourseId,
        target: &Target,
    ) -> Result<bool, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT 1 FROM sync_outbox o JOIN revisions r ON r.id = o.key
                 WHERE o.kind = 'revision' AND r.content_piece_id = ?1 AND r.target = ?2
                 LIMIT 1",
                params![course.0, target.key()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Queues "this conflict is resolved" for the server.
    pub(crate) fn queue_resolve(&self, conflict_id: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO sync_outbox (kind, key, payload) VALUES ('resolve', ?1, ?2)",
            params![conflict_id, json!({"by": self.author()}).to_string()],
        )?;
        Ok(())
    }
}

/// The field diff from `old` to `new` (`None`: nothing synced changed).
fn diff_payload(
    old: Option<&Map<String, Value>>,
    new: Option<&Map<String, Value>>,
) -> Option<Value> {
    match (old, new) {
        (None, None) => None,
        (Some(_), None) => Some(json!({"deleted": true, "changes": {}})),
        (old, Some(new)) => {
            let mut changes = Map::new();
            for (field, value) in new {
                let before = old
                    .and_then(|o| o.get(field))
                    .cloned()
                    .unwrap_or(Value::Null);
                if old.is_none() || &before != value {
                    changes.insert(field.clone(), json!([before, value]));
                }
            }
            let created = old.is_none();
            (created || !changes.is_empty())
                .then(|| json!({"created": created, "deleted": false, "changes": changes}))
        }
    }
}

impl Repo<'_> {
    /// A queued revision as the server stores it (its text rebuilt from the blobs).
    pub fn sync_revision(&self, id: &str) -> Result<super::SyncRevision, StoreError> {
        let row = self.conn().query_row(
            "SELECT r.id, c.piece_slug, r.target, r.parent_id, r.merge_parent_id, r.created_at,
                r.source, r.provider, r.model, r.author, r.origin, r.gps_score,
                r.didatica_score, r.action_id, r.undoes_action, r.lines_added, r.lines_removed,
                r.sha256
             FROM revisions r JOIN content_pieces c ON c.id = r.content_piece_id
             WHERE r.id = ?1",
            [id],
            |r| {
                Ok(super::SyncRevision {
                    id: r.get(0)?,
                    course: r.get(1)?,
                    target: r.get(2)?,
                    parent: r.get(3)?,
                    merge_parent: r.get(4)?,
                    created_at: r.get(5)?,
                    source: r.get(6)?,
                    provider: r.get(7)?,
                    model: r.get(8)?,
                    author: r.get(9)?,
                    origin: r.get(10)?,
                    gps_score: r.get(11)?,
                    didatica_score: r.get(12)?,
                    action_id: r.get(13)?,
                    undoes_action: r.get(14)?,
                    lines_added: r.get(15)?,
                    lines_removed: r.get(16)?,
                    sha256: r.get(17)?,
                    body: String::new(),
                })
            },
        )?;
        let body = self.text_by_sha(&row.sha256)?;
        Ok(super::SyncRevision { body, ..row })
    }
}
