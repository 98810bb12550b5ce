//! Mapping a mouse click to a library row, with the geometry the table's render uses
//! (`areas`, `table_rows`). Must not do I/O.

use ratatui::layout::{Position, Rect};

use super::table::table_rows;
use super::{LibraryAction, LibraryScreen};

impl LibraryScreen {
    /// The action for a click at `at` on the screen drawn over `area`.
    pub fn click(&self, at: Position, area: Rect) -> Option<LibraryAction> {
        // A dialog lies over the table: a click must not reach the rows below it.
        if self.dialog.is_some() || self.new_course.is_some() {
            return None;
        }
        let [_, table] = self.areas(area);
        table_rows(table, self.view.len(), self.selected)
            .item_at(at)
            .map(LibraryAction::Select)
    }
}
