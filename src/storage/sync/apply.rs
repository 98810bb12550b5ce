//! Applying a pulled page of the server's log to this replica, inside one local transaction
//! that also advances the pull cursor (the caller's `Store::write`). The page's writes are
//! made in mode 2, so the triggers do not queue them back to the server.
//!
//! Revisions are inserted with their server ids; a text's head follows the server's head,
//! except while a local revision of that text waits to be pushed (the next push merges the
//! two on the server, so a pulled text never replaces an unpushed one).

use std::collections::BTreeSet;

use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value};

use crate::domain::course::CourseStatus;
use crate::domain::said::Said;

use super::super::repo::Repo;
use super::super::revision_blobs::sha256_of;
use super::super::{CourseId, SaveBase, StoreError, Target};
use super::rows::RowKey;
use super::{PulledEntry, SyncRevision};

/// What applying pulled entries changed here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Revisions this replica did not hold before.
    pub revisions: u64,
    /// Courses whose rows or texts changed (screens showing them refresh).
    pub courses: BTreeSet<String>,
    /// Conflicts new to this replica.
    pub conflicts: u64,
}

impl Repo<'_> {
    /// Applies `entries` (in log order) and moves the pull cursor past them.
    pub fn sync_apply_page(
        &self,
        replica: &str,
        entries: &[PulledEntry],
    ) -> Result<Applied, StoreError> {
        let mut applied = Applied::default();
        self.set_sync_mode(2)?;
        for entry in entries {
            match (entry.kind.as_str(), &entry.revision) {
                ("revision", Some(rev)) => {
                    let head = entry.payload.get("head").and_then(Value::as_str);
                    if self.apply_revision(rev, head.unwrap_or(&rev.id))? {
                        applied.revisions += 1;
                        applied.courses.insert(rev.course.clone());
                    }
                }
                ("row", _) => {
                    if self.apply_row(&entry.key, &entry.payload)? {
                        let course = RowKey::parse(&entry.key)?.course().to_string();
                        applied.courses.insert(course);
                    }
                }
                ("conflict", _) => {
                    if self.apply_conflict(replica, &entry.payload)? {
                        applied.conflicts += 1;
                    }
                }
                _ => {
                    return Err(StoreError::Refused(
                        Said::new("err-sync-log-kind")
                            .with("seq", entry.seq.to_string())
                            .with("kind", entry.kind.as_str()),
                    ));
                }
            }
        }
        if let Some(last) = entries.last() {
            self.set_pull_cursor(last.seq)?;
        }
        self.set_sync_mode(1)?;
        Ok(applied)
    }

    fn course_of(&self, slug: &str) -> Result<CourseId, StoreError> {
        self.conn()
            .query_row(
                "SELECT id FROM content_pieces WHERE piece_slug = ?1",
                [slug],
                |r| r.get(0),
            )
            .optional()?
            .map(CourseId)
            .ok_or_else(|| {
                StoreError::Refused(Said::new("err-sync-pulled-revision-course").with("slug", slug))
            })
    }

    fn revision_sha(&self, id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT sha256 FROM revisions WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Stores a pulled revision (if new) and sets its text's head. True when it was new.
    fn apply_revision(&self, rev: &SyncRevision, head: &str) -> Result<bool, StoreError> {
        let course = self.course_of(&rev.course)?;
        let target = Target::from_key(&rev.target);
        let local_head = self.head_revision(course, &target)?;
        let base = local_head
            .as_ref()
            .map(|h| SaveBase::Sha256(h.sha256.clone()));
        let local_head = local_head.map(|h| h.id);
        let new = self.revision_sha(&rev.id)?.is_none();
        if new {
            let base = match &rev.parent {
                Some(p) => self.revision_sha(p)?,
                None => None,
            };
            let base_text = base.as_deref().map(|s| self.text_by_sha(s)).transpose()?;
            let sha = self.put_text(&rev.body, base.as_deref().zip(base_text.as_deref()))?;
            if sha != rev.sha256 {
                return Err(StoreError::Refused(
                    Said::new("err-sync-pulled-revision-hash").with("id", rev.id.as_str()),
                ));
            }
            self.conn().execute(
                "INSERT INTO revisions (id, content_piece_id, target, parent_id, merge_parent_id,
                    created_at, source, provider, model, author, origin, gps_score,
                    didatica_score, sha256, action_id, undoes_action, lines_added, lines_removed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    ?17, ?18)",
                params![
                    rev.id,
                    course.0,
                    rev.target,
                    rev.parent,
                    rev.merge_parent,
                    rev.created_at,
                    rev.source,
                    rev.provider,
                    rev.model,
                    rev.author,
                    rev.origin,
                    rev.gps_score,
                    rev.didatica_score,
                    rev.sha256,
                    rev.action_id,
                    rev.undoes_action,
                    rev.lines_added,
                    rev.lines_removed,
                ],
            )?;
        }
        let keep_local = self.has_unpushed_revision(course, &target)?;
        let wanted = if keep_local {
            local_head
        } else {
            Some(head.to_string())
        };
        if let Some(id) = wanted {
            self.make_head(course, &target, &id, base.as_ref())?;
        }
        Ok(new)
    }

    /// Makes revision `id` the head of `target` (the local order is the order this replica
    /// learned of its heads) and its text the current one. `base` is the text this replica
    /// held as current: the one lost-update check (`Repo::check_base`) refuses to replace a
    /// text that moved on without a revision, and the whole page is rolled back.
    fn make_head(
        &self,
        course: CourseId,
        target: &Target,
        id: &str,
        base: Option<&SaveBase>,
    ) -> Result<(), StoreError> {
        let Some(sha) = self.revision_sha(id)? else {
            return Err(StoreError::Refused(
                Said::new("err-sync-head-unknown")
                    .with("id", id)
                    .with("target", target.to_string()),
            ));
        };
        let head = self.head_revision(course, target)?;
        if head.as_ref().map(|h| h.id.as_str()) != Some(id) {
            self.conn().execute(
                "UPDATE revisions SET seq = (SELECT max(seq) + 1 FROM revisions) WHERE id = ?1",
                [id],
            )?;
        }
        let current = self.current_text(course, target)?.map(|c| c.text);
        if current.as_deref().map(sha256_of).as_deref() != Some(sha.as_str()) {
            if let (Some(base), Some(_)) = (base, &current) {
                self.check_base(course, target, base)?;
            }
            let text = self.text_by_sha(&sha)?;
            self.write_raw_text(course, target, &text)?;
        }
        Ok(())
    }

    /// Puts a pulled head's text where the target lives, as it is (its scores and parsed
    /// fields arrive with the row changes).
    fn write_raw_text(
        &self,
        course: CourseId,
        target: &Target,
        text: &str,
    ) -> Result<(), StoreError> {
        let value = (!text.is_empty()).then_some(text);
        match target {
            Target::Lesson(id) => {
                let origin: Option<String> = self.head_revision(course, target)?.map(|h| h.origin);
                self.conn().execute(
                    "UPDATE course_lessons SET content_markdown = ?3, origin = ?4
                     WHERE content_piece_id = ?1 AND lesson_id = ?2",
                    params![course.0, id, value, origin.filter(|o| o != "empty")],
                )?;
            }
            Target::Brief | Target::Curriculum => {
                self.conn().execute(
                    "INSERT OR IGNORE INTO course_metadata (content_piece_id) VALUES (?1)",
                    [course.0],
                )?;
                let column = match target {
                    Target::Brief => "brief_markdown",
                    _ => "curriculum_yaml",
                };
                self.conn().execute(
                    &format!(
                        "UPDATE course_metadata SET {column} = ?2 WHERE content_piece_id = ?1"
                    ),
                    params![course.0, value],
                )?;
            }
            Target::Research(name) => self.set_research_text(course, name, text)?,
            Target::Status => {
                let status: CourseStatus = super::super::repo::parse_status(text.trim())?;
                self.write_course_status(course, status)?;
            }
        }
        Ok(())
    }

    /// Takes the server's value of every field this replica did not change since it last
    /// queued or pulled the row. True when something changed here.
    fn apply_row(&self, key: &str, payload: &Value) -> Result<bool, StoreError> {
        let row = RowKey::parse(key)?;
        let local = self.sync_row_fields(&row)?;
        let shadow = self.shadow(key)?;
        let deleted = payload.get("deleted").and_then(Value::as_bool) == Some(true);
        if deleted {
            let untouched = local == shadow;
            if untouched && local.is_some() {
                self.delete_sync_row(&row)?;
                self.set_shadow(key, None)?;
                return Ok(true);
            }
            return Ok(false);
        }
        if local.is_none() && shadow.is_some() {
            // Deleted here and not pushed yet: the push decides.
            return Ok(false);
        }
        let empty = Map::new();
        let server = payload
            .get("fields")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut next_shadow = shadow.clone().unwrap_or_default();
        let mut writes = Map::new();
        for (field, value) in server {
            let mine = local.as_ref().and_then(|l| l.get(field));
            let base = shadow.as_ref().and_then(|s| s.get(field));
            if local.is_none() || mine == base {
                if mine != Some(value) {
                    writes.insert(field.clone(), value.clone());
                }
                next_shadow.insert(field.clone(), value.clone());
            }
        }
        let changed = !writes.is_empty() || local.is_none();
        if changed {
            self.write_sync_row(&row, &writes)?;
        }
        self.set_shadow(key, Some(&next_shadow))?;
        Ok(changed)
    }

    /// Stores or updates a conflict as the server describes it; "mine" is the side this
    /// replica pushed, or — on other replicas — the text they showed (the server's head).
    fn apply_conflict(&self, replica: &str, c: &Value) -> Result<bool, StoreError> {
        let s = |k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
        let v = |k: &str| c.get(k).filter(|v| !v.is_null()).map(Value::to_string);
        let pushed_here = s("replica_id").as_deref() == Some(replica);
        let (mine, theirs) = if pushed_here {
            ("pushed", "head")
        } else {
            ("head", "pushed")
        };
        let Some(id) = s("id") else {
            return Err(StoreError::Refused(Said::new("err-sync-conflict-no-id")));
        };
        let new = self
            .conn()
            .query_row("SELECT 1 FROM sync_conflicts WHERE id = ?1", [&id], |_| {
                Ok(())
            })
            .optional()?
            .is_none();
        self.conn().execute(
            "INSERT INTO sync_conflicts (id, course, target, base_id, mine_id, theirs_id,
                mine_value, theirs_value, mine_author, theirs_author, mine_at, theirs_at, state,
                created_at, resolved_by, resolved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
             ON CONFLICT (id) DO UPDATE SET mine_id = excluded.mine_id,
                theirs_id = excluded.theirs_id, mine_author = excluded.mine_author,
                theirs_author = excluded.theirs_author, mine_at = excluded.mine_at,
                theirs_at = excluded.theirs_at,
                state = CASE WHEN sync_conflicts.state = 'resolved' THEN 'resolved'
                             ELSE excluded.state END,
                resolved_by = coalesce(sync_conflicts.resolved_by, excluded.resolved_by),
                resolved_at = coalesce(sync_conflicts.resolved_at, excluded.resolved_at)",
            params![
                id,
                s("course").unwrap_or_default(),
                s("target").unwrap_or_default(),
                s("base_id"),
                s(&format!("{mine}_id")),
                s(&format!("{theirs}_id")),
                v(&format!("{mine}_value")),
                v(&format!("{theirs}_value")),
                s(&format!("{mine}_author")),
                s(&format!("{theirs}_author")),
                s(&format!("{mine}_at")),
                s(&format!("{theirs}_at")),
                s("state").unwrap_or_else(|| "open".into()),
                s("created_at").unwrap_or_default(),
                s("resolved_by"),
                s("resolved_at"),
            ],
        )?;
        Ok(new)
    }
}
