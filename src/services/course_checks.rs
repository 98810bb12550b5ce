//! Course-level checks of a stored course for display (the TUI's course header): the brief's
//! completeness, Bloom progression, the pedagogical gate and curriculum ↔ files mismatches,
//! from the same `domain::checks::check_course` that `lectern validate` runs, fed with the
//! stored scores (nothing is re-scored). Pure over a loaded `CourseDetail`.

use serde_json::Value;

use crate::domain::bloom::ModuleProgression;
use crate::domain::checks::{CourseReport, LessonSummary, check_course};
use crate::domain::rubric::didatica::PASS_THRESHOLD;

use super::library::CourseDetail;
use super::validate::stored_curriculum_facts;

/// The course's Bloom progression in one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BloomVerdict {
    Logical,
    MinorIssues,
    Illogical,
    /// No lesson has a known Bloom level.
    Unknown,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CourseChecks {
    /// `brief_fields.completeness.percent` of the stored brief.
    pub brief_percent: Option<u32>,
    pub bloom: BloomVerdict,
    /// Both GPS and Didática pass rates ≥ 80 %.
    pub gate_passed: bool,
    /// Lessons listed in the curriculum with no content yet.
    pub planned_only: usize,
    pub report: CourseReport,
}

pub fn course_checks(detail: &CourseDetail) -> CourseChecks {
    let meta = detail.metadata.as_ref();
    let brief_percent = meta
        .and_then(|m| m.brief_fields.pointer("/completeness/percent"))
        .and_then(Value::as_f64)
        .map(|p| p.round().clamp(0.0, 100.0) as u32);
    let facts = stored_curriculum_facts(meta);
    let summaries: Vec<LessonSummary> = detail
        .lessons
        .iter()
        .filter(|l| l.record.content_markdown.is_some())
        .map(|l| {
            let score = l.record.score.as_ref();
            let dl = score.map_or(0, |s| s.didatica_points);
            LessonSummary {
                name: l.record.lesson_id.clone(),
                word_count: l.record.word_count as usize,
                gps_valid: score.is_some_and(|s| s.gps_valid),
                dl_score: dl,
                // An offline draft is a template, never a passing lesson.
                dl_passed: dl >= PASS_THRESHOLD && !l.is_draft(),
            }
        })
        .collect();
    let report = check_course(&summaries, &facts);
    let bloom = match &report.bloom {
        None => BloomVerdict::Unknown,
        Some(r)
            if r.modules
                .iter()
                .any(|m| m.status == ModuleProgression::Illogical) =>
        {
            BloomVerdict::Illogical
        }
        Some(r)
            if r.starts_high
                || r.ends_lower
                || r.modules
                    .iter()
                    .any(|m| m.status == ModuleProgression::MinorIssue) =>
        {
            BloomVerdict::MinorIssues
        }
        Some(_) => BloomVerdict::Logical,
    };
    CourseChecks {
        brief_percent,
        bloom,
        gate_passed: report.pedagogical.passed,
        planned_only: detail.lessons.len() - summaries.len(),
        report,
    }
}
