//! Storing one finished lesson of a generation run: scored, with its generation metadata,
//! its revision and its job item marked done, in one transaction — but only over the text
//! the lesson held when the run started (`storage::Repo::check_base`, the same check the CLI's
//! saves make). A lesson a person changed while the model was writing keeps the person's
//! text; the model's answer is kept in its history, not current, and reported.

use std::collections::HashMap;

use crate::domain::said::Said;
use crate::generation::{LessonOutcome, ProviderKind};
use crate::storage::{
    CourseId, GeneratedContent, JobId, RevisionMeta, SaveBase, Store, StoreError, Target,
};

use super::ServiceError;
use super::import_plan::score_record;

/// What the saving thread needs for every lesson of one run.
pub(super) struct SaveRun {
    pub(super) course: CourseId,
    pub(super) slug: String,
    pub(super) job: JobId,
    pub(super) meta: RevisionMeta,
    /// Lesson id → sha256 of its text when the run started.
    pub(super) bases: HashMap<String, String>,
    /// Held until the last lesson is stored: the run owns the course's job meanwhile.
    pub(super) _lock: crate::storage::JobLock,
}

/// Where a finished lesson's text went.
pub(super) enum Saved {
    /// It is the lesson's text now.
    Current,
    /// The lesson changed meanwhile: the text is in its history only; the message says so.
    KeptBeside(String),
}

/// The sha256 of each planned lesson's text now (empty text for a planned lesson).
pub(super) fn lesson_bases(
    store: &Store,
    course: CourseId,
    specs: &[crate::generation::LessonSpec],
) -> Result<HashMap<String, String>, ServiceError> {
    let repo = store.read();
    let mut bases = HashMap::new();
    for spec in specs {
        let target = Target::Lesson(spec.lesson_id.clone());
        bases.insert(
            spec.lesson_id.clone(),
            repo.current_sha256(course, &target)?,
        );
    }
    Ok(bases)
}

pub(super) fn save_lesson(
    store: &mut Store,
    run: &SaveRun,
    outcome: &LessonOutcome,
) -> Result<Saved, StoreError> {
    let (course, job) = (run.course, run.job);
    let target = Target::Lesson(outcome.lesson_id.clone());
    let meta = RevisionMeta {
        model: Some(outcome.model.clone()),
        provider: Some(outcome.provider.as_str().to_string()),
        ..run.meta.clone()
    };
    let score = score_record(&outcome.score);
    let attempts = serde_json::to_value(&outcome.attempts).map_err(|source| StoreError::Json {
        what: "job attempts",
        source,
    })?;
    store.write(|repo| {
        let (row_id, has_text, origin) =
            repo.lesson_slot(course, &outcome.lesson_id)?
                .ok_or_else(|| {
                    StoreError::Refused(
                        Said::new("err-save-lesson-gone").with("lesson", &outcome.lesson_id),
                    )
                })?;
        // Checked again here, in the saving transaction: a person may have saved the lesson
        // while the offline draft was being written.
        if outcome.provider == ProviderKind::Offline
            && has_text
            && !super::offline_guard::offline_may_replace(origin.as_deref())
        {
            return Err(StoreError::Refused(
                Said::new("err-save-offline-replaced").with("lesson", &outcome.lesson_id),
            ));
        }
        let base = run
            .bases
            .get(&outcome.lesson_id)
            .map_or(SaveBase::OnTop, |sha| SaveBase::Sha256(sha.clone()));
        let moved_on = match repo.check_base(course, &target, &base) {
            Ok(()) => None,
            Err(StoreError::Conflict(conflict)) => Some(conflict),
            Err(other) => return Err(other),
        };
        if let Some(conflict) = moved_on {
            let kept = repo.keep_beside_current(
                course,
                &target,
                &outcome.text,
                (Some(score.gps_fraction()), Some(score.didatica_fraction())),
                &meta,
            )?;
            let message = format!(
                "{conflict}; the generated text is kept in its history as revision {} (not \
                 current): see `lectern history {} {}`",
                kept.as_deref().unwrap_or("(same as current)"),
                run.slug,
                outcome.lesson_id
            );
            repo.finish_job_item(
                job,
                &outcome.lesson_id,
                "done",
                &attempts,
                Some(&message),
                outcome.cost_usd,
            )?;
            return Ok(Saved::KeptBeside(message));
        }
        repo.store_generated_content(
            row_id,
            &GeneratedContent {
                content_markdown: outcome.text.clone(),
                word_count: outcome.score.word_count as u32,
                provider: outcome.provider.as_str().to_string(),
                model: outcome.model.clone(),
                duration_seconds: outcome.duration_seconds,
                cost_usd: outcome.cost_usd,
                tokens_input: outcome.usage.map(|u| u.input_tokens),
                tokens_output: outcome.usage.map(|u| u.output_tokens),
                retry_count: outcome.retry_count,
            },
        )?;
        repo.update_scores(row_id, Some(&score))?;
        repo.record_revisions(course, std::slice::from_ref(&target), &meta)?;
        repo.finish_job_item(
            job,
            &outcome.lesson_id,
            "done",
            &attempts,
            None,
            outcome.cost_usd,
        )?;
        Ok(Saved::Current)
    })
}
