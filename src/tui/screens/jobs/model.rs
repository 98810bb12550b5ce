//! `JobProgress`: one generation run as the jobs panel shows it — each lesson's state,
//! streamed characters, attempt, elapsed time and cost so far — built only by reducing the
//! runner's `JobEvent`s (and the tick, for elapsed time), so it can be replayed in a test.
//!
//! Streamed text is sanitised here, as it arrives, so render never sees a control character.
//! Pure; must not do I/O.

use crate::domain::course::ValidationStatus;
use crate::generation::{JobEvent, Pricing, ProviderKind, Usage};
use crate::i18n::{Lang, Texts};
use crate::storage::JobId;
use crate::tui::message::jobs::{
    DocumentKind, DocumentSpent, JobKey, PlannedLesson, ScoreSnapshot,
};
use crate::tui::text::sanitize::sanitized;

/// Milliseconds of one runtime tick (elapsed time is counted in ticks, so tests replay it).
pub const TICK_MS: u64 = 250;

/// Money as the panel shows it: never 0 for "we do not know".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cost {
    /// The offline drafter: nothing is paid.
    Free,
    Usd(f64),
    /// A model without a price, or a server that did not report usage.
    Unknown,
}

impl Cost {
    pub fn plus(self, other: Cost) -> Cost {
        match (self, other) {
            (Cost::Unknown, _) | (_, Cost::Unknown) => Cost::Unknown,
            (Cost::Free, c) | (c, Cost::Free) => c,
            (Cost::Usd(a), Cost::Usd(b)) => Cost::Usd(a + b),
        }
    }

    /// The cost in English (`free`, `$0.0030`, `cost unknown`).
    pub fn label(self) -> String {
        self.label_in(Texts::new(Lang::En))
    }

    /// The cost in `t`'s language (`$0,0030`, `grátis` in pt-BR).
    pub fn label_in(self, t: Texts) -> String {
        match self {
            Cost::Free => t.get("tui-jobs-cost-free"),
            Cost::Usd(usd) if usd < 0.01 => format!("${}", t.number(usd, 4)),
            Cost::Usd(usd) => format!("${}", t.number(usd, 2)),
            Cost::Unknown => t.get("tui-jobs-cost-unknown"),
        }
    }

