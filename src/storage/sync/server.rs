//! The server's schema (numbered migrations in `migrations/postgres/`, forward only) and the
//! read side: pull pages of `sync_log`, the poll, and what `sync --status` shows.
//!
//! Every statement runs inside a transaction that first sets `search_path` with
//! `set_config(…, true)` (transaction-local), so nothing leaks into a pooled session.

use serde::Serialize;
use serde_json::Value;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, Row, Transaction};

use super::{SyncError, SyncRevision};

/// Server schema migrations, in order; `sync_schema` holds the ones applied.
const MIGRATIONS: &[&str] = &[include_str!("../../../migrations/postgres/0001_init.sql")];

/// The newest server schema this binary knows.
pub const SERVER_VERSION: i32 = MIGRATIONS.len() as i32;

/// Schema names go into SQL text (`CREATE SCHEMA`), so only plain identifiers pass.
pub fn valid_schema(name: &str) -> Result<(), SyncError> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(SyncError::BadSchema(name.to_string()))
    }
}

/// Points this transaction (only) at the sync schema.
pub(super) async fn enter(tx: &Transaction<'_>, schema: &str) -> Result<(), SyncError> {
    tx.query_typed(
        "SELECT set_config('search_path', $1, true)",
        &[(&schema, Type::TEXT)],
    )
    .await?;
    Ok(())
}

/// The schema version on the server; refuses a missing or newer one.
pub(super) async fn check_version(tx: &Transaction<'_>, schema: &str) -> Result<i32, SyncError> {
    let version = schema_version(tx, schema).await?;
    match version {
        None | Some(0) => Err(SyncError::NotInitialized(schema.to_string())),
        Some(v) if v > SERVER_VERSION => Err(SyncError::TooNew {
            schema: schema.to_string(),
            found: v,
            supported: SERVER_VERSION,
        }),
        Some(v) => Ok(v),
    }
}

async fn schema_version(tx: &Transaction<'_>, schema: &str) -> Result<Option<i32>, SyncError> {
    let table = format!("{schema}.sync_schema");
    let exists = tx
        .query_typed_one(
            "SELECT to_regclass($1) IS NOT NULL",
            &[(&table, Type::TEXT)],
        )
        .await?
        .get::<_, bool>(0);
    if !exists {
        return Ok(None);
    }
    let row = tx
        .query_typed_one("SELECT coalesce(max(version), 0) FROM sync_schema", &[])
        .await?;
    Ok(Some(row.get(0)))
}

/// What `sync init` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InitReport {
    pub from: i32,
    pub to: i32,
}

