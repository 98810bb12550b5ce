//! Learner outcomes per lesson (`content_performance`, migration 0013): the lessons an import
//! can match, and replacing a lesson's row.

use rusqlite::params;

use super::{CourseId, Repo, StoreError};

/// A lesson as a platform export can name it: by course slug and lesson id, or by title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonKey {
    pub course: CourseId,
    pub course_slug: String,
    pub row_id: i64,
    pub lesson_id: String,
    pub title: String,
}

/// One lesson's imported figures (rates 0–1; `source` says file and line).
#[derive(Debug, Clone, PartialEq)]
pub struct PerformanceRecord {
    pub course: CourseId,
    pub lesson_row_id: i64,
    pub views: Option<u64>,
    pub unique_visitors: Option<u64>,
    pub completions: Option<u64>,
    pub completion_rate: Option<f64>,
    pub avg_rating: Option<f64>,
    pub avg_time_seconds: Option<f64>,
    pub source: String,
}

impl Repo<'_> {
    /// Every lesson of every course (archived ones too: their outcomes still count when they
    /// come back), or of one course. Titles only: no lesson text is read.
    pub fn lesson_keys(&self, course: Option<CourseId>) -> Result<Vec<LessonKey>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.content_piece_id, p.piece_slug, l.id, l.lesson_id, l.title
             FROM course_lessons l JOIN content_pieces p ON p.id = l.content_piece_id
             WHERE ?1 IS NULL OR l.content_piece_id = ?1
             ORDER BY p.piece_slug, l.sort_order",
        )?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            Ok(LessonKey {
                course: CourseId(r.get(0)?),
                course_slug: r.get(1)?,
                row_id: r.get(2)?,
                lesson_id: r.get(3)?,
                title: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replaces the lesson's imported figures with `record` (one row per lesson).
    pub fn replace_performance(&self, record: &PerformanceRecord) -> Result<(), StoreError> {
        let conn = self.conn();
        conn.prepare_cached("DELETE FROM content_performance WHERE lesson_row_id = ?1")?
            .execute(params![record.lesson_row_id])?;
        conn.prepare_cached(
            "INSERT INTO content_performance (content_piece_id, lesson_row_id, views,
                unique_visitors, completions, completion_rate, avg_rating, avg_time_seconds,
                source)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            record.course.0,
            record.lesson_row_id,
            record.views.unwrap_or(0) as i64,
            record.unique_visitors.unwrap_or(0) as i64,
            record.completions.map(|v| v as i64),
            record.completion_rate,
            record.avg_rating,
            record.avg_time_seconds,
            record.source,
        ])?;
        Ok(())
    }

    /// How many lessons have imported figures (tests and the CLI's summary).
    pub fn performance_rows(&self) -> Result<u64, StoreError> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM content_performance WHERE lesson_row_id IS NOT NULL",
            [],
            |r| r.get::<_, i64>(0),
        )? as u64)
    }
}
