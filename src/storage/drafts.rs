//! Unsaved editor text (`drafts`, migrations 0004 and 0012): per course, kind and lesson one
//! live draft, upserted while an editor is dirty and deleted on save or discard, so a crash
//! loses nothing, and at most one kept draft: an offered draft the author set aside, kept
//! until restored or discarded (a save does not remove it).

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::repo::Repo;
use super::{CourseId, StoreError};
use crate::domain::said::Said;

/// What a draft is the unsaved text of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DraftKind {
    Brief,
    Curriculum,
    Lesson,
}

impl DraftKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DraftKind::Brief => "brief",
            DraftKind::Curriculum => "curriculum",
            DraftKind::Lesson => "lesson",
        }
    }

    fn parse(text: &str) -> Result<DraftKind, StoreError> {
        match text {
            "brief" => Ok(DraftKind::Brief),
            "curriculum" => Ok(DraftKind::Curriculum),
            "lesson" => Ok(DraftKind::Lesson),
            other => Err(StoreError::Refused(
                Said::new("err-draft-kind").with("value", other),
            )),
        }
    }
}

/// A stored draft with its age, computed by SQLite from `updated_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftRecord {
    pub course_slug: String,
    pub kind: DraftKind,
    /// `None` for the brief and the curriculum.
    pub lesson_id: Option<String>,
    pub text: String,
    pub base_sha256: Option<String>,
    pub updated_at: String,
    pub age_seconds: i64,
    /// Set aside from an offer ("decide later") rather than the live typing draft.
    pub kept: bool,
}

const DRAFT_COLUMNS: &str = "p.piece_slug, d.kind, d.lesson_id, d.text, d.base_sha256, \
     d.updated_at, CAST((julianday('now') - julianday(d.updated_at)) * 86400 AS INTEGER), d.kept";

impl Repo<'_> {
    /// Writes (or replaces) the live draft of one editor.
    pub fn upsert_draft(
        &self,
        course: CourseId,
        kind: DraftKind,
        lesson_id: Option<&str>,
        text: &str,
        base_sha256: Option<&str>,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO drafts (content_piece_id, kind, lesson_id, text, base_sha256)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (content_piece_id, kind, lesson_id, kept) DO UPDATE SET
                text = excluded.text, base_sha256 = excluded.base_sha256,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            params![
                course.0,
                kind.as_str(),
                lesson_id.unwrap_or(""),
                text,
                base_sha256
            ],
        )?;
        Ok(())
    }

    pub fn draft(
        &self,
        course: CourseId,
        kind: DraftKind,
        lesson_id: Option<&str>,
    ) -> Result<Option<DraftRecord>, StoreError> {
        let sql = format!(
            "SELECT {DRAFT_COLUMNS} FROM drafts d JOIN content_pieces p ON p.id = d.content_piece_id
             WHERE d.content_piece_id = ?1 AND d.kind = ?2 AND d.lesson_id = ?3
             ORDER BY d.kept DESC LIMIT 1"
        );
        let row = self
            .conn()
            .query_row(
                &sql,
                params![course.0, kind.as_str(), lesson_id.unwrap_or("")],
                draft_from_row,
            )
            .optional()?;
        row.transpose()
    }

    /// Removes the live draft (a save or discard); a kept one stays. Returns whether there
    /// was one.
    pub fn delete_draft(
        &self,
        course: CourseId,
        kind: DraftKind,
        lesson_id: Option<&str>,
    ) -> Result<bool, StoreError> {
        self.delete_draft_slot(course, kind, lesson_id, false)
    }

    /// Removes the live (`kept` false) or the kept draft; returns whether there was one.
    pub fn delete_draft_slot(
        &self,
        course: CourseId,
        kind: DraftKind,
        lesson_id: Option<&str>,
        kept: bool,
    ) -> Result<bool, StoreError> {
        let n = self.conn().execute(
            "DELETE FROM drafts
             WHERE content_piece_id = ?1 AND kind = ?2 AND lesson_id = ?3 AND kept = ?4",
            params![course.0, kind.as_str(), lesson_id.unwrap_or(""), kept],
        )?;
        Ok(n > 0)
    }

    /// Moves a draft between the slots: `keep` sets the live draft aside (it then survives
    /// saves and new typing), `!keep` makes the kept draft live again (restored into an
    /// editor). Whatever held the destination slot is replaced; the caller moves only what
    /// was offered, and the offer is always the kept draft when there is one.
    pub fn move_draft(
        &self,
        course: CourseId,
        kind: DraftKind,
        lesson_id: Option<&str>,
        keep: bool,
    ) -> Result<bool, StoreError> {
        self.delete_draft_slot(course, kind, lesson_id, keep)?;
        let n = self.conn().execute(
            "UPDATE drafts SET kept = ?4
             WHERE content_piece_id = ?1 AND kind = ?2 AND lesson_id = ?3 AND kept = ?5",
            params![
                course.0,
                kind.as_str(),
                lesson_id.unwrap_or(""),
                keep,
                !keep
            ],
        )?;
        Ok(n > 0)
    }

    /// Every draft, oldest first.
    pub fn list_drafts(&self) -> Result<Vec<DraftRecord>, StoreError> {
        let sql = format!(
            "SELECT {DRAFT_COLUMNS} FROM drafts d JOIN content_pieces p ON p.id = d.content_piece_id
             ORDER BY d.updated_at, p.piece_slug, d.kind, d.lesson_id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([], draft_from_row)?;
        rows.map(|r| r?).collect()
    }

    /// When the curriculum was approved (spec §5.5), if it was.
    pub fn curriculum_approved_at(&self, course: CourseId) -> Result<Option<String>, StoreError> {
        let at = self
            .conn()
            .query_row(
                "SELECT curriculum_approved_at FROM course_metadata WHERE content_piece_id = ?1",
                [course.0],
                |row| row.get::<_, Option<String>>(0),
            )
            .optional()?;
        Ok(at.flatten())
    }

    /// Marks (or with `None` clears) the curriculum approval; the metadata row must exist.
    pub fn set_curriculum_approved(
        &self,
        course: CourseId,
        at: Option<&str>,
    ) -> Result<(), StoreError> {
        let n = self.conn().execute(
            "UPDATE course_metadata SET curriculum_approved_at = ?2 WHERE content_piece_id = ?1",
            params![course.0, at],
        )?;
        if n == 0 {
            return Err(StoreError::Refused(
                Said::new("err-draft-no-metadata").with("course", course.0.to_string()),
            ));
        }
        Ok(())
    }
}

fn draft_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<DraftRecord, StoreError>> {
    let kind: String = row.get(1)?;
    let lesson_id: String = row.get(2)?;
    let course_slug: String = row.get(0)?;
    let text: String = row.get(3)?;
    let base_sha256: Option<String> = row.get(4)?;
    let updated_at: String = row.get(5)?;
    let age: i64 = row.get(6)?;
    let kept: bool = row.get(7)?;
    Ok(DraftKind::parse(&kind).map(|kind| DraftRecord {
        course_slug,
        kind,
        lesson_id: Some(lesson_id).filter(|l| !l.is_empty()),
        text,
        base_sha256,
        updated_at,
        age_seconds: age.max(0),
        kept,
    }))
}
