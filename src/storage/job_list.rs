//! Generation jobs of every kind (lessons, curriculum, research): recording and resuming one
//! kind, the list the jobs panel and `lectern` show (stable ids: the row id, never a
//! per-session counter), and the output speed measured for a model (for time estimates).

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::jobs::{JobId, JobRecord, NewJob, job_from_row};
use super::repo::Repo;
use super::{CourseId, StoreError};

/// What a job generates (`generation_jobs.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobKind {
    Lessons,
    Curriculum,
    Research,
}

impl JobKind {
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Lessons => "lessons",
            JobKind::Curriculum => "curriculum",
            JobKind::Research => "research",
        }
    }

    fn parse(text: &str) -> JobKind {
        match text {
            "curriculum" => JobKind::Curriculum,
            "research" => JobKind::Research,
            _ => JobKind::Lessons,
        }
    }
}

/// One row of the jobs list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobSummary {
    pub id: JobId,
    pub course_slug: String,
    pub kind: JobKind,
    /// `running`, `cancelled` or `finished`.
    pub status: String,
    pub provider: String,
    pub model: String,
    pub created_at: String,
    pub finished_at: Option<String>,
    pub items: u32,
    pub done: u32,
    pub failed: u32,
    /// Sum of the items' costs; `None` when no item has a known cost.
    pub cost_usd: Option<f64>,
    pub tokens_input: u64,
    pub tokens_output: u64,
}

impl Repo<'_> {
    /// Records a running job of `kind` with one pending item per entry of `job.lesson_ids`
    /// (lesson ids, or report names for research), in the given order.
    pub fn create_job_of_kind(
        &self,
        course: CourseId,
        kind: JobKind,
        job: &NewJob,
    ) -> Result<JobId, StoreError> {
        let settings = serde_json::to_string(&job.settings).map_err(|source| StoreError::Json {
            what: "job settings",
            source,
        })?;
        self.conn().execute(
            "INSERT INTO generation_jobs (content_piece_id, kind, provider, model, settings,
                curriculum_sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                course.0,
                kind.as_str(),
                job.provider,
                job.model,
                settings,
                job.curriculum_sha256
            ],
        )?;
        let id = JobId(self.conn().last_insert_rowid());
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO generation_job_items (job_id, lesson_id, position) VALUES (?1, ?2, ?3)",
        )?;
        for (position, item) in job.lesson_ids.iter().enumerate() {
            stmt.execute(params![id.0, item, position as u32])?;
        }
        Ok(id)
    }

    /// The newest job of `kind` of `course` that did not finish.
    pub fn unfinished_job_of_kind(
        &self,
        course: CourseId,
        kind: JobKind,
    ) -> Result<Option<JobRecord>, StoreError> {
        let row = self
            .conn()
            .query_row(
                "SELECT id, status, provider, model, settings, curriculum_sha256, created_at
                 FROM generation_jobs
                 WHERE content_piece_id = ?1 AND kind = ?2 AND status <> 'finished'
                 ORDER BY id DESC LIMIT 1",
                params![course.0, kind.as_str()],
                job_from_row,
            )
            .optional()?;
        row.transpose()
    }

    /// Closes every unfinished job of `kind` of `course` before a new run of that kind starts
    /// (their undone items marked failed with `reason`), so a later `--resume` cannot repeat
    /// what the new run does. Returns the jobs closed.
    pub fn close_unfinished_jobs_of_kind(
        &self,
        course: CourseId,
        kind: JobKind,
        reason: &str,
    ) -> Result<Vec<JobId>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM generation_jobs
             WHERE content_piece_id = ?1 AND kind = ?2 AND status <> 'finished' ORDER BY id",
        )?;
        let ids = stmt
            .query_map(params![course.0, kind.as_str()], |row| {
                row.get(0).map(JobId)
            })?
            .collect::<Result<Vec<JobId>, _>>()?;
        for job in &ids {
            self.conn().execute(
                "UPDATE generation_job_items SET status = 'failed', error = ?2,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                 WHERE job_id = ?1 AND status = 'pending'",
                params![job.0, reason],
            )?;
            self.set_job_status(*job, "finished")?;
        }
        Ok(ids)
    }

    /// The newest `limit` jobs of every course and kind, newest first.
    pub fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT j.id, p.piece_slug, j.kind, j.status, j.provider, j.model, j.created_at,
                j.finished_at,
                (SELECT count(*) FROM generation_job_items i WHERE i.job_id = j.id),
                (SELECT count(*) FROM generation_job_items i
                  WHERE i.job_id = j.id AND i.status = 'done'),
                (SELECT count(*) FROM generation_job_items i
                  WHERE i.job_id = j.id AND i.status = 'failed'),
                (SELECT sum(i.cost_usd) FROM generation_job_items i WHERE i.job_id = j.id),
                (SELECT coalesce(sum(json_extract(a.value, '$.usage.input_tokens')), 0)
                   FROM generation_job_items i, json_each(i.attempts) a WHERE i.job_id = j.id),
                (SELECT coalesce(sum(json_extract(a.value, '$.usage.output_tokens')), 0)
                   FROM generation_job_items i, json_each(i.attempts) a WHERE i.job_id = j.id)
             FROM generation_jobs j JOIN content_pieces p ON p.id = j.content_piece_id
             ORDER BY j.id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |row| {
            Ok(JobSummary {
                id: JobId(row.get(0)?),
                course_slug: row.get(1)?,
                kind: JobKind::parse(&row.get::<_, String>(2)?),
                status: row.get(3)?,
                provider: row.get(4)?,
                model: row.get(5)?,
                created_at: row.get(6)?,
                finished_at: row.get(7)?,
                items: row.get(8)?,
                done: row.get(9)?,
                failed: row.get(10)?,
                cost_usd: row.get(11)?,
                tokens_input: row.get(12)?,
                tokens_output: row.get(13)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Output tokens per second `model` reached over its recent generations (lessons and
    /// documents whose duration and output tokens were recorded); `None` without any.
    pub fn measured_output_rate(&self, model: &str) -> Result<Option<f64>, StoreError> {
        let (tokens, seconds): (Option<f64>, Option<f64>) = self.conn().query_row(
            "SELECT sum(tokens), sum(seconds) FROM (
                SELECT tokens_output AS tokens, generation_duration_seconds AS seconds
                  FROM course_lessons
                 WHERE generation_model = ?1 AND tokens_output > 0
                   AND generation_duration_seconds > 0
                UNION ALL
                SELECT json_extract(a.value, '$.usage.output_tokens'),
                       json_extract(a.value, '$.seconds')
                  FROM generation_jobs j
                  JOIN generation_job_items i ON i.job_id = j.id, json_each(i.attempts) a
                 WHERE j.model = ?1 AND j.kind <> 'lessons'
                   AND json_extract(a.value, '$.seconds') > 0
                   AND json_extract(a.value, '$.usage.output_tokens') > 0)",
            [model],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok(match (tokens, seconds) {
            (Some(t), Some(s)) if s > 0.0 && t > 0.0 => Some(t / s),
            _ => None,
        })
    }
}
