//! One lesson: load its text, and save content + scores + its revision in one transaction
//! (the draft is removed in the same transaction).

use serde::Serialize;

use crate::domain::rubric::{LessonScore, Rubric, score_lesson};
use crate::domain::said::Said;
use crate::domain::text::word_count;
use crate::storage::{
    CourseRecord, DraftKind, LessonRow, Repo, RevisionMeta, RevisionSource, SaveBase, Store, Target,
};

use super::super::import_plan::score_record;
use super::{AuthoringError, EditorText, Refusal, record_revision};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonSaved {
    /// The number of this text's revision in the lesson's history (1, 2, …).
    pub version: u32,
    /// The new revision's id; `None` when the text was unchanged.
    pub revision: Option<String>,
    pub score: LessonScore,
}

/// The lesson's stored text (empty for a planned lesson).
pub fn load_lesson(
    store: &Store,
    slug: &str,
    lesson_id: &str,
) -> Result<EditorText, AuthoringError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let row = find_lesson(&repo, &course, lesson_id)?;
    Ok(EditorText::new(
        row.record.content_markdown.unwrap_or_default(),
    ))
}

/// Lesson text is always scorable; only an empty text is refused, because storing it would
/// silently turn a written lesson back into a planned-looking one.
pub fn check_lesson(text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        return Err(Refusal::said(
            Said::new("err-lesson-empty"),
            Said::new("err-lesson-empty-hint"),
        ));
    }
    Ok(())
}

/// A person's save from the TUI editor.
pub fn save_lesson(
    store: &mut Store,
    slug: &str,
    lesson_id: &str,
    text: &str,
) -> Result<LessonSaved, AuthoringError> {
    save_lesson_as(store, slug, lesson_id, text, RevisionSource::Edited)
}

/// Saves a person's text on top of whatever is stored (the text it replaces stays in
/// history). Editors that know what they loaded call [`save_lesson_on`] instead.
pub fn save_lesson_as(
    store: &mut Store,
    slug: &str,
    lesson_id: &str,
    text: &str,
    source: RevisionSource,
) -> Result<LessonSaved, AuthoringError> {
    save_lesson_on(store, slug, lesson_id, text, &SaveBase::OnTop, source)
}

/// Saves a person's text, recorded with `source` (`edited`, `cli-set`, `external-editor`),
/// only if the stored text is still `base` (else [`AuthoringError::Conflict`], nothing
/// stored).
pub fn save_lesson_on(
    store: &mut Store,
    slug: &str,
    lesson_id: &str,
    text: &str,
    base: &SaveBase,
    source: RevisionSource,
) -> Result<LessonSaved, AuthoringError> {
    check_lesson(text).map_err(AuthoringError::Refused)?;
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        let target = Target::Lesson(lesson_id.to_string());
        find_lesson(repo, &course, lesson_id)?;
        repo.check_base(course.id, &target, base)?;
        let rubric: Rubric = repo
            .metadata(course.id)?
            .and_then(|m| m.rubric.parse().ok())
            .unwrap_or_default();
        let mut row = find_lesson(repo, &course, lesson_id)?;
        let score = score_lesson(text, rubric);
        row.record.content_markdown = Some(text.to_string());
        row.record.word_count = word_count(text) as u32;
        // `content_sha256` stays the imported file's hash: export compares against it to
        // tell a file that is byte-for-byte as imported from one a person edited.
        row.record
            .source_encoding
            .get_or_insert_with(|| "utf-8".into());
        row.record.score = Some(score_record(&score));
        repo.upsert_lessons(course.id, std::slice::from_ref(&row.record))?;
        let (version, revision) =
            record_revision(repo, course.id, target, &RevisionMeta::new(source))?;
        repo.delete_draft(course.id, DraftKind::Lesson, Some(lesson_id))?;
        Ok(LessonSaved {
            version,
            revision,
            score,
        })
    })
}

fn find_lesson(
    repo: &Repo<'_>,
    course: &CourseRecord,
    lesson_id: &str,
) -> Result<LessonRow, AuthoringError> {
    repo.lessons_of(course.id)?
        .into_iter()
        .find(|l| l.record.lesson_id == lesson_id)
        .ok_or_else(|| {
            AuthoringError::Said(
                Said::new("err-no-lesson")
                    .with("slug", &course.slug)
                    .with("lesson", lesson_id),
            )
        })
}
