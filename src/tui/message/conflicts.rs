//! `ConflictEntry`: one open sync conflict as the conflicts screen shows it, read by the
//! storage worker and handed to the screen. Plain data; must not depend on screens.

use crate::tui::message::history::HistoryDiff;

/// One open conflict as the worker read it: both sides, their ancestor, and the word diffs
/// of each side against the ancestor (computed on the worker, never in the draw loop).
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictEntry {
    pub course: String,
    /// `lesson/1.2`, `brief`, or a field: `course#title`.
    pub target: String,
    pub mine_author: String,
    pub mine_at: String,
    pub theirs_author: String,
    pub theirs_at: String,
    /// `None`: the two sides share no earlier text.
    pub ancestor: Option<String>,
    pub mine: String,
    pub theirs: String,
    pub mine_diff: HistoryDiff,
    pub theirs_diff: HistoryDiff,
}
