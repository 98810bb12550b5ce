//! Mapping a mouse click to a library row: the same geometry as the table's render (filter
//! line, border, header, then the visible window of rows). Must not do I/O.

use crate::tui::widgets::visible_window;

use super::{LibraryAction, LibraryScreen};

impl LibraryScreen {
    /// The action for a click on line `row` of the screen's area of `height` lines.
    pub fn click(&self, row: u16, height: u16) -> Option<LibraryAction> {
        if self.dialog.is_some() {
            return None;
        }
        let filter = u16::from(self.editing_filter || !self.filter.is_empty());
        // Border and header above the first row; border below the last.
        let first_row = filter + 2;
        let body = usize::from(height.saturating_sub(filter).saturating_sub(3));
        let window = visible_window(self.view.len(), self.selected, body);
        let index = window.start + usize::from(row.checked_sub(first_row)?);
        (index < window.end).then_some(LibraryAction::Select(index))
    }
}
