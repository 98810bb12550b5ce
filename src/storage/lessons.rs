//! Lessons of a course (`course_lessons`): batch upsert, curriculum-ordered reads, scores.

use rusqlite::{Row, params};
use serde::Serialize;
use serde_json::Value;

use crate::domain::course::{LessonStatus, ValidationStatus};
use crate::domain::issue::Issue;
use crate::domain::said::Said;

use super::repo::{Repo, parse_status};
use super::stored_issues::{issues_from_json, issues_to_json};
use super::{CourseId, StoreError};

/// A lesson as written by import, generation or the editor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonRecord {
    pub lesson_id: String,
    pub module_number: Option<u32>,
    pub lesson_number: Option<u32>,
    pub sort_order: u32,
    pub title: String,
    pub slug: Option<String>,
    /// `None` for a planned lesson: listed in the curriculum, not written yet.
    pub content_markdown: Option<String>,
    pub word_count: u32,
    pub bloom_level: Option<String>,
    pub learning_objectives: Vec<String>,
    pub key_concepts: Vec<String>,
    pub duration_minutes: Option<u32>,
    pub status: LessonStatus,
    pub file_path: Option<String>,
    pub content_sha256: Option<String>,
    pub source_encoding: Option<String>,
    /// `None` until the lesson has content and has been judged.
    pub score: Option<ScoreRecord>,
}

/// The result of judging a lesson, as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreRecord {
    pub rubric: String,
    pub gps_valid: bool,
    /// GPS points, 0–30.
    pub gps_points: u32,
    /// Didática Lendária points, 0–100.
    pub didatica_points: u32,
    pub validation_status: ValidationStatus,
    pub issues: Vec<Issue>,
    /// The full rubric output (section flags, element scores, errors, warnings).
    pub details: Value,
}

impl ScoreRecord {
    /// GPS as stored: 0.00–1.00.
    pub fn gps_fraction(&self) -> f64 {
        round2(f64::from(self.gps_points) / 30.0)
    }

    /// Didática Lendária as stored: 0.00–1.00.
    pub fn didatica_fraction(&self) -> f64 {
        round2(f64::from(self.didatica_points) / 100.0)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A stored lesson: its row id plus what was written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonRow {
    #[serde(skip)]
    pub row_id: i64,
    #[serde(flatten)]
    pub record: LessonRecord,
    pub updated_at: String,
    /// Whose text this is: `person`, `imported`, `generated`, `offline-draft` (`None` for a
    /// planned lesson).
    pub origin: Option<String>,
}

impl LessonRow {
    /// An offline provider's draft: shown as `draft`, never counted as passed.
    pub fn is_draft(&self) -> bool {
        self.origin.as_deref() == Some("offline-draft")
    }
}

const LESSON_COLUMNS: &str = "id, lesson_id, module_number, lesson_number, sort_order, title, \
     slug, content_markdown, word_count, bloom_level, learning_objectives, key_concepts, \
     duration_minutes, status, file_path, content_sha256, source_encoding, rubric, gps_valid, \
     gps_score, didatica_score, validation_status, validation_issues, score_details, updated_at, \
     origin";

impl Repo<'_> {
    /// Replaces the stored judgement of one lesson (`None` clears it, e.g. a planned lesson).
    pub fn update_scores(
        &self,
        row_id: i64,
        score: Option<&ScoreRecord>,
    ) -> Result<(), StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "UPDATE course_lessons SET rubric = ?2, gps_valid = ?3, gps_score = ?4,
                didatica_score = ?5, validation_status = ?6, validation_issues = ?7,
                score_details = ?8
             WHERE id = ?1",
        )?;
        let score = ScoreColumns::of(score)?;
        let changed = stmt.execute(params![
            row_id,
            score.rubric,
            score.gps_valid,
            score.gps_score,
            score.didatica_score,
            score.validation_status,
            score.issues,
            score.details,
        ])?;
        if changed == 0 {
            return Err(StoreError::Refused(
                Said::new("err-store-no-lesson-row").with("row", row_id.to_string()),
            ));
        }
        Ok(())
    }

    /// Lessons of a course in curriculum order.
    pub fn lessons_of(&self, course: CourseId) -> Result<Vec<LessonRow>, StoreError> {
        let sql = format!(
            "SELECT {LESSON_COLUMNS} FROM course_lessons WHERE content_piece_id = ?1
             ORDER BY sort_order, module_number, lesson_number, lesson_id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([course.0], lesson_from_row)?;
        rows.map(|r| r?).collect()
    }

    /// Removes lessons of `course` whose `lesson_id` is not in `keep`; returns how many.
    pub fn delete_lessons_except(
        &self,
        course: CourseId,
        keep: &[&str],
    ) -> Result<usize, StoreError> {
        let keep = to_json("lesson ids", &keep)?;
        // Cached: the statement carries the lessons' delete triggers (index, sums, sync).
        Ok(self
            .conn()
            .prepare_cached(
                "DELETE FROM course_lessons WHERE content_piece_id = ?1
                   AND lesson_id NOT IN (SELECT value FROM json_each(?2))",
            )?
            .execute(params![course.0, keep])?)
    }
}

