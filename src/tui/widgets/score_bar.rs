//! `ResultsBar`: passed / warning / failed counts as a small bar plus the numbers, and the GPS
//! badge (`✓`, or the missing letters). Glyphs differ per state so the bar still reads in
//! monochrome.

use ratatui::text::{Line, Span};

use crate::tui::theme::Theme;

pub struct ResultsBar {
    pub passed: u32,
    pub warning: u32,
    pub failed: u32,
}

impl ResultsBar {
    /// The bar (`width` cells) followed by `3/1/2`.
    pub fn line(&self, width: usize, theme: &Theme) -> Line<'static> {
        let total = self.passed + self.warning + self.failed;
        let mut spans = Vec::new();
        if total == 0 {
            spans.push(Span::styled("·".repeat(width), theme.dim));
        } else {
            // Largest remainder would be fairer; rounding each part and giving the rest to
            // "passed" keeps any failure visible as at least one cell.
            let cells = |n: u32| -> usize {
                if n == 0 {
                    0
                } else {
                    ((n as usize * width) / total as usize).max(1)
                }
            };
            let failed = cells(self.failed);
            let warning = cells(self.warning).min(width - failed.min(width));
            let passed = width.saturating_sub(failed + warning);
            spans.push(Span::styled("█".repeat(passed), theme.score_good));
            spans.push(Span::styled("▒".repeat(warning), theme.score_warn));
            spans.push(Span::styled("░".repeat(failed), theme.failure));
        }
        spans.push(Span::raw(" "));
        spans.push(Span::styled(self.passed.to_string(), theme.score_good));
        spans.push(Span::styled("/", theme.dim));
        spans.push(Span::styled(self.warning.to_string(), theme.score_warn));
        spans.push(Span::styled("/", theme.dim));
        spans.push(Span::styled(self.failed.to_string(), theme.failure));
        Line::from(spans)
    }
}

/// `✓` when GPS-valid, else `✗` followed by the missing sections (`✗GP`).
pub fn gps_badge(valid: bool, present: [bool; 3], theme: &Theme) -> Span<'static> {
    if valid {
        return Span::styled("✓", theme.score_good);
    }
    let missing: String = ['G', 'P', 'S']
        .iter()
        .zip(present)
        .filter(|(_, present)| !present)
        .map(|(letter, _)| *letter)
        .collect();
    Span::styled(format!("✗{missing}"), theme.failure)
}
