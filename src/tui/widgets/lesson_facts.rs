//! `LessonFacts`: what the course and lesson screens show about one lesson, read once from the
//! stored row (scores, G/P/S presence, Didática elements, issues in reading order).
//! Pure derivation; must not do I/O.

use serde_json::Value;

use crate::domain::course::ValidationStatus;
use crate::domain::issue::{Issue, Severity};
use crate::domain::rubric::didatica::ELEMENTS;
use crate::i18n::{Lang, Texts};
use crate::storage::LessonRow;
use crate::tui::text::sanitize::sanitized;

/// Reading speed behind the duration estimate.
const WORDS_PER_MINUTE: u32 = 200;

/// Short display names of the seven Didática elements, in `ELEMENTS` order (they share a
/// narrow side panel with their bars).
const ELEMENT_LABELS: [&str; 7] = [
    "Hook emocional",
    "Conceitos",
    "Transição",
    "Reflexão",
    "Analogias",
    "Revisão",
    "Ação rápida",
];

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub label: &'static str,
    pub points: u32,
    pub max: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LessonFacts {
    pub lesson_id: String,
    pub title: String,
    pub module: Option<u32>,
    /// `None` until scored (always for a planned lesson).
    pub status: Option<ValidationStatus>,
    /// Listed in the curriculum, no content yet.
    pub planned: bool,
    /// The text is an offline provider's draft: shown as such, never as passed.
    pub draft: bool,
    pub gps_valid: bool,
    pub gps_points: u32,
    /// Goal, Position, Steps found.
    pub present: [bool; 3],
    pub didatica_points: u32,
    pub elements: Vec<Element>,
    pub bloom: String,
    pub editorial: String,
    pub words: u32,
    pub minutes: u32,
    /// Errors first, then warnings, then hints; by line within each.
    pub issues: Vec<Issue>,
}

impl LessonFacts {
    pub fn new(row: &LessonRow) -> LessonFacts {
        let r = &row.record;
        let score = r.score.as_ref();
        let details = score.map(|s| &s.details);
        let gps_flag = |key: &str| {
            details
                .and_then(|d| d.pointer(&format!("/gps/{key}")))
                .and_then(Value::as_bool)
        };
        let gps_valid = score.is_some_and(|s| s.gps_valid);
        let present =
            ["has_goal", "has_position", "has_steps"].map(|k| gps_flag(k).unwrap_or(gps_valid));
        let elements = ELEMENTS
            .iter()
            .zip(ELEMENT_LABELS)
            .map(|((key, max, _), label)| Element {
                label,
                max: *max,
                points: details
                    .and_then(|d| d.pointer(&format!("/didatica/element_scores/{key}")))
                    .and_then(Value::as_u64)
                    .map_or(0, |p| p as u32),
            })
            .collect();
        let mut issues: Vec<Issue> = score.map(|s| s.issues.clone()).unwrap_or_default();
        issues.sort_by_key(|i| (i.severity, i.line_start.unwrap_or(u32::MAX)));
        for issue in &mut issues {
            issue.message = sanitized(&issue.message);
            issue.hint = sanitized(&issue.hint);
            issue.code = sanitized(&issue.code);
        }
        LessonFacts {
            lesson_id: sanitized(&r.lesson_id),
            title: sanitized(&r.title),
            module: r.module_number,
            status: score.map(|s| s.validation_status),
            planned: r.content_markdown.is_none(),
            draft: row.is_draft(),
            gps_valid,
            gps_points: score.map_or(0, |s| s.gps_points),
            present,
            didatica_points: score.map_or(0, |s| s.didatica_points),
            elements,
            bloom: sanitized(r.bloom_level.as_deref().unwrap_or("")),
            editorial: r.status.as_str().to_string(),
            words: r.word_count,
            minutes: r.word_count.div_ceil(WORDS_PER_MINUTE),
            issues,
        }
    }

    pub fn is_planned(&self) -> bool {
        self.planned
    }

    /// `✓ passed` … `· planned`, `◌ offline draft` whatever a draft scores, or `? not
    /// scored` for content that was never judged (English; [`LessonFacts::status_text_in`]
    /// in a language).
    pub fn status_text(&self) -> String {
        self.status_text_in(Texts::new(Lang::En))
    }

    /// [`LessonFacts::status_text`] in `t`'s language.
    pub fn status_text_in(&self, t: Texts) -> String {
        match (self.status, self.planned) {
            _ if self.draft => t.get("tui-widget-status-draft"),
            (None, false) => t.get("tui-widget-status-not-scored"),
            (status, _) => status_label_in(t, status),
        }
    }

    /// The style of [`LessonFacts::status_text`].
    pub fn status_style(&self, theme: &crate::tui::theme::Theme) -> ratatui::style::Style {
        if self.draft {
            theme.score_warn
        } else {
            status_style(self.status, theme)
        }
    }

    pub fn is_failing(&self) -> bool {
        self.status == Some(ValidationStatus::Failed)
    }

    /// Three-letter Bloom label (`Rem`, `App` …) for narrow columns.
    pub fn bloom_short(&self) -> String {
        self.bloom.chars().take(3).collect()
    }
}

/// `✗` error, `!` warning, `i` hint: the marker used in lists and in the gutter.
pub fn severity_marker(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

/// `✓ passed`, `! warning`, `✗ failed`, `· planned` in `t`'s language (`✓ aprovada`, `! aviso`,
/// `✗ reprovada`, `· planejada`).
pub fn status_label_in(t: Texts, status: Option<ValidationStatus>) -> String {
    t.get(match status {
        Some(ValidationStatus::Passed) => "tui-status-passed",
        Some(ValidationStatus::Warning) => "tui-status-warning",
        Some(ValidationStatus::Failed) => "tui-status-failed",
        None => "tui-widget-status-planned",
    })
}

/// The style that goes with a validation status (always next to its label or symbol).
pub fn status_style(
    status: Option<ValidationStatus>,
    theme: &crate::tui::theme::Theme,
) -> ratatui::style::Style {
    match status {
        Some(ValidationStatus::Passed) => theme.score_good,
        Some(ValidationStatus::Warning) => theme.score_warn,
        Some(ValidationStatus::Failed) => theme.failure,
        None => theme.dim,
    }
}

/// The colour of an issue's severity marker, shared by the course, lesson and review screens.
pub fn severity_style(
    severity: crate::domain::issue::Severity,
    theme: &crate::tui::theme::Theme,
) -> ratatui::style::Style {
    match severity {
        crate::domain::issue::Severity::Error => theme.failure,
        crate::domain::issue::Severity::Warning => theme.score_warn,
        crate::domain::issue::Severity::Info => theme.dim,
    }
}
