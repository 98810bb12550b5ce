//! Sync's merge decisions: where a text's head goes when a pushed revision meets the server's
//! head, and what happens to one scalar field changed on two replicas.
//!
//! Pure: texts and JSON values in, a decision out. The line merge itself is
//! [`crate::domain::merge::three_way_lines`]; SQL and the network live in storage and services.

use serde_json::Value;

use super::merge::{MergeLabels, MergeOutcome, three_way_lines};

/// What a pushed revision does to the server's head of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadDecision {
    /// The merge is the pushed text as it is (it already holds the head's changes).
    Advance,
    /// The merge is the head's text as it is (it already holds every pushed change).
    Keep,
    /// Both sides changed the text and their edits combine: a new revision with this text,
    /// two parents (the head and the pushed one), marked `merged`.
    Merge(String),
    /// Overlapping edits: the head stays, the pushed revision is kept beside it and a
    /// conflict is written down for a person.
    Conflict,
}

/// Decides a pushed revision's fate from the texts of the common ancestor (`None`: the two
/// share no history, merged against empty), the pushed revision (`mine`) and the head
/// (`theirs`).
pub fn decide_head(base: Option<&str>, mine: &str, theirs: &str) -> HeadDecision {
    let labels = MergeLabels {
        mine: "pushed",
        theirs: "server",
    };
    match three_way_lines(base.unwrap_or(""), mine, theirs, labels) {
        MergeOutcome::Clean(text) if text == theirs => HeadDecision::Keep,
        MergeOutcome::Clean(text) if text == mine => HeadDecision::Advance,
        MergeOutcome::Clean(text) => HeadDecision::Merge(text),
        MergeOutcome::Conflicted { .. } => HeadDecision::Conflict,
    }
}

/// What one pushed field change does to the server's value.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldDecision {
    /// Store the pushed value (the server still held the value it was changed from).
    Take,
    /// The server holds the pushed value already.
    Same,
    /// The server's value was changed the other way too: keep it, write down a conflict.
    Conflict,
}

/// `base` is the value the replica changed from, `new` what it changed to, `server` what the
/// server holds now (`Null` when the row or field is new to it).
pub fn decide_field(base: &Value, new: &Value, server: &Value) -> FieldDecision {
    if server == new {
        FieldDecision::Same
    } else if server == base || server.is_null() {
        FieldDecision::Take
    } else {
        FieldDecision::Conflict
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn edits_on_one_side_advance_or_keep() {
        assert_eq!(
            decide_head(Some("a\n"), "b\n", "a\n"),
            HeadDecision::Advance
        );
        assert_eq!(decide_head(Some("a\n"), "a\n", "b\n"), HeadDecision::Keep);
        assert_eq!(decide_head(Some("a\n"), "b\n", "b\n"), HeadDecision::Keep);
    }

    #[test]
    fn edits_on_different_lines_merge_and_overlaps_conflict() {
        let base = "um\ndois\ntrês\n";
        assert_eq!(
            decide_head(Some(base), "UM\ndois\ntrês\n", "um\ndois\nTRÊS\n"),
            HeadDecision::Merge("UM\ndois\nTRÊS\n".into())
        );
        assert_eq!(
            decide_head(Some(base), "um\nDOIS\ntrês\n", "um\nduo\ntrês\n"),
            HeadDecision::Conflict
        );
    }

    #[test]
    fn unrelated_texts_conflict_instead_of_one_winning() {
        assert_eq!(
            decide_head(None, "mine\n", "theirs\n"),
            HeadDecision::Conflict
        );
    }

    #[test]
    fn fields_merge_one_by_one() {
        assert_eq!(
            decide_field(&json!("a"), &json!("b"), &json!("a")),
            FieldDecision::Take
        );
        assert_eq!(
            decide_field(&json!("a"), &json!("b"), &json!("b")),
            FieldDecision::Same
        );
        assert_eq!(
            decide_field(&json!("a"), &json!("b"), &json!("c")),
            FieldDecision::Conflict
        );
        assert_eq!(
            decide_field(&Value::Null, &json!(1), &Value::Null),
            FieldDecision::Take
        );
    }
}
