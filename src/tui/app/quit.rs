//! Leaving the program: `q` on the library and `Q` anywhere quit at once unless an editor
//! holds unsaved text or a generation is running; then the status line asks, and the next
//! key answers (`y` quits, after the top editor's draft is written; anything else stays).
//! `Ctrl-c` never asks. Must not do I/O.

use crossterm::event::{KeyCode, KeyEvent};

use crate::tr;
use crate::tui::message::effect::StorageRequest;
use crate::tui::screens::EditorAction;

use super::App;
use super::screen::{Screen, ScreenAction};

impl App {
    /// Leaves the top screen; on the library, leaving is quitting.
    pub(super) fn back(&mut self) -> Vec<StorageRequest> {
        if self.pop_screen().is_none() {
            return self.request_quit();
        }
        Vec::new()
    }

    pub(super) fn request_quit(&mut self) -> Vec<StorageRequest> {
        let unsaved = self
            .stack
            .iter()
            .filter(|s| matches!(s, Screen::Editor(e) if e.is_dirty()))
            .count();
        let running = self.jobs.is_busy();
        if unsaved == 0 && !running {
            self.quit = true;
            return Vec::new();
        }
        let t = self.theme.texts;
        let mut why = Vec::new();
        if unsaved > 0 {
            why.push(tr!(t, "tui-quit-unsaved", n = unsaved));
        }
        if running {
            why.push(t.get("tui-quit-running"));
        }
        self.confirm_quit = true;
        self.notify(tr!(t, "tui-quit-ask", why = why.join(" · ")), false);
        Vec::new()
    }

    pub(super) fn confirm_quit_key(&mut self, key: &KeyEvent) -> Vec<StorageRequest> {
        self.confirm_quit = false;
        if !matches!(key.code, KeyCode::Char('y' | 'Y')) {
            self.notify(self.theme.texts.get("tui-quit-stay"), false);
            return Vec::new();
        }
        self.quit = true;
        // The draft goes out first; the worker finishes it before the program exits.
        if matches!(self.stack.last(), Some(Screen::Editor(_))) {
            return self.dispatch(ScreenAction::Editor(EditorAction::Interrupted));
        }
        Vec::new()
    }
}
