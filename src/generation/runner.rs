//! The job runner: one tokio task per lesson under a concurrency limit, each request retried
//! with backoff, each answer scored, a failing lesson regenerated with its failing issues fed
//! back (up to `max_attempts`, keeping the best attempt), all of it cancellable through one
//! `CancellationToken`. It reports through `JobEvent`s only and never stores anything.

use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use super::job::{AttemptSummary, JobEvent, JobTotals, LessonOutcome};
use super::pricing::Pricing;
use super::prompt::{LessonSpec, PromptTemplates};
use super::provider::{Completion, CompletionRequest, ErrorClass, Provider, ProviderError, Usage};
use super::retry::RetryPolicy;
use crate::domain::course::ValidationStatus;
use crate::domain::issue::{Issue, Severity};
use crate::domain::rubric::{LessonScore, Rubric, score_lesson};

/// One lesson to generate.
#[derive(Debug, Clone)]
pub struct LessonTask {
    pub spec: LessonSpec,
}

#[derive(Debug, Clone)]
pub struct RunSettings {
    pub model: String,
    pub max_tokens: u32,
    pub temperature: f32,
    /// Attempts per lesson when the answer fails the rubric (1 = no regeneration).
    pub max_attempts: u32,
    pub concurrency: usize,
    pub retry: RetryPolicy,
    pub rubric: Rubric,
}

/// Everything the lesson tasks share.
struct Shared {
    provider: Arc<dyn Provider>,
    templates: PromptTemplates,
    pricing: Pricing,
    settings: RunSettings,
    events: mpsc::UnboundedSender<JobEvent>,
    cancel: CancellationToken,
}

/// How one lesson ended.
enum Ending {
    Finished(Box<LessonOutcome>),
    Failed,
    Cancelled,
}

/// Why a request loop stopped without an answer.
enum Stop {
    Cancelled,
    Failed(ProviderError),
}

/// Starts the job on the current tokio runtime. Events arrive on the returned receiver; the
/// last one is always `Finished`.
pub fn spawn_job(
    provider: Arc<dyn Provider>,
    templates: PromptTemplates,
    pricing: Pricing,
    tasks: Vec<LessonTask>,
    settings: RunSettings,
    cancel: CancellationToken,
) -> mpsc::UnboundedReceiver<JobEvent> {
    let (tx, rx) = mpsc::unbounded_channel();
    let shared = Arc::new(Shared {
        provider,
        templates,
        pricing,
        settings,
        events: tx,
        cancel,
    });
    tokio::spawn(run_all(shared, tasks));
    rx
}

async fn run_all(shared: Arc<Shared>, tasks: Vec<LessonTask>) {
    let started = Instant::now();
    let semaphore = Arc::new(Semaphore::new(shared.settings.concurrency.max(1)));
    let mut set = JoinSet::new();
    let mut totals = JobTotals {
        lessons: tasks.len() as u32,
        cost_usd: Some(0.0),
        ..JobTotals::default()
    };
    // Permits are taken here, in curriculum order, so lessons start in the order authors
    // expect (and a resumed job continues where the interrupted one was).
    for task in tasks {
        let permit = tokio::select! {
            _ = shared.cancel.cancelled() => None,
            permit = Arc::clone(&semaphore).acquire_owned() => permit.ok(),
        };
        let Some(permit) = permit else {
            shared.emit(JobEvent::Cancelled {
                lesson_id: task.spec.lesson_id,
            });
            totals.cancelled += 1;
            continue;
        };
        let shared = Arc::clone(&shared);
        set.spawn(async move {
            let ending = run_lesson(&shared, task.spec).await;
            drop(permit);
            // Emitted from the task itself so a finished lesson is saved without waiting
            // for the others.
            if let Ending::Finished(outcome) = &ending {
                shared.emit(JobEvent::LessonFinished {
                    outcome: outcome.clone(),
                });
            }
            ending
        });
    }
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok(Ending::Finished(outcome)) => {
                totals.finished += 1;
                if outcome.score.status != ValidationStatus::Failed {
                    totals.passed += 1;
                }
                if let Some(u) = outcome.usage {
                    totals.usage.add(u);
                }
                totals.cost_usd = totals.cost_usd.zip(outcome.cost_usd).map(|(a, b)| a + b);
            }
            Ok(Ending::Failed) => totals.failed += 1,
            Ok(Ending::Cancelled) => totals.cancelled += 1,
            // A panicking lesson task is a bug; count it as failed rather than hang the job.
            Err(_) => totals.failed += 1,
        }
    }
    totals.duration_seconds = started.elapsed().as_secs_f64();
    shared.emit(JobEvent::Finished { totals });
}

impl Shared {
    fn emit(&self, event: JobEvent) {
        // A closed receiver means nobody is listening any more; the work itself still ends.
        let _ = self.events.send(event);
    }

    fn request(&self, spec: &LessonSpec, feedback: &[Issue], attempt: u32) -> CompletionRequest {
        CompletionRequest {
            system: self.templates.system(spec),
            prompt: self.templates.lesson(spec, feedback, attempt),
            model: self.settings.model.clone(),
            max_tokens: self.settings.max_tokens,
            temperature: self.settings.temperature,
            lesson: Some(spec.clone()),
        }
    }

