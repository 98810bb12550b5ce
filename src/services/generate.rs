//! Generating lessons: plan the lessons, record a job, run the generation layer's job runner,
//! and store each finished lesson — scored, with its generation metadata, its revision (the
//! replaced text stays in history; one action per run, so `undo` takes the run back), and its
//! job item marked done — in one transaction. Nothing partial is
//! stored: a failed, cancelled or broken stream leaves the previous content untouched.
//!
//! The CLI and the TUI both call [`start_generation`] and only consume the `JobEvent`s it
//! forwards (after they are stored) through the returned handle.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use serde_json::json;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::domain::said::Said;
use crate::generation::provider::{Timeouts, without_userinfo};
use crate::generation::{
    ApiKey, ErrorClass, JobEvent, LessonTask, Pricing, PromptTemplates, ProviderKind, RetryPolicy,
    RunSettings, spawn_job,
};
use crate::storage::{JobId, JobLock, NewJob, RevisionMeta, Store, StoreError};

use super::ServiceError;
pub use super::generate_plan::LessonSelection;
use super::generate_plan::{LessonPlan, plan_lessons};
pub(super) use super::generate_provider::build_provider;
pub use super::generate_resume::ExplicitChoice;
use super::generate_resume::{apply_recorded, record_switch};
use super::generate_save::{SaveRun, Saved, lesson_bases, save_lesson};

/// Everything a run needs; the CLI fills it from flags and config, the TUI from its settings.
#[derive(Debug, Clone)]
pub struct GenerateOptions {
    pub slug: String,
    /// The language of the comments lectern writes into a draft (the offline curriculum's
    /// header): the author's.
    pub texts: crate::i18n::Texts,
    pub selection: LessonSelection,
    pub provider: ProviderKind,
    pub model: Option<String>,
    pub base_url: Option<String>,
    /// The base URL came from `LECTERN_BASE_URL`: only then may it carry credentials
    /// (`user:password@`), which are still never stored or shown.
    pub base_url_from_env: bool,
    /// Read by the caller from the environment; never stored or printed.
    pub api_key: Option<ApiKey>,
    /// The variable the key comes from, named in errors.
    pub key_env: String,
    pub concurrency: usize,
    pub max_attempts: u32,
    pub retry: RetryPolicy,
    pub timeouts: Timeouts,
    pub max_tokens: u32,
    pub temperature: f32,
    /// `<config dir>/prompts`: template overrides.
    pub prompt_dir: Option<PathBuf>,
    /// `<config dir>/pricing.toml`: price overrides.
    pub pricing_file: Option<PathBuf>,
    /// A one-line author instruction added to every prompt of this run.
    pub instruction: Option<String>,
    /// Which of these the person chose by flag (a resume keeps the job's otherwise).
    pub explicit: ExplicitChoice,
}

impl GenerateOptions {
    pub fn model(&self) -> String {
        self.model
            .clone()
            .unwrap_or_else(|| self.provider.default_model().to_string())
    }
}

/// A running generation: stored events arrive on `events`, `cancel` stops it.
pub struct GenerationHandle {
    pub job: JobId,
    /// Interrupted jobs of the course this run closed (a `--resume` would no longer apply).
    pub superseded: Vec<JobId>,
    pub lessons: Vec<String>,
    /// Lessons left out because the offline provider never replaces a person's, an import's
    /// or a real model's text (it only fills planned lessons and its own drafts).
    pub skipped: Vec<String>,
    pub events: mpsc::UnboundedReceiver<JobEvent>,
    pub cancel: CancellationToken,
    saver: JoinHandle<()>,
}

impl GenerationHandle {
    /// Waits for the saving thread after the `Finished` event (it has nothing left to write).
    pub fn join(self) {
        let _ = self.saver.join();
    }
}

/// One rendered prompt (`lectern generate --show-prompt`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RenderedPrompt {
    pub lesson_id: String,
    pub system: String,
    pub prompt: String,
}

/// The exact first-attempt prompts a run would send, without calling anything.
pub fn show_prompts(
    store: &Store,
    opts: &GenerateOptions,
) -> Result<Vec<RenderedPrompt>, ServiceError> {
    let plan = plan_lessons(
        &store.read(),
        &opts.slug,
        &opts.selection,
        opts.instruction.as_deref(),
    )?;
    let templates = templates(opts)?;
    Ok(plan
        .specs
        .iter()
        .map(|spec| RenderedPrompt {
            lesson_id: spec.lesson_id.clone(),
            system: templates.system(spec),
            prompt: templates.lesson(spec, &[], 1),
        })
        .collect())
}

