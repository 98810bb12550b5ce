//! The library's course table: only the visible window of rows is built, so a frame costs
//! the same with ten courses or ten thousand. Read-only; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Row, Table, TableState};

use super::cells::score_cell;
use super::{LibraryRow, LibraryScreen, ResultsBar, Theme, visible_window};

impl LibraryScreen {
    pub(super) fn render_table(
        &self,
        frame: &mut Frame,
        area: Rect,
        block: Block,
        rows: &[LibraryRow],
        theme: &Theme,
    ) {
        let wide = area.width >= 110;
        let medium = area.width >= 96;
        let height = usize::from(area.height.saturating_sub(3)); // borders + header
        let window = visible_window(self.view.len(), self.selected, height);
        let mut widths = vec![Constraint::Fill(1)];
        let mut header = vec!["Title"];
        if medium {
            widths.push(Constraint::Length(20));
            header.push("Slug");
        }
        widths.extend([9, 7, 4, 4, 13].map(Constraint::Length));
        header.extend(["Status", "Lessons", "GPS", "DL", "Results ✓/!/✗"]);
        if wide {
            widths.push(Constraint::Length(12));
            header.push("Persona");
        }
        widths.push(Constraint::Length(10));
        header.push("Changed");
        let body = self.view[window.clone()].iter().map(|&i| {
            let r = &rows[i];
            let mut cells = vec![Cell::from(r.title.as_str())];
            if medium {
                cells.push(Cell::from(Span::styled(r.slug.as_str(), theme.dim)));
            }
            cells.push(Cell::from(r.status.as_str()));
            cells.push(Cell::from(
                Line::from(r.lessons.to_string()).right_aligned(),
            ));
            cells.push(score_cell(r.avg_gps, theme));
            cells.push(score_cell(r.avg_didatica, theme));
            let bar = ResultsBar {
                passed: r.passed,
                warning: r.warning,
                failed: r.failed,
            };
            cells.push(Cell::from(bar.line(6, theme)));
            if wide {
                cells.push(Cell::from(r.persona.as_str()));
            }
            cells.push(Cell::from(Span::styled(
                r.changed.get(..10).unwrap_or(&r.changed),
                theme.dim,
            )));
            Row::new(cells)
        });
        let table = Table::new(body, widths)
            .header(Row::new(header).style(theme.header))
            .block(block)
            .row_highlight_style(theme.selection)
            .highlight_symbol("▶ ");
        let mut state = TableState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(table, area, &mut state);
    }
}
