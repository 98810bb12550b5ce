//! Drawing one library row straight into the buffer, cell by cell, with exactly what a
//! ratatui `Table` would draw for it (a test compares the two, styles included).
//!
//! Why: the table's generic path makes several passes over every cell of a row (table, row,
//! cell and text styles, all default here) and builds a `Text` per cell; drawing a screenful of
//! rows that way was most of the library's first frame. Anything unusual (a line wider than its
//! column) goes through ratatui's own `Line` rendering.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// The columns' offsets and widths within a row `width` cells wide, as `Table` lays them out
/// (selection column first, one space between columns, `Flex::Start`).
pub(super) fn column_rects(width: u16, selection: u16, widths: &[Constraint]) -> Vec<Rect> {
    let [_, columns] = Layout::horizontal([Constraint::Length(selection), Constraint::Fill(0)])
        .areas(Rect::new(0, 0, width, 1));
    Layout::horizontal(widths.iter().copied())
        .flex(Flex::Start)
        .spacing(1)
        .split(columns)
        .iter()
        .map(|c| Rect::new(c.x, 0, c.width, 1))
        .collect()
}

/// Draws `cells` (one line each) in the columns `rects` of the row at `(x, y)`.
pub(super) fn draw_row(cells: &[Line<'_>], rects: &[Rect], (x, y): (u16, u16), buf: &mut Buffer) {
    for (line, rect) in cells.iter().zip(rects) {
        let area = Rect {
            x: x + rect.x,
            y,
            width: rect.width,
            height: 1,
        };
        draw_line(line, area, buf);
    }
}

fn draw_line(line: &Line<'_>, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    let width = line.width();
    if area.is_empty() || width == 0 {
        return;
    }
    let fits = width <= usize::from(area.width);
    let indent = match line.alignment {
        _ if !fits => None,
        None | Some(Alignment::Left) => Some(0),
        Some(Alignment::Right) => u16::try_from(usize::from(area.width) - width).ok(),
        Some(Alignment::Center) => None,
    };
    let Some(indent) = indent else {
        line.render(area, buf);
        return;
    };
    if line.style != Style::default() {
        buf.set_style(area, line.style);
    }
    let mut x = area.x + indent;
    for span in &line.spans {
        let remaining = area.right().saturating_sub(x);
        if remaining == 0 {
            break;
        }
        let span_area = Rect {
            x,
            width: remaining,
            ..area
        };
        span.render(span_area, buf);
        x = x.saturating_add(u16::try_from(span.width()).unwrap_or(u16::MAX));
    }
}
