//! The Rust half of migration 0009: history kept before revisions existed becomes revisions.
//!
//! `course_versions` snapshots (oldest first) and then each text as it is now are recorded as
//! revisions with source `migrated`, keeping the snapshots' dates and authors. Runs once, in
//! one transaction that also clears the `revision_backfill` marker, so a crash mid-way leaves
//! it to run again on the next open. The `course_versions` table is kept for old data.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use serde_json::Value;

use super::repo::Repo;
use super::revisions::{CurrentText, RevisionMeta, RevisionSource, Target};
use super::{CourseId, StoreError};

pub(super) fn backfill(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let pending: Option<i64> = conn
        .query_row("SELECT pending FROM revision_backfill LIMIT 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    if pending.is_none() {
        return Ok(());
    }
    // IMMEDIATE, retried: processes opening a new database at once all see the marker, and a
    // deferred transaction upgrading to write would fail at once instead of waiting its turn.
    // The marker is read again inside: the process before may have done the work.
    let tx = super::store::retry_while_busy(path, || {
        rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
    })?;
    let still_pending: Option<i64> = tx
        .query_row("SELECT pending FROM revision_backfill LIMIT 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    if still_pending.is_none() {
        return Ok(());
    }
    let courses: Vec<i64> = {
        let mut stmt = tx.prepare("SELECT id FROM content_pieces ORDER BY id")?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    for id in courses {
        backfill_course(&tx, CourseId(id))?;
    }
    tx.execute("DELETE FROM revision_backfill", [])?;
    tx.commit()?;
    Ok(())
}

fn backfill_course(conn: &Connection, course: CourseId) -> Result<(), StoreError> {
    let mut versions = Repo::over(conn, "lectern").versions_of(course)?;
    versions.reverse();
    for version in &versions {
        let author = version.changed_by.as_deref().unwrap_or("lectern");
        let repo = Repo::over(conn, author);
        let meta = RevisionMeta::new(RevisionSource::Migrated);
        let at = Some(version.created_at.as_str());
        if let Some(lessons) = version.lessons_snapshot.as_array() {
            for lesson in lessons {
                let (Some(id), Some(text)) = (
                    lesson.get("lesson_id").and_then(Value::as_str),
                    lesson.get("content_markdown").and_then(Value::as_str),
                ) else {
                    continue;
                };
                let points = |key: &str, scale: f64| {
                    lesson
                        .get("score")
                        .and_then(|s| s.get(key))
                        .and_then(Value::as_f64)
                        .map(|p| (p / scale * 100.0).round() / 100.0)
                };
                let current = CurrentText {
                    text: text.to_string(),
                    gps: points("gps_points", 30.0),
                    didatica: points("didatica_points", 100.0),
                };
                repo.record_text(course, &Target::Lesson(id.into()), &current, &meta, at)?;
            }
        }
        for (key, target) in [
            ("brief_markdown", Target::Brief),
            ("curriculum_yaml", Target::Curriculum),
        ] {
            if let Some(text) = version.metadata_snapshot.get(key).and_then(Value::as_str) {
                let current = CurrentText {
                    text: text.to_string(),
                    gps: None,
                    didatica: None,
                };
                repo.record_text(course, &target, &current, &meta, at)?;
            }
        }
    }
    // Today's texts last, so each target's head is its current text.
    let repo = Repo::over(conn, "lectern");
    let offline: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT lesson_id FROM course_lessons
             WHERE content_piece_id = ?1 AND generation_provider = 'offline'",
        )?;
        stmt.query_map([course.0], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    let meta = RevisionMeta::new(RevisionSource::Migrated);
    let drafts = RevisionMeta {
        origin: Some("offline-draft".into()),
        ..meta.clone()
    };
    for target in repo.course_targets(course)? {
        let is_draft = matches!(&target, Target::Lesson(id) if offline.contains(id));
        let meta = if is_draft { &drafts } else { &meta };
        if let Some(current) = repo.current_text(course, &target)? {
            repo.record_text(course, &target, &current, meta, None)?;
        }
    }
    Ok(())
}
