//! The library's conflict badges: how many open sync conflicts each course has, kept apart
//! from the rows (the marks and the pages of courses arrive separately) and copied onto the
//! rows whenever either changes. Pure; must not do I/O.

use std::collections::BTreeMap;

use super::LibraryScreen;

impl LibraryScreen {
    /// New counts of open conflicts per course slug.
    pub(super) fn conflict_marks(&mut self, marks: BTreeMap<String, u32>) {
        if marks != self.conflicts {
            self.conflicts = marks;
            self.mark_rows();
            // Drawn rows carry the old badges.
            self.rows_generation += 1;
        }
    }

    /// Copies the counts onto the loaded rows.
    pub(super) fn mark_rows(&mut self) {
        let Some(rows) = &mut self.rows else { return };
        for row in rows {
            row.conflicts = self.conflicts.get(&row.slug).copied().unwrap_or(0);
        }
    }

    /// Open sync conflicts of course `slug` as last loaded.
    pub fn conflicts_of(&self, slug: &str) -> u32 {
        self.conflicts.get(slug).copied().unwrap_or(0)
    }
}
