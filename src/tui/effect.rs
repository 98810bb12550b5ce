//! `Effect`: what `update` asks the outside world to do, as data. Screens never do I/O; the
//! app turns navigation effects into screens and the runtime hands storage requests to the
//! storage worker. Must not depend on rendering.

use crate::storage::LessonRow;

use super::authoring_worker::AuthoringRequest;
use super::screens::EditorTarget;

/// A query for the storage worker; answered by a past-tense `StorageEvent`.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageRequest {
    LoadCourses,
    LoadCourse(String),
    Search(String),
    /// The editors' requests (issue 6); served with write access.
    Authoring(AuthoringRequest),
    /// A new course from the brief template (the Library's `n`); served with write access.
    CreateCourse {
        title: String,
        slug: String,
    },
}

#[derive(Debug, Clone)]
pub enum Effect {
    Storage(StorageRequest),
    OpenCourse(String),
    OpenLesson(Box<OpenLesson>),
    /// Tell the person something in the status bar.
    Notify(String),
    /// Open an editor on a brief, curriculum or lesson.
    OpenEditor(EditorTarget),
    /// Close the top screen (an editor that is done), with a message for the status bar.
    Close(Option<String>),
}

/// What the lesson screen needs, taken from the already-loaded course (no new query).
#[derive(Debug, Clone)]
pub struct OpenLesson {
    /// The course's slug, so the lesson screen can open the lesson editor.
    pub course_slug: String,
    pub course_title: String,
    pub lesson: LessonRow,
}
