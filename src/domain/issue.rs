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
    /// The values in `message`, by name, for saying it in another language (`src/i18n`). Not
    /// part of the JSON output, whose keys scripts rely on; storage keeps them on its own.
    #[serde(skip)]
    pub args: IssueArgs,
}

/// One value of an issue's message, kept beside the English text so a front end can say the
/// same thing in another language (the message files name each value; `docs/i18n.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IssueArg {
    Int(i64),
    Text(String),
    /// Items said one after the other (Bloom jumps): each is formatted with the message's
    /// `.item` attribute and the list joined with ", ".
    Items(Vec<IssueArgs>),
}

/// The values of an issue's message placeables, by name.
pub type IssueArgs = std::collections::BTreeMap<String, IssueArg>;

impl From<u32> for IssueArg {
    fn from(n: u32) -> IssueArg {
        IssueArg::Int(i64::from(n))
    }
}

impl From<usize> for IssueArg {
    fn from(n: usize) -> IssueArg {
        IssueArg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i32> for IssueArg {
    fn from(n: i32) -> IssueArg {
        IssueArg::Int(i64::from(n))
    }
}

impl From<i64> for IssueArg {
    fn from(n: i64) -> IssueArg {
        IssueArg::Int(n)
    }
}

impl From<&str> for IssueArg {
    fn from(s: &str) -> IssueArg {
        IssueArg::Text(s.to_owned())
    }
}

impl From<String> for IssueArg {
    fn from(s: String) -> IssueArg {
        IssueArg::Text(s)
    }
}

/// `args([("n", 3.into()), …])`: an [`IssueArgs`] from pairs.
pub fn args<const N: usize>(pairs: [(&str, IssueArg); N]) -> IssueArgs {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}
