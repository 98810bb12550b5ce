//! Drawing one library row straight into the buffer, cell by cell, with exactly what a
//! ratatui `Table` would draw for it (a test compares the two, styles included).
//!
//! Why: the table's generic path makes several passes over every cell of a row (table, row,
//! cell and text styles, all default here) and builds a `Text` per cell; drawing a screenful of
//! rows that way was most of the library's first frame. Each cell's line is drawn by
//! [`draw_line`].

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;

use crate::tui::widgets::draw_line;

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
