//! The history screen's data between the sides (issue 12): whose history (a course's lesson,
//! brief or curriculum), one row per revision as the worker read it, a word diff ready to
//! draw, and what restore and undo answered. Plain data: must not depend on rendering.

/// Which text's history: `target` is a lesson id, `brief` or `curriculum` (the names the
/// history service and `lectern history` take).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HistoryTarget {
    pub slug: String,
    pub target: String,
}

impl HistoryTarget {
    pub fn new(slug: &str, target: &str) -> HistoryTarget {
        HistoryTarget {
            slug: slug.to_string(),
            target: target.to_string(),
        }
    }
}

/// One revision, as a row of the history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub id: String,
    /// How long ago, from the worker's clock ("now", "5 min", "3 h", "2 d").
    pub age: String,
    /// `imported`, `edited`, `generated`, `restored`, `undo` …
    pub source: String,
    /// Provider and model for generated text ("openai gpt-4o"), else empty.
    pub made_by: String,
    pub author: String,
    /// Whose text it is: `person`, `imported`, `generated`, `offline-draft` …
    pub origin: String,
    /// GPS in points of 30 and Didática in points of 100, for lessons.
    pub gps: Option<u32>,
    pub didatica: Option<u32>,
    pub added: u32,
    pub removed: u32,
}

/// What a diff compares the selected revision with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffBase {
    /// The revision before it (its parent): what this revision changed.
    Previous,
    /// The current text: what changed since.
    Current,
}

/// A piece of a diff line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffSpan {
    Same(String),
    Removed(String),
    Added(String),
}

/// One line of a word diff: its number in the newer text (`None` for a line only the older
/// text had) and its pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffRow {
    pub line: Option<usize>,
    pub spans: Vec<DiffSpan>,
}

/// A word diff ready to draw: changed lines with context, `None` where unchanged lines were
/// skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryDiff {
    /// "0193ab12 → current", "(nothing) → 0193ab12".
    pub title: String,
    pub rows: Vec<Option<DiffRow>>,
}