/// A lesson's judgement as its stored columns; all empty (issues `[]`) when not judged.
pub(super) struct ScoreColumns {
    pub(super) rubric: Option<String>,
    pub(super) gps_valid: Option<bool>,
    pub(super) gps_score: Option<f64>,
    pub(super) didatica_score: Option<f64>,
    pub(super) validation_status: Option<&'static str>,
    pub(super) issues: String,
    pub(super) details: Option<String>,
}

impl ScoreColumns {
    pub(super) fn of(score: Option<&ScoreRecord>) -> Result<Self, StoreError> {
        Ok(match score {
            Some(s) => ScoreColumns {
                rubric: Some(s.rubric.clone()),
                gps_valid: Some(s.gps_valid),
                gps_score: Some(s.gps_fraction()),
                didatica_score: Some(s.didatica_fraction()),
                validation_status: Some(s.validation_status.as_str()),
                issues: issues_to_json(&s.issues)?,
                details: Some(to_json("score_details", &s.details)?),
            },
            None => ScoreColumns {
                rubric: None,
                gps_valid: None,
                gps_score: None,
                didatica_score: None,
                validation_status: None,
                issues: "[]".to_string(),
                details: None,
            },
        })
    }
}

pub(super) fn to_json<T: Serialize + ?Sized>(
    what: &'static str,
    value: &T,
) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|source| StoreError::Json { what, source })
}

fn from_json<T: serde::de::DeserializeOwned>(
    what: &'static str,
    text: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|source| StoreError::Json { what, source })
}

fn lesson_from_row(row: &Row<'_>) -> rusqlite::Result<Result<LessonRow, StoreError>> {
    let build = || -> Result<LessonRow, StoreError> {
        let status: String = row.get(13)?;
        let rubric: Option<String> = row.get(17)?;
        let score = match rubric {
            None => None,
            Some(rubric) => {
                let gps: f64 = row.get::<_, Option<f64>>(19)?.unwrap_or(0.0);
                let dl: f64 = row.get::<_, Option<f64>>(20)?.unwrap_or(0.0);
                let vstatus: Option<String> = row.get(21)?;
                let issues: String = row.get(22)?;
                let details: Option<String> = row.get(23)?;
                Some(ScoreRecord {
                    rubric,
                    gps_valid: row.get::<_, Option<bool>>(18)?.unwrap_or(false),
                    gps_points: (gps * 30.0).round() as u32,
                    didatica_points: (dl * 100.0).round() as u32,
                    validation_status: parse_status(vstatus.as_deref().unwrap_or("failed"))?,
                    issues: issues_from_json(&issues)?,
                    details: match details {
                        Some(d) => from_json("score_details", &d)?,
                        None => Value::Null,
                    },
                })
            }
        };
        Ok(LessonRow {
            row_id: row.get(0)?,
            record: LessonRecord {
                lesson_id: row.get(1)?,
                module_number: row.get(2)?,
                lesson_number: row.get(3)?,
                sort_order: row.get(4)?,
                title: row.get(5)?,
                slug: row.get(6)?,
                content_markdown: row.get(7)?,
                word_count: row.get(8)?,
                bloom_level: row.get(9)?,
                learning_objectives: from_json("learning_objectives", &row.get::<_, String>(10)?)?,
                key_concepts: from_json("key_concepts", &row.get::<_, String>(11)?)?,
                duration_minutes: row.get(12)?,
                status: parse_status::<LessonStatus>(&status)?,
                file_path: row.get(14)?,
                content_sha256: row.get(15)?,
                source_encoding: row.get(16)?,
                score,
            },
            updated_at: row.get(24)?,
            origin: row.get(25)?,
        })
    };
    Ok(build())
}
