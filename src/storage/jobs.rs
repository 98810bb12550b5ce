//! Generation jobs and their lessons (`generation_jobs`, `generation_job_items`), and writing a
//! generated lesson's content with its generation metadata. An item is marked done in the same
//! transaction as the lesson it produced, which is what makes `--resume` exact.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

use crate::domain::said::Said;

use super::job_list::JobKind;
use super::repo::{Repo, json_column};
use super::{CourseId, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct JobId(pub i64);

/// A job to record before any lesson is generated.
#[derive(Debug, Clone, PartialEq)]
pub struct NewJob {
    pub provider: String,
    pub model: String,
    /// Provider options worth showing later (base URL, attempts…). Never the API key.
    pub settings: Value,
    pub curriculum_sha256: Option<String>,
    pub lesson_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobRecord {
    pub id: JobId,
    pub status: String,
    pub provider: String,
    pub model: String,
    pub settings: Value,
    pub curriculum_sha256: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobItem {
    pub lesson_id: String,
    pub position: u32,
    /// `pending`, `done` or `failed`.
    pub status: String,
    pub attempts: Value,
    pub error: Option<String>,
    pub cost_usd: Option<f64>,
}

/// New content of a lesson and how it was produced (`course_lessons` generation columns).
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedContent {
    pub content_markdown: String,
    pub word_count: u32,
    pub provider: String,
    pub model: String,
    pub duration_seconds: f64,
    pub cost_usd: Option<f64>,
    pub tokens_input: Option<u64>,
    pub tokens_output: Option<u64>,
    pub retry_count: u32,
}

impl Repo<'_> {
    /// Records a running lesson job with one pending item per lesson, in the given order.
    pub fn create_job(&self, course: CourseId, job: &NewJob) -> Result<JobId, StoreError> {
        self.create_job_of_kind(course, JobKind::Lessons, job)
    }

    /// One job by id.
    pub fn job(&self, job: JobId) -> Result<JobRecord, StoreError> {
        self.conn()
            .query_row(
                "SELECT id, status, provider, model, settings, curriculum_sha256, created_at
                 FROM generation_jobs WHERE id = ?1",
                [job.0],
                job_from_row,
            )
            .optional()?
            .ok_or_else(|| {
                StoreError::Refused(Said::new("err-store-no-job").with("job", job.0.to_string()))
            })?
    }

    /// Replaces a job's settings (a resume records a switch of provider there).
    pub fn set_job_settings(&self, job: JobId, settings: &Value) -> Result<(), StoreError> {
        let text = serde_json::to_string(settings).map_err(|source| StoreError::Json {
            what: "job settings",
            source,
        })?;
        self.conn().execute(
            "UPDATE generation_jobs SET settings = ?2 WHERE id = ?1",
            params![job.0, text],
        )?;
        Ok(())
    }

    /// The newest lesson job of `course` that did not finish (killed, crashed or cancelled).
    pub fn unfinished_job(&self, course: CourseId) -> Result<Option<JobRecord>, StoreError> {
        self.unfinished_job_of_kind(course, JobKind::Lessons)
    }

    /// Closes every unfinished lesson job of `course` (one left `running` by a kill, or
    /// cancelled) before a new run starts, so a later `--resume` cannot repeat what the new run
    /// does. Their undone items are marked failed with `reason`. Returns the jobs closed.
    pub fn close_unfinished_jobs(
        &self,
        course: CourseId,
        reason: &str,
    ) -> Result<Vec<JobId>, StoreError> {
        self.close_unfinished_jobs_of_kind(course, JobKind::Lessons, reason)
    }

    /// Lessons of `course` that a lesson job newer than `job` has generated: a resume of `job`
    /// must not pay for them again.
    pub fn lessons_generated_after(
        &self,
        course: CourseId,
        job: JobId,
    ) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT i.lesson_id FROM generation_job_items i
             JOIN generation_jobs j ON j.id = i.job_id
             WHERE j.content_piece_id = ?1 AND j.kind = 'lessons' AND j.id > ?2
               AND i.status = 'done'",
        )?;
        let rows = stmt.query_map(params![course.0, job.0], |row| row.get(0))?;
        Ok(rows.collect::<Result<Vec<String>, _>>()?)
    }

    /// The items of a job in their planned order.
    pub fn job_items(&self, job: JobId) -> Result<Vec<JobItem>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT lesson_id, position, status, attempts, error, cost_usd
             FROM generation_job_items WHERE job_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([job.0], |row| {
            Ok((|| -> Result<JobItem, StoreError> {
                Ok(JobItem {
                    lesson_id: row.get(0)?,
                    position: row.get(1)?,
                    status: row.get(2)?,
                    attempts: json_column(row, 3, "job attempts")?,
                    error: row.get(4)?,
                    cost_usd: row.get(5)?,
                })
            })())
        })?;
        rows.map(|r| r?).collect()
    }

    /// Marks one item `done` or `failed` with its attempts, error and cost.
    pub fn finish_job_item(
        &self,
        job: JobId,
        lesson_id: &str,
        status: &str,
        attempts: &Value,
        error: Option<&str>,
        cost_usd: Option<f64>,
    ) -> Result<(), StoreError> {
        let attempts = serde_json::to_string(attempts).map_err(|source| StoreError::Json {
            what: "job attempts",
            source,
        })?;
        let changed = self.conn().execute(
            "UPDATE generation_job_items SET status = ?3, attempts = ?4, error = ?5,
                cost_usd = ?6, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             WHERE job_id = ?1 AND lesson_id = ?2",
            params![job.0, lesson_id, status, attempts, error, cost_usd],
        )?;
        if changed == 0 {
            return Err(StoreError::Refused(
                Said::new("err-store-job-no-lesson")
                    .with("job", job.0.to_string())
                    .with("lesson", lesson_id),
            ));
        }
        Ok(())
    }

    /// Sets a job's status (`running`, `cancelled`, `finished`).
    pub fn set_job_status(&self, job: JobId, status: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE generation_jobs SET status = ?2,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                finished_at = CASE WHEN ?2 = 'finished'
                    THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') ELSE finished_at END
             WHERE id = ?1",
            params![job.0, status],
        )?;
        Ok(())
    }

    /// Replaces a lesson's content and generation metadata (scores go through
    /// [`Repo::update_scores`] in the same transaction).
    pub fn store_generated_content(
        &self,
        row_id: i64,
        content: &GeneratedContent,
    ) -> Result<(), StoreError> {
        let changed = self.conn().execute(
            // `content_sha256` stays the imported file's hash (export fidelity); the
            // encoding is the one the export writes the generated text in.
            "UPDATE course_lessons SET content_markdown = ?2, word_count = ?3,
                source_encoding = 'utf-8', generation_provider = ?4,
                generation_model = ?5, generation_duration_seconds = ?6,
                generation_cost_usd = ?7, tokens_input = ?8, tokens_output = ?9,
                retry_count = ?10, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             WHERE id = ?1",
            params![
                row_id,
                content.content_markdown,
                content.word_count,
                content.provider,
                content.model,
                content.duration_seconds,
                content.cost_usd,
                content.tokens_input,
                content.tokens_output,
                content.retry_count,
            ],
        )?;
        if changed == 0 {
            return Err(StoreError::Refused(
                Said::new("err-store-no-lesson-row").with("row", row_id.to_string()),
            ));
        }
        Ok(())
    }

    /// The generation columns of a lesson row: provider, model, cost, tokens in/out, retries.
    pub fn generation_metadata(&self, row_id: i64) -> Result<GenerationMetadata, StoreError> {
        Ok(self.conn().query_row(
            "SELECT generation_provider, generation_model, generation_duration_seconds,
                generation_cost_usd, tokens_input, tokens_output, retry_count
             FROM course_lessons WHERE id = ?1",
            [row_id],
            |row| {
                Ok(GenerationMetadata {
                    provider: row.get(0)?,
                    model: row.get(1)?,
                    duration_seconds: row.get(2)?,
                    cost_usd: row.get(3)?,
                    tokens_input: row.get(4)?,
                    tokens_output: row.get(5)?,
                    retry_count: row.get(6)?,
                })
            },
        )?)
    }
}

pub(super) fn job_from_row(
    row: &rusqlite::Row<'_>,
) -> rusqlite::Result<Result<JobRecord, StoreError>> {
    Ok((|| -> Result<JobRecord, StoreError> {
        Ok(JobRecord {
            id: JobId(row.get(0)?),
            status: row.get(1)?,
            provider: row.get(2)?,
            model: row.get(3)?,
            settings: json_column(row, 4, "job settings")?,
            curriculum_sha256: row.get(5)?,
            created_at: row.get(6)?,
        })
    })())
}

/// What `course_lessons` records about how a lesson was generated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GenerationMetadata {
    pub provider: Option<String>,
    pub model: Option<String>,
    pub duration_seconds: Option<f64>,
    pub cost_usd: Option<f64>,
    pub tokens_input: Option<u64>,
    pub tokens_output: Option<u64>,
    pub retry_count: u32,
}