/// Plans the run, records (or resumes) its job, and starts it on the current tokio runtime.
/// Opens its own connection to `db`, which a background thread then owns for saving.
pub fn start_generation(
    db: &Path,
    opts: &GenerateOptions,
) -> Result<GenerationHandle, ServiceError> {
    let (mut store, _) = Store::open(db)?;
    // Only the lock's holder may plan, run or resume the course's job, so every job found
    // unfinished while holding it was left by a process that is gone.
    let course = store.read().require_course(&opts.slug)?.id;
    let lock = take_generation_lock(&store, course, &opts.slug)?;
    let mut resolved = opts.clone();
    let resumed = match opts.selection.resume {
        true => store.read().unfinished_job(course)?,
        false => None,
    };
    let switch = match &resumed {
        Some(job) => apply_recorded(job, &mut resolved)?,
        None => None,
    };
    let opts = &resolved;
    if !opts.selection.resume && !opts.explicit.allow_unapproved {
        super::generate_plan::check_approval(
            &store.read(),
            &store.read().require_course(&opts.slug)?,
        )?;
    }
    let provider = build_provider(opts)?;
    let templates = templates(opts)?;
    let pricing =
        Pricing::load(opts.pricing_file.as_deref()).map_err(|e| ServiceError::refused(e.said()))?;
    let plan = plan_lessons(
        &store.read(),
        &opts.slug,
        &opts.selection,
        opts.instruction.as_deref(),
    )?;
    let model = opts.model();
    let mut plan = plan;
    let skipped = if opts.provider == ProviderKind::Offline {
        super::offline_guard::keep_offline_fillable(&store, &mut plan)?
    } else {
        Vec::new()
    };
    let (job, superseded) = record_job(&mut store, &plan, opts, &model)?;
    if let Some(switch) = &switch {
        record_switch(&mut store, job, switch)?;
    }
    // What each lesson holds as the model starts: its answer replaces only that text.
    let bases = lesson_bases(&store, plan.course.id, &plan.specs)?;
    let meta = RevisionMeta::generated(opts.provider.as_str(), &model);
    let lessons: Vec<String> = plan.specs.iter().map(|s| s.lesson_id.clone()).collect();
    let cancel = CancellationToken::new();
    let settings = RunSettings {
        model,
        max_tokens: opts.max_tokens,
        temperature: opts.temperature,
        max_attempts: opts.max_attempts,
        concurrency: opts.concurrency,
        retry: opts.retry,
        rubric: plan.rubric,
    };
    let tasks = plan
        .specs
        .into_iter()
        .map(|spec| LessonTask { spec })
        .collect();
    let runner_events = spawn_job(
        provider,
        templates,
        pricing,
        tasks,
        settings,
        cancel.clone(),
    );
    let (tx, rx) = mpsc::unbounded_channel();
    let run = SaveRun {
        course: plan.course.id,
        slug: plan.course.slug.clone(),
        job,
        meta,
        bases,
        _lock: lock,
    };
    let saver = std::thread::Builder::new()
        .name("lectern-generation-saver".into())
        .spawn(move || save_events(store, run, runner_events, tx))
        .map_err(|e| {
            ServiceError::refused(Said::new("err-generate-saving-thread").with("error", &e))
        })?;
    Ok(GenerationHandle {
        job,
        superseded,
        lessons,
        skipped,
        events: rx,
        cancel,
        saver,
    })
}

/// The course's generation lock, or a refusal naming the process that runs it.
pub(super) fn take_generation_lock(
    store: &Store,
    course: crate::storage::CourseId,
    slug: &str,
) -> Result<JobLock, ServiceError> {
    JobLock::acquire(store.path(), course)?.map_err(|owner| {
        let pid = if owner.pid.is_empty() {
            "?"
        } else {
            &owner.pid
        };
        ServiceError::refused(
            Said::new("err-generate-running")
                .with("slug", slug)
                .with("pid", pid)
                .with("lock", &owner.lock_file),
        )
    })
}

pub(super) fn templates(opts: &GenerateOptions) -> Result<PromptTemplates, ServiceError> {
    PromptTemplates::load(opts.prompt_dir.as_deref()).map_err(|e| ServiceError::refused(e.said()))
}

