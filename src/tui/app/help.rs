//! The `?` help over the current screen, generated from the keymap. While it is open, its
//! own keys scroll it when it does not fit (j/k, ↓/↑, PgDn/PgUp, g/G; the wheel too) and any
//! global key closes it. Must not do I/O.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::tui::app::screen::global_help;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::effect::StorageRequest;
use crate::tui::widgets::{HelpLayout, HelpOverlay};

use super::App;

impl App {
    fn help_overlay(&self, scroll: u16) -> HelpOverlay {
        let t = self.theme.texts;
        let (name, keys) = match self.watching() {
            true => (t.get("tui-app-watch-section"), self.watch_keys(false)),
            false => (
                self.screen().section_name(t),
                self.screen().help(&self.keymap, t),
            ),
        };
        HelpOverlay {
            sections: vec![
                (name, keys),
                (t.get("tui-section-everywhere"), global_help(&self.keymap)),
                // "Where is my data": the status line gives the path up to messages and keys.
                (
                    t.get("tui-section-your-data"),
                    vec![crate::tui::keys::help::KeyHelp {
                        keys: t.get("tui-help-database"),
                        description: self.db_label.clone(),
                    }],
                ),
            ],
            scroll,
            texts: t,
        }
    }

    /// A key while the help is open: scroll it, close it, or quit.
    pub(super) fn help_key(
        &mut self,
        key: &KeyEvent,
        global: Option<GlobalAction>,
    ) -> Vec<StorageRequest> {
        let Some(scroll) = self.help else {
            return Vec::new();
        };
        match global {
            Some(GlobalAction::Quit) => {
                self.help = None;
                return self.request_quit();
            }
            Some(_) => self.help = None,
            None if key.code == KeyCode::Char('q') => self.help = None,
            None => {
                let layout = self.help_layout(scroll);
                let control = key.modifiers.contains(KeyModifiers::CONTROL);
                let next = match key.code {
                    KeyCode::Char('j') | KeyCode::Down => scroll.saturating_add(1),
                    KeyCode::Char('k') | KeyCode::Up => scroll.saturating_sub(1),
                    KeyCode::PageDown => scroll.saturating_add(layout.page()),
                    KeyCode::Char('d') if control => scroll.saturating_add(layout.page()),
                    KeyCode::PageUp => scroll.saturating_sub(layout.page()),
                    KeyCode::Char('u') if control => scroll.saturating_sub(layout.page()),
                    KeyCode::Char('g') | KeyCode::Home => 0,
                    KeyCode::Char('G') | KeyCode::End => u16::MAX,
                    _ => scroll,
                };
                self.help = Some(next.min(layout.max_scroll()));
            }
        }
        Vec::new()
    }

    /// The mouse wheel over the open help.
    pub(super) fn scroll_help(&mut self, down: bool) -> Vec<StorageRequest> {
        if let Some(scroll) = self.help {
            let max = self.help_layout(scroll).max_scroll();
            let next = if down {
                scroll.saturating_add(1)
            } else {
                scroll.saturating_sub(1)
            };
            self.help = Some(next.min(max));
            self.dirty = true;
        }
        Vec::new()
    }

    /// Scrolling is clamped with the same layout the help is drawn with, at the frame's size.
    fn help_layout(&self, scroll: u16) -> HelpLayout {
        let (width, height) = self.size;
        self.help_overlay(scroll)
            .layout(Rect::new(0, 0, width, height))
    }

    pub(super) fn render_help(&self, frame: &mut Frame, area: Rect) {
        if let Some(scroll) = self.help {
            self.help_overlay(scroll).render(frame, area, &self.theme);
        }
    }
}
