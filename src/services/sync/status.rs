//! What the workbench's status bar says about sync: `⇅ 3↑ 0↓ · 1 conflict · synced 2 min ago`,
//! or `⇅ offline · 3↑ · …` when the server cannot be reached. Read from the local database
//! alone (no network); the count to pull comes from the last poll.

use serde::Serialize;

use crate::storage::Store;
use crate::storage::sync::SyncError;

/// This replica's sync state, read without touching the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalStatus {
    /// False until the first sync: the status bar then shows nothing.
    pub synced_before: bool,
    pub pending: i64,
    pub open_conflicts: i64,
    pub last_sync_at: Option<String>,
    pub pull_cursor: i64,
}

pub fn local_status(store: &Store) -> Result<LocalStatus, SyncError> {
    let repo = store.read();
    let state = repo.sync_state()?;
    Ok(LocalStatus {
        synced_before: state.recording,
        pending: if state.recording {
            repo.sync_pending()?
        } else {
            0
        },
        open_conflicts: repo.open_conflict_count()?,
        last_sync_at: state.last_sync_at,
        pull_cursor: state.pull_cursor,
    })
}

/// What the server holds for this replica, as far as the caller knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incoming {
    /// Log entries past the cursor at the last poll.
    Waiting(i64),
    /// The server could not be reached.
    Offline,
    /// Not asked: the line is read from the local database alone.
    NotAsked,
}

/// The status bar's text; `age`: how long ago the last sync was, as the workbench words ages
/// ("2 min").
pub fn status_line(status: &LocalStatus, incoming: Incoming, age: Option<&str>) -> String {
    let mut parts = Vec::new();
    match incoming {
        Incoming::Waiting(n) => parts.push(format!("⇅ {}↑ {n}↓", status.pending)),
        Incoming::Offline => parts.push(format!("⇅ offline · {}↑", status.pending)),
        Incoming::NotAsked => parts.push(format!("⇅ {}↑", status.pending)),
    }
    if status.open_conflicts > 0 {
        let s = if status.open_conflicts == 1 { "" } else { "s" };
        parts.push(format!("{} conflict{s}", status.open_conflicts));
    }
    match age {
        Some("now") => parts.push("synced just now".into()),
        Some(age) => parts.push(format!("synced {age} ago")),
        None => parts.push("never synced".into()),
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(pending: i64, conflicts: i64) -> LocalStatus {
        LocalStatus {
            synced_before: true,
            pending,
            open_conflicts: conflicts,
            last_sync_at: None,
            pull_cursor: 0,
        }
    }

    #[test]
    fn the_status_bar_reads_like_the_issue_says() {
        assert_eq!(
            status_line(&status(3, 1), Incoming::Waiting(0), Some("2 min")),
            "⇅ 3↑ 0↓ · 1 conflict · synced 2 min ago"
        );
        assert_eq!(
            status_line(&status(0, 2), Incoming::Offline, Some("now")),
            "⇅ offline · 0↑ · 2 conflicts · synced just now"
        );
        assert_eq!(
            status_line(&status(5, 0), Incoming::Waiting(4), None),
            "⇅ 5↑ 4↓ · never synced"
        );
        assert_eq!(
            status_line(&status(2, 0), Incoming::NotAsked, Some("now")),
            "⇅ 2↑ · synced just now"
        );
    }
}