    /// One request, repeated on retryable failures; returns the answer and how many retries.
    async fn complete_with_retries(
        &self,
        request: &CompletionRequest,
        lesson_id: &str,
        attempt: u32,
    ) -> Result<(Completion, u32), Stop> {
        let sink = |text: &str| {
            self.emit(JobEvent::Chunk {
                lesson_id: lesson_id.to_string(),
                attempt,
                text: text.to_string(),
            });
        };
        let mut retry = 0;
        loop {
            let result = tokio::select! {
                _ = self.cancel.cancelled() => return Err(Stop::Cancelled),
                result = self.provider.complete(request, &sink) => result,
            };
            let err = match result {
                Ok(completion) => return Ok((completion, retry)),
                Err(err) => err,
            };
            retry += 1;
            let Some(delay) = self.settings.retry.next_delay(retry, &err) else {
                return Err(Stop::Failed(super::retry::give_up(err)));
            };
            self.emit(JobEvent::Retried {
                lesson_id: lesson_id.to_string(),
                attempt,
                retry,
                class: err.class,
                message: err.message.clone(),
                delay_ms: delay.as_millis() as u64,
            });
            tokio::select! {
                _ = self.cancel.cancelled() => return Err(Stop::Cancelled),
                _ = tokio::time::sleep(delay) => {}
            }
        }
    }
}

/// A finished attempt, kept while later attempts try to beat it.
struct Candidate {
    attempt: u32,
    text: String,
    score: LessonScore,
}

async fn run_lesson(shared: &Shared, spec: LessonSpec) -> Ending {
    let started = Instant::now();
    let lesson_id = spec.lesson_id.clone();
    let max_attempts = shared.settings.max_attempts.max(1);
    let mut best: Option<Candidate> = None;
    let mut feedback: Vec<Issue> = Vec::new();
    let mut attempts: Vec<AttemptSummary> = Vec::new();
    let mut usage: Option<Usage> = Some(Usage::default());
    let mut retries = 0;
    for attempt in 1..=max_attempts {
        shared.emit(JobEvent::Started {
            lesson_id: lesson_id.clone(),
            attempt,
        });
        let request = shared.request(&spec, &feedback, attempt);
        let (completion, request_retries) = match shared
            .complete_with_retries(&request, &lesson_id, attempt)
            .await
        {
            Ok(done) => done,
            Err(Stop::Cancelled) => {
                shared.emit(JobEvent::Cancelled { lesson_id });
                return Ending::Cancelled;
            }
            // A complete earlier attempt is still worth keeping.
            Err(Stop::Failed(_)) if best.is_some() => break,
            Err(Stop::Failed(err)) => {
                shared.emit(JobEvent::Failed {
                    lesson_id,
                    class: err.class,
                    message: err.message,
                    attempts: attempt,
                });
                return Ending::Failed;
            }
        };
        retries += request_retries + u32::from(attempt > 1);
        usage = usage.zip(completion.usage).map(|(mut a, b)| {
            a.add(b);
            a
        });
        // An empty, filtered or cut answer is a failed attempt: the next attempt gets another
        // chance, like a failing score, and the answer itself is never a candidate.
        if let Some(reason) = completion.rejection() {
            if attempt < max_attempts {
                shared.emit(JobEvent::Retried {
                    lesson_id: lesson_id.clone(),
                    attempt,
                    retry: request_retries + 1,
                    class: ErrorClass::BadResponse,
                    message: reason,
                    delay_ms: 0,
                });
                continue;
            }
            if best.is_some() {
                break;
            }
            shared.emit(JobEvent::Failed {
                lesson_id,
                class: ErrorClass::BadResponse,
                message: reason,
                attempts: attempt,
            });
            return Ending::Failed;
        }
        let score = score_lesson(&completion.text, shared.settings.rubric);
        let summary = AttemptSummary {
            attempt,
            status: score.status,
            gps_valid: score.gps.valid,
            gps_points: score.gps.score,
            didatica_points: score.didatica.score,
            failing_codes: failing(&score).iter().map(|i| i.code.clone()).collect(),
            usage: completion.usage,
            retries: request_retries,
        };
        shared.emit(JobEvent::AttemptScored {
            lesson_id: lesson_id.clone(),
            summary: summary.clone(),
        });
        attempts.push(summary);
        let passed = score.status != ValidationStatus::Failed;
        feedback = failing(&score);
        let candidate = Candidate {
            attempt,
            text: completion.text,
            score,
        };
        if best
            .as_ref()
            .is_none_or(|b| rank(&candidate.score) > rank(&b.score))
        {
            best = Some(candidate);
        }
        if passed {
            break;
        }
    }
    let Some(best) = best else {
        return Ending::Failed;
    };
    let model = shared.settings.model.clone();
    let cost_usd = shared.pricing.cost(&model, usage);
    Ending::Finished(Box::new(LessonOutcome {
        lesson_id,
        provider: shared.provider.kind(),
        model,
        text: best.text,
        score: best.score,
        chosen_attempt: best.attempt,
        attempts,
        usage,
        cost_usd,
        retry_count: retries,
        duration_seconds: started.elapsed().as_secs_f64(),
    }))
}

/// The issues fed back on a retry: the errors, or every finding when there is no error.
fn failing(score: &LessonScore) -> Vec<Issue> {
    let errors: Vec<Issue> = score
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .cloned()
        .collect();
    if errors.is_empty() && score.status == ValidationStatus::Failed {
        return score.issues.clone();
    }
    errors
}

/// Orders attempts: a passing status first, then a valid GPS, then the most points.
fn rank(score: &LessonScore) -> (u8, bool, u32) {
    let status = match score.status {
        ValidationStatus::Passed => 2,
        ValidationStatus::Warning => 1,
        ValidationStatus::Failed => 0,
    };
    (
        status,
        score.gps.valid,
        score.gps.score + score.didatica.score,
    )
}
