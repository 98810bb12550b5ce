//! Which slice of a long list is on screen: only those rows are ever built, so a library of
//! 10,000 courses costs the same per frame as one of ten. `ListWindow` also says where each
//! visible item sits, so a mouse click maps back to an item with the geometry render used.

use std::ops::Range;

use ratatui::layout::{Position, Rect};
use ratatui::widgets::Block;

/// Rows `[offset, offset + height)` that keep `selected` visible, scrolling as little as
/// possible from the top (stateless, so render stays a pure function of the state).
pub fn visible_window(len: usize, selected: usize, height: usize) -> Range<usize> {
    if height == 0 || len == 0 {
        return 0..0;
    }
    let offset = selected.min(len - 1).saturating_sub(height - 1);
    offset..(offset + height).min(len)
}

/// The items of a list drawn in `inner`, `item_height` lines each, keeping `selected` in view.
/// Render builds `range()`; a click asks `item_at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListWindow {
    inner: Rect,
    item_height: u16,
    range: Range<usize>,
}

impl ListWindow {
    pub fn new(inner: Rect, len: usize, selected: usize, item_height: u16) -> ListWindow {
        let item_height = item_height.max(1);
        let per_page = usize::from(inner.height / item_height);
        ListWindow {
            inner,
            item_height,
            range: visible_window(len, selected, per_page),
        }
    }

    /// A list inside `Block::bordered()` drawn over `area`.
    pub fn bordered(area: Rect, len: usize, selected: usize, item_height: u16) -> ListWindow {
        ListWindow::new(Block::bordered().inner(area), len, selected, item_height)
    }

    /// Where the items are drawn.
    pub fn inner(&self) -> Rect {
        self.inner
    }

    /// The items on screen, first to last.
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The item drawn at `position`, if any (borders and the space below the last are none).
    pub fn item_at(&self, position: Position) -> Option<usize> {
        if !self.inner.contains(position) {
            return None;
        }
        let index = self.range.start + usize::from((position.y - self.inner.y) / self.item_height);
        (index < self.range.end).then_some(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_selection_visible() {
        assert_eq!(visible_window(100, 0, 10), 0..10);
        assert_eq!(visible_window(100, 9, 10), 0..10);
        assert_eq!(visible_window(100, 10, 10), 1..11);
        assert_eq!(visible_window(5, 3, 10), 0..5);
        assert_eq!(visible_window(0, 0, 10), 0..0);
    }

    #[test]
    fn maps_positions_to_items() {
        // A bordered 10×7 box at (2, 3): two-line items at rows 4–5 and 6–7; row 8 is left
        // over, row 9 is the border.
        let window = ListWindow::bordered(Rect::new(2, 3, 10, 7), 5, 3, 2);
        assert_eq!(window.range(), 2..4);
        assert_eq!(window.item_at(Position::new(3, 4)), Some(2));
        assert_eq!(window.item_at(Position::new(3, 7)), Some(3));
        assert_eq!(window.item_at(Position::new(3, 8)), None);
        assert_eq!(window.item_at(Position::new(2, 4)), None, "left border");
        assert_eq!(window.item_at(Position::new(3, 3)), None, "top border");
        let short = ListWindow::bordered(Rect::new(0, 0, 10, 10), 2, 0, 1);
        assert_eq!(
            short.item_at(Position::new(1, 3)),
            None,
            "below the last item"
        );
    }
}
