//! The typed events a generation job emits, and what a finished lesson carries. Front ends
//! (CLI, TUI) and the persistence service only consume these.

use serde::Serialize;

use super::provider::{ErrorClass, ProviderKind, Usage};
use crate::domain::course::ValidationStatus;
use crate::domain::rubric::LessonScore;

/// Something that happened in a job, in the order it happened for each lesson.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum JobEvent {
    /// An attempt at a lesson began (attempt 1, or a regeneration after a failing score).
    Started { lesson_id: String, attempt: u32 },
    /// Text arrived.
    Chunk {
        lesson_id: String,
        attempt: u32,
        text: String,
    },
    /// A request failed in a way worth repeating; the next try starts after `delay_ms`.
    Retried {
        lesson_id: String,
        attempt: u32,
        retry: u32,
        class: ErrorClass,
        message: String,
        delay_ms: u64,
    },
    /// One attempt's answer was judged by the rubric.
    AttemptScored {
        lesson_id: String,
        #[serde(flatten)]
        summary: AttemptSummary,
    },
    /// The lesson is done; the best attempt is in `outcome`.
    LessonFinished { outcome: Box<LessonOutcome> },
    /// No attempt produced a complete answer.
    Failed {
        lesson_id: String,
        class: ErrorClass,
        message: String,
        attempts: u32,
    },
    /// Cancelled before it finished; nothing of it is kept.
    Cancelled { lesson_id: String },
    /// Every lesson has finished, failed or been cancelled.
    Finished { totals: JobTotals },
}

impl JobEvent {
    pub fn lesson_id(&self) -> Option<&str> {
        match self {
            JobEvent::Started { lesson_id, .. }
            | JobEvent::Chunk { lesson_id, .. }
            | JobEvent::Retried { lesson_id, .. }
            | JobEvent::AttemptScored { lesson_id, .. }
            | JobEvent::Failed { lesson_id, .. }
            | JobEvent::Cancelled { lesson_id } => Some(lesson_id),
            JobEvent::LessonFinished { outcome } => Some(&outcome.lesson_id),
            JobEvent::Finished { .. } => None,
        }
    }
}

/// How one attempt scored, kept for every attempt so the author sees what each retry changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttemptSummary {
    pub attempt: u32,
    pub status: ValidationStatus,
    pub gps_valid: bool,
    pub gps_points: u32,
    pub didatica_points: u32,
    pub failing_codes: Vec<String>,
    pub usage: Option<Usage>,
    pub retries: u32,
}

/// A generated lesson: the best-scoring attempt and what producing it cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonOutcome {
    pub lesson_id: String,
    pub provider: ProviderKind,
    pub model: String,
    pub text: String,
    pub score: LessonScore,
    /// Which attempt was kept (1-based).
    pub chosen_attempt: u32,
    pub attempts: Vec<AttemptSummary>,
    /// Summed over every attempt; `None` when a server did not report usage.
    pub usage: Option<Usage>,
    /// Summed over every attempt; `None` when any part is unknown (never shown as 0).
    pub cost_usd: Option<f64>,
    /// Repeated requests (network/server retries plus regenerations).
    pub retry_count: u32,
    pub duration_seconds: f64,
}

/// The end-of-job summary.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct JobTotals {
    pub lessons: u32,
    pub finished: u32,
    pub passed: u32,
    pub failed: u32,
    pub cancelled: u32,
    pub usage: Usage,
    /// `None` when the cost of any finished lesson is unknown.
    pub cost_usd: Option<f64>,
    pub duration_seconds: f64,
}
