//! Going back: restore one revision of a target, or undo the last action of a course. Both
//! write new revisions (sources `restored`, `undo`) — history never rewinds — and each is one
//! transaction, so a crash leaves the course wholly before or wholly after.

use serde::Serialize;

use crate::domain::brief::parse_brief;
use crate::domain::course::CourseStatus;
use crate::domain::curriculum::parse_curriculum;
use crate::domain::rubric::{Rubric, score_lesson};
use crate::domain::said::Said;
use crate::domain::text::word_count;
use crate::storage::{
    CourseId, MetadataRecord, Repo, RevisionMeta, RevisionSource, Store, StoreError, Target,
};

use super::super::ServiceError;
use super::super::authoring::{apply_curriculum, brief_metadata};
use super::super::import_plan::score_record;
use super::resolve;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Restored {
    /// The new revision (source `restored`).
    pub id: String,
    /// The revision whose text was brought back.
    pub from: String,
    pub target: String,
}

/// Brings back the exact text of revision `name` of `target` as a new revision; a lesson is
/// scored again.
pub fn restore_revision(
    store: &mut Store,
    slug: &str,
    target: &str,
    name: &str,
) -> Result<Restored, ServiceError> {
    let target = Target::parse_arg(target);
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        let revision = resolve(repo, course.id, &target, slug, name)?;
        let head = repo.head_revision(course.id, &target)?;
        if head.is_some_and(|h| h.sha256 == revision.sha256) {
            return Err(ServiceError::refused(
                Said::new("err-restore-same-text")
                    .with("revision", short(&revision.id))
                    .with("target", target.to_string()),
            ));
        }
        let text = repo.text_by_sha(&revision.sha256)?;
        write_target_text(repo, course.id, &target, &text)?;
        let meta = RevisionMeta {
            origin: Some(revision.origin.clone()).filter(|o| o != "empty"),
            ..RevisionMeta::new(RevisionSource::Restored)
        };
        let recorded = repo.record_revisions(course.id, std::slice::from_ref(&target), &meta)?;
        let id = recorded.into_iter().next().map(|r| r.id).ok_or_else(|| {
            StoreError::Refused(
                Said::new("err-restore-no-revision").with("target", target.to_string()),
            )
        })?;
        Ok(Restored {
            id,
            from: revision.id,
            target: target.to_string(),
        })
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Undone {
    /// The action taken back.
    pub action_id: String,
    /// Its source (`generated`, `reimported`, `restored`, …).
    pub source: String,
    /// New revisions (source `undo`), one per target put back: (target, revision id).
    pub revisions: Vec<(String, String)>,
}

/// Puts every target the course's last undoable action changed back to the text it had
/// before, in one transaction.
pub fn undo_last_action(store: &mut Store, slug: &str) -> Result<Undone, ServiceError> {
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        let action = repo.last_undoable_action(course.id)?.ok_or_else(|| {
            ServiceError::refused(Said::new("err-undo-nothing").with("slug", slug))
        })?;
        let changed = repo.action_revisions(course.id, &action)?;
        let source = changed
            .first()
            .map(|r| r.source.clone())
            .unwrap_or_default();
        let action_id = crate::storage::new_revision_id();
        let mut revisions = Vec::new();
        let mut done: Vec<&str> = Vec::new();
        for first in &changed {
            // The first revision of each target in the action; its parent is the text before.
            if done.contains(&first.target.as_str()) {
                continue;
            }
            done.push(&first.target);
            let target = Target::from_key(&first.target);
            let (text, origin) = match &first.parent {
                Some(parent) => {
                    let parent = repo
                        .revisions_of(course.id, &target)?
                        .into_iter()
                        .find(|r| &r.id == parent)
                        .ok_or_else(|| {
                            StoreError::Refused(
                                Said::new("err-restore-parent-missing").with("revision", parent),
                            )
                        })?;
                    (repo.text_by_sha(&parent.sha256)?, Some(parent.origin))
                }
                None => (String::new(), None),
            };
            write_target_text(repo, course.id, &target, &text)?;
            let meta = RevisionMeta {
                action_id: action_id.clone(),
                undoes_action: Some(action.clone()),
                origin: origin.filter(|o| o != "empty"),
                ..RevisionMeta::new(RevisionSource::Undo)
            };
            for r in repo.record_revisions(course.id, &[target], &meta)? {
                revisions.push((r.target.to_string(), r.id));
            }
        }
        if revisions.is_empty() {
            // Nothing differed (the texts were already back): still mark the action undone so
            // the next undo reaches the one before it.
            let meta = RevisionMeta {
                action_id: action_id.clone(),
                undoes_action: Some(action.clone()),
                ..RevisionMeta::new(RevisionSource::Undo)
            };
            repo.mark_undone(course.id, &action, &meta)?;
        }
        Ok(Undone {
            action_id: action,
            source,
            revisions,
        })
    })
}

/// Makes `text` the current text of `target` (an empty text empties it: a planned lesson,
/// no brief). A lesson is scored with the course's rubric.
pub(crate) fn write_target_text(
    repo: &Repo<'_>,
    course: CourseId,
    target: &Target,
    text: &str,
) -> Result<(), ServiceError> {
    let meta = repo.metadata(course)?;
    match target {
        Target::Lesson(id) => {
            let rubric: Rubric = meta.and_then(|m| m.rubric.parse().ok()).unwrap_or_default();
            let mut row = repo
                .lessons_of(course)?
                .into_iter()
                .find(|l| &l.record.lesson_id == id)
                .ok_or_else(|| {
                    ServiceError::refused(Said::new("err-restore-lesson-gone").with("lesson", id))
                })?;
            let r = &mut row.record;
            if text.is_empty() {
                r.content_markdown = None;
                r.word_count = 0;
                r.score = None;
            } else {
                r.content_markdown = Some(text.to_string());
                r.word_count = word_count(text) as u32;
                // `content_sha256` keeps the imported file's hash (see export fidelity).
                r.score = Some(score_record(&score_lesson(text, rubric)));
            }
            repo.upsert_lessons(course, std::slice::from_ref(&row.record))?;
        }
        Target::Brief => {
            let mut meta = brief_metadata(meta, text, &parse_brief(text));
            if text.is_empty() {
                meta.brief_markdown = None;
            }
            repo.upsert_metadata(course, &meta)?;
        }
        Target::Curriculum => {
            let mut meta = meta.unwrap_or_else(|| MetadataRecord {
                rubric: Rubric::default().as_str().to_string(),
                brief_fields: serde_json::json!({}),
                ..MetadataRecord::default()
            });
            apply_curriculum(&mut meta, text, parse_curriculum(text).ok().as_ref());
            repo.upsert_metadata(course, &meta)?;
            // An approval covers the text that was shown.
            if repo.curriculum_approved_at(course)?.is_some() {
                repo.set_curriculum_approved(course, None)?;
            }
        }
        Target::Research(name) => repo.set_research_text(course, name, text)?,
        Target::Status => {
            let status: CourseStatus = text.parse().map_err(|_| {
                StoreError::Refused(Said::new("err-restore-bad-status").with("text", text))
            })?;
            repo.write_course_status(course, status)?;
        }
    }
    Ok(())
}

fn short(id: &str) -> &str {
    id.get(..13).unwrap_or(id)
}
