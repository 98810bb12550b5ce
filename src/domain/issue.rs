//! An explained, located finding about a lesson or course: what was lost, where, what to do.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// One finding. `code` is stable and upper-case, prefixed by its rubric part (`GPS-`, `DL-`,
/// `COURSE-`, `IMPORT-` …); lines are 1-based and inclusive, `None` when not tied to a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    pub code: String,
    pub severity: Severity,
    /// The rubric element or area concerned (e.g. `goal`, `hook_emocional`, `curriculum`).
    pub element: String,
    pub message: String,
    pub hint: String,
    pub line_start: Option<u32>,
    pub line_end: Option<u32>,
}
