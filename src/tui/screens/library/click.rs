//! Mapping a mouse click to a library row, with the geometry the table's render uses
//! (`areas`, `table_body`). Must not do I/O.

use ratatui::layout::{Position, Rect};

use crate::tui::widgets::visible_window;

use super::table::table_body;
use super::{LibraryAction, LibraryScreen};

impl LibraryScreen {
    /// The action for a click at `at` on the screen drawn over `area`.
    pub fn click(&self, at: Position, area: Rect) -> Option<LibraryAction> {
        // A dialog lies over the table: a click must not reach the rows below it.
        if self.dialog.is_some() || self.new_course.is_some() {
            return None;
        }
        let [_, table] = self.areas(area);
        let body = table_body(table);
        if !body.contains(at) {
            return None;
        }
        let window = visible_window(self.view.len(), self.selected, usize::from(body.height));
        let index = window.start + usize::from(at.y - body.y);
        (index < window.end).then_some(LibraryAction::Select(index))
    }
}
