//! The files a course's brief, curriculum, outline and research came from (`course_files`).
//!
//! Lessons carry their own `file_path`/`content_sha256`/`source_encoding`; this table does the
//! same for the other CreatorOS files, so export can restore their names and bytes.

use rusqlite::params;
use serde::Serialize;

use super::repo::Repo;
use super::{CourseId, StoreError};

/// One non-lesson file of an imported course folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceFileRecord {
    /// `brief`, `curriculum`, `outline` or `research`.
    pub role: String,
    /// Research only: the `market_research` column, or `summary` (kept in `research_summary`).
    pub slot: Option<String>,
    /// Path inside the course folder, `/`-separated (`research/01-market-analysis.md`).
    pub file_path: String,
    /// Of the original bytes, before decoding.
    pub sha256: String,
    /// `utf-8`, `utf-8-bom` or `windows-1252`.
    pub source_encoding: String,
}

impl Repo<'_> {
    /// Replaces every source-file row of `course` with `files` (call inside `Store::write`).
    pub fn replace_source_files(
        &self,
        course: CourseId,
        files: &[SourceFileRecord],
    ) -> Result<(), StoreError> {
        self.conn()
            .prepare_cached("DELETE FROM course_files WHERE content_piece_id = ?1")?
            .execute([course.0])?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO course_files (content_piece_id, role, slot, file_path, sha256,
                source_encoding) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for f in files {
            stmt.execute(params![
                course.0,
                f.role,
                f.slot,
                f.file_path,
                f.sha256,
                f.source_encoding
            ])?;
        }
        Ok(())
    }

    /// The source files of `course`, by path.
    pub fn source_files(&self, course: CourseId) -> Result<Vec<SourceFileRecord>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT role, slot, file_path, sha256, source_encoding FROM course_files
             WHERE content_piece_id = ?1 ORDER BY file_path",
        )?;
        let rows = stmt.query_map([course.0], |row| {
            Ok(SourceFileRecord {
                role: row.get(0)?,
                slot: row.get(1)?,
                file_path: row.get(2)?,
                sha256: row.get(3)?,
                source_encoding: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
