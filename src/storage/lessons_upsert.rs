//! Writing a batch of lessons: multi-row upserts, scores included.
//!
//! Why multi-row: every statement that writes inside a transaction opens a statement
//! savepoint, and FTS5 flushes its in-memory index to a new on-disk segment at each savepoint
//! (then merges those segments). One statement per lesson therefore meant one tiny index
//! segment per lesson and constant merging — most of an import's time. One statement per
//! chunk of lessons lets the full-text index take a whole course in one flush.

use std::collections::HashMap;

use rusqlite::ToSql;

use crate::domain::said::Said;

use super::lessons::{LessonRecord, ScoreColumns, to_json};
use super::repo::Repo;
use super::revision_prepared::{PreparedText, RevisionHeads, SeenTexts};
use super::revisions::{RevisionMeta, Target};
use super::{CourseId, StoreError};

const COLUMNS: &str = "content_piece_id, lesson_id, module_number, lesson_number, sort_order, \
     title, slug, content_markdown, word_count, bloom_level, learning_objectives, key_concepts, \
     duration_minutes, status, file_path, content_sha256, source_encoding, rubric, gps_valid, \
     gps_score, didatica_score, validation_status, validation_issues, score_details, origin";
const COLUMN_COUNT: usize = 25;

/// Rows per statement: 25 parameters each stays far below SQLite's 32,766 limit, and real
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
// `origin` is only written by an insert: an existing row's origin changes with its revisions
// (`Repo::record_revisions`).

/// One lesson's columns that are not plain fields of the record: JSON and score columns.
pub(super) struct EncodedColumns {
    objectives: String,
    concepts: String,
    status: &'static str,
    score: ScoreColumns,
}

impl EncodedColumns {
    fn of(lesson: &LessonRecord) -> Result<Self, StoreError> {
        Ok(EncodedColumns {
            objectives: to_json("learning_objectives", &lesson.learning_objectives)?,
            concepts: to_json("key_concepts", &lesson.key_concepts)?,
            status: lesson.status.as_str(),
            score: ScoreColumns::of(lesson.score.as_ref())?,
        })
    }

    /// The values of `lesson` with these columns, in [`COLUMNS`] order.
    fn values<'s>(
        &'s self,
        l: &'s LessonRecord,
        course: &'s i64,
        origin: &'s Option<String>,
    ) -> [&'s dyn ToSql; COLUMN_COUNT] {
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
            origin,
        ]
    }
}

/// Lessons made ready to write: JSON columns serialised, judgements turned into their
/// columns, and (for an import) each text's sha256 and blob for its revision. That is the CPU
/// part of writing lessons and needs no connection, so an import does it on its planning
/// thread, leaving the writer only the database work.
pub struct EncodedLessons {
    /// The records, `score` taken out (it lives on in `columns`).
    lessons: Vec<LessonRecord>,
    columns: Vec<EncodedColumns>,
    /// Each lesson's text prepared for its revision ([`EncodedLessons::prepare_texts`]), or
    /// empty.
    texts: Vec<PreparedText>,
    /// The origin a new row is inserted with ([`EncodedLessons::set_origins`]), or empty (no
    /// origin: the revision recorded afterwards sets it).
    origins: Vec<Option<String>>,
}

impl EncodedLessons {
    pub fn encode(mut lessons: Vec<LessonRecord>) -> Result<EncodedLessons, StoreError> {
        let columns = lessons
            .iter_mut()
            .map(|lesson| {
                let columns = EncodedColumns::of(lesson);
                lesson.score = None;
                columns
            })
            .collect::<Result<_, _>>()?;
        Ok(EncodedLessons {
            lessons,
            columns,
            texts: Vec::new(),
            origins: Vec::new(),
        })
    }

    /// Computes what recording each lesson's text as a revision needs (sha256, line count,
    /// blob), so the writer does not ([`Repo::record_prepared_revisions`]).
    pub fn prepare_texts(&mut self, seen: &SeenTexts) {
        self.texts = self
            .lessons
            .iter()
            .zip(&self.columns)
            .map(|(l, c)| {
                let text = PreparedText::of(l.content_markdown.as_deref().unwrap_or(""), seen);
                text.with_scores(c.score.gps_score, c.score.didatica_score)
            })
            .collect();
    }

