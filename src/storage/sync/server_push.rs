//! Push: one server transaction per batch of local changes. It locks `sync_head` first (so
//! log numbers follow commit order), skips mutations the server already applied for this
//! replica (a retried push applies nothing twice), stores revisions, moves heads only when a
//! revision was made on top of the head — otherwise merges or writes down a conflict — and
//! records the replica's last mutation id in the same commit.

use serde_json::{Value, json};
use tokio_postgres::types::Type;
use tokio_postgres::{Client, Transaction};

use crate::domain::sync_merge::{HeadDecision, decide_head};

use super::server::{REVISION_COLUMNS, check_version, enter, revision_at};
use super::server_merge::common_ancestor;
use super::{OutboxEntry, SyncError, SyncRevision};

/// One local change with what the server needs to apply it.
#[derive(Debug, Clone)]
pub enum PushItem {
    Revision(Box<SyncRevision>),
    /// A row's field diff (`key` is the row's natural key).
    Row {
        key: String,
        course: String,
    },
    Resolve,
}

/// What a push batch did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushOutcome {
    /// Applied; the server now holds every mutation up to `last`.
    Applied {
        last: i64,
        revisions: u64,
        conflicts: u64,
    },
    /// The server has seen this replica id go past what this file acknowledged: either the
    /// acknowledgement of an earlier push was lost, or this file is a copy. Nothing written.
    Behind {
        server_last: i64,
        server_hash: String,
    },
}

/// The log sequence and counters of one push transaction.
pub(super) struct PushTx<'a> {
    pub(super) tx: &'a Transaction<'a>,
    pub(super) seq: i64,
    pub(super) replica: &'a str,
    pub(super) author: &'a str,
    pub(super) conflicts: u64,
}

impl PushTx<'_> {
    pub(super) async fn log(
        &mut self,
        kind: &str,
        key: &str,
        course: &str,
        payload: &Value,
    ) -> Result<(), SyncError> {
        self.seq += 1;
        self.tx
            .execute_typed(
                "INSERT INTO sync_log (seq, kind, key, course, payload, replica_id)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    (&self.seq, Type::INT8),
                    (&kind, Type::TEXT),
                    (&key, Type::TEXT),
                    (&course, Type::TEXT),
                    (payload, Type::JSONB),
                    (&self.replica, Type::TEXT),
                ],
            )
            .await?;
        Ok(())
    }
}

/// Pushes `entries` (oldest first, with their items) as this replica, in one transaction.
/// `acked` is the last mutation id this file knows the server applied.
pub async fn push_batch(
    client: &mut Client,
    schema: &str,
    replica: &str,
    author: &str,
    acked: i64,
    entries: &[(OutboxEntry, PushItem)],
) -> Result<PushOutcome, SyncError> {
    let tx = client.transaction().await?;
    enter(&tx, schema).await?;
    check_version(&tx, schema).await?;
    let seq: i64 = tx
        .query_typed_one("SELECT seq FROM sync_head WHERE id = 1 FOR UPDATE", &[])
        .await?
        .get(0);
    let seen = tx
        .query_typed_opt(
            "SELECT last_mutation_id, last_hash FROM sync_replicas WHERE replica_id = $1",
            &[(&replica, Type::TEXT)],
        )
        .await?;
    let (server_last, server_hash) = match seen {
        Some(row) => (row.get::<_, i64>(0), row.get::<_, String>(1)),
        None => (0, String::new()),
    };
    if server_last > acked {
        return Ok(PushOutcome::Behind {
            server_last,
            server_hash,
        });
    }
    let mut p = PushTx {
        tx: &tx,
        seq,
        replica,
        author,
        conflicts: 0,
    };
    let mut revisions = 0;
    let mut last = (server_last, server_hash);
    for (entry, item) in entries.iter().filter(|(e, _)| e.mutation_id > server_last) {
        match item {
            PushItem::Revision(rev) => {
                if push_revision(&mut p, rev).await? {
                    revisions += 1;
                }
            }
            PushItem::Row { key, course } => {
                let payload = entry.payload.clone().unwrap_or(Value::Null);
                p.push_row(key, course, &payload).await?;
            }
            PushItem::Resolve => p.resolve(&entry.key, entry.payload.as_ref()).await?,
        }
        last = (entry.mutation_id, entry.hash());
    }
    tx.execute_typed(
        "INSERT INTO sync_replicas (replica_id, last_mutation_id, last_hash, author)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (replica_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id,
             last_hash = excluded.last_hash, author = excluded.author, last_seen = now()",
        &[
            (&replica, Type::TEXT),
            (&last.0, Type::INT8),
            (&last.1, Type::TEXT),
            (&author, Type::TEXT),
        ],
    )
    .await?;
    tx.execute_typed(
        "UPDATE sync_head SET seq = $1 WHERE id = 1",
        &[(&p.seq, Type::INT8)],
    )
    .await?;
    let conflicts = p.conflicts;
    tx.commit().await?;
    Ok(PushOutcome::Applied {
        last: last.0,
        revisions,
        conflicts,
    })
}

