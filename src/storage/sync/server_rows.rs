//! Push of row changes (field by field) and conflict resolutions, and the log entries of
//! conflicts. Part of the push transaction of `server_push.rs`.

use serde_json::{Map, Value, json};
use tokio_postgres::types::Type;

use crate::domain::sync_merge::{FieldDecision, decide_field};

use super::SyncError;
use super::rows::RowKey;
use super::server_push::PushTx;

impl PushTx<'_> {
    /// Applies a row's field diff: a field takes the pushed value only when the server still
    /// holds the value it was changed from; a field changed both ways keeps the server's value
    /// and becomes a conflict.
    pub(super) async fn push_row(
        &mut self,
        key: &str,
        course: &str,
        payload: &Value,
    ) -> Result<(), SyncError> {
        let tx = self.tx;
        let row = tx
            .query_typed_opt(
                "SELECT fields, deleted, updated_by FROM sync_rows WHERE key = $1",
                &[(&key, Type::TEXT)],
            )
            .await?;
        let (mut fields, was_deleted, head_author) = match row {
            Some(r) => (
                r.get::<_, Value>(0)
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                r.get::<_, bool>(1),
                r.get::<_, String>(2),
            ),
            None => (Map::new(), true, String::new()),
        };
        let deleted = payload.get("deleted").and_then(Value::as_bool) == Some(true);
        let created = payload.get("created").and_then(Value::as_bool) == Some(true);
        if !deleted {
            let row_key = RowKey::parse(key)?;
            let changes = payload.get("changes").and_then(Value::as_object);
            for (field, change) in changes.into_iter().flatten() {
                let base = change.get(0).cloned().unwrap_or(Value::Null);
                let new = change.get(1).cloned().unwrap_or(Value::Null);
                // A row the server dropped (or never had) takes the pushed values as they are.
                let server = if was_deleted {
                    Value::Null
                } else {
                    fields.get(field).cloned().unwrap_or(Value::Null)
                };
                let base = if created { Value::Null } else { base };
                match decide_field(&base, &new, &server) {
                    FieldDecision::Take => {
                        fields.insert(field.clone(), new);
                    }
                    FieldDecision::Same => {}
                    FieldDecision::Conflict if row_key.derived(field) => {}
                    FieldDecision::Conflict => {
                        let target = row_key.field_target(field);
                        let sides = (&new, &server, head_author.as_str());
                        self.field_conflict(course, &target, sides).await?;
                    }
                }
            }
        }
        let fields = Value::Object(fields);
        tx.execute_typed(
            "INSERT INTO sync_rows (key, course, fields, deleted, row_version, updated_by)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (key) DO UPDATE SET fields = excluded.fields,
                deleted = excluded.deleted, row_version = excluded.row_version,
                updated_by = excluded.updated_by",
            &[
                (&key, Type::TEXT),
                (&course, Type::TEXT),
                (&fields, Type::JSONB),
                (&deleted, Type::BOOL),
                (&(self.seq + 1), Type::INT8),
                (&self.author, Type::TEXT),
            ],
        )
        .await?;
        let payload = json!({"fields": fields, "deleted": deleted});
        self.log("row", key, course, &payload).await
    }

    async fn field_conflict(
        &mut self,
        course: &str,
        target: &str,
        (pushed, server, head_author): (&Value, &Value, &str),
    ) -> Result<(), SyncError> {
        let id = uuid::Uuid::now_v7().to_string();
        self.tx
            .execute_typed(
                "INSERT INTO conflicts (id, course, target, pushed_value, head_value,
                    pushed_author, head_author, pushed_at, replica_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $8,
                    to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), $7)",
                &[
                    (&id, Type::TEXT),
                    (&course, Type::TEXT),
                    (&target, Type::TEXT),
                    (pushed, Type::JSONB),
                    (server, Type::JSONB),
                    (&self.author, Type::TEXT),
                    (&self.replica, Type::TEXT),
                    (&head_author, Type::TEXT),
                ],
            )
            .await?;
        self.conflicts += 1;
        self.log_conflict(&id).await
    }

    /// A person resolved a conflict on some replica.
    pub(super) async fn resolve(
        &mut self,
        id: &str,
        payload: Option<&Value>,
    ) -> Result<(), SyncError> {
        let by = payload
            .and_then(|p| p.get("by"))
            .and_then(Value::as_str)
            .unwrap_or(self.author)
            .to_string();
        let changed = self
            .tx
            .execute_typed(
                "UPDATE conflicts SET state = 'resolved', resolved_by = $2, resolved_at = now()
                 WHERE id = $1 AND state = 'open'",
                &[(&id, Type::TEXT), (&by, Type::TEXT)],
            )
            .await?;
        if changed > 0 {
            self.log_conflict(id).await?;
        }
        Ok(())
    }

    /// Logs a conflict's whole record, so pulls create or update it as it stands.
    pub(super) async fn log_conflict(&mut self, id: &str) -> Result<(), SyncError> {
        let row = self
            .tx
            .query_typed_one(
                "SELECT course, json_build_object('id', id, 'course', course, 'target', target,
                    'base_id', base_id, 'pushed_id', pushed_id, 'head_id', head_id,
                    'pushed_value', pushed_value, 'head_value', head_value,
                    'pushed_author', pushed_author, 'head_author', head_author,
                    'pushed_at', pushed_at, 'head_at', head_at, 'replica_id', replica_id,
                    'state', state,
                    'created_at', to_char(created_at AT TIME ZONE 'UTC',
                        'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
                    'resolved_by', resolved_by,
                    'resolved_at', to_char(resolved_at AT TIME ZONE 'UTC',
                        'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))::jsonb
                 FROM conflicts WHERE id = $1",
                &[(&id, Type::TEXT)],
            )
            .await?;
        let course: String = row.get(0);
        let payload: Value = row.get(1);
        self.log("conflict", id, &course, &payload).await
    }
}
