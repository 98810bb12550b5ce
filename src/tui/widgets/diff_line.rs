//! One row of a word diff drawn as a line: its number, unchanged words plain, removed and
//! added words coloured (and bracketed `[-…-]`/`{+…+}` without colour). Shared by the history
//! and conflicts screens.

use ratatui::text::{Line, Span};

use crate::tui::message::history::{DiffRow, DiffSpan};
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

/// One diff row with its line number; `None` is a stretch of unchanged lines left out.
pub fn diff_line(row: Option<&DiffRow>, theme: &Theme) -> Line<'static> {
    let Some(row) = row else {
        return Line::styled("    ⋯", theme.dim);
    };
    let number = row
        .line
        .map_or_else(|| "    ".to_string(), |n| format!("{n:>4}"));
    let mut spans = vec![Span::styled(format!("{number} "), theme.dim)];
    for span in &row.spans {
        spans.push(match span {
            DiffSpan::Same(t) => Span::raw(sanitized(t)),
            DiffSpan::Removed(t) if theme.diff_markers => {
                Span::styled(format!("[-{}-]", sanitized(t)), theme.diff_removed)
            }
            DiffSpan::Added(t) if theme.diff_markers => {
                Span::styled(format!("{{+{}+}}", sanitized(t)), theme.diff_added)
            }
            DiffSpan::Removed(t) => Span::styled(sanitized(t), theme.diff_removed),
            DiffSpan::Added(t) => Span::styled(sanitized(t), theme.diff_added),
        });
    }
    Line::from(spans)
}
