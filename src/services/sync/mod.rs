//! Sync with a PostgreSQL server: push every queued local change, then pull what others
//! pushed, over an already-open connection (how it was made — TLS, pooler — is not this
//! module's business). Also conflict resolution. The SQL of both sides is in
//! `storage::sync`; the merge decisions in `domain::sync_merge`.
//!
//! Must not depend on the CLI or TUI.

mod resolve;
mod status;
mod views;

pub use resolve::{ResolveReport, resolve_conflict};
pub use status::{Incoming, LocalStatus, local_status, status_line};
pub use views::{ConflictView, conflict_views};

use std::collections::BTreeSet;
use std::time::Duration;

use serde::Serialize;
use tokio_postgres::Client;

use crate::storage::Store;
use crate::storage::sync::{
    OutboxEntry, PushItem, PushOutcome, RowKey, SyncError, pull_page, push_batch,
};

/// Changes per push transaction and log entries per pull page: big enough that a first sync
/// of a large library is a few dozen round trips of transactions, small enough that a cut
/// connection loses little work.
const PUSH_BATCH: i64 = 500;
const PULL_PAGE: i64 = 1000;

/// Where and how to sync.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// The server schema (default `lectern`).
    pub schema: String,
    /// How the server is named in messages: `host:port/db`, never with a password.
    pub server: String,
    /// Longest wait for one server round (a push batch or a pull page).
    pub timeout: Duration,
}

impl SyncOptions {
    pub fn new(server: &str) -> SyncOptions {
        SyncOptions {
            schema: "lectern".into(),
            server: server.into(),
            timeout: Duration::from_secs(60),
        }
    }
}

/// What one sync moved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub pushed_revisions: u64,
    pub pushed_courses: u64,
    pub pulled_revisions: u64,
    pub pulled_courses: BTreeSet<String>,
    /// Conflicts this sync found (pushed here or pulled).
    pub new_conflicts: u64,
    /// Conflicts open on this replica after the sync.
    pub open_conflicts: i64,
    /// The database turned out to be a copy (or restored): it got a new replica id.
    pub new_replica_id: bool,
}

impl SyncReport {
    /// `↑ 12 revisions, 2 courses · ↓ 3 revisions · 1 conflict`
    pub fn summary(&self) -> String {
        let plural =
            |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut out = format!(
            "↑ {}, {} · ↓ {}",
            plural(self.pushed_revisions, "revision", "revisions"),
            plural(self.pushed_courses, "course", "courses"),
            plural(self.pulled_revisions, "revision", "revisions"),
        );
        if self.pulled_courses.len() > 1 {
            out.push_str(&format!(", {} courses", self.pulled_courses.len()));
        }
        let open = self.open_conflicts.max(0) as u64;
        out.push_str(&format!(" · {}", plural(open, "conflict", "conflicts")));
        out
    }
}

/// Pushes then pulls. Each push batch and each pull page is one server transaction and one
/// local transaction, so a sync cut anywhere resumes where it stopped, without repeats.
pub async fn sync(
    store: &mut Store,
    client: &mut Client,
    opts: &SyncOptions,
) -> Result<SyncReport, SyncError> {
    let mut report = SyncReport::default();
    push(store, client, opts, &mut report).await?;
    pull(store, client, opts, &mut report).await?;
    report.open_conflicts = store.read().open_conflict_count()?;
    store.write(|r| r.sync_mark_done(&opts.server))?;
    tracing::info!(
        server = %opts.server,
        summary = %report.summary(),
        "sync finished"
    );
    Ok(report)
}

async fn timed<T>(
    opts: &SyncOptions,
    what: &'static str,
    fut: impl Future<Output = Result<T, SyncError>>,
) -> Result<T, SyncError> {
    match tokio::time::timeout(opts.timeout, fut).await {
        Ok(out) => out,
        Err(_) => Err(SyncError::NoAnswer {
            server: opts.server.clone(),
            what,
            secs: opts.timeout.as_secs(),
        }),
    }
}

/// Sends the outbox in batches until it is empty.
pub async fn push(
    store: &mut Store,
    client: &mut Client,
    opts: &SyncOptions,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let mut replica = store.write(|r| r.sync_enable())?;
    let author = store.author().to_string();
    let mut courses = BTreeSet::new();
    loop {
        // Freezing and reading in one transaction: a change queued meanwhile by another
        // process is frozen before it can be sent.
        let (entries, acked) = store.write(|r| {
            r.sync_freeze()?;
            Ok::<_, SyncError>((
                r.sync_outbox(0, PUSH_BATCH)?,
                r.sync_state()?.acked_mutation_id,
            ))
        })?;
        if entries.is_empty() {
            break;
        }
        let items = push_items(store, &entries)?;
        for (_, item) in &items {
            match item {
                PushItem::Revision(rev) => courses.insert(rev.course.clone()),
                PushItem::Row { course, .. } if !course.is_empty() => {
                    courses.insert(course.clone())
                }
                _ => false,
            };
        }
        let outcome = timed(
            opts,
            "push",
            push_batch(client, &opts.schema, &replica, &author, acked, &items),
        )
        .await?;
        match outcome {
            PushOutcome::Applied {
                last, revisions, ..
            } => {
                store.write(|r| r.sync_ack(last))?;
                // Conflicts found here come back with the pull and are counted there.
                report.pushed_revisions += revisions;
            }
            PushOutcome::Behind {
                server_last,
                server_hash,
            } => {
                let ours = store.read().sync_outbox(server_last - 1, 1)?;
                let lost_ack = ours
                    .first()
                    .is_some_and(|e| e.mutation_id == server_last && e.hash() == server_hash);
                if lost_ack {
                    tracing::info!(server_last, "sync: the last push had landed; acknowledged");
                    store.write(|r| r.sync_ack(server_last))?;
                } else {
                    replica = store.write(|r| r.sync_new_replica_id())?;
                    report.new_replica_id = true;
                    tracing::warn!(
                        %replica,
                        "sync: this database is a copy (the server saw its replica id further \
                         along); it continues under a new replica id"
                    );
                }
            }
        }
    }
    report.pushed_courses = courses.len() as u64;
    Ok(())
}

/// Each queued change with what the server needs to apply it (a revision's text, a row's
/// course).
pub fn push_items(
    store: &Store,
    entries: &[OutboxEntry],
) -> Result<Vec<(OutboxEntry, PushItem)>, SyncError> {
    let repo = store.read();
    entries
        .iter()
        .map(|e| {
            let item = match e.kind.as_str() {
                "revision" => PushItem::Revision(Box::new(repo.sync_revision(&e.key)?)),
                "row" => PushItem::Row {
                    key: e.key.clone(),
                    course: RowKey::parse(&e.key)?.course().to_string(),
                },
                _ => PushItem::Resolve,
            };
            Ok((e.clone(), item))
        })
        .collect()
}

/// Applies the server's log after this replica's cursor, a page per local transaction.
pub async fn pull(
    store: &mut Store,
    client: &mut Client,
    opts: &SyncOptions,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let replica = store.write(|r| r.sync_enable())?;
    loop {
        let cursor = store.read().sync_state()?.pull_cursor;
        let page = timed(
            opts,
            "pull",
            pull_page(client, &opts.schema, cursor, PULL_PAGE),
        )
        .await?;
        if page.is_empty() {
            return Ok(());
        }
        let applied = store.write(|r| r.sync_apply_page(&replica, &page))?;
        report.pulled_revisions += applied.revisions;
        report.new_conflicts += applied.conflicts;
        report.pulled_courses.extend(applied.courses);
    }
}