    /// Inserts each new row with the origin the revision recorded for it will give it, so no
    /// row is written twice (an update also rewrites the row's text and its sums). `heads`
    /// are the course's revision heads before this write; needs [`prepare_texts`] first.
    ///
    /// [`prepare_texts`]: EncodedLessons::prepare_texts
    pub fn set_origins(&mut self, heads: &RevisionHeads, meta: &RevisionMeta) {
        self.origins = self
            .lessons
            .iter()
            .zip(&self.texts)
            .map(|(l, text)| {
                let target = Target::Lesson(l.lesson_id.clone());
                let origin = meta.origin_for(text.empty);
                (heads.records(&target, text) && origin != "empty").then_some(origin)
            })
            .collect();
    }

    /// The prepared text of each lesson by lesson id (the last one of an id, as written).
    pub(super) fn prepared_by_id(&self) -> HashMap<&str, (&LessonRecord, &PreparedText)> {
        self.lessons
            .iter()
            .zip(&self.texts)
            .map(|(l, t)| (l.lesson_id.as_str(), (l, t)))
            .collect()
    }

    /// The lessons as given, without their judgements (those are already encoded).
    pub fn lessons(&self) -> &[LessonRecord] {
        &self.lessons
    }

    /// Keeps only the lessons `keep` accepts (with their encoded columns).
    pub fn retain(&mut self, mut keep: impl FnMut(&LessonRecord) -> bool) {
        let wanted: Vec<bool> = self.lessons.iter().map(&mut keep).collect();
        retain_by(&mut self.lessons, &wanted);
        retain_by(&mut self.columns, &wanted);
        retain_by(&mut self.texts, &wanted);
        retain_by(&mut self.origins, &wanted);
    }
}

/// Keeps the items whose flag is set (items past the flags stay).
fn retain_by<T>(items: &mut Vec<T>, wanted: &[bool]) {
    let mut flags = wanted.iter();
    items.retain(|_| flags.next().copied().unwrap_or(true));
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
        let columns = lessons
            .iter()
            .map(EncodedColumns::of)
            .collect::<Result<Vec<_>, _>>()?;
        self.write_lessons(course, lessons, &columns, &[])
    }

    /// [`Repo::upsert_lessons`] for lessons encoded beforehand.
    pub fn upsert_encoded_lessons(
        &self,
        course: CourseId,
        lessons: &EncodedLessons,
    ) -> Result<Vec<i64>, StoreError> {
        self.write_lessons(course, &lessons.lessons, &lessons.columns, &lessons.origins)
    }

    /// `origins`: each new row's origin, or empty for none.
    fn write_lessons(
        &self,
        course: CourseId,
        lessons: &[LessonRecord],
        columns: &[EncodedColumns],
        origins: &[Option<String>],
    ) -> Result<Vec<i64>, StoreError> {
        let mut ids_by_lesson: HashMap<&str, i64> = HashMap::with_capacity(lessons.len());
        for (start, chunk) in (0..).step_by(CHUNK).zip(lessons.chunks(CHUNK)) {
            let mut stmt = self.conn().prepare_cached(&upsert_sql(chunk.len()))?;
            let values: Vec<&dyn ToSql> = chunk
                .iter()
                .zip(&columns[start..])
                .enumerate()
                .flat_map(|(i, (lesson, columns))| {
                    let origin = origins.get(start + i).unwrap_or(&None);
                    columns.values(lesson, &course.0, origin)
                })
                .collect();
            let mut rows = stmt.query(&*values)?;
            while let Some(row) = rows.next()? {
                let lesson_id: String = row.get(1)?;
                let Some(lesson) = chunk.iter().find(|l| l.lesson_id == lesson_id) else {
                    continue;
                };
                ids_by_lesson.insert(lesson.lesson_id.as_str(), row.get(0)?);
            }
        }
        lessons
            .iter()
            .map(|l| {
                ids_by_lesson
                    .get(l.lesson_id.as_str())
                    .copied()
                    .ok_or_else(|| {
                        StoreError::Refused(
                            Said::new("err-store-lesson-not-written")
                                .with("lesson", l.lesson_id.as_str()),
                        )
                    })
            })
            .collect()
    }
}
