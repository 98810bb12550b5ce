//! Snapshots of a course kept before its content is replaced (`course_versions`), so an
//! author's earlier text is never lost.

use rusqlite::params;
use serde::Serialize;
use serde_json::Value;

use super::repo::{Repo, json_column};
use super::{CourseId, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VersionRecord {
    pub version_number: u32,
    pub metadata_snapshot: Value,
    pub lessons_snapshot: Value,
    pub changed_by: Option<String>,
    pub change_summary: Option<String>,
    pub created_at: String,
}

impl Repo<'_> {
    /// Stores a snapshot as the course's next version; returns its number (1, 2, …).
    pub fn add_version(
        &self,
        course: CourseId,
        metadata: &Value,
        lessons: &Value,
        changed_by: &str,
        summary: &str,
    ) -> Result<u32, StoreError> {
        let json = |what, v: &Value| {
            serde_json::to_string(v).map_err(|source| StoreError::Json { what, source })
        };
        let number: u32 = self.conn().query_row(
            "INSERT INTO course_versions (content_piece_id, version_number, metadata_snapshot,
                lessons_snapshot, changed_by, change_summary)
             VALUES (?1, (SELECT coalesce(max(version_number), 0) + 1 FROM course_versions
                          WHERE content_piece_id = ?1), ?2, ?3, ?4, ?5)
             RETURNING version_number",
            params![
                course.0,
                json("metadata_snapshot", metadata)?,
                json("lessons_snapshot", lessons)?,
                changed_by,
                summary
            ],
            |row| row.get(0),
        )?;
        Ok(number)
    }

    /// Versions of a course, newest first.
    pub fn versions_of(&self, course: CourseId) -> Result<Vec<VersionRecord>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT version_number, metadata_snapshot, lessons_snapshot, changed_by,
                    change_summary, created_at
             FROM course_versions WHERE content_piece_id = ?1 ORDER BY version_number DESC",
        )?;
        let rows = stmt.query_map([course.0], |row| {
            Ok((|| -> Result<VersionRecord, StoreError> {
                Ok(VersionRecord {
                    version_number: row.get(0)?,
                    metadata_snapshot: json_column(row, 1, "metadata_snapshot")?,
                    lessons_snapshot: json_column(row, 2, "lessons_snapshot")?,
                    changed_by: row.get(3)?,
                    change_summary: row.get(4)?,
                    created_at: row.get(5)?,
                })
            })())
        })?;
        rows.map(|r| r?).collect()
    }
}
