//! `course_lessons.validation_issues` as stored: per issue only what varies from lesson to
//! lesson (code, message, lines). Severity, element and hint are the catalogue's for the code
//! (`domain::rubric::codes::CATALOG`) and are filled back in on read.
//!
//! Why: the hints repeated in every issue were 870 KB of the corpus's 1.7 MB of lesson text,
//! written, checked by `json_valid` and checkpointed on every import (≈ 5 % of its time).
//! Issues whose fields differ from the catalogue, and rows written before (full issues), are
//! kept and read exactly as they are. The message's values (`args`, for showing it in another
//! language) are kept when there are any.

use serde::{Deserialize, Serialize};

use crate::domain::issue::{Issue, IssueArgs, Severity};
use crate::domain::rubric::codes::CATALOG;

use super::StoreError;

#[derive(Serialize, Deserialize)]
struct StoredIssue<'a> {
    #[serde(borrow)]
    code: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    message: std::borrow::Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    severity: Option<Severity>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    element: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    hint: Option<std::borrow::Cow<'a, str>>,
    line_start: Option<u32>,
    line_end: Option<u32>,
    #[serde(default, skip_serializing_if = "IssueArgs::is_empty")]
    args: IssueArgs,
}

fn catalogue(code: &str) -> Option<(Severity, &'static str, &'static str)> {
    CATALOG
        .iter()
        .find(|(c, ..)| *c == code)
        .map(|&(_, severity, element, hint)| (severity, element, hint))
}

pub(super) fn issues_to_json(issues: &[Issue]) -> Result<String, StoreError> {
    let stored: Vec<StoredIssue<'_>> = issues
        .iter()
        .map(|i| {
            let from_catalogue = catalogue(&i.code).is_some_and(|(severity, element, hint)| {
                severity == i.severity && element == i.element && hint == i.hint
            });
            let keep = |text: &str| (!from_catalogue).then(|| text.to_owned().into());
            StoredIssue {
                code: i.code.as_str().into(),
                message: i.message.as_str().into(),
                severity: (!from_catalogue).then_some(i.severity),
                element: keep(&i.element),
                hint: keep(&i.hint),
                line_start: i.line_start,
                line_end: i.line_end,
                args: i.args.clone(),
            }
        })
        .collect();
    serde_json::to_string(&stored).map_err(|source| StoreError::Json {
        what: "validation_issues",
        source,
    })
}

pub(super) fn issues_from_json(text: &str) -> Result<Vec<Issue>, StoreError> {
    let stored: Vec<StoredIssue<'_>> =
        serde_json::from_str(text).map_err(|source| StoreError::Json {
            what: "validation_issues",
            source,
        })?;
    Ok(stored
        .into_iter()
        .map(|s| {
            // A code the catalogue no longer knows, stored compactly by an older lectern:
            // shown as information rather than refused.
            let (severity, element, hint) = catalogue(&s.code).unwrap_or((Severity::Info, "", ""));
            Issue {
                severity: s.severity.unwrap_or(severity),
                element: s
                    .element
                    .map_or_else(|| element.to_owned(), |e| e.into_owned()),
                hint: s.hint.map_or_else(|| hint.to_owned(), |h| h.into_owned()),
                code: s.code.into_owned(),
                message: s.message.into_owned(),
                line_start: s.line_start,
                line_end: s.line_end,
                args: s.args,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogued() -> Issue {
        let (code, severity, element, hint) = CATALOG[0];
        Issue {
            code: code.to_string(),
            severity,
            element: element.to_string(),
            message: "Sem \"Goal\" — 0/10".to_string(),
            hint: hint.to_string(),
            line_start: Some(3),
            line_end: Some(9),
            args: crate::domain::issue::args([("n", 2.into())]),
        }
    }

    #[test]
    fn catalogued_issues_are_stored_without_what_the_catalogue_says_and_read_back_whole() {
        let issues = vec![catalogued()];
        let json = issues_to_json(&issues).unwrap();
        assert!(
            !json.contains("hint") && !json.contains("severity"),
            "{json}"
        );
        assert_eq!(issues_from_json(&json).unwrap(), issues);
    }

    #[test]
    fn other_issues_and_rows_in_the_full_form_are_kept_as_they_are() {
        let mut changed = catalogued();
        changed.hint = "a hint of its own".to_string();
        // Rows in the full form below were written before issues carried values.
        changed.args.clear();
        let unknown = Issue {
            code: "IMPORT-SOMETHING".to_string(),
            severity: Severity::Warning,
            element: "files".to_string(),
            message: "m".to_string(),
            hint: "h".to_string(),
            line_start: None,
            line_end: None,
            args: IssueArgs::new(),
        };
        let issues = vec![changed, unknown];
        assert_eq!(
            issues_from_json(&issues_to_json(&issues).unwrap()).unwrap(),
            issues
        );
        // What lectern wrote before this format: every field in every issue.
        let full = serde_json::to_string(&issues).unwrap();
        assert_eq!(issues_from_json(&full).unwrap(), issues);
    }
}
