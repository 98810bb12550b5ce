//! Keyset paging of the library (issue 21, item 5): the next page starts after the last
//! course shown, not at a count of rows, so courses added or archived by another process
//! between two reads never make a course appear twice or go missing.

use super::repo::Repo;
use super::{CourseSummary, StoreError};

impl Repo<'_> {
    /// `limit` courses after `after` (title and slug of the previous page's last course), in
    /// title order: unlike an offset, the key does not shift when another process adds a
    /// course between two pages, so none is shown twice or skipped.
    pub fn list_courses_after(
        &self,
        include_archived: bool,
        after: Option<(&str, &str)>,
        limit: i64,
    ) -> Result<Vec<CourseSummary>, StoreError> {
        self.courses_in_title_order(include_archived, after, 0, limit)
    }
}
