//! The data the TUI's generation feature passes around: what the app asks the runtime to do
//! (`GenerationRequest`), what comes back (`GenerationEvent`, the runner's `JobEvent`s after
//! they are stored, tagged with the TUI's own job key), what a screen asks of the jobs panel
//! (`JobsIntent`) and the settings a run starts from (`GenerationSettings`).
//!
//! Plain data: must not do I/O or depend on rendering.

use crate::domain::course::ValidationStatus;
use crate::generation::{JobEvent, Pricing};
use crate::services::{GenerateOptions, LessonSelection, UnfinishedGeneration};
use crate::storage::JobId;

/// The TUI's name for one run, given when the author asks for it (before the database has
/// a job id), so events and cancel requests find their row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobKey(pub u32);

/// What the app asks the runtime's generation bridge to do.
#[derive(Debug, Clone)]
pub enum GenerationRequest {
    /// Plan, record and run a job with these (complete) options.
    Start {
        key: JobKey,
        options: Box<GenerateOptions>,
    },
    /// Stop a running job; what is already stored stays.
    Cancel(JobKey),
    /// Look for jobs interrupted by a crash or a kill (once, at start).
    FindUnfinished,
    /// Generate and store a course-level document (`generate --curriculum|--research`);
    /// `replace` when the author confirmed replacing the existing one.
    Document {
        /// The panel's entry for the run (`x` cancels it through this key).
        key: JobKey,
        kind: DocumentKind,
        options: Box<GenerateOptions>,
        replace: bool,
    },
}

/// What the bridge reports back, as past-tense facts.
#[derive(Debug, Clone)]
pub enum GenerationEvent {
    /// The job is recorded and running over these lessons.
    JobStarted {
        key: JobKey,
        job: JobId,
        lessons: Vec<String>,
    },
    /// The job could not start (no key, no such lesson, changed curriculum …).
    JobRefused {
        key: JobKey,
        message: String,
    },
    /// One runner event, already stored when it is a finished lesson.
    Job {
        key: JobKey,
        event: Box<JobEvent>,
    },
    UnfinishedFound(Result<Vec<UnfinishedGeneration>, String>),
    /// A course-level document was stored (a one-line summary) or refused (why).
    DocumentDone {
        key: JobKey,
        slug: String,
        kind: DocumentKind,
        result: Result<String, String>,
        /// What the run measured, when it got as far as a job.
        usage: Option<DocumentSpent>,
    },
}

/// What a curriculum or research run spent, as its job recorded it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSpent {
    pub job: JobId,
    pub input_tokens: u64,
    pub output_tokens: u64,
    /// `None`: the model has no known price (never shown as 0).
    pub cost_usd: Option<f64>,
}

/// What a dialog's estimate is of: lessons (`g`, `R`, `r`) or a course-level document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EstimateKind {
    Lessons,
    Document(DocumentKind),
}

/// Ask the storage worker for the services' estimate of a run (`services::estimate_lessons`,
/// `estimate_curriculum`, `estimate_research`): tokens of the prompts the run would build ×
/// the pricing table, time from measured runs. Compared by kind and course only (requests
/// are compared to drop duplicates; two estimates for one dialog are duplicates).
#[derive(Debug, Clone)]
pub struct EstimateRequest {
    pub kind: EstimateKind,
    pub options: Box<GenerateOptions>,
}

impl PartialEq for EstimateRequest {
    fn eq(&self, other: &EstimateRequest) -> bool {
        self.kind == other.kind && self.options.slug == other.options.slug
    }
}

/// The course-level documents the course screen can generate from the brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// `C`: the curriculum (a replaced one is kept as a version).
    Curriculum,
    /// `M`: the four market-research reports.
    Research,
}

/// A document the author asked for, before confirmation.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentPlan {
    pub kind: DocumentKind,
    pub slug: String,
    pub course_title: String,
    /// The course already has one (it would be replaced).
    pub exists: bool,
}

/// A lesson's scores at one moment, to show what a generation changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreSnapshot {
    pub gps_points: u32,
    pub didatica_points: u32,
    pub status: ValidationStatus,
}

/// One lesson a requested run will write, as the course screen knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedLesson {
    pub lesson_id: String,
    pub title: String,
    /// From the curriculum; the prompt assumes 20 when it is missing.
    pub minutes: Option<u32>,
    /// Its scores before this run; `None` for a planned lesson.
    pub previous: Option<ScoreSnapshot>,
}

impl PlannedLesson {
    /// Words the prompt asks for (duration × 150, spec §7.3).
    pub fn word_target(&self) -> u32 {
        self.minutes.unwrap_or(DEFAULT_MINUTES).max(1) * WORDS_PER_MINUTE
    }

    /// Characters a complete answer is expected to have (the gauge's 100 %).
    pub fn expected_chars(&self) -> usize {
        self.word_target() as usize * CHARS_PER_WORD
    }
}

/// Which of the course screen's generation keys asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    /// `g`: every planned lesson.
    Planned,
    /// `R`: every failing lesson.
    Failing,
    /// `r`: the selected lesson, with an optional instruction.
    One,
}

/// A run the author asked for, before confirmation.
#[derive(Debug, Clone, PartialEq)]
pub struct RunPlan {
    pub kind: RunKind,
    pub slug: String,
    pub course_title: String,
    pub selection: LessonSelection,
    pub lessons: Vec<PlannedLesson>,
    /// Lessons of the run whose current text a person or an import wrote.
    pub replaced: Replaced,
}

/// Lessons a run would replace that hold a person's or an import's text: the confirm
/// dialogs say so before anything starts (issue 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Replaced {
    pub person: usize,
    pub imported: usize,
}

impl Replaced {
    /// Counts one lesson by whose text it holds (`origin`; a text with no recorded origin
    /// came from outside, as the history service counts it).
    pub fn count(&mut self, origin: Option<&str>, has_text: bool) {
        match origin {
            Some("person") if has_text => self.person += 1,
            Some("imported") | None if has_text => self.imported += 1,
            _ => {}
        }
    }
}

/// What a screen asks of the jobs panel.
#[derive(Debug, Clone, PartialEq)]
pub enum JobsIntent {
    /// Confirm (or, for one lesson, ask for an instruction) and start.
    Run(Box<RunPlan>),
    /// Cancel the job selected in the panel (the newest running one by default).
    CancelSelected,
    CancelAll,
    /// Confirm and generate a course-level document.
    Document(Box<DocumentPlan>),
}

/// Where runs start from: the configured options (slug and selection filled per run) and
/// the price table for estimates.
#[derive(Debug, Clone)]
pub struct GenerationSettings {
    /// An unusable configuration is reported when a run is asked for, not at start.
    pub options: Result<GenerateOptions, String>,
    pub pricing: Option<Pricing>,
}

impl GenerationSettings {
    /// The offline drafter with the shipped prices: what runs when nothing is configured.
    pub fn offline() -> GenerationSettings {
        GenerationSettings {
            options: Ok(GenerateOptions::offline()),
            pricing: Pricing::built_in().ok(),
        }
    }
}

/// Words per minute of lesson (spec §7.3), and characters per word of Portuguese prose with
/// Markdown, for the expected length behind the progress gauges.
const WORDS_PER_MINUTE: u32 = 150;
const CHARS_PER_WORD: usize = 6;
/// The duration assumed when the curriculum gives none (as the prompt does).
const DEFAULT_MINUTES: u32 = 20;
