//! The editor's gutter and syntax overlay: line numbers with a marker column (YAML error and
//! findings for the curriculum, issue lines for a lesson, placeholder sections for a brief)
//! and the colouring from the last highlight pass, painted over the text area's cells.
//!
//! Markers come from the analysis and are shifted as lines are added or removed above them,
//! so they follow the text between analyses. Render reads only. Must not do I/O.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthChar;

use crate::domain::brief::SectionStatus;
use crate::domain::issue::Severity;
use crate::tui::theme::Theme;

use crate::tui::message::analysis::Analysis;
use crate::tui::screens::editor::EditorScreen;

/// The worst severity touching each 0-based line.
pub type Markers = BTreeMap<usize, Severity>;

/// Where the analysis points, by 0-based line.
pub fn markers(analysis: &Analysis) -> Markers {
    let mut out = Markers::new();
    let mut mark = |line: u32, severity: Severity| {
        let line = line.saturating_sub(1) as usize;
        let worst = out.get(&line).map_or(severity, |s| (*s).min(severity));
        out.insert(line, worst);
    };
    match analysis {
        Analysis::Brief { sections, .. } => {
            for s in sections
                .iter()
                .filter(|s| s.status != SectionStatus::Filled)
            {
                if let Some(line) = s.line {
                    mark(line, Severity::Info);
                }
            }
        }
        Analysis::Curriculum {
            error,
            findings,
            bloom,
            ..
        } => {
            if let Some((line, _, _)) = error {
                mark(*line, Severity::Error);
            }
            for f in findings {
                if let Some(line) = f.line_start {
                    mark(line, f.severity);
                }
            }
            for (line, _) in bloom {
                mark(*line, Severity::Warning);
            }
        }
        Analysis::Lesson { issues, .. } => {
            for i in issues {
                if let Some(start) = i.line_start {
                    // A long span would paint the whole gutter; its first lines say enough.
                    let end = i.line_end.unwrap_or(start).clamp(start, start + 5);
                    for line in start..=end {
                        mark(line, i.severity);
                    }
                }
            }
        }
    }
    out
}

/// Moves markers below `pivot` by the change in line count (`before` → `after` lines), so a
/// marker stays on its line while lines are typed or deleted above it.
pub fn shift(markers: &mut Markers, pivot: usize, before: usize, after: usize) {
    if before == after {
        return;
    }
    let moved: Markers = std::mem::take(markers)
        .into_iter()
        .map(|(line, severity)| {
            if line <= pivot {
                (line, severity)
            } else if after > before {
                (line + (after - before), severity)
            } else {
                (line.saturating_sub(before - after).max(pivot), severity)
            }
        })
        .collect();
    *markers = moved;
}

impl EditorScreen {
    /// The text area with its gutter and syntax colouring, in `area`.
    pub(super) fn render_text(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let lines = self.textarea.lines();
        let digits = lines.len().to_string().len().max(2) as u16;
        let [gutter, text] = area.layout(&Layout::horizontal([
            Constraint::Length(digits + 2),
            Constraint::Min(1),
        ]));
        frame.render_widget(&self.textarea, text);
        // Valid once the widget has been drawn: the rows it scrolled to.
        let top = usize::from(self.textarea.scroll_offset().0);
        let mut numbers = Vec::with_capacity(usize::from(gutter.height));
        let mut previous = None;
        for y in 0..text.height {
            let here = self.textarea.screen_to_data(top + usize::from(y), 0);
            // Rows past the end map to the last position again.
            if previous == Some(here) {
                break;
            }
            previous = Some(here);
            let (row, col) = (here.0, here.1);
            numbers.push(if col == 0 {
                self.gutter_line(row, digits, theme)
            } else {
                Line::raw("")
            });
            let next = self.textarea.screen_to_data(top + usize::from(y) + 1, 0);
            let end = if next.0 == row && next.1 > col {
                next.1
            } else {
                usize::MAX
            };
            self.paint_row(frame, text, y, (row, col, end), theme);
        }
        frame.render_widget(Paragraph::new(numbers), gutter);
    }

    fn gutter_line(&self, row: usize, digits: u16, theme: &Theme) -> Line<'static> {
        let (mark, style) = match self.markers.get(&row) {
            Some(Severity::Error) => ("✗", theme.failure),
            Some(Severity::Warning) => ("!", theme.score_warn),
            Some(Severity::Info) => ("·", theme.dim),
            None => (" ", theme.dim),
        };
        let width = usize::from(digits);
        Line::from(vec![
            Span::styled(mark, style),
            Span::styled(format!("{:>width$} ", row + 1), theme.dim),
        ])
    }

    /// Colours one screen row: line `row`, characters `col..end`, drawn from the row's left.
    /// Cells the text area styled itself (cursor, selection, search match) are left alone.
    fn paint_row(
        &self,
        frame: &mut Frame,
        area: Rect,
        y: u16,
        (row, col, end): (usize, usize, usize),
        theme: &Theme,
    ) {
        let Some(highlights) = &self.highlights else {
            return;
        };
        let Some(line) = self.textarea.lines().get(row) else {
            return;
        };
        let runs = highlights.runs(row, line);
        // Tabs expand to a varying width; such rows stay plain rather than misaligned.
        if runs.is_empty() || line.contains('\t') {
            return;
        }
        let buffer = frame.buffer_mut();
        let mut x = 0u16;
        for (i, c) in line.chars().enumerate().skip(col) {
            if i >= end || x >= area.width {
                break;
            }
            let width = c.width().unwrap_or(0) as u16;
            if let Some(run) = runs.iter().find(|r| r.start <= i && i < r.end)
                && let Some(cell) = buffer.cell_mut((area.x + x, area.y + y))
            {
                let untouched = cell.bg == ratatui::buffer::Cell::EMPTY.bg
                    && !cell
                        .modifier
                        .intersects(Modifier::REVERSED | Modifier::BOLD);
                if untouched {
                    cell.set_style(theme.syntax(run.kind));
                }
            }
            x += width;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_follow_lines_added_and_removed_above_them() {
        let mut m = Markers::from([(2, Severity::Error), (9, Severity::Warning)]);
        shift(&mut m, 4, 10, 12);
        assert_eq!(
            m,
            Markers::from([(2, Severity::Error), (11, Severity::Warning)])
        );
        shift(&mut m, 0, 12, 11);
        assert_eq!(
            m,
            Markers::from([(1, Severity::Error), (10, Severity::Warning)])
        );
    }
}
