//! Sync with a PostgreSQL server (or Supabase): the connection (`connect`), and sync's SQL on
//! both sides: the local outbox, shadow, cursor and conflicts (SQLite), and the server's schema,
//! push and pull queries (PostgreSQL, pooler-safe: unnamed statements through
//! `query_typed`/`execute_typed` and `batch_execute`, no session state).
//!
//! The decisions (merge or conflict) come from `domain::sync_merge`; orchestration (push then
//! pull, retries, clone detection) lives in `services::sync`. Must not depend on services,
//! CLI or TUI.

mod apply;
mod conflicts;
pub mod connect;
mod local;
mod rows;
mod server;
mod server_merge;
mod server_push;
mod server_rows;

pub use apply::Applied;
pub use conflicts::{ConflictRecord, Keep};
pub use local::{OutboxEntry, SyncState};
pub use rows::RowKey;
pub use server::InitReport;
pub use server::{
    PulledEntry, SERVER_VERSION, ServerInfo, init_server, poll_server, pull_page, server_info,
    valid_schema,
};
pub use server_push::{PushItem, PushOutcome, push_batch};

use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::domain::said::Said;

/// A revision as sync exchanges it: every stored field and its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncRevision {
    pub id: String,
    pub course: String,
    pub target: String,
    pub parent: Option<String>,
    pub merge_parent: Option<String>,
    pub created_at: String,
    pub source: String,
    pub provider: Option<String>,
    pub model: Option<String>,
    pub author: String,
    pub origin: String,
    pub gps_score: Option<f64>,
    pub didatica_score: Option<f64>,
    pub action_id: String,
    pub undoes_action: Option<String>,
    pub lines_added: i64,
    pub lines_removed: i64,
    pub sha256: String,
    pub body: String,
}

/// What can go wrong talking to the server. Messages never carry the connection URL.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The server's (or the driver's) own sentence, quoted as written inside our frame.
    #[error("sync server: {0}")]
    Server(String),
    /// A server round (`what`: `push` or `pull`) that took longer than the sync allows.
    #[error(
        "sync server: {server} did not answer the {what} within {secs} s; nothing was lost — \
         run the sync again"
    )]
    NoAnswer {
        server: String,
        what: &'static str,
        secs: u64,
    },
    #[error(
        "the server's sync schema `{schema}` is at version {found}, newer than this lectern \
         supports ({supported}); nothing was written — upgrade lectern on this machine"
    )]
    TooNew {
        schema: String,
        found: i32,
        supported: i32,
    },
    #[error(
        "the server has no lectern sync schema `{0}` yet; run `lectern sync init` once \
         (any replica may run it)"
    )]
    NotInitialized(String),
    #[error("invalid sync schema name `{0}`: use lower-case letters, digits and _")]
    BadSchema(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    /// What this error says, as data for the front ends (`src/domain/said.rs`); the server's
    /// own words stay as written inside the translated frame.
    pub fn said(&self) -> Option<Said> {
        Some(match self {
            SyncError::Server(text) => Said::new("err-sync-server").with("message", text),
            SyncError::NoAnswer { server, what, secs } => Said::new(match *what {
                "push" => "err-sync-no-answer-push",
                "pull" => "err-sync-no-answer-pull",
                _ => return None,
            })
            .with("server", server)
            .with("seconds", *secs),
            SyncError::TooNew {
                schema,
                found,
                supported,
            } => Said::new("err-sync-too-new")
                .with("schema", schema)
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            SyncError::NotInitialized(schema) => {
                Said::new("err-sync-not-initialized").with("schema", schema)
            }
            SyncError::BadSchema(name) => Said::new("err-sync-bad-schema").with("name", name),
            SyncError::Store(e) => return e.said(),
        })
    }
}

impl From<tokio_postgres::Error> for SyncError {
    fn from(e: tokio_postgres::Error) -> SyncError {
        // The driver's Display is terse ("db error"); the server's own message says more.
        let text = match e.as_db_error() {
            Some(db) => format!("{}: {}", db.severity(), db.message()),
            None => e.to_string(),
        };
        SyncError::Server(text)
    }
}
