//! Pieces of the library table: a score cell and the empty-library explanation. Read-only;
//! must not do I/O.

use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::theme::Theme;

/// A score (0–1) and its text as formatted at load (`LibraryRow`).
pub(super) fn score_line<'a>(value: Option<f64>, text: Option<&'a str>, theme: &Theme) -> Line<'a> {
    match (value, text) {
        (Some(v), Some(text)) => Line::styled(text, theme.fraction(v)).right_aligned(),
        _ => Line::styled("–", theme.dim).right_aligned(),
    }
}

pub(super) fn empty_library(theme: &Theme) -> Paragraph<'static> {
    let t = theme.texts;
    Paragraph::new(vec![
        Line::styled(t.get("tui-library-empty-title"), theme.title),
        Line::raw(""),
        Line::raw(t.get("tui-library-empty-import-1")),
        Line::raw(t.get("tui-library-empty-import-2")),
        Line::raw(""),
        Line::styled("    lectern import PATH", theme.key),
        Line::raw(""),
        Line::styled(t.get("tui-library-empty-demo"), theme.dim),
    ])
    .wrap(Wrap { trim: false })
}
