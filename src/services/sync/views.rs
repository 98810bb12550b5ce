//! The open conflicts with the three texts a person compares — common ancestor, mine, theirs
//! — for the workbench's Conflicts screen (which adds word diffs) and `conflicts --json`-like
//! views. A field conflict shows its two values as text.

use serde::Serialize;
use serde_json::Value;

use crate::storage::Store;
use crate::storage::sync::{ConflictRecord, SyncError};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictView {
    pub record: ConflictRecord,
    /// `None`: the two sides share no earlier text (or a field conflict).
    pub ancestor: Option<String>,
    pub mine: String,
    pub theirs: String,
}

/// Every open conflict (of one course, or all), oldest first, with its texts.
pub fn conflict_views(store: &Store, course: Option<&str>) -> Result<Vec<ConflictView>, SyncError> {
    let repo = store.read();
    let mut out = Vec::new();
    for record in repo.sync_conflicts(true)? {
        if course.is_some_and(|c| c != record.course) {
            continue;
        }
        let text = |id: &Option<String>| -> Result<Option<String>, SyncError> {
            Ok(match id {
                Some(id) => repo.revision_text(id)?,
                None => None,
            })
        };
        let (ancestor, mine, theirs) = if record.field().is_some() {
            (
                None,
                value_text(&record.mine_value),
                value_text(&record.theirs_value),
            )
        } else {
            (
                text(&record.base_id)?,
                text(&record.mine_id)?.unwrap_or_default(),
                text(&record.theirs_id)?.unwrap_or_default(),
            )
        };
        out.push(ConflictView {
            record,
            ancestor,
            mine,
            theirs,
        });
    }
    Ok(out)
}

/// A field's JSON value as a person reads it: strings without quotes.
fn value_text(value: &Option<String>) -> String {
    let parsed = value
        .as_deref()
        .and_then(|v| serde_json::from_str::<Value>(v).ok());
    match parsed {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}
