//! The app's side of history, restore and undo (issue 12): opens the history screen, hands
//! it the worker's answers, and after a restore or an undo says what happened in the status
//! line (with "`u` undo" when there is something to take back) and reloads every screen
//! showing the course (`refresh.rs`). Pure side, like the rest of `app/`.

use crate::tr;
use crate::tui::app::App;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::effect::StorageRequest;
use crate::tui::message::event::StorageEvent;
use crate::tui::message::history::HistoryTarget;
use crate::tui::screens::{HistoryAction, HistoryScreen};

impl App {
    /// Appended to what a bulk action did, so the way back is never a secret (` · u undo`).
    pub(super) fn with_undo_hint(&self, text: &str) -> String {
        format!("{text}{}", self.theme.texts.get("tui-app-undo-hint"))
    }

    pub(super) fn open_history(&mut self, target: HistoryTarget) -> Vec<StorageRequest> {
        let screen = HistoryScreen::new(target).with_texts(self.theme.texts);
        let request = screen.load();
        self.stack.push(Screen::History(screen));
        vec![request]
    }

    /// `u` on the library: the course the status line last named as changed by a bulk action
    /// in this session, else the selected one.
    pub(super) fn undo(&mut self, selected: Option<String>) -> Vec<StorageRequest> {
        match self.undoable.clone().or(selected) {
            Some(slug) => vec![StorageRequest::Undo(slug)],
            None => {
                self.notify(self.theme.texts.get("tui-app-nothing-to-undo"), false);
                Vec::new()
            }
        }
    }

    /// A bulk action changed course `slug`: `u` on the library takes it back first.
    pub(super) fn acted_on(&mut self, slug: &str) {
        self.undoable = Some(slug.to_string());
    }

    /// The worker's answers about history, restore and undo (others are not sent here).
    pub(super) fn history_answered(&mut self, answer: StorageEvent) -> Vec<StorageRequest> {
        match answer {
            StorageEvent::HistoryLoaded { target, result } => {
                self.send_to_history(&target, HistoryAction::Loaded(result))
            }
            StorageEvent::DiffLoaded {
                target,
                revision,
                base,
                result,
            } => {
                let action = HistoryAction::DiffLoaded {
                    revision,
                    base,
                    result,
                };
                self.send_to_history(&target, action)
            }
            StorageEvent::Restored { target, result } => match result {
                Ok(message) => {
                    self.acted_on(&target.slug);
                    self.notify(self.with_undo_hint(&message), false);
                    self.written(&target.slug)
                }
                Err(e) => {
                    let text = tr!(self.theme.texts, "tui-app-not-restored", error = e);
                    self.notify(text, true);
                    Vec::new()
                }
            },
            StorageEvent::Undone { slug, result } => match result {
                Ok(message) => {
                    // Undoing again reaches the action before; the status line says so.
                    self.acted_on(&slug);
                    self.notify(message, false);
                    self.written(&slug)
                }
                Err(e) => {
                    let text = tr!(self.theme.texts, "tui-app-nothing-undone", error = e);
                    self.notify(text, true);
                    Vec::new()
                }
            },
            _ => Vec::new(),
        }
    }

    /// Hands `action` to every history screen of `target` (an answer for a screen since
    /// closed, or since moved to another text, is dropped).
    fn send_to_history(
        &mut self,
        target: &HistoryTarget,
        action: HistoryAction,
    ) -> Vec<StorageRequest> {
        let mut effects = Vec::new();
        for screen in &mut self.stack {
            if matches!(screen, Screen::History(h) if h.target() == target)
                && let Some(effect) = screen.update(ScreenAction::History(action.clone()))
            {
                effects.push(effect);
            }
        }
        // A reloaded history asks again for its open diff.
        effects.into_iter().flat_map(|e| self.apply(e)).collect()
    }
}
