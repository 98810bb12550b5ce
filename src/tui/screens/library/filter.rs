//! The library's filter line: `/` opens it, and when a filter is already set it starts
//! selected, so typing replaces it (as in a browser's address bar) instead of appending
//! ("rmulas" + "todo" = "rmulastodo"); Backspace on a selected filter clears it. The
//! Archived view (`A`) is a filter too: only archived courses, and `d` there unarchives.
//! Also finding rows by slug. Must not do I/O.

use crate::tui::message::effect::{Effect, StorageRequest};

use super::{FilterEdit, LibraryScreen};

impl LibraryScreen {
    pub(super) fn toggle_archived(&mut self) {
        self.archived_view = !self.archived_view;
        self.selected = 0;
        self.view.clear();
        self.refresh_view();
    }

    /// The Archived view (`A`) is showing.
    pub fn shows_archived(&self) -> bool {
        self.archived_view
    }

    pub(super) fn unarchive_selected(&mut self) -> Option<Effect> {
        let slug = self.selected_slug()?.to_string();
        Some(Effect::Storage(StorageRequest::UnarchiveCourse(slug)))
    }

    pub(super) fn start_filter(&mut self) {
        self.editing_filter = true;
        self.filter_selected = !self.filter.is_empty();
    }

    /// The old filter is selected (typing replaces it).
    pub fn filter_selected(&self) -> bool {
        self.filter_selected
    }

    pub(super) fn edit_filter(&mut self, edit: FilterEdit) {
        let selected = std::mem::take(&mut self.filter_selected);
        match edit {
            FilterEdit::Insert(c) => {
                if selected {
                    self.filter.clear();
                }
                self.filter.push(c);
            }
            FilterEdit::DeleteBack if selected => self.filter.clear(),
            FilterEdit::DeleteBack => {
                self.filter.pop();
            }
            FilterEdit::Confirm => self.editing_filter = false,
            FilterEdit::Clear => {
                self.filter.clear();
                self.editing_filter = false;
            }
        }
        self.refresh_view();
    }

    pub(super) fn position_of(&self, slug: &str) -> Option<usize> {
        let rows = self.rows.as_deref()?;
        self.view.iter().position(|&i| rows[i].slug == slug)
    }

    /// The slugs of the rows shown, in order.
    pub fn visible_slugs(&self) -> Vec<String> {
        let rows = self.rows.as_deref().unwrap_or_default();
        self.view.iter().map(|&i| rows[i].slug.clone()).collect()
    }
}
