//! `StatusBar`: the bottom line — the screen's main keys (from the keymap) or the latest
//! notification. Messages win: a notification takes the whole line (the database path is
//! not shown beside it), and one too long for the line (an import's refusal, a folder
//! import's summary) wraps upward over the screen's last rows while it shows, so it is never
//! cut at the edge. The path appears after the keys only when there is room for it whole
//! (else it is in the help, `?`). The sync line, when sync is configured, comes before the
//! path and keeps its place even when the path cannot: it takes room from the keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::keys::help::KeyHelp;
use crate::tui::text::wrap::wrap_by_width;
use crate::tui::theme::Theme;

pub struct StatusBar<'a> {
    pub hints: &'a [KeyHelp],
    pub db_label: &'a str,
    /// The sync line (`⇅ 3↑ · 1 conflict · synced 2 min ago`), when sync is configured.
    pub sync: Option<&'a str>,
    /// Text and whether it reports an error.
    pub notification: Option<(&'a str, bool)>,
}

/// Rows a long notification may take (the status line and the ones above it).
const MAX_NOTIFICATION_ROWS: usize = 4;
/// Columns before a notification's text (` • `).
const MARKER: usize = 3;

impl StatusBar<'_> {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        if let Some((text, is_error)) = self.notification
            && text.width() + MARKER > usize::from(area.width)
        {
            render_wrapped(frame, area, text, is_error, theme);
            return;
        }
        let (db, db_width) = self.right_label(area);
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

    /// The right end of the bar and its width: the sync line and the path when both fit
    /// after the keys; else the sync line alone (up to half the bar), else the path when it
    /// fits, else nothing.
    fn right_label(&self, area: Rect) -> (String, u16) {
        if self.notification.is_some() {
            return (String::new(), 0);
        }
        let Some(sync) = self.sync else {
            let db = format!(" {} ", self.db_label);
            return (db, self.db_width(area, self.db_label));
        };
        let both = format!("{sync} · {}", self.db_label);
        match self.db_width(area, &both) {
            0 if sync.width() + 2 <= usize::from(area.width) / 2 => {
                (format!(" {sync} "), sync.width() as u16 + 2)
            }
            0 => (String::new(), 0),
            width => (format!(" {both} "), width),
        }
    }

    /// Room for `label`, whole, after the keys; none when the keys need the line (keys and
    /// messages matter more; the help shows the path).
    fn db_width(&self, area: Rect, label: &str) -> u16 {
        let keys: usize = 1 + self
            .hints
            .iter()
            .enumerate()
            .map(|(i, h)| usize::from(i > 0) * 3 + h.keys.width() + 1 + h.description.width())
            .sum::<usize>();
        let path = label.width() + 2;
        if keys + path <= usize::from(area.width) {
            path as u16
        } else {
            0
        }
    }
}

/// `text` over the full width, wrapped between words, its last row on the status line and
/// the rows before it over the screen above (at most `MAX_NOTIFICATION_ROWS`).
fn render_wrapped(frame: &mut Frame, area: Rect, text: &str, is_error: bool, theme: &Theme) {
    let width = usize::from(area.width).saturating_sub(MARKER).max(1);
    let rows = wrap_by_width(text, width);
    let shown = rows
        .len()
        .min(MAX_NOTIFICATION_ROWS)
        .min(usize::from(area.y) + 1);
    let top = area.y + 1 - shown as u16;
    let style = if is_error { theme.error } else { theme.notice };
    let lines: Vec<Line> = rows
        .iter()
        .take(shown)
        .enumerate()
        .map(|(i, row)| {
            let marker = match (i, is_error) {
                (0, true) => " ✗ ",
                (0, false) => " • ",
                _ => "   ",
            };
            Line::from(vec![
                Span::styled(marker, theme.key),
                Span::styled(row.trim_end().to_string(), style),
            ])
        })
        .collect();
    let box_area = Rect::new(area.x, top, area.width, shown as u16);
    frame.render_widget(Clear, box_area);
    frame.render_widget(Paragraph::new(lines).style(theme.status_bar), box_area);
}
