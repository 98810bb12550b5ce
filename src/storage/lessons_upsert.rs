//! Writing a batch of lessons: multi-row upserts, scores included.
//!
//! Why multi-row: every statement that writes inside a transaction opens a statement
//! savepoint, and FTS5 flushes its in-memory index to a new on-disk segment at each savepoint
//! (then merges those segments). One statement per lesson therefore meant one tiny index
//! segment per lesson and constant merging — most of an import's time. One statement per
//! chunk of lessons lets the full-text index take a whole course in one flush.

use std::collections::HashMap;

use rusqlite::ToSql;

use super::lessons::{LessonRecord, ScoreColumns, to_json};
use super::repo::Repo;
use super::{CourseId, StoreError};

const COLUMNS: &str = "content_piece_id, lesson_id, module_number, lesson_number, sort_order, \
     title, slug, content_markdown, word_count, bloom_level, learning_objectives, key_concepts, \
     duration_minutes, status, file_path, content_sha256, source_encoding, rubric, gps_valid, \
     gps_score, didatica_score, validation_status, validation_issues, score_details";
const COLUMN_COUNT: usize = 24;

/// Rows per statement: 24 parameters each stays far below SQLite's 32,766 limit, and real
/// courses (up to ~100 lessons) fit in one statement.
const CHUNK: usize = 200;

const ON_CONFLICT: &str = "ON CONFLICT (content_piece_id, lesson_id) DO UPDATE SET
    module_number = excluded.module_number, lesson_number = excluded.lesson_number,
    sort_order = excluded.sort_order, title = excluded.title, slug = excluded.slug,
    content_markdown = excluded.content_markdown, word_count = excluded.word_count,
    bloom_level = excluded.bloom_level, learning_objectives = excluded.learning_objectives,
    key_concepts = excluded.key_concepts, duration_minutes = excluded.duration_minutes,
    status = excluded.status, file_path = excluded.file_path,
    content_sha256 = excluded.content_sha256, source_encoding = excluded.source_encoding,
    rubric = excluded.rubric, gps_valid = excluded.gps_valid, gps_score = excluded.gps_score,
    didatica_score = excluded.didatica_score, validation_status = excluded.validation_status,
    validation_issues = excluded.validation_issues, score_details = excluded.score_details,
    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
RETURNING id, lesson_id";

/// One lesson's values that are not plain fields of the record (JSON and score columns).
struct Encoded<'a> {
    lesson: &'a LessonRecord,
    objectives: String,
    concepts: String,
    status: &'static str,
    score: ScoreColumns<'a>,
}

impl<'a> Encoded<'a> {
    fn new(lesson: &'a LessonRecord) -> Result<Self, StoreError> {
        Ok(Encoded {
            lesson,
            objectives: to_json("learning_objectives", &lesson.learning_objectives)?,
            concepts: to_json("key_concepts", &lesson.key_concepts)?,
            status: lesson.status.as_str(),
            score: ScoreColumns::of(lesson.score.as_ref())?,
        })
    }

    /// The values in [`COLUMNS`] order.
    fn values<'s>(&'s self, course: &'s i64) -> [&'s dyn ToSql; COLUMN_COUNT] {
        let l = self.lesson;
        let s = &self.score;
        [
            course,
            &l.lesson_id,
            &l.module_number,
            &l.lesson_number,
            &l.sort_order,
            &l.title,
            &l.slug,
            &l.content_markdown,
            &l.word_count,
            &l.bloom_level,
            &self.objectives,
            &self.concepts,
            &l.duration_minutes,
            &self.status,
            &l.file_path,
            &l.content_sha256,
            &l.source_encoding,
            &s.rubric,
            &s.gps_valid,
            &s.gps_score,
            &s.didatica_score,
            &s.validation_status,
            &s.issues,
            &s.details,
        ]
    }
}

fn upsert_sql(rows: usize) -> String {
    let row = format!("({})", vec!["?"; COLUMN_COUNT].join(", "));
    format!(
        "INSERT INTO course_lessons ({COLUMNS}) VALUES {} {ON_CONFLICT}",
        vec![row.as_str(); rows].join(", ")
    )
}

impl Repo<'_> {
    /// Inserts or updates (by `lesson_id`) every lesson with its scores; returns their row
    /// ids in input order. Call inside `Store::write` so the batch is one transaction.
    pub fn upsert_lessons(
        &self,
        course: CourseId,
        lessons: &[LessonRecord],
    ) -> Result<Vec<i64>, StoreError> {
        let encoded = lessons
            .iter()
            .map(Encoded::new)
            .collect::<Result<Vec<_>, _>>()?;
        let mut ids_by_lesson: HashMap<String, i64> = HashMap::with_capacity(lessons.len());
        for chunk in encoded.chunks(CHUNK) {
            let mut stmt = self.conn().prepare_cached(&upsert_sql(chunk.len()))?;
            let values: Vec<&dyn ToSql> = chunk.iter().flat_map(|e| e.values(&course.0)).collect();
            let rows = stmt.query_map(&*values, |row| Ok((row.get(1)?, row.get(0)?)))?;
            for row in rows {
                let (lesson_id, id) = row?;
                ids_by_lesson.insert(lesson_id, id);
            }
        }
        lessons
            .iter()
            .map(|l| {
                ids_by_lesson.get(&l.lesson_id).copied().ok_or_else(|| {
                    StoreError::Invalid(format!("lesson {} was not written", l.lesson_id))
                })
            })
            .collect()
    }
}
