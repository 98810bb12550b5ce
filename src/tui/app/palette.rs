//! `Palette`: the `:` command palette, a window over the current screen listing every action
//! of that screen and the global ones (their keymap descriptions), narrowed by fuzzy matching
//! as you type; `Enter` runs the selected one exactly as its key would.
//!
//! Owns only its query and selection; the app gives it the entries and runs what it returns.
//! Must not do I/O.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph};

use crate::tr;
use crate::tui::app::screen::ScreenAction;
use crate::tui::keys::help::KeyHelp;
use crate::tui::message::action::GlobalAction;
use crate::tui::text::fuzzy::fuzzy_score;
use crate::tui::theme::Theme;
use crate::tui::widgets::visible_window;

#[derive(Debug, Clone)]
pub enum PaletteCommand {
    Screen(ScreenAction),
    Global(GlobalAction),
}

#[derive(Debug, Clone)]
pub struct PaletteEntry {
    /// The screen's name (or "everywhere"), in the chosen language: shown and matched.
    pub section: String,
    pub help: KeyHelp,
    pub command: PaletteCommand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaletteEdit {
    Insert(char),
    DeleteBack,
    Down,
    Up,
    Run,
    Close,
}

/// What the app does after an edit.
#[derive(Debug, Clone)]
pub enum PaletteOutcome {
    Stay,
    Close,
    Run(PaletteCommand),
}

#[derive(Debug, Clone)]
pub struct Palette {
    query: String,
    entries: Vec<PaletteEntry>,
    /// Indices into `entries` that match, best first.
    matches: Vec<usize>,
    selected: usize,
}

impl Palette {
    pub fn new(entries: Vec<PaletteEntry>) -> Palette {
        let mut palette = Palette {
            query: String::new(),
            matches: (0..entries.len()).collect(),
            entries,
            selected: 0,
        };
        palette.refresh();
        palette
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// Descriptions of the matching entries, best first.
    pub fn matches(&self) -> Vec<&str> {
        self.matches
            .iter()
            .map(|&i| self.entries[i].help.description.as_str())
            .collect()
    }

    pub fn handle_key(&self, key: &KeyEvent) -> Option<PaletteEdit> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        Some(match key.code {
            KeyCode::Esc => PaletteEdit::Close,
            KeyCode::Enter => PaletteEdit::Run,
            KeyCode::Down | KeyCode::Tab => PaletteEdit::Down,
            KeyCode::Char('n') if ctrl => PaletteEdit::Down,
            KeyCode::Up | KeyCode::BackTab => PaletteEdit::Up,
            KeyCode::Char('p') if ctrl => PaletteEdit::Up,
            KeyCode::Backspace => PaletteEdit::DeleteBack,
            KeyCode::Char(c) if !ctrl => PaletteEdit::Insert(c),
            _ => return None,
        })
    }

    /// A bracketed paste: appended to the query on one line, matches refreshed once.
    pub fn paste(&mut self, text: &str) {
        self.query
            .push_str(&crate::tui::text::paste::one_line(text));
        self.refresh();
    }

    pub fn update(&mut self, edit: PaletteEdit) -> PaletteOutcome {
        match edit {
            PaletteEdit::Insert(c) => {
                self.query.push(c);
                self.refresh();
            }
            PaletteEdit::DeleteBack => {
                // Backspace on an empty query closes, as in most palettes.
                if self.query.pop().is_none() {
                    return PaletteOutcome::Close;
                }
                self.refresh();
            }
            PaletteEdit::Down => {
                self.selected = (self.selected + 1).min(self.matches.len().saturating_sub(1))
            }
            PaletteEdit::Up => self.selected = self.selected.saturating_sub(1),
            PaletteEdit::Close => return PaletteOutcome::Close,
            PaletteEdit::Run => {
                return match self.matches.get(self.selected) {
                    Some(&i) => PaletteOutcome::Run(self.entries[i].command.clone()),
                    None => PaletteOutcome::Stay,
                };
            }
        }
        PaletteOutcome::Stay
    }

    fn refresh(&mut self) {
        let mut scored: Vec<(i64, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let text = format!("{} {}", e.help.description, e.section);
                fuzzy_score(&self.query, &text).map(|s| (s, i))
            })
            .collect();
        // Stable: equal scores keep the keymap's order (screen first, then global).
        scored.sort_by_key(|(s, _)| std::cmp::Reverse(*s));
        self.matches = scored.into_iter().map(|(_, i)| i).collect();
        self.selected = 0;
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let width = area.width.saturating_sub(4).min(76);
        let height = area.height.saturating_sub(4).min(18);
        let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-palette-title"), theme.title))
            .border_style(theme.border_focused);
        let inner = block.inner(popup);
        frame.render_widget(Clear, popup);
        frame.render_widget(block, popup);
        let [input, list] = inner.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
        ]));
        let field = Line::from(vec![
            Span::styled(":", theme.key),
            Span::raw(crate::tui::text::sanitize::sanitized(&self.query)),
            Span::styled("▏", theme.key),
            Span::styled(
                tr!(
                    t,
                    "tui-palette-count",
                    shown = self.matches.len(),
                    total = self.entries.len()
                ),
                theme.dim,
            ),
        ]);
        frame.render_widget(Paragraph::new(field), input);
        if self.matches.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(t.get("tui-palette-none"), theme.dim)),
                list,
            );
            return;
        }
        let window = visible_window(self.matches.len(), self.selected, usize::from(list.height));
        let keys_width = 14;
        let items = self.matches[window.clone()].iter().map(|&i| {
            let e = &self.entries[i];
            ListItem::new(Line::from(vec![
                Span::styled(format!(" {:<keys_width$}", e.help.keys), theme.key),
                Span::raw(e.help.description.clone()),
                Span::styled(format!("  {}", e.section), theme.dim),
            ]))
        });
        let widget = List::new(items).highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(widget, list, &mut state);
    }
}
