//! The words the course screen puts next to a lesson, in the reader's language: its status
//! (`✓ passed` … `◌ offline draft`), its editorial status (full, and short for the tree's
//! 5-column cell), its Bloom level (glossary names in pt-BR, the curriculum's own word in
//! English, as before) and its module group's heading. Pure; must not do I/O.

use crate::domain::bloom::BloomLevel;
use crate::domain::course::ValidationStatus;
use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::widgets::lesson_facts::LessonFacts;

/// `✓ passed`, `! warning`, `✗ failed`, `· planned` (no status yet).
pub fn status_label(t: Texts, status: Option<ValidationStatus>) -> String {
    t.get(match status {
        Some(ValidationStatus::Passed) => "tui-course-status-passed",
        Some(ValidationStatus::Warning) => "tui-course-status-warning",
        Some(ValidationStatus::Failed) => "tui-course-status-failed",
        None => "tui-course-status-planned",
    })
}

/// The lesson's status as `LessonFacts::status_text` decides it, in `t`'s language.
pub fn status_text(t: Texts, f: &LessonFacts) -> String {
    match (f.status, f.planned) {
        _ if f.draft => t.get("tui-course-status-draft"),
        (None, false) => t.get("tui-course-status-not-scored"),
        (status, _) => status_label(t, status),
    }
}

/// The editorial status (`draft`, `reviewed` …); `cell`: the short form of the tree's column.
pub fn editorial(t: Texts, status: &str, cell: bool) -> String {
    let id = match (status, cell) {
        ("draft", false) => "tui-course-editorial-draft",
        ("reviewed", false) => "tui-course-editorial-reviewed",
        ("published", false) => "tui-course-editorial-published",
        ("archived", false) => "tui-course-editorial-archived",
        ("draft", true) => "tui-course-editorial-cell-draft",
        ("reviewed", true) => "tui-course-editorial-cell-reviewed",
        ("published", true) => "tui-course-editorial-cell-published",
        ("archived", true) => "tui-course-editorial-cell-archived",
        _ => return status.to_string(),
    };
    t.get(id)
}

/// The lesson's Bloom level: English shows the curriculum's word as written; pt-BR the
/// glossary's name when the word is one Bloom's parser knows, else the word as written.
pub fn bloom(t: Texts, written: &str) -> String {
    let level = match t.lang() {
        Lang::En => None,
        _ => BloomLevel::parse(written),
    };
    let Some(level) = level else {
        return written.to_string();
    };
    t.get(match level {
        BloomLevel::Remember => "tui-course-bloom-remember",
        BloomLevel::Understand => "tui-course-bloom-understand",
        BloomLevel::Apply => "tui-course-bloom-apply",
        BloomLevel::Analyze => "tui-course-bloom-analyze",
        BloomLevel::Evaluate => "tui-course-bloom-evaluate",
        BloomLevel::Create => "tui-course-bloom-create",
    })
}

/// Three letters of [`bloom`] (`App`, `Apl` …) for the tree's narrow column.
pub fn bloom_short(t: Texts, written: &str) -> String {
    bloom(t, written).chars().take(3).collect()
}

/// A module group's heading: the services name untitled modules and the lessons outside
/// every module in English; those are said in `t`'s language, curriculum titles as written.
pub fn module_heading(t: Texts, module: Option<u32>, title: &str) -> String {
    match module {
        None if title == crate::services::NOT_IN_CURRICULUM => {
            t.get("tui-course-not-in-curriculum")
        }
        None => t.get("tui-course-other-lessons"),
        // The services' English name, as `tui-course-module` says it in English.
        Some(n) if title == tr!(Texts::new(Lang::En), "tui-course-module", n = n) => {
            tr!(t, "tui-course-module", n = n)
        }
        Some(_) => title.to_string(),
    }
}