/// The provider options a job records (a resume runs with them); never the API key, and the
/// base URL without credentials.
pub(super) fn job_settings(opts: &GenerateOptions) -> serde_json::Value {
    json!({
        "base_url": opts.base_url.as_deref().map(without_userinfo),
        "max_attempts": opts.max_attempts,
        "concurrency": opts.concurrency,
        "max_retries": opts.retry.max_retries,
    })
}

/// The job of this run and the interrupted jobs it closed.
fn record_job(
    store: &mut Store,
    plan: &LessonPlan,
    opts: &GenerateOptions,
    model: &str,
) -> Result<(JobId, Vec<JobId>), ServiceError> {
    if let Some(job) = plan.resumed_job {
        store.write(|repo| repo.set_job_status(job, "running"))?;
        return Ok((job, Vec::new()));
    }
    let job = NewJob {
        provider: opts.provider.as_str().to_string(),
        model: model.to_string(),
        settings: job_settings(opts),
        curriculum_sha256: plan.curriculum_sha256.clone(),
        lesson_ids: plan.specs.iter().map(|s| s.lesson_id.clone()).collect(),
    };
    let (id, closed) = store.write(|repo| {
        let closed = repo.close_unfinished_jobs(
            plan.course.id,
            "not done: the job was interrupted and a newer run replaced it",
        )?;
        Ok::<_, StoreError>((repo.create_job(plan.course.id, &job)?, closed))
    })?;
    Ok((id, closed))
}

/// What `lectern.log` keeps of a run: each lesson's end, failure or cancellation, and the
/// run's end (streamed chunks and attempts stay in the job's rows).
fn log_event(job: JobId, event: &JobEvent) {
    match event {
        JobEvent::LessonFinished { outcome } => tracing::info!(
            job = job.0,
            lesson = %outcome.lesson_id,
            gps = outcome.score.gps.score,
            didatica = outcome.score.didatica.score,
            attempts = outcome.attempts.len(),
            "lesson generated"
        ),
        JobEvent::Failed {
            lesson_id, message, ..
        } => tracing::info!(job = job.0, lesson = %lesson_id, "lesson failed: {message}"),
        JobEvent::Cancelled { lesson_id } => {
            tracing::info!(job = job.0, lesson = %lesson_id, "lesson cancelled")
        }
        JobEvent::Finished { .. } => tracing::info!(job = job.0, "generation run ended"),
        _ => {}
    }
}

/// The saving thread: stores what the runner reports, then forwards the event.
fn save_events(
    mut store: Store,
    run: SaveRun,
    mut events: mpsc::UnboundedReceiver<JobEvent>,
    out: mpsc::UnboundedSender<JobEvent>,
) {
    let job = run.job;
    let mut cancelled = false;
    while let Some(event) = events.blocking_recv() {
        log_event(job, &event);
        let event = match event {
            JobEvent::LessonFinished { outcome } => match save_lesson(&mut store, &run, &outcome) {
                Ok(Saved::Current) => JobEvent::LessonFinished { outcome },
                Ok(Saved::KeptBeside(message)) => JobEvent::Failed {
                    lesson_id: outcome.lesson_id.clone(),
                    class: ErrorClass::Save,
                    message,
                    attempts: outcome.attempts.len() as u32,
                },
                Err(e) => JobEvent::Failed {
                    lesson_id: outcome.lesson_id.clone(),
                    class: ErrorClass::Save,
                    message: format!("the lesson was generated but could not be saved: {e}"),
                    attempts: outcome.attempts.len() as u32,
                },
            },
            JobEvent::Failed {
                lesson_id,
                class,
                message,
                attempts,
            } => {
                let saved = store.write(|repo| {
                    repo.finish_job_item(
                        job,
                        &lesson_id,
                        "failed",
                        &json!([]),
                        Some(&message),
                        None,
                    )
                });
                if let Err(e) = saved {
                    tracing::warn!("cannot record the failure of lesson {lesson_id}: {e}");
                }
                JobEvent::Failed {
                    lesson_id,
                    class,
                    message,
                    attempts,
                }
            }
            JobEvent::Cancelled { lesson_id } => {
                cancelled = true;
                JobEvent::Cancelled { lesson_id }
            }
            JobEvent::Finished { totals } => {
                // A cancelled job stays resumable; a finished one is closed.
                let status = if cancelled { "cancelled" } else { "finished" };
                if let Err(e) = store.write(|repo| repo.set_job_status(job, status)) {
                    tracing::warn!("cannot close generation job {}: {e}", job.0);
                }
                JobEvent::Finished { totals }
            }
            other => other,
        };
        let _ = out.send(event);
    }
}
