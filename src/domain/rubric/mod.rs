//! Lesson scoring: the GPS and Didática Lendária rubrics in two flavours. `creatoros` (the
//! default) reproduces the CreatorOS reference exactly, quirks included; `strict` is lectern's
//! own, heading-aware reading of the same rules (see `docs/scoring.md`). Every lost point is
//! explained as a located `Issue`.
//!
//! Pure: takes the lesson text, returns values. No I/O, no clock.

pub mod codes;
pub mod creatoros;
pub mod didatica;
pub mod didatica_scan;
pub mod doc_scan;
pub mod explain;
mod explain_didatica;
pub mod gps;
pub mod literals;
pub mod markdown;
pub mod near_miss;
pub mod strict;

use std::fmt;
use std::str::FromStr;

use regex::Regex;
use serde::{Deserialize, Serialize};

pub use didatica::{DidaticaResult, ElementScores};
pub use gps::GpsResult;

use crate::domain::course::ValidationStatus;
use crate::domain::issue::{Issue, Severity};
use crate::domain::text::{normalize_newlines, word_count};

/// Which reading of the rules to apply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rubric {
    /// Exactly the CreatorOS reference (spec §1–§2), quirks included.
    #[default]
    Creatoros,
    /// Lectern's heading-aware variant.
    Strict,
}

impl Rubric {
    pub fn as_str(self) -> &'static str {
        match self {
            Rubric::Creatoros => "creatoros",
            Rubric::Strict => "strict",
        }
    }
}

impl fmt::Display for Rubric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rubric name that is neither `creatoros` nor `strict`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rubric `{0}` (expected creatoros or strict)")]
pub struct UnknownRubric(pub String);

impl FromStr for Rubric {
    type Err = UnknownRubric;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "creatoros" => Ok(Rubric::Creatoros),
            "strict" => Ok(Rubric::Strict),
            other => Err(UnknownRubric(other.to_owned())),
        }
    }
}

/// Everything lectern knows about one lesson's quality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonScore {
    pub rubric: Rubric,
    pub word_count: usize,
    pub gps: GpsResult,
    pub didatica: DidaticaResult,
    pub issues: Vec<Issue>,
    pub status: ValidationStatus,
}

/// Scores a lesson's text as read from disk (CRLF and lone CR are normalised to LF first, as
/// the reference's text-mode read did; nothing else is stripped).
pub fn score_lesson(text: &str, rubric: Rubric) -> LessonScore {
    let text = normalize_newlines(text);
    let text = text.as_ref();
    let (sections, subsections, dl_inputs) = match rubric {
        Rubric::Creatoros => {
            let sections = gps::locate_creatoros(text);
            let subs = sections.steps.as_ref().map_or(0, |s| {
                gps::creatoros_subsections(text.get(s.body.clone()).unwrap_or(""))
            });
            (sections, subs, creatoros::dl_inputs(text))
        }
        Rubric::Strict => {
            let doc = markdown::Outline::parse(text);
            let sections = strict::gps_sections(text, &doc);
            let subs = strict::steps_subsections(&doc, &sections);
            let inputs = strict::dl_inputs(&doc, &sections);
            (sections, subs, inputs)
        }
    };
    let gps = gps::evaluate(text, &sections, subsections);
    let didatica = didatica::score(text, dl_inputs);
    let issues = explain::explain(text, rubric, &sections, &gps, &didatica);
    let status = status(&gps, &didatica, &issues);
    LessonScore {
        rubric,
        word_count: word_count(text),
        gps,
        didatica,
        issues,
        status,
    }
}

/// `failed` when GPS is invalid or Didática is below 70; `warning` when it passes with
/// warnings; `passed` otherwise.
pub fn status(gps: &GpsResult, dl: &DidaticaResult, issues: &[Issue]) -> ValidationStatus {
    if !gps.valid || !dl.passed {
        ValidationStatus::Failed
    } else if !gps.warnings.is_empty() || issues.iter().any(|i| i.severity == Severity::Warning) {
        ValidationStatus::Warning
    } else {
        ValidationStatus::Passed
    }
}

/// Compiles a built-in pattern. The patterns are constants covered by tests, so a failure is a
/// programming error caught on first use in any test run.
pub(crate) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("built-in pattern {pattern:?}: {e}"))
}
