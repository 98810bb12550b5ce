//! `LibraryRow`: one course prepared for display (sanitised text, lower-case filter key) and
//! the sort orders of the library table. Derived once per load, never in render.

use std::cmp::Ordering;

use crate::i18n::Texts;
use crate::storage::CourseSummary;
use crate::tui::text::sanitize::sanitized;

#[derive(Debug, Clone, PartialEq)]
pub struct LibraryRow {
    pub slug: String,
    pub title: String,
    pub status: String,
    pub lessons: u32,
    pub avg_gps: Option<f64>,
    pub avg_didatica: Option<f64>,
    pub passed: u32,
    pub warning: u32,
    pub failed: u32,
    pub persona: String,
    /// `YYYY-MM-DD HH:MM` of the last change to the course or a lesson.
    pub changed: String,
    /// The numbers as the table shows them, formatted once per load rather than per frame.
    pub lessons_text: String,
    pub gps_text: Option<String>,
    pub didatica_text: Option<String>,
    /// Open sync conflicts (set from the conflict marks, not the summary query).
    pub conflicts: u32,
    search_key: String,
}

impl LibraryRow {
    pub fn new(c: &CourseSummary) -> LibraryRow {
        let title = sanitized(&c.title);
        let slug = sanitized(&c.slug);
        let persona = sanitized(c.persona.as_deref().unwrap_or(""));
        let search_key = format!("{title}\n{slug}\n{persona}").to_lowercase();
        LibraryRow {
            changed: sanitized(
                &c.updated_at
                    .replace('T', " ")
                    .chars()
                    .take(16)
                    .collect::<String>(),
            ),
            status: c.status.as_str().to_string(),
            // Offline drafts ride with the lesson count (`7 ◌2`): never among the passed.
            lessons_text: match c.draft {
                0 => c.lessons.to_string(),
                n => format!("{} ◌{n}", c.lessons),
            },
            gps_text: c.avg_gps.map(percent),
            didatica_text: c.avg_didatica.map(percent),
            lessons: c.lessons,
            avg_gps: c.avg_gps,
            avg_didatica: c.avg_didatica,
            passed: c.passed,
            warning: c.warning,
            failed: c.failed,
            title,
            slug,
            persona,
            conflicts: 0,
            search_key,
        }
    }

    /// Every word of `filter` (already lower-case) appears in title, slug or persona.
    pub fn archived(&self) -> bool {
        self.status == "archived"
    }

    pub fn matches(&self, filter: &str) -> bool {
        filter
            .split_whitespace()
            .all(|w| self.search_key.contains(w))
    }
}

/// A 0–1 score as the table shows it.
fn percent(value: f64) -> String {
    format!("{:.0}%", value * 100.0)
}

/// The columns `s` cycles through, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    #[default]
    Title,
    Slug,
    Status,
    Lessons,
    Gps,
    Didatica,
    Failed,
    Persona,
    Changed,
}

impl SortColumn {
    const ALL: [SortColumn; 9] = [
        SortColumn::Title,
        SortColumn::Slug,
        SortColumn::Status,
        SortColumn::Lessons,
        SortColumn::Gps,
        SortColumn::Didatica,
        SortColumn::Failed,
        SortColumn::Persona,
        SortColumn::Changed,
    ];

    pub fn next(self) -> SortColumn {
        let i = Self::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    pub fn label(self, t: Texts) -> String {
        let id = match self {
            SortColumn::Title => "tui-library-sort-title",
            SortColumn::Slug => "tui-library-sort-slug",
            SortColumn::Status => "tui-library-sort-status",
            SortColumn::Lessons => "tui-library-sort-lessons",
            SortColumn::Gps => return "GPS".to_string(),
            SortColumn::Didatica => return "Didática".to_string(),
            SortColumn::Failed => "tui-library-sort-failed",
            SortColumn::Persona => "tui-library-sort-persona",
            SortColumn::Changed => "tui-library-sort-changed",
        };
        t.get(id)
    }

    /// Ascending order on this column; ties broken by title then slug so the order is total.
    pub fn compare(self, a: &LibraryRow, b: &LibraryRow) -> Ordering {
        let by_column = match self {
            SortColumn::Title => Ordering::Equal,
            SortColumn::Slug => a.slug.cmp(&b.slug),
            SortColumn::Status => a.status.cmp(&b.status),
            SortColumn::Lessons => a.lessons.cmp(&b.lessons),
            SortColumn::Gps => cmp_score(a.avg_gps, b.avg_gps),
            SortColumn::Didatica => cmp_score(a.avg_didatica, b.avg_didatica),
            SortColumn::Failed => a.failed.cmp(&b.failed),
            SortColumn::Persona => a.persona.cmp(&b.persona),
            SortColumn::Changed => a.changed.cmp(&b.changed),
        };
        by_column
            .then_with(|| a.search_key.cmp(&b.search_key))
            .then_with(|| a.slug.cmp(&b.slug))
    }
}

/// Unscored courses sort before every score.
fn cmp_score(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (a, b) => a.is_some().cmp(&b.is_some()),
    }
}
