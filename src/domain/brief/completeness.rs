//! Completeness of the eight brief sections and the four messages of spec §6.3.
//!
//! Per section: the share of its bold-labelled answers that hold real text (no §6.5
//! placeholder). Sections answered in prose without labels count as filled with ≥ 15
//! meaningful words. `Filled` at ≥ 75 %, `Placeholder` when present but below, `Missing` when
//! the heading is absent. Overall = floor of the mean of the eight percentages.

use super::markdown::{Block, fields};
use super::model::{Completeness, ParsedBrief, SectionCompleteness, SectionStatus};
use super::placeholder::{has_placeholder, meaningful_words};
use crate::domain::issue::{Issue, Severity};

pub(super) fn completeness(sections: &[Block<'_>]) -> Completeness {
    let list: Vec<SectionCompleteness> = (1..=8u8)
        .map(|n| match sections.iter().find(|s| s.number() == Some(n)) {
            Some(block) => section(n, block),
            None => SectionCompleteness {
                number: n,
                heading: None,
                line: None,
                status: SectionStatus::Missing,
                filled_fields: 0,
                total_fields: 0,
                percent: 0,
            },
        })
        .collect();
    let sum: u32 = list.iter().map(|s| u32::from(s.percent)).sum();
    Completeness {
        percent: u8::try_from(sum / 8).unwrap_or(100),
        sections: list,
    }
}

fn section(number: u8, block: &Block<'_>) -> SectionCompleteness {
    let answers = fields(&block.body);
    let total = u32::try_from(answers.len()).unwrap_or(u32::MAX);
    let filled = u32::try_from(answers.iter().filter(|f| is_filled(&f.value)).count()).unwrap_or(0);
    // No labelled answers at all: a prose section counts as filled with enough real words.
    let percent = (filled * 100).checked_div(total).unwrap_or_else(|| {
        if meaningful_words(&block.text()) >= 15 {
            100
        } else {
            0
        }
    });
    SectionCompleteness {
        number,
        heading: Some(block.heading.to_string()),
        line: Some(block.line),
        status: if percent >= 75 {
            SectionStatus::Filled
        } else {
            SectionStatus::Placeholder
        },
        filled_fields: filled,
        total_fields: total,
        percent: u8::try_from(percent).unwrap_or(100),
    }
}

/// An answer counts when it has a meaningful word that is not on a placeholder line, and
/// either has no placeholder at all or also has a checked box / real text lines.
pub(super) fn is_filled(value: &str) -> bool {
    meaningful_words(value) > 0 && (!has_placeholder(value) || meaningful_words(value) >= 3)
}

/// The reference's four completeness messages (§6.3), located at the section heading.
pub(super) fn issues(brief: &ParsedBrief) -> Vec<Issue> {
    let line = |n: u8| {
        brief
            .completeness
            .sections
            .iter()
            .find(|s| s.number == n)
            .and_then(|s| s.line)
    };
    let mut out = Vec::new();
    if brief.title.as_deref().is_none_or(|t| t.chars().count() < 5) {
        out.push(issue(
            "BRIEF-TITLE",
            Severity::Error,
            "Section 1: Title is missing or too short",
            "fill **Título do Curso:** in section 1",
            line(1),
        ));
    }
    if brief.learning_objectives.is_empty() {
        out.push(issue(
            "BRIEF-OBJECTIVES",
            Severity::Error,
            "Section 3: No learning objectives defined",
            "list 5–10 numbered objectives under 3.2 Objetivos de Aprendizagem",
            line(3),
        ));
    }
    if brief.total_duration.is_none() {
        out.push(issue(
            "BRIEF-DURATION",
            Severity::Warning,
            "Section 1: Total duration not specified",
            "tick or write the total duration under 1.2",
            line(1),
        ));
    }
    if brief.icp.pains.is_none() {
        out.push(issue(
            "BRIEF-PAINS",
            Severity::Warning,
            "Section 2: No pain points defined for ICP",
            "describe the pains under 2.2 Dores & Problemas",
            line(2),
        ));
    }
    out
}

fn issue(code: &str, severity: Severity, message: &str, hint: &str, line: Option<u32>) -> Issue {
    Issue {
        code: code.into(),
        severity,
        element: "brief".into(),
        message: message.into(),
        hint: hint.into(),
        line_start: line,
        line_end: line,
        args: Default::default(),
    }
}
