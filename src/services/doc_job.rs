//! Curriculum and research runs as persisted generation jobs, like lesson runs: the course's
//! generation lock, a job of kind `curriculum` (one item) or `research` (one item per report)
//! recorded before any request, each item marked done or failed with its attempts, usage and
//! cost, and `--resume` continuing the course's newest unfinished job of that kind with the
//! settings it was started with. A research item is done when its report's accepted text is
//! in the job (inside its accepted attempt): the four reports are stored together once all
//! have arrived, so a resume only asks for the missing ones.

use serde_json::{Value, json};

use crate::domain::said::Said;
use crate::generation::{DocAttempt, Pricing, total_usage};
use crate::storage::{
    CourseRecord, JobId, JobItem, JobKind, JobLock, JobSummary, NewJob, Store, StoreError,
};

use super::ServiceError;
use super::authoring::Replace;
use super::generate::GenerateOptions;
use super::generate_resume::{apply_recorded, record_switch};

/// A doc run's job, held with the course's generation lock.
pub(super) struct DocJob {
    pub id: JobId,
    /// Items of the job in order, as recorded when the run began.
    pub items: Vec<JobItem>,
    /// How an existing document may be replaced (a resume keeps the job's choice).
    pub replace: Replace,
    _lock: JobLock,
}

impl DocJob {
    pub fn pending(&self) -> impl Iterator<Item = &str> {
        self.items
            .iter()
            .filter(|i| i.status != "done")
            .map(|i| i.lesson_id.as_str())
    }

    /// The accepted text a done item keeps in its last attempt.
    pub fn done_text(&self, item: &str) -> Option<String> {
        let found = self
            .items
            .iter()
            .find(|i| i.lesson_id == item && i.status == "done")?;
        found
            .attempts
            .as_array()?
            .last()?
            .get("text")?
            .as_str()
            .map(str::to_string)
    }
}

/// Records (or, with `--resume`, reopens) the course's `kind` job over `items`. A resume
/// sets `opts` to the job's recorded provider, model and settings.
pub(super) fn open_doc_job(
    store: &mut Store,
    course: &CourseRecord,
    kind: JobKind,
    items: &[&str],
    opts: &mut GenerateOptions,
    replace: Replace,
) -> Result<DocJob, ServiceError> {
    let lock = super::generate::take_generation_lock(store, course.id, &course.slug)?;
    if opts.selection.resume {
        let job = store
            .read()
            .unfinished_job_of_kind(course.id, kind)?
            .ok_or_else(|| {
                ServiceError::refused(
                    Said::new("err-generate-no-job-to-resume")
                        .with("slug", &course.slug)
                        .with("kind", kind.as_str()),
                )
            })?;
        if let Some(switch) = apply_recorded(&job, opts)? {
            record_switch(store, job.id, &switch)?;
        }
        if let Some(text) = job.settings["instruction"].as_str() {
            opts.instruction.get_or_insert_with(|| text.to_string());
        }
        let replace = match job.settings["replace"].as_bool() {
            Some(true) => Replace::KeepPrevious,
            _ => Replace::Refuse,
        };
        store.write(|repo| repo.set_job_status(job.id, "running"))?;
        tracing::info!(
            job = job.id.0,
            kind = kind.as_str(),
            "generation job resumed"
        );
        return Ok(DocJob {
            id: job.id,
            items: store.read().job_items(job.id)?,
            replace,
            _lock: lock,
        });
    }
    let job = NewJob {
        provider: opts.provider.as_str().to_string(),
        model: opts.model(),
        settings: {
            let mut settings = super::generate::job_settings(opts);
            settings["instruction"] = json!(opts.instruction);
            settings["replace"] = json!(replace != Replace::Refuse);
            settings
        },
        curriculum_sha256: None,
        lesson_ids: items.iter().map(|s| s.to_string()).collect(),
    };
    let id = store.write(|repo| {
        repo.close_unfinished_jobs_of_kind(
            course.id,
            kind,
            "not done: the job was interrupted and a newer run replaced it",
        )?;
        repo.create_job_of_kind(course.id, kind, &job)
    })?;
    tracing::info!(job = id.0, kind = kind.as_str(), course = %course.slug, "generation job started");
    Ok(DocJob {
        id,
        items: store.read().job_items(id)?,
        replace,
        _lock: lock,
    })
}

/// The attempts of an item as JSON, the accepted text kept in the last one when given.
pub(super) fn attempts_json(attempts: &[DocAttempt], text: Option<&str>) -> Value {
    let mut value = serde_json::to_value(attempts).unwrap_or_else(|_| json!([]));
    if let (Some(text), Some(last)) = (text, value.as_array_mut().and_then(|a| a.last_mut())) {
        last["text"] = json!(text);
    }
    value
}

/// The dollars `attempts` cost on `model`; `None` when the model or any usage is unknown.
pub(super) fn attempts_cost(
    pricing: &Pricing,
    model: &str,
    attempts: &[DocAttempt],
) -> Option<f64> {
    pricing.cost(model, total_usage(attempts))
}

/// Marks `item` of `job` done or failed (its own transaction).
pub(super) fn record_item(
    store: &mut Store,
    job: JobId,
    item: &str,
    outcome: Result<&Value, (&Value, &str)>,
    cost: Option<f64>,
) -> Result<(), ServiceError> {
    let (status, attempts, error) = match outcome {
        Ok(attempts) => ("done", attempts, None),
        Err((attempts, error)) => ("failed", attempts, Some(error)),
    };
    store.write(|repo| repo.finish_job_item(job, item, status, attempts, error, cost))?;
    // The log names the job by the same id the CLI and the jobs list show.
    tracing::info!(job = job.0, item, status, "document part {status}");
    Ok(())
}

/// Marks `item` failed with `error` and leaves the job resumable.
pub(super) fn fail_item(
    store: &mut Store,
    job: JobId,
    item: &str,
    attempts: &Value,
    error: &str,
    cost: Option<f64>,
) -> Result<(), ServiceError> {
    record_item(store, job, item, Err((attempts, error)), cost)?;
    leave_resumable(store, job);
    Ok(())
}

/// The newest `limit` generation jobs of every course and kind (lessons, curriculum,
/// research), newest first: the jobs panel's list, with the ids the CLI and the log show.
pub fn recent_jobs(store: &Store, limit: u32) -> Result<Vec<JobSummary>, ServiceError> {
    Ok(store.read().recent_jobs(limit)?)
}

/// Leaves `job` resumable after a failure or a cancel (`cancelled`; its undone items stay).
pub(super) fn leave_resumable(store: &mut Store, job: JobId) {
    if let Err(e) =
        store.write(|repo| -> Result<(), StoreError> { repo.set_job_status(job, "cancelled") })
    {
        tracing::warn!("cannot mark generation job {} cancelled: {e}", job.0);
    }
}