/// Creates or migrates the sync schema. Idempotent: a second replica's init changes nothing.
/// A schema newer than this binary is refused before anything is written.
pub async fn init_server(client: &mut Client, schema: &str) -> Result<InitReport, SyncError> {
    valid_schema(schema)?;
    let tx = client.transaction().await?;
    // Two replicas running init at once queue here (released at commit; pooler-safe).
    tx.query_typed(
        "SELECT pg_advisory_xact_lock(hashtext('lectern-sync-init'))",
        &[],
    )
    .await?;
    enter(&tx, schema).await?;
    let found = schema_version(&tx, schema).await?.unwrap_or(0);
    if found > SERVER_VERSION {
        return Err(SyncError::TooNew {
            schema: schema.to_string(),
            found,
            supported: SERVER_VERSION,
        });
    }
    if found == SERVER_VERSION {
        return Ok(InitReport {
            from: found,
            to: found,
        });
    }
    tx.batch_execute(&format!(
        "CREATE SCHEMA IF NOT EXISTS {schema};
         CREATE TABLE IF NOT EXISTS {schema}.sync_schema (version integer PRIMARY KEY);"
    ))
    .await?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.batch_execute(sql).await?;
        let version = i as i32 + 1;
        tx.execute_typed(
            "INSERT INTO sync_schema (version) VALUES ($1)",
            &[(&version, Type::INT4)],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(InitReport {
        from: found,
        to: SERVER_VERSION,
    })
}

/// One entry of the server's log, with the revision's fields and text for kind `revision`.
#[derive(Debug, Clone, PartialEq)]
pub struct PulledEntry {
    pub seq: i64,
    pub kind: String,
    pub key: String,
    pub payload: Value,
    pub replica_id: String,
    pub revision: Option<SyncRevision>,
}

pub(super) const REVISION_COLUMNS: &str = "r.id, r.course, r.target, r.parent_id, \
    r.merge_parent_id, r.created_at, r.source, r.provider, r.model, r.author, r.origin, \
    r.gps_score, r.didatica_score, r.action_id, r.undoes_action, r.lines_added, \
    r.lines_removed, r.sha256, r.body";

/// Reads a revision from columns `at..` laid out as [`REVISION_COLUMNS`].
pub(super) fn revision_at(row: &Row, at: usize) -> Result<SyncRevision, SyncError> {
    Ok(SyncRevision {
        id: row.try_get(at)?,
        course: row.try_get(at + 1)?,
        target: row.try_get(at + 2)?,
        parent: row.try_get(at + 3)?,
        merge_parent: row.try_get(at + 4)?,
        created_at: row.try_get(at + 5)?,
        source: row.try_get(at + 6)?,
        provider: row.try_get(at + 7)?,
        model: row.try_get(at + 8)?,
        author: row.try_get(at + 9)?,
        origin: row.try_get(at + 10)?,
        gps_score: row.try_get(at + 11)?,
        didatica_score: row.try_get(at + 12)?,
        action_id: row.try_get(at + 13)?,
        undoes_action: row.try_get(at + 14)?,
        lines_added: i64::from(row.try_get::<_, i32>(at + 15)?),
        lines_removed: i64::from(row.try_get::<_, i32>(at + 16)?),
        sha256: row.try_get(at + 17)?,
        body: row.try_get(at + 18)?,
    })
}

/// The log after `after`, oldest first, at most `limit` entries.
pub async fn pull_page(
    client: &mut Client,
    schema: &str,
    after: i64,
    limit: i64,
) -> Result<Vec<PulledEntry>, SyncError> {
    let tx = client.transaction().await?;
    enter(&tx, schema).await?;
    check_version(&tx, schema).await?;
    let sql = format!(
        "SELECT l.seq, l.kind, l.key, l.payload, l.replica_id, {REVISION_COLUMNS}
         FROM sync_log l LEFT JOIN revisions r ON l.kind = 'revision' AND r.id = l.key
         WHERE l.seq > $1 ORDER BY l.seq LIMIT $2"
    );
    let rows = tx
        .query_typed(&sql, &[(&after, Type::INT8), (&limit, Type::INT8)])
        .await?;
    tx.commit().await?;
    rows.iter()
        .map(|row| {
            let kind: String = row.try_get(1)?;
            let revision = if kind == "revision" {
                Some(revision_at(row, 5)?)
            } else {
                None
            };
            Ok(PulledEntry {
                seq: row.try_get(0)?,
                kind,
                key: row.try_get(2)?,
                payload: row.try_get(3)?,
                replica_id: row.try_get(4)?,
                revision,
            })
        })
        .collect()
}

/// The server's newest log sequence: the workbench's poll (one indexed row).
pub async fn poll_server(client: &mut Client, schema: &str) -> Result<i64, SyncError> {
    let tx = client.transaction().await?;
    enter(&tx, schema).await?;
    let seq = tx
        .query_typed_one("SELECT seq FROM sync_head WHERE id = 1", &[])
        .await?
        .get(0);
    tx.commit().await?;
    Ok(seq)
}

/// What `sync --status` reports about the server.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServerInfo {
    pub schema_version: i32,
    pub log_seq: i64,
    pub open_conflicts: i64,
}

pub async fn server_info(client: &mut Client, schema: &str) -> Result<ServerInfo, SyncError> {
    let tx = client.transaction().await?;
    enter(&tx, schema).await?;
    let schema_version = check_version(&tx, schema).await?;
    let row = tx
        .query_typed_one(
            "SELECT (SELECT seq FROM sync_head WHERE id = 1),
                    (SELECT count(*) FROM conflicts WHERE state = 'open')",
            &[],
        )
        .await?;
    tx.commit().await?;
    Ok(ServerInfo {
        schema_version,
        log_seq: row.get(0),
        open_conflicts: row.get(1),
    })
}
