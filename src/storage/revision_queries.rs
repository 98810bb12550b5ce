//! Reading revisions: heads, a target's history, a course's, an action's, and what can be
//! undone. Writing them lives in `revisions.rs`.

use rusqlite::{OptionalExtension, params};

use super::repo::Repo;
use super::revisions::{
    COLUMNS, RevisionMeta, RevisionRow, Target, new_revision_id, revision_from_row,
};
use super::{CourseId, StoreError};

impl Repo<'_> {
    /// The latest revision of a target.
    pub fn head_revision(
        &self,
        course: CourseId,
        target: &Target,
    ) -> Result<Option<RevisionRow>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM revisions WHERE content_piece_id = ?1 AND target = ?2
             ORDER BY seq DESC LIMIT 1"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        Ok(stmt
            .query_row(params![course.0, target.key()], revision_from_row)
            .optional()?)
    }

    /// How many revisions a target has (the number of its latest one).
    pub fn revision_count(&self, course: CourseId, target: &Target) -> Result<u32, StoreError> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM revisions WHERE content_piece_id = ?1 AND target = ?2",
            params![course.0, target.key()],
            |r| r.get(0),
        )?)
    }

    /// Revisions of a target, newest first.
    pub fn revisions_of(
        &self,
        course: CourseId,
        target: &Target,
    ) -> Result<Vec<RevisionRow>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM revisions WHERE content_piece_id = ?1 AND target = ?2
             ORDER BY seq DESC"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.0, target.key()], revision_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every revision of a course, newest first.
    pub fn course_revisions(&self, course: CourseId) -> Result<Vec<RevisionRow>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM revisions WHERE content_piece_id = ?1 ORDER BY seq DESC"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([course.0], revision_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Revisions of one action, oldest first.
    pub fn action_revisions(
        &self,
        course: CourseId,
        action_id: &str,
    ) -> Result<Vec<RevisionRow>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM revisions WHERE content_piece_id = ?1 AND action_id = ?2
             ORDER BY seq"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.0, action_id], revision_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records that `action` was undone when undoing it changed no text: a revision that
    /// repeats the head of the action's first target.
    pub fn mark_undone(
        &self,
        course: CourseId,
        action: &str,
        meta: &RevisionMeta,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO revisions (id, content_piece_id, target, parent_id, created_at, source,
                author, origin, gps_score, didatica_score, sha256, action_id, undoes_action)
             SELECT ?3, h.content_piece_id, h.target, h.id,
                    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'undo', ?4, h.origin, h.gps_score,
                    h.didatica_score, h.sha256, ?5, ?2
             FROM revisions h
             WHERE h.content_piece_id = ?1 AND h.target = (SELECT target FROM revisions
                   WHERE content_piece_id = ?1 AND action_id = ?2 ORDER BY seq LIMIT 1)
             ORDER BY h.seq DESC LIMIT 1",
            params![
                course.0,
                action,
                new_revision_id(),
                self.author(),
                meta.action_id
            ],
        )?;
        Ok(())
    }

    /// The latest action of a course that can be undone: not an undo itself, not undone
    /// yet, not a first import or migrated history (those have nothing to go back to).
    pub fn last_undoable_action(&self, course: CourseId) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT r.action_id FROM revisions r
                 WHERE r.content_piece_id = ?1
                   AND r.source NOT IN ('undo', 'imported', 'migrated')
                   AND NOT EXISTS (SELECT 1 FROM revisions u WHERE u.content_piece_id = ?1
                                   AND u.undoes_action = r.action_id)
                 ORDER BY r.seq DESC LIMIT 1",
                [course.0],
                |r| r.get(0),
            )
            .optional()?)
    }
}