/// Stores one revision and decides its text's head. False when the server had it already.
async fn push_revision(p: &mut PushTx<'_>, rev: &SyncRevision) -> Result<bool, SyncError> {
    let tx = p.tx;
    let inserted = insert_revision(tx, rev, p.replica).await?;
    if inserted == 0 {
        return Ok(false);
    }
    let head = head_of(tx, &rev.course, &rev.target).await?;
    let head = match head {
        // A first text, or one made on top of the head: the head moves (fast forward).
        None => return p.advance(rev).await,
        Some(h) if Some(&h.id) == rev.parent.as_ref() => return p.advance(rev).await,
        Some(h) => h,
    };
    let base = common_ancestor(tx, &rev.id, &head.id).await?;
    if base.as_ref().is_some_and(|b| b.id == head.id) {
        return p.advance(rev).await;
    }
    let base_text = base.as_ref().map(|b| b.body.as_str());
    // Both moved since their common ancestor. Whatever the merged text — the pushed one,
    // the head's, or a combination — it is stored as a revision with both parents, so the
    // head's history holds the pushed revision (as git records even a merge that changes
    // nothing) and later merges find the right ancestor.
    let text = match decide_head(base_text, &rev.body, &head.body) {
        HeadDecision::Advance => rev.body.clone(),
        HeadDecision::Keep => head.body.clone(),
        HeadDecision::Merge(text) => text,
        HeadDecision::Conflict => {
            p.log_revision(rev, &head.id).await?;
            p.text_conflict(rev, &head, base.as_ref()).await?;
            return Ok(true);
        }
    };
    p.log_revision(rev, &head.id).await?;
    let merged = p.store_merge(rev, &head, text).await?;
    set_head(tx, &rev.course, &rev.target, &merged.id).await?;
    p.log_revision(&merged, &merged.id).await?;
    Ok(true)
}

impl PushTx<'_> {
    /// The pushed revision becomes its text's head.
    async fn advance(&mut self, rev: &SyncRevision) -> Result<bool, SyncError> {
        set_head(self.tx, &rev.course, &rev.target, &rev.id).await?;
        self.log_revision(rev, &rev.id).await?;
        Ok(true)
    }
}

/// Stores a revision unless the server has it; the number of rows written (0 or 1).
pub(super) async fn insert_revision(
    tx: &Transaction<'_>,
    rev: &SyncRevision,
    replica: &str,
) -> Result<u64, SyncError> {
    Ok(tx
        .execute_typed(
            "INSERT INTO revisions (id, course, target, parent_id, merge_parent_id, created_at,
                source, provider, model, author, origin, gps_score, didatica_score, action_id,
                undoes_action, lines_added, lines_removed, sha256, body, replica_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                $17, $18, $19, $20)
             ON CONFLICT (id) DO NOTHING",
            &[
                (&rev.id, Type::TEXT),
                (&rev.course, Type::TEXT),
                (&rev.target, Type::TEXT),
                (&rev.parent, Type::TEXT),
                (&rev.merge_parent, Type::TEXT),
                (&rev.created_at, Type::TEXT),
                (&rev.source, Type::TEXT),
                (&rev.provider, Type::TEXT),
                (&rev.model, Type::TEXT),
                (&rev.author, Type::TEXT),
                (&rev.origin, Type::TEXT),
                (&rev.gps_score, Type::FLOAT8),
                (&rev.didatica_score, Type::FLOAT8),
                (&rev.action_id, Type::TEXT),
                (&rev.undoes_action, Type::TEXT),
                (&(rev.lines_added as i32), Type::INT4),
                (&(rev.lines_removed as i32), Type::INT4),
                (&rev.sha256, Type::TEXT),
                (&rev.body, Type::TEXT),
                (&replica, Type::TEXT),
            ],
        )
        .await?)
}

pub(super) async fn head_of(
    tx: &Transaction<'_>,
    course: &str,
    target: &str,
) -> Result<Option<SyncRevision>, SyncError> {
    let sql = format!(
        "SELECT {REVISION_COLUMNS} FROM heads h JOIN revisions r ON r.id = h.revision_id
         WHERE h.course = $1 AND h.target = $2"
    );
    let row = tx
        .query_typed_opt(&sql, &[(&course, Type::TEXT), (&target, Type::TEXT)])
        .await?;
    row.map(|r| revision_at(&r, 0)).transpose()
}

async fn set_head(
    tx: &Transaction<'_>,
    course: &str,
    target: &str,
    id: &str,
) -> Result<(), SyncError> {
    tx.execute_typed(
        "INSERT INTO heads (course, target, revision_id) VALUES ($1, $2, $3)
         ON CONFLICT (course, target) DO UPDATE SET revision_id = excluded.revision_id",
        &[
            (&course, Type::TEXT),
            (&target, Type::TEXT),
            (&id, Type::TEXT),
        ],
    )
    .await?;
    Ok(())
}

impl PushTx<'_> {
    pub(super) async fn log_revision(
        &mut self,
        rev: &SyncRevision,
        head: &str,
    ) -> Result<(), SyncError> {
        let payload = json!({"target": rev.target, "head": head});
        self.log("revision", &rev.id, &rev.course, &payload).await
    }
}
