//! The merge side of a push: the common ancestor of two revisions, a clean merge stored as a
//! revision with two parents (source `merged`), and overlapping edits written down as a
//! conflict. Part of the push transaction of `server_push.rs`.

use tokio_postgres::Transaction;
use tokio_postgres::types::Type;

use super::server::{REVISION_COLUMNS, revision_at};
use super::server_push::{PushTx, insert_revision};
use super::{SyncError, SyncRevision};

/// The nearest revision both `a` and `b` descend from (through either parent), if any.
pub(super) async fn common_ancestor(
    tx: &Transaction<'_>,
    a: &str,
    b: &str,
) -> Result<Option<SyncRevision>, SyncError> {
    let sql = format!(
        "WITH RECURSIVE
           up_b(id) AS (
             SELECT $2::text
             UNION
             SELECT p.id FROM up_b JOIN revisions c ON c.id = up_b.id
               CROSS JOIN LATERAL (VALUES (c.parent_id), (c.merge_parent_id)) AS p(id)
             WHERE p.id IS NOT NULL),
           up_a(id, depth) AS (
             SELECT $1::text, 0
             UNION
             SELECT p.id, up_a.depth + 1 FROM up_a JOIN revisions c ON c.id = up_a.id
               CROSS JOIN LATERAL (VALUES (c.parent_id), (c.merge_parent_id)) AS p(id)
             WHERE p.id IS NOT NULL AND up_a.depth < 100000)
         SELECT {REVISION_COLUMNS} FROM up_a JOIN up_b ON up_b.id = up_a.id
           JOIN revisions r ON r.id = up_a.id
         ORDER BY up_a.depth LIMIT 1"
    );
    let row = tx
        .query_typed_opt(&sql, &[(&a, Type::TEXT), (&b, Type::TEXT)])
        .await?;
    row.map(|r| revision_at(&r, 0)).transpose()
}

impl PushTx<'_> {
    /// Stores the clean merge of `rev` into `head` as a new revision with two parents.
    pub(super) async fn store_merge(
        &mut self,
        rev: &SyncRevision,
        head: &SyncRevision,
        text: String,
    ) -> Result<SyncRevision, SyncError> {
        let (added, removed) = super::super::revisions::line_counts(&head.body, &text);
        let merged = SyncRevision {
            id: uuid::Uuid::now_v7().to_string(),
            course: rev.course.clone(),
            target: rev.target.clone(),
            parent: Some(head.id.clone()),
            merge_parent: Some(rev.id.clone()),
            created_at: now_text(),
            source: "merged".into(),
            provider: None,
            model: None,
            author: self.author.to_string(),
            origin: if text.is_empty() { "empty" } else { "person" }.into(),
            gps_score: None,
            didatica_score: None,
            action_id: uuid::Uuid::now_v7().to_string(),
            undoes_action: None,
            lines_added: added as i64,
            lines_removed: removed as i64,
            sha256: crate::domain::text::sha256_hex(text.as_bytes()),
            body: text,
        };
        insert_revision(self.tx, &merged, self.replica).await?;
        Ok(merged)
    }

    /// Overlapping edits: the head stays; both revisions are kept and a conflict names them.
    /// A newer revision on top of an open conflict's pushed side updates that conflict.
    pub(super) async fn text_conflict(
        &mut self,
        rev: &SyncRevision,
        head: &SyncRevision,
        base: Option<&SyncRevision>,
    ) -> Result<(), SyncError> {
        let tx = self.tx;
        let existing = tx
            .query_typed_opt(
                "UPDATE conflicts SET pushed_id = $4, pushed_author = $5, pushed_at = $6
                 WHERE course = $1 AND target = $2 AND pushed_id = $3 AND state = 'open'
                 RETURNING id",
                &[
                    (&rev.course, Type::TEXT),
                    (&rev.target, Type::TEXT),
                    (&rev.parent, Type::TEXT),
                    (&rev.id, Type::TEXT),
                    (&rev.author, Type::TEXT),
                    (&rev.created_at, Type::TEXT),
                ],
            )
            .await?;
        let id = match existing {
            Some(row) => row.get::<_, String>(0),
            None => {
                let id = uuid::Uuid::now_v7().to_string();
                tx.execute_typed(
                    "INSERT INTO conflicts (id, course, target, base_id, pushed_id, head_id,
                        pushed_author, head_author, pushed_at, head_at, replica_id)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                    &[
                        (&id, Type::TEXT),
                        (&rev.course, Type::TEXT),
                        (&rev.target, Type::TEXT),
                        (&base.map(|b| b.id.clone()), Type::TEXT),
                        (&rev.id, Type::TEXT),
                        (&head.id, Type::TEXT),
                        (&rev.author, Type::TEXT),
                        (&head.author, Type::TEXT),
                        (&rev.created_at, Type::TEXT),
                        (&head.created_at, Type::TEXT),
                        (&self.replica, Type::TEXT),
                    ],
                )
                .await?;
                self.conflicts += 1;
                id
            }
        };
        self.log_conflict(&id).await
    }
}

/// Revision timestamps are ISO-8601 UTC text with milliseconds, like local ones.
fn now_text() -> String {
    let now = time::OffsetDateTime::now_utc();
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    now.format(&fmt).unwrap_or_default()
}
