//! Authoring use cases (issue 6), shared by `lectern new/brief/curriculum/lesson` and the TUI
//! editors: a new course from our brief template, saving a brief, a curriculum or a lesson
//! (text + parsed fields or scores + a version snapshot, one transaction each), the approval
//! checkpoint, and drafts of unsaved text.
//!
//! The clock stays outside: callers pass the dates they want written. Must not depend on the
//! CLI or the TUI.

mod brief;
mod curriculum;
mod drafts;
mod external_editor;
mod keep;
mod lesson;
mod new_course;
mod reconcile;
mod refusal;
mod skeleton;
mod template;

use serde::Serialize;

use crate::domain::said::Said;
use crate::storage::{Conflict, CourseId, Repo, RevisionMeta, StoreError, Target};

pub(crate) use brief::brief_metadata;
pub use brief::{BriefSaved, check_brief, load_brief, save_brief, save_brief_as, save_brief_on};
pub(crate) use curriculum::apply_curriculum;
pub use curriculum::{
    ApprovalSummary, Approved, CurriculumSave, CurriculumSaved, ModuleSummary, Replace,
    approval_summary, approval_summary_with, approve_curriculum, approve_curriculum_seen,
    check_curriculum, load_curriculum, save_curriculum, save_curriculum_as, save_curriculum_on,
};
pub use drafts::{
    DraftDiff, DraftKey, diff_summary, discard_draft, discard_draft_slot, list_drafts, load_draft,
    move_draft, save_draft,
};
pub use external_editor::{
    EditOutcome, EditorError, edit_externally, edit_externally_with, editor_command,
};
pub use keep::keep_beside_stored;
pub use lesson::{
    LessonSaved, check_lesson, load_lesson, save_lesson, save_lesson_as, save_lesson_on,
};
pub use new_course::{NewCourseRequest, create_course, suggest_free_slug};
pub use refusal::RefusalWords;
pub use skeleton::{curriculum_skeleton, lesson_skeleton_of};
pub use template::{BriefTemplate, render_brief_template};

/// Input refused before anything was written: where, what, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{line}:{column}: {message} ({hint})")]
pub struct Refusal {
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub hint: String,
    /// The same sentences as data, for the reader's language (not part of the JSON).
    #[serde(skip)]
    pub words: Box<RefusalWords>,
}

#[derive(Debug, thiserror::Error)]
pub enum AuthoringError {
    #[error(transparent)]
    Store(StoreError),
    /// The stored text moved on since the save's base was loaded; nothing was stored.
    #[error("{0}")]
    Conflict(Box<Conflict>),
    /// The text does not pass validation; nothing was stored.
    #[error("{0}")]
    Refused(Refusal),
    /// Text quoted as written: an error of the services that carries no sentence of ours (a
    /// provider or HTTP library failure while estimating an approval).
    #[error("{0}")]
    Input(String),
    /// A refusal as data (`src/domain/said.rs`): English here, the reader's language at the
    /// front ends.
    #[error("{}", crate::i18n::Texts::default().said(.0))]
    Said(Said),
}

impl From<StoreError> for AuthoringError {
    fn from(e: StoreError) -> AuthoringError {
        match e {
            StoreError::Conflict(c) => AuthoringError::Conflict(c),
            other => AuthoringError::Store(other),
        }
    }
}

impl AuthoringError {
    /// True when the person can fix it by changing what they passed (exit code 2).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            AuthoringError::Refused(_)
                | AuthoringError::Input(_)
                | AuthoringError::Said(_)
                | AuthoringError::Store(StoreError::CourseNotFound(_) | StoreError::SlugTaken(_))
        )
    }

    /// What this error says, as data (`None`: quoted as written).
    pub fn said(&self) -> Option<Said> {
        match self {
            AuthoringError::Store(e) => e.said(),
            AuthoringError::Said(said) => Some(said.clone()),
            AuthoringError::Conflict(c) => Some(c.said()),
            AuthoringError::Refused(r) => Some(
                Said::new("err-authoring-refusal")
                    .with("line", r.line.to_string())
                    .with("column", r.column.to_string())
                    .with("message", r.message_said())
                    .with("hint", r.hint_said()),
            ),
            AuthoringError::Input(_) => None,
        }
    }
}

/// The saved text an editor starts from, with the hash drafts are compared against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditorText {
    pub text: String,
    pub sha256: String,
}

impl EditorText {
    pub fn new(text: String) -> EditorText {
        EditorText {
            sha256: sha256_hex(&text),
            text,
        }
    }
}

pub(crate) fn sha256_hex(text: &str) -> String {
    crate::domain::text::sha256_hex(text.as_bytes())
}

/// A serde value for a stored JSON column; serialising our own records cannot fail, and a
/// column is better stored as `null` than the save refused.
fn snapshot<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

/// Records the revision of one saved text; returns its number in the target's history and
/// its id (`None` when the text was already the head: saving the same text twice).
fn record_revision(
    repo: &Repo<'_>,
    course: CourseId,
    target: Target,
    meta: &RevisionMeta,
) -> Result<(u32, Option<String>), StoreError> {
    let id = repo
        .record_revisions(course, std::slice::from_ref(&target), meta)?
        .pop()
        .map(|r| r.id);
    Ok((repo.revision_count(course, &target)?, id))
}
