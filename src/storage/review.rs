//! Lessons that need attention (failed or warning), with their issues but without their text,
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

impl Repo<'_> {
    /// Failed and warning lessons of `course` (a slug), or of every course that is not archived
    /// when `None`; by course title, then curriculum order.
    pub fn review_lessons(&self, course: Option<&str>) -> Result<Vec<ReviewLesson>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.piece_slug, p.title, l.lesson_id, l.title, l.validation_status,
                    l.validation_issues
             FROM course_lessons l
             JOIN content_pieces p ON p.id = l.content_piece_id
             WHERE l.validation_status IN ('failed', 'warning')
               AND (?1 IS NULL AND p.status <> 'archived' OR p.piece_slug = ?1)
             ORDER BY p.title COLLATE NOCASE, p.piece_slug, l.sort_order, l.module_number,
                      l.lesson_number, l.lesson_id",
        )?;
        let rows = stmt.query_map(params![course], |row| {
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
