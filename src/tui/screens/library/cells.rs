//! Pieces of the library table: a score cell and the empty-library explanation. Read-only;
//! must not do I/O.

use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Wrap};

use crate::tui::theme::Theme;

pub(super) fn score_cell(value: Option<f64>, theme: &Theme) -> Cell<'static> {
    match value {
        Some(v) => Cell::from(
            Line::styled(format!("{:.0}%", v * 100.0), theme.fraction(v)).right_aligned(),
        ),
        None => Cell::from(Line::styled("–", theme.dim).right_aligned()),
    }
}

pub(super) fn empty_library(theme: &Theme) -> Paragraph<'static> {
    Paragraph::new(vec![
        Line::styled("No courses yet.", theme.title),
        Line::raw(""),
        Line::raw("Import a CreatorOS course folder (COURSE-BRIEF.md, curriculum.yaml,"),
        Line::raw("lessons/) from a shell, then come back here:"),
        Line::raw(""),
        Line::styled("    lectern import PATH", theme.key),
        Line::raw(""),
        Line::styled(
            "A new database starts with the demo course unless --no-demo is given.",
            theme.dim,
        ),
    ])
    .wrap(Wrap { trim: false })
}
