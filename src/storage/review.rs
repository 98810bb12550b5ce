//! Lessons that need attention (failed or warning), or every lesson with one issue code, with
//! their issues but without their text,
//! for the review screen: one query for a course or for the whole library, so a library of
//! thousands of courses costs one round trip, not one per course.

use rusqlite::params;
use serde::Serialize;

use crate::domain::course::ValidationStatus;
use crate::domain::issue::Issue;

use super::StoreError;
use super::repo::{Repo, parse_status};
use super::stored_issues::issues_from_json;

/// A failing or warning lesson and where it lives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewLesson {
    pub course_slug: String,
    pub course_title: String,
    pub lesson_id: String,
    pub title: String,
    pub status: ValidationStatus,
    pub issues: Vec<Issue>,
}

const SELECT: &str = "SELECT p.piece_slug, p.title, l.lesson_id, l.title, l.validation_status,
            l.validation_issues
     FROM course_lessons l
     JOIN content_pieces p ON p.id = l.content_piece_id
     WHERE (?1 IS NULL AND p.status <> 'archived' OR p.piece_slug = ?1)";

const ORDER: &str = "ORDER BY p.title COLLATE NOCASE, p.piece_slug, l.sort_order, l.module_number,
              l.lesson_number, l.lesson_id";

impl Repo<'_> {
    /// Failed and warning lessons of `course` (a slug), or of every course that is not archived
    /// when `None`; by course title, then curriculum order.
    pub fn review_lessons(&self, course: Option<&str>) -> Result<Vec<ReviewLesson>, StoreError> {
        let sql = format!(
            "{SELECT} AND l.validation_status IN ('failed', 'warning') AND ?2 IS NULL {ORDER}"
        );
        self.review_rows(&sql, course, None)
    }

    /// Lessons of `course` (or of the library) with issue `code`, whatever their status: the
    /// analytics count a code in every lesson that has it, passing ones included.
    pub fn review_lessons_with_code(
        &self,
        course: Option<&str>,
        code: &str,
    ) -> Result<Vec<ReviewLesson>, StoreError> {
        let sql = format!(
            "{SELECT} AND l.validation_issues <> '[]' AND EXISTS (
                SELECT 1 FROM json_each(l.validation_issues) j WHERE j.value ->> '$.code' = ?2)
             {ORDER}"
        );
        self.review_rows(&sql, course, Some(code))
    }

    fn review_rows(
        &self,
        sql: &str,
        course: Option<&str>,
        code: Option<&str>,
    ) -> Result<Vec<ReviewLesson>, StoreError> {
        let mut stmt = self.conn().prepare_cached(sql)?;
        let rows = stmt.query_map(params![course, code], |row| {
            Ok((
                ReviewLesson {
                    course_slug: row.get(0)?,
                    course_title: row.get(1)?,
                    lesson_id: row.get(2)?,
                    title: row.get(3)?,
                    status: ValidationStatus::Failed,
                    issues: Vec::new(),
                },
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (mut lesson, status, issues) = row?;
            lesson.status = parse_status(&status)?;
            lesson.issues = issues_from_json(&issues)?;
            Ok(lesson)
        })
        .collect()
    }
}
