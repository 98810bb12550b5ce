//! `ResultsBar`: passed / warning / failed counts as a small bar plus the numbers, and the GPS
//! badge (`✓`, or the missing letters). Glyphs differ per state so the bar still reads in
//! monochrome.

use std::borrow::Cow;

use ratatui::text::{Line, Span};

use crate::tui::theme::Theme;

// Bars are slices of these (no allocation per row drawn); wider bars fall back to `repeat`.
const FULL: &str = "████████████████";
const MEDIUM: &str = "▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒";
const LIGHT: &str = "░░░░░░░░░░░░░░░░";
const DOTS: &str = "················";

/// `count` copies of the one glyph `run` repeats.
fn glyphs(run: &'static str, count: usize) -> Cow<'static, str> {
    let glyph = run.chars().next().map_or(1, char::len_utf8);
    match run.get(..count * glyph) {
        Some(slice) => Cow::Borrowed(slice),
        None => Cow::Owned(run[..glyph].repeat(count)),
    }
}

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
            spans.push(Span::styled(glyphs(DOTS, width), theme.dim));
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
            spans.push(Span::styled(glyphs(FULL, passed), theme.score_good));
            spans.push(Span::styled(glyphs(MEDIUM, warning), theme.score_warn));
            spans.push(Span::styled(glyphs(LIGHT, failed), theme.failure));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_runs_are_borrowed_when_short_and_built_when_long() {
        assert_eq!(glyphs(FULL, 0), "");
        assert_eq!(glyphs(FULL, 3), "███");
        assert!(matches!(glyphs(LIGHT, 16), Cow::Borrowed(_)));
        assert_eq!(glyphs(MEDIUM, 20), "▒".repeat(20));
        assert_eq!(glyphs(DOTS, 2), "··");
    }

    #[test]
    fn a_bar_shows_each_share_and_the_counts() {
        let theme = Theme::new(false);
        let bar = ResultsBar {
            passed: 3,
            warning: 1,
            failed: 2,
        };
        let text: String = bar
            .line(6, &theme)
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(text, "███▒░░ 3/1/2");
        let empty = ResultsBar {
            passed: 0,
            warning: 0,
            failed: 0,
        };
        let text: String = empty
            .line(6, &theme)
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(text, "······ 0/0/0");
    }
}
