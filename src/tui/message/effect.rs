//! `Effect`: what `update` asks the outside world to do, as data. Screens never do I/O; the
//! app turns navigation effects into screens and the runtime hands storage requests to the
//! storage worker. Must not depend on rendering.

use std::path::PathBuf;

use crate::services::Scope;
use crate::services::sync::Incoming;
use crate::storage::LessonRow;
use crate::storage::sync::Keep;

use crate::tui::message::action::GlobalAction;
use crate::tui::message::authoring::AuthoringRequest;
use crate::tui::message::history::{DiffBase, HistoryTarget};
use crate::tui::message::jobs::{EstimateRequest, JobsIntent};
use crate::tui::message::target::EditorTarget;

/// A query for the storage worker; answered by a past-tense `StorageEvent`.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageRequest {
    /// The library's first page (what the first frame shows).
    LoadCourses,
    /// The library's next page: the courses after `after` (title and slug of the last one
    /// shown; keyset paging, so a course another process adds between pages is neither
    /// shown twice nor skipped), to go in at `offset` of the list.
    LoadMoreCourses {
        offset: usize,
        after: (String, String),
    },
    LoadCourse(String),
    /// A search: the `limit` best hits (the screen asks for a page, then more as the
    /// selection nears the end of what it has).
    Search {
        query: String,
        limit: u32,
    },
    /// The editors' requests (issue 6); served with write access.
    Authoring(AuthoringRequest),
    /// Failing and warning lessons of one course (a slug), or of the whole library.
    LoadReview(Option<String>),
    /// One lesson with its text, to open at `at`.
    LoadLesson {
        slug: String,
        lesson_id: String,
        at: LessonTarget,
    },
    /// Archive (never delete) a course.
    ArchiveCourse(String),
    /// Bring an archived course back with the status it had.
    UnarchiveCourse(String),
    /// Import a course folder, or a folder of course folders.
    ImportFolder(PathBuf),
    /// Directories that complete what was typed in the import prompt.
    CompletePath(String),
    /// Highlight a lesson's (sanitised) lines. CPU work, not storage: the runtime runs it on a
    /// blocking task so it never queues behind queries or blocks a frame.
    Highlight {
        hash: u64,
        lines: std::sync::Arc<Vec<String>>,
    },
    /// A new course from the brief template (the Library's `n`); served with write access.
    CreateCourse {
        title: String,
        slug: String,
    },
    /// Every revision of a text, newest first.
    LoadHistory(HistoryTarget),
    /// A word diff of `revision` against `base`, computed on the worker under the history
    /// service's time budget.
    LoadDiff {
        target: HistoryTarget,
        revision: String,
        base: DiffBase,
    },
    /// Bring back `revision`'s text as a new revision.
    Restore {
        target: HistoryTarget,
        revision: String,
    },
    /// Take back the course's last bulk action (regeneration, re-import, restore, archive).
    Undo(String),
    /// The stored messages of a course (a slug), for the messages screen.
    LoadMessages(String),
    /// SQLite's `data_version`: it moves when another process wrote to the database.
    DataVersion,
    /// The status bar's sync line, from the local database plus what the last poll found
    /// waiting on the server (`Incoming`); the worker itself never touches the network.
    SyncStatus(Incoming),
    /// The open conflicts' (course, target) pairs, for the badges (one cheap query).
    LoadConflictMarks,
    /// The honest estimate of a run a dialog asks to confirm.
    Estimate(EstimateRequest),
    /// The newest recorded generation jobs of every course and kind, for `J`.
    RecentJobs,
    /// Lessons of a course (`Some`) or the library with issue `code`, whatever their status.
    LoadReviewCode {
        scope: Option<String>,
        code: String,
    },
    /// The analytics of the library or a course (`services::load_analytics`).
    LoadAnalytics(Scope),
    /// Every persona of the library, with the courses in their voice.
    LoadPersonas,
    /// The open sync conflicts of a course (a slug), or of every course, with word diffs.
    LoadConflicts(Option<String>),
    /// Resolve a conflict as `lectern conflicts resolve` does: keep a side or a merged text.
    ResolveConflict {
        course: String,
        target: String,
        keep: Keep,
    },
    /// Make `persona` the voice of `course` (`None` takes it off).
    AssignPersona {
        course: String,
        persona: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub enum Effect {
    Storage(StorageRequest),
    OpenCourse(String),
    OpenLesson(Box<OpenLesson>),
    /// Review failing lessons of a course (`Some(slug)`) or of the whole library.
    OpenReview(Option<String>),
    /// Something a global key would do (leave the screen, open search …).
    Global(GlobalAction),
    /// Tell the person something in the status bar.
    Notify(String),
    /// Open an editor on a brief, curriculum or lesson.
    OpenEditor(EditorTarget),
    /// Close the top screen (an editor that is done), with a message for the status bar.
    Close(Option<String>),
    /// Generation: start (after confirmation) or cancel runs; handled by the jobs panel.
    Jobs(JobsIntent),
    /// Open the history of a course's texts, at `target`.
    OpenHistory(HistoryTarget),
    /// Undo the last bulk action: of the course the status line last named, else of this one.
    Undo(Option<String>),
    /// Open the messages of a course (`Some`), or from the library (`None` with the selected
    /// course): of the course the last import warned about, else of the selected one.
    OpenMessages {
        slug: Option<String>,
        from_library: bool,
    },
    /// Open the personas: browsing (`None`) or picking the voice of a course (`Some`).
    OpenPersonas(Option<String>),
    /// Open the sync conflicts of a course (`Some`) or of every course.
    OpenConflicts(Option<String>),
    /// Open the analytics dashboard of a course (`Some`) or of the library.
    OpenAnalytics(Option<String>),
    /// Review the lessons of a course (`Some`) or the library that have issue `code`.
    OpenReviewCode {
        course: Option<String>,
        code: String,
    },
    /// Open the editor on a conflict's merged text (with markers); saving it resolves.
    OpenMerged {
        course: String,
        target: String,
        text: String,
    },
}

/// What the lesson screen needs, taken from the already-loaded course (no new query).
#[derive(Debug, Clone)]
pub struct OpenLesson {
    /// The course's slug, so the lesson screen can open the lesson editor.
    pub course_slug: String,
    pub course_title: String,
    pub lesson: LessonRow,
    /// Where to put the reader when the lesson opens.
    pub at: LessonTarget,
}

/// Where a lesson opens: at its top, at one of its issues, at the first line containing
/// one of a search's terms, or at a line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LessonTarget {
    #[default]
    Top,
    Issue {
        code: String,
        line: Option<u32>,
    },
    Terms(Vec<String>),
    /// A line of the lesson's file (1-based), where a stored course message points.
    Line(u32),
}
