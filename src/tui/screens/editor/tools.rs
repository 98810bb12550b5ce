//! The editor's text-area helpers: a fresh `TextArea` set up the same way everywhere, what
//! counts as typing (so a plain letter bound to a command still types in the text), and the
//! search prompt (`Ctrl-f`: type to find as you go, Enter/↓ next, ↑ previous, Esc closes).
//!
//! Must not do I/O.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{TextArea, WrapMode};

use crate::tui::keys::chord::is_typing;
use crate::tui::theme;

use crate::tui::screens::editor::EditorScreen;

/// A text area holding `text`: soft wrap, no built-in line numbers (the editor draws its own
/// gutter with markers), the theme's search-match style.
pub fn text_area(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_search_style(theme::search_match());
    area
}

impl EditorScreen {
    /// The search prompt's query, while it is open.
    pub fn search_query(&self) -> Option<&str> {
        self.search.as_deref()
    }

    pub(super) fn search_key(&mut self, key: KeyEvent) {
        let Some(mut query) = self.search.take() else {
            return;
        };
        match key.code {
            KeyCode::Esc => {
                // Closing clears the match highlight too; an empty pattern cannot fail.
                let _ = self.textarea.set_search_pattern("");
                return;
            }
            KeyCode::Enter | KeyCode::Down => {
                self.textarea.search_forward(false);
            }
            KeyCode::Up => {
                self.textarea.search_back(false);
            }
            KeyCode::Backspace => {
                query.pop();
                self.find(&query);
            }
            KeyCode::Char(c) if is_typing(&key) => {
                query.push(c);
                self.find(&query);
            }
            _ => {}
        }
        self.search = Some(query);
    }

    /// Highlights `query` (literal text, case-insensitive) and moves to the first match from
    /// the cursor on.
    fn find(&mut self, query: &str) {
        let pattern = if query.is_empty() {
            String::new()
        } else {
            format!("(?i){}", regex::escape(query))
        };
        // An escaped literal always compiles; a failure would only leave the old highlight.
        if self.textarea.set_search_pattern(pattern).is_ok() && !query.is_empty() {
            self.textarea.search_forward(true);
        }
    }
}
