//! The storage worker's conflicts jobs: the open conflicts with their three texts
//! (`services::sync::conflict_views`) and word diffs of each side against the ancestor, and
//! resolving one through `services::sync::resolve_conflict` — the call behind `lectern
//! conflicts resolve` — in one transaction; and the status bar's sync line
//! (`services::sync::status_line`). Goes through `services` only; must not depend on screens.

use crate::i18n::Texts;
use crate::services::say;
use crate::services::sync::{
    ConflictView, Incoming, LocalStatus, conflict_views, local_status, resolve_conflict,
};
use crate::storage::Store;
use crate::storage::sync::Keep;
use crate::tr;

use crate::tui::message::conflicts::ConflictEntry;
use crate::tui::message::event::StorageEvent;
use crate::tui::message::history::HistoryDiff;
use crate::tui::run::history::{Age, age_in, age_of, diff_rows};

/// The open conflicts of `course` (every course's for `None`), diffs computed here.
pub fn load(store: &Store, t: Texts, course: Option<String>) -> StorageEvent {
    let result = conflict_views(store, course.as_deref())
        .map(|views| views.into_iter().map(entry).collect())
        .map_err(|e| say(t, &e));
    StorageEvent::ConflictsLoaded { course, result }
}

fn entry(view: ConflictView) -> ConflictEntry {
    let base = view.ancestor.as_deref().unwrap_or("");
    let diff = |side: &str| HistoryDiff {
        title: String::new(),
        rows: diff_rows(base, side),
    };
    let r = view.record;
    let unknown = |v: Option<String>| v.unwrap_or_else(|| "?".to_string());
    ConflictEntry {
        mine_diff: diff(&view.mine),
        theirs_diff: diff(&view.theirs),
        course: r.course,
        target: r.target,
        mine_author: unknown(r.mine_author),
        mine_at: r.mine_at.unwrap_or_default(),
        theirs_author: unknown(r.theirs_author),
        theirs_at: r.theirs_at.unwrap_or_default(),
        ancestor: view.ancestor,
        mine: view.mine,
        theirs: view.theirs,
    }
}

/// Keeps a side (or a merged text) of the open conflict on `target` of `course`.
pub fn resolve(
    store: &mut Store,
    t: Texts,
    course: String,
    target: &str,
    keep: Keep,
) -> StorageEvent {
    let result = resolve_conflict(store, &course, target, keep)
        .map(|report| {
            let (target, course) = (report.target.as_str(), report.course.as_str());
            match report.revision {
                Some(id) => tr!(
                    t,
                    "tui-app-resolved-revision",
                    target = target,
                    course = course,
                    id = id
                ),
                None => tr!(t, "tui-app-resolved", target = target, course = course),
            }
        })
        .map_err(|e| say(t, &e));
    StorageEvent::ConflictResolved { course, result }
}

/// The status bar's sync line, read from the local database; `incoming` is what the sync
/// worker's last poll found waiting on the server (`NotAsked` before any poll, `Offline` when
/// it could not reach it) — this worker never touches the network. `None` before the first
/// sync, or when the state cannot be read (the bar then shows only the path).
pub fn sync_status(store: &Store, t: Texts, incoming: Incoming) -> StorageEvent {
    let line = local_status(store)
        .ok()
        .filter(|s| s.synced_before)
        .map(|status| {
            let now = time::OffsetDateTime::now_utc();
            let age = status.last_sync_at.as_deref().map(|at| age_of(at, now));
            sync_line(t, &status, incoming, age.as_ref())
        });
    StorageEvent::SyncStatus(line)
}

/// `⇅ 3↑ 0↓ · 1 conflict · synced 2 min ago` in `t`'s language (the English is what
/// `services::sync::status_line`, the CLI's and the log's, writes); `age`: since the last
/// sync, `None` when there was none.
pub fn sync_line(t: Texts, status: &LocalStatus, incoming: Incoming, age: Option<&Age>) -> String {
    let up = status.pending;
    let mut parts = vec![match incoming {
        Incoming::Waiting(down) => tr!(t, "tui-sync-counts", up = up, down = down),
        Incoming::Offline => tr!(t, "tui-sync-offline", up = up),
        Incoming::NotAsked => tr!(t, "tui-sync-pending", up = up),
    }];
    if status.open_conflicts > 0 {
        parts.push(tr!(t, "tui-sync-conflicts", n = status.open_conflicts));
    }
    parts.push(match age {
        Some(Age::Now) => t.get("tui-sync-just-now"),
        Some(age) => tr!(t, "tui-sync-ago", age = age_in(t, age)),
        None => t.get("tui-sync-never"),
    });
    parts.join(" · ")
}

/// The open conflicts as (course, target) pairs: what the library's and the course tree's
/// badges need, loaded with the screens' data rather than per frame.
pub fn marks(store: &Store, t: Texts) -> StorageEvent {
    let result = store
        .read()
        .sync_conflicts(true)
        .map(|records| records.into_iter().map(|r| (r.course, r.target)).collect())
        .map_err(|e| say(t, &e));
    StorageEvent::ConflictMarks(result)
}