    /// The cost of `usage` on `model` for `provider`, as far as the price table knows it.
    pub fn of(
        provider: ProviderKind,
        model: &str,
        usage: Option<Usage>,
        pricing: Option<&Pricing>,
    ) -> Cost {
        if provider == ProviderKind::Offline {
            return Cost::Free;
        }
        match pricing.and_then(|p| p.cost(model, usage)) {
            Some(usd) => Cost::Usd(usd),
            None => Cost::Unknown,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum LessonState {
    Queued,
    Streaming,
    /// A request failed and is repeated after a pause.
    Retrying(String),
    /// The attempt's answer was scored; a regeneration may follow.
    Scored(ValidationStatus),
    Done(ValidationStatus),
    Failed(String),
    Cancelled,
}

impl LessonState {
    pub fn is_active(&self) -> bool {
        matches!(
            self,
            LessonState::Streaming | LessonState::Retrying(_) | LessonState::Scored(_)
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LessonProgress {
    pub lesson_id: String,
    pub title: String,
    pub state: LessonState,
    pub attempt: u32,
    /// Characters of the current attempt so far.
    pub chars: usize,
    pub expected_chars: usize,
    pub ticks: u64,
    /// Set when finished: the runner's measured duration replaces the tick count.
    pub seconds: Option<f64>,
    pub cost: Cost,
    /// The current attempt's text, sanitised, complete lines only.
    pub lines: Vec<String>,
    /// The line still arriving, raw and sanitised.
    partial: String,
    pub partial_shown: String,
    pub previous: Option<ScoreSnapshot>,
    pub result: Option<ScoreSnapshot>,
}

impl LessonProgress {
    pub fn new(planned: PlannedLesson) -> LessonProgress {
        LessonProgress {
            expected_chars: planned.expected_chars().max(1),
            lesson_id: planned.lesson_id,
            title: sanitized(&planned.title),
            state: LessonState::Queued,
            attempt: 0,
            chars: 0,
            ticks: 0,
            seconds: None,
            cost: Cost::Free,
            lines: Vec::new(),
            partial: String::new(),
            partial_shown: String::new(),
            previous: planned.previous,
            result: None,
        }
    }

    /// 0.0–1.0 for the gauge; a finished lesson is full whatever its length.
    pub fn ratio(&self) -> f64 {
        match self.state {
            LessonState::Done(_) => 1.0,
            _ => (self.chars as f64 / self.expected_chars as f64).clamp(0.0, 1.0),
        }
    }

    pub fn elapsed_seconds(&self) -> f64 {
        self.seconds
            .unwrap_or(self.ticks as f64 * TICK_MS as f64 / 1000.0)
    }

    fn restart(&mut self) {
        self.chars = 0;
        self.lines.clear();
        self.partial.clear();
        self.partial_shown.clear();
    }

    fn push_text(&mut self, text: &str) {
        self.chars += text.chars().count();
        self.partial.push_str(text);
        while let Some(end) = self.partial.find('\n') {
            let line: String = self.partial.drain(..=end).collect();
            self.lines
                .push(sanitized(line.trim_end_matches(['\n', '\r'])));
        }
        self.partial_shown = sanitized(&self.partial);
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum JobState {
    /// Asked for; the database has no job yet.
    Starting,
    Running,
    /// Cancel sent; waiting for the runner to stop.
    Cancelling,
    Finished,
    Cancelled,
    /// It could not start; the message says why.
    Refused(String),
    /// Found unfinished at start; Enter resumes it.
    Interrupted,
}

impl JobState {
    pub fn is_live(&self) -> bool {
        matches!(
            self,
            JobState::Starting | JobState::Running | JobState::Cancelling
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct JobProgress {
    pub key: JobKey,
    pub job: Option<JobId>,
    pub slug: String,
    pub course_title: String,
    pub provider: ProviderKind,
    pub model: String,
    pub instruction: Option<String>,
    pub state: JobState,
    pub lessons: Vec<LessonProgress>,
    /// A curriculum or research run (`C`/`M`) rather than lessons; it has no lesson rows.
    pub document: Option<DocumentKind>,
    /// The cost the dialog estimated when the run was confirmed, shown beside the actual.
    pub estimate: Option<Cost>,
    /// A document run's measured tokens and cost, once it ended.
    pub spent: Option<DocumentSpent>,
}

impl JobProgress {
    /// What the job has cost so far. Only the offline drafter is free: a model's job that
    /// has not finished a lesson yet has spent $0 so far, which is not "free".
    pub fn total_cost(&self) -> Cost {
        let start = match self.provider {
            ProviderKind::Offline => Cost::Free,
            _ => Cost::Usd(0.0),
        };
        if let Some(spent) = &self.spent
            && start != Cost::Free
        {
            return start.plus(spent.cost_usd.map_or(Cost::Unknown, Cost::Usd));
        }
        self.lessons
            .iter()
            .fold(start, |total, l| total.plus(l.cost))
    }

    /// Lessons done (stored), of all.
    pub fn done(&self) -> (usize, usize) {
        let done = self
            .lessons
            .iter()
            .filter(|l| matches!(l.state, LessonState::Done(_)))
            .count();
        (done, self.lessons.len())
    }

    pub fn lesson(&self, lesson_id: &str) -> Option<&LessonProgress> {
        self.lessons.iter().find(|l| l.lesson_id == lesson_id)
    }

    /// The database has the job: its lessons are now exactly these, in this order.
    pub fn started(&mut self, job: JobId, lessons: &[String]) {
        self.job = Some(job);
        if self.state == JobState::Starting {
            self.state = JobState::Running;
        }
        let mut known = std::mem::take(&mut self.lessons);
        self.lessons = lessons
            .iter()
            .map(|id| match known.iter().position(|l| &l.lesson_id == id) {
                Some(i) => known.swap_remove(i),
                None => LessonProgress::new(PlannedLesson {
                    lesson_id: id.clone(),
                    title: String::new(),
                    minutes: None,
                    previous: None,
                }),
            })
            .collect();
    }

    /// One runner event. Returns the lesson id when a lesson was stored (the screens reload).
    pub fn apply(&mut self, event: &JobEvent, pricing: Option<&Pricing>) -> Option<String> {
        let (provider, model) = (self.provider, self.model.clone());
        if let JobEvent::Finished { .. } = event {
            let cancelled = self.state == JobState::Cancelling
                || self
                    .lessons
                    .iter()
                    .any(|l| l.state == LessonState::Cancelled);
            self.state = if cancelled {
                JobState::Cancelled
            } else {
                JobState::Finished
            };
            return None;
        }
        let lesson_id = event.lesson_id()?;
        let lesson = self.lessons.iter_mut().find(|l| l.lesson_id == lesson_id)?;
        match event {
            JobEvent::Started { attempt, .. } => {
                lesson.attempt = *attempt;
                lesson.state = LessonState::Streaming;
                lesson.restart();
            }
            JobEvent::Chunk { text, .. } => {
                lesson.state = LessonState::Streaming;
                lesson.push_text(text);
            }
            JobEvent::Retried { message, .. } => {
                lesson.state = LessonState::Retrying(sanitized(message));
                lesson.restart();
            }
            JobEvent::AttemptScored { summary, .. } => {
                lesson.state = LessonState::Scored(summary.status);
                let attempt = Cost::of(provider, &model, summary.usage, pricing);
                lesson.cost = if summary.attempt <= 1 {
                    attempt
                } else {
                    lesson.cost.plus(attempt)
                };
            }
            JobEvent::LessonFinished { outcome } => {
                lesson.state = LessonState::Done(outcome.score.status);
                lesson.seconds = Some(outcome.duration_seconds);
                lesson.cost = match outcome.cost_usd {
                    _ if provider == ProviderKind::Offline => Cost::Free,
                    Some(usd) => Cost::Usd(usd),
                    None => Cost::Unknown,
                };
                lesson.result = Some(ScoreSnapshot {
                    gps_points: outcome.score.gps.score,
                    didatica_points: outcome.score.didatica.score,
                    status: outcome.score.status,
                });
                return Some(lesson_id.to_string());
            }
            JobEvent::Failed { message, .. } => {
                lesson.state = LessonState::Failed(sanitized(message));
            }
            JobEvent::Cancelled { .. } => lesson.state = LessonState::Cancelled,
            JobEvent::Finished { .. } => {}
        }
        None
    }

    /// A tick passed: active lessons count it towards their elapsed time.
    pub fn tick(&mut self) -> bool {
        let mut any = false;
        for lesson in &mut self.lessons {
            if lesson.state.is_active() {
                lesson.ticks += 1;
                any = true;
            }
        }
        any
    }
}
