//! The status line's own state: notifications, and the sync line shown beside the database's
//! path when sync is configured (`⇅ 3↑ 0↓ · 1 conflict · synced 2 min ago`). The sync line is
//! asked of the storage worker — the local database, plus what the sync worker's last poll
//! found waiting (`Incoming`) — at start, after the workbench writes, when another process
//! wrote and after each poll or sync; the draw loop only reads it. Pure side, like the rest
//! of `app/`.

use crate::i18n::Texts;
use crate::services::sync::Incoming;
use crate::tr;
use crate::tui::app::{App, NOTIFICATION_TICKS, Notification};
use crate::tui::message::effect::StorageRequest;

/// Whether the status bar shows sync, and what it last said (`None`: nothing to show yet,
/// e.g. before the first sync).
#[derive(Debug, Clone)]
pub(super) struct SyncLine {
    enabled: bool,
    /// What the storage worker last said, and what the bar shows (with "syncing" while the
    /// sync-now key's sync runs), derived here rather than in render.
    line: Option<String>,
    shown: Option<String>,
    /// What the last poll found on the server.
    pub(super) incoming: Incoming,
    /// The sync-now key's sync is under way.
    pub(super) running: bool,
    /// The sync-now key was pressed; the runtime takes it (`App::take_sync_now`).
    pub(super) wanted: bool,
}

impl Default for SyncLine {
    fn default() -> SyncLine {
        SyncLine {
            enabled: false,
            line: None,
            shown: None,
            incoming: Incoming::NotAsked,
            running: false,
            wanted: false,
        }
    }
}

impl SyncLine {
    pub(super) fn enabled(&self) -> bool {
        self.enabled
    }

    /// Recomputes what the bar shows; true when it changed.
    pub(super) fn reshow(&mut self, t: Texts) -> bool {
        let shown = match (&self.line, self.running) {
            (Some(line), true) => {
                let rest = line.strip_prefix("⇅ ").unwrap_or(line);
                Some(tr!(t, "tui-sync-syncing-then", rest = rest))
            }
            (None, true) => Some(t.get("tui-sync-syncing")),
            (line, false) => line.clone(),
        };
        let changed = shown != self.shown;
        self.shown = shown;
        changed
    }
}

impl App {
    /// Shows sync in the status bar (the caller checked `config.sync` is configured).
    pub fn with_sync_status(mut self, enabled: bool) -> App {
        self.sync.enabled = enabled;
        self
    }

    /// The sync line the bar shows, if any.
    pub fn sync_line(&self) -> Option<&str> {
        self.sync.shown.as_deref()
    }

    pub(super) fn notify(&mut self, text: String, is_error: bool) {
        self.notification = Some(Notification {
            text: crate::tui::text::sanitize::sanitized(&text),
            is_error,
            ticks_left: NOTIFICATION_TICKS,
        });
        self.dirty = true;
    }

    /// "Where is my data": the database's path, for the status line.
    pub(super) fn your_data(&self) -> String {
        tr!(
            self.theme.texts,
            "tui-app-your-data",
            path = self.db_label.as_str()
        )
    }

    /// The request that refreshes the sync line, when sync is shown.
    pub(super) fn sync_status_request(&self) -> Option<StorageRequest> {
        self.sync
            .enabled
            .then_some(StorageRequest::SyncStatus(self.sync.incoming))
    }

    pub(super) fn sync_status_answered(&mut self, line: Option<String>) {
        if self.sync.enabled && self.sync.line != line {
            self.sync.line = line;
            if self.sync.reshow(self.theme.texts) {
                self.dirty = true;
            }
        }
    }
}
