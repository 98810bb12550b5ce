//! What the sync worker reports to the app (`SyncEvent`), as past-tense facts: a sync started,
//! finished with what it moved, failed with the reason; a poll found `n` log entries waiting,
//! pulled them, or could not reach the server. Plain data; must not depend on the I/O side.

/// News from the background sync worker (`run/sync.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncEvent {
    /// A sync (the sync-now key) began: push, then pull. `server` is `host:port/db`.
    Started { server: String },
    /// The sync finished: its one-line summary (`↑ 2 revisions, 1 course · ↓ 0 revisions ·
    /// 0 conflicts`) and the courses it brought changes to.
    Synced(SyncSummary),
    /// A poll found news and pulled it (no push: that waits for the sync-now key or the CLI).
    Pulled(SyncSummary),
    /// The sync-now key's sync failed; the text names the server and says what to do.
    Failed(String),
    /// A poll reached the server: this many log entries wait to be pulled.
    Polled(i64),
    /// A poll could not reach the server (the reason, for the log and the help).
    Offline(String),
}

/// What one sync or pull moved, as the status line tells it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncSummary {
    pub summary: String,
    /// Courses the pull changed (their open screens reload).
    pub courses: Vec<String>,
    /// Revisions pulled.
    pub pulled: u64,
    /// Conflicts open on this replica afterwards.
    pub open_conflicts: i64,
}
