//! The editor's text-area helpers: a fresh `TextArea` set up the same way everywhere, what
//! counts as typing (so a plain letter bound to a command still types in the text), and the
//! search prompt (`Ctrl-f`: type to find as you go, Enter/↓ next, ↑ previous, Esc closes),
//! and a bracketed paste into whichever of them has focus.
//!
//! Must not do I/O.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{TextArea, WrapMode};

use crate::i18n::Texts;
use crate::tui::keys::chord::is_typing;
use crate::tui::theme;

use crate::tui::screens::editor::{Dialog, EditorPane, EditorScreen};
use crate::tui::text::paste::one_line;

/// Past this many lines (or bytes) the text area stops soft-wrapping: `ratatui-textarea`
/// re-wraps every line on each edit, which at a pasted megabyte costs a frame budget many
/// times over; unwrapped, an edit costs one pass over the line lengths.
const WRAP_MAX_LINES: usize = 2_000;
const WRAP_MAX_BYTES: usize = 256 * 1024;

/// The editors' typing keys, which are not commands of the keymap (the text area handles
/// them), with the message id of what they do: listed in the editor's help (`F1`) and in
/// docs/keybindings.md (in English).
pub const TEXT_KEYS: &[(&str, &str)] = &[
    ("Ctrl-z", "tui-editor-key-undo"),
    ("Ctrl-y Ctrl-Shift-z", "tui-editor-key-redo"),
    ("Ctrl-j Enter", "tui-editor-key-new-line"),
    ("Ctrl-r", "tui-editor-key-replace"),
    ("Ctrl-←/→ Alt-b/f", "tui-editor-key-word"),
    ("Home End", "tui-editor-key-line"),
];

/// [`TEXT_KEYS`] with what each does in `t`'s language.
pub fn text_keys(t: Texts) -> impl Iterator<Item = (&'static str, String)> {
    TEXT_KEYS.iter().map(move |(keys, id)| (*keys, t.get(id)))
}

/// Characters the approval dialog's "yes" field holds.
pub(super) const APPROVE_TYPED_MAX: usize = 8;

/// A text area holding `text`: soft wrap, no built-in line numbers (the editor draws its own
/// gutter with markers), the theme's search-match style.
pub fn text_area(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_search_style(theme::search_match());
    area
}

impl EditorScreen {
    /// Soft wrap on for texts of a usual size, off for very long ones (see `WRAP_MAX_LINES`).
    pub(super) fn fit_wrap(&mut self) {
        let lines = self.textarea.lines();
        let long = lines.len() > WRAP_MAX_LINES
            || lines.iter().map(String::len).sum::<usize>() > WRAP_MAX_BYTES;
        let mode = if long {
            WrapMode::None
        } else {
            WrapMode::WordOrGlyph
        };
        if self.textarea.wrap_mode() != mode {
            self.textarea.set_wrap_mode(mode);
        }
    }

    /// One key into the text area, with the keys people expect from other editors on top
    /// of the text area's own: `Ctrl-z` undo, `Ctrl-y` / `Ctrl-Shift-z` redo, and `Ctrl-j`
    /// a new line like Enter (the text area's default deletes to the line start, so text
    /// sent with bare LFs kept only its last line). Returns whether the text changed.
    pub(super) fn edit_key(&mut self, key: KeyEvent) -> bool {
        let control = key.modifiers.contains(KeyModifiers::CONTROL);
        let shift = key.modifiers.contains(KeyModifiers::SHIFT);
        match key.code {
            KeyCode::Char('z') if control && !shift => self.textarea.undo(),
            KeyCode::Char('Z') | KeyCode::Char('z') if control => self.textarea.redo(),
            KeyCode::Char('y') if control => self.textarea.redo(),
            KeyCode::Char('j') if control => {
                self.textarea.insert_newline();
                true
            }
            _ => self.textarea.input(key),
        }
    }

    /// Whether the text is soft-wrapped (off for very long texts).
    pub fn wraps(&self) -> bool {
        self.textarea.wrap_mode() != WrapMode::None
    }

    /// The search prompt's query, while it is open.
    pub fn search_query(&self) -> Option<&str> {
        self.search.as_deref()
    }

    /// `text` (line breaks already LF) as ONE edit: the text area's `insert_str` is one undo
    /// step, however many lines; the search prompt and the approval field take it on one line.
    pub(super) fn paste(&mut self, text: &str) {
        match &mut self.dialog {
            Some(Dialog::Approve { typed, .. }) => {
                let room = APPROVE_TYPED_MAX.saturating_sub(typed.len());
                typed.extend(one_line(text).chars().take(room));
                return;
            }
            Some(_) => return,
            None => {}
        }
        if let Some(query) = &mut self.search {
            query.push_str(&one_line(text));
            let query = query.clone();
            self.find(&query);
            return;
        }
        // Only into a loaded text with the cursor in it, as for typed keys.
        if self.focus != EditorPane::Text || self.saved.is_none() {
            return;
        }
        let (row, lines) = (self.textarea.cursor().0, self.textarea.lines().len());
        if self.textarea.insert_str(text) {
            let now = self.textarea.lines().len();
            crate::tui::screens::editor::gutter::shift(&mut self.markers, row, lines, now);
            self.edited();
        }
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
