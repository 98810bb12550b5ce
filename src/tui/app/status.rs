//! The status line's own state: notifications, and the sync line shown beside the database's
//! path when sync is configured (`⇅ 3↑ · 1 conflict · synced 2 min ago`). The sync line is
//! asked of the storage worker — the local database alone, never the network — at start,
//! after the workbench writes and when another process wrote; the draw loop only reads it.
//! Pure side, like the rest of `app/`.

use crate::tui::app::{App, NOTIFICATION_TICKS, Notification};
use crate::tui::message::effect::StorageRequest;

/// Whether the status bar shows sync, and what it last said (`None`: nothing to show yet,
/// e.g. before the first sync).
#[derive(Debug, Clone, Default)]
pub(super) struct SyncLine {
    enabled: bool,
    line: Option<String>,
}

impl App {
    /// Shows sync in the status bar (the caller checked `config.sync` is configured).
    pub fn with_sync_status(mut self, enabled: bool) -> App {
        self.sync.enabled = enabled;
        self
    }

    /// The sync line the bar shows, if any.
    pub fn sync_line(&self) -> Option<&str> {
        self.sync.line.as_deref()
    }

    pub(super) fn notify(&mut self, text: String, is_error: bool) {
        self.notification = Some(Notification {
            text: crate::tui::text::sanitize::sanitized(&text),
            is_error,
            ticks_left: NOTIFICATION_TICKS,
        });
        self.dirty = true;
    }

    /// The request that refreshes the sync line, when sync is shown.
    pub(super) fn sync_status_request(&self) -> Option<StorageRequest> {
        self.sync.enabled.then_some(StorageRequest::SyncStatus)
    }

    pub(super) fn sync_status_answered(&mut self, line: Option<String>) {
        if self.sync.enabled && self.sync.line != line {
            self.sync.line = line;
            self.dirty = true;
        }
    }
}
