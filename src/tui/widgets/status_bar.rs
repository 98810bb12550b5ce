//! `StatusBar`: the bottom line — the screen's main keys (from the keymap) or the latest
//! notification on the left, the database path on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::keys::help::KeyHelp;
use crate::tui::theme::Theme;

pub struct StatusBar<'a> {
    pub hints: &'a [KeyHelp],
    pub db_label: &'a str,
    /// Text and whether it reports an error.
    pub notification: Option<(&'a str, bool)>,
}

impl StatusBar<'_> {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let db = format!(" {} ", self.db_label);
        // The path gives way first on narrow terminals: keys matter more.
        let db_width = (db.width() as u16).min(area.width / 3);
        let [left, right] = area.layout(&Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(db_width),
        ]));
        let line = match self.notification {
            Some((text, is_error)) => Line::from(vec![
                Span::styled(if is_error { " ✗ " } else { " • " }, theme.key),
                Span::styled(
                    text.to_string(),
                    if is_error { theme.error } else { theme.notice },
                ),
            ]),
            None => {
                // Whole hints only: one that does not fit is left out rather than cut.
                let mut spans = vec![Span::raw(" ")];
                let mut used = 1;
                for hint in self.hints {
                    let sep = if used > 1 { 3 } else { 0 };
                    let width = sep + hint.keys.width() + 1 + hint.description.width();
                    if used + width > usize::from(left.width) {
                        continue;
                    }
                    if sep > 0 {
                        spans.push(Span::styled(" · ", theme.dim));
                    }
                    spans.push(Span::styled(hint.keys.clone(), theme.key));
                    spans.push(Span::raw(format!(" {}", hint.description)));
                    used += width;
                }
                Line::from(spans)
            }
        };
        frame.render_widget(Paragraph::new(line).style(theme.status_bar), left);
        frame.render_widget(
            Paragraph::new(Line::styled(db, theme.dim).right_aligned()).style(theme.status_bar),
            right,
        );
    }
}
