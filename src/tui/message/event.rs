//! `AppEvent`: everything the runtime feeds the app — terminal input, the tick, and the
//! storage worker's answers as past-tense facts. Must not depend on rendering.

use crossterm::event::Event;

use crate::services::{Analytics, CourseChecks, CourseDetail, Estimate, PersonaEntry, Scope};
use crate::storage::{CourseSummary, JobSummary, ReviewLesson, SearchHit};

use crate::tui::message::effect::OpenLesson;

use crate::tui::message::authoring::AuthoringEvent;
use crate::tui::message::conflicts::ConflictEntry;
use crate::tui::message::history::{DiffBase, HistoryDiff, HistoryEntry, HistoryTarget};
use crate::tui::message::jobs::{EstimateKind, GenerationEvent};
use crate::tui::message::messages::MessageRow;
use crate::tui::message::sync::SyncEvent;

#[derive(Debug)]
pub enum AppEvent {
    Terminal(Event),
    Tick,
    Storage(StorageEvent),
    /// A generation run's news, from the runtime's bridge.
    Generation(GenerationEvent),
    /// The background sync worker's news (only when `[sync]` is configured).
    Sync(SyncEvent),
}

/// An answer from the storage worker. Errors arrive as text for a notification.
#[derive(Debug, Clone)]
pub enum StorageEvent {
    /// SQLite's `data_version` now (`None`: it could not be read).
    DataVersion(Option<i64>),
    /// A page of the library from `offset`; `more` when another page follows.
    CoursesLoaded {
        offset: usize,
        result: Result<Vec<CourseSummary>, String>,
        more: bool,
    },
    CourseLoaded {
        slug: String,
        result: Result<Box<CourseDetail>, String>,
        /// Course-level checks, computed on the worker with the course.
        checks: Option<Box<CourseChecks>>,
        /// How many messages the course has stored (0 when they cannot be counted).
        messages: u32,
    },
    SearchResults {
        query: String,
        limit: u32,
        result: Result<Vec<SearchHit>, String>,
    },
    /// An editor's answer (issue 6).
    Authoring(AuthoringEvent),
    ReviewLoaded {
        scope: Option<String>,
        /// The issue code the review was narrowed to (`LoadReviewCode`).
        code: Option<String>,
        result: Result<Vec<ReviewLesson>, String>,
    },
    LessonLoaded(Result<Box<OpenLesson>, String>),
    CourseArchived {
        slug: String,
        result: Result<(), String>,
    },
    /// Back from the Archived view: the status it has again (`None`: it was not archived).
    CourseUnarchived {
        slug: String,
        result: Result<Option<String>, String>,
    },
    /// What the import did (a one-line report) or why it refused; `reimported` names the
    /// courses whose existing texts it replaced (a bulk action `u` can take back).
    FolderImported {
        result: Result<String, String>,
        reimported: Vec<String>,
        /// The courses the import had warnings or errors about, in import order.
        warned: Vec<String>,
    },
    PathCompleted {
        input: String,
        candidates: Vec<String>,
    },
    /// A lesson's highlighting (`None` would keep the text plain; the highlighter itself
    /// leaves lines without runs when it has no grammar).
    Highlighted {
        hash: u64,
        lines: Option<crate::tui::text::highlight::Highlighted>,
    },
    /// The Library's new course: its slug, or why it was not created.
    CourseCreated(Result<String, String>),
    HistoryLoaded {
        target: HistoryTarget,
        result: Result<Vec<HistoryEntry>, String>,
    },
    DiffLoaded {
        target: HistoryTarget,
        revision: String,
        base: DiffBase,
        result: Result<HistoryDiff, String>,
    },
    /// A restore: what happened (for the status line), or why not.
    Restored {
        target: HistoryTarget,
        result: Result<String, String>,
    },
    /// A course's stored messages, for the messages screen.
    MessagesLoaded {
        slug: String,
        result: Result<Vec<MessageRow>, String>,
    },
    /// An undo of the course's last bulk action: what was taken back, or why not.
    Undone {
        slug: String,
        result: Result<String, String>,
    },
    /// Every persona of the library, for the personas screen.
    PersonasLoaded(Result<Vec<PersonaEntry>, String>),
    /// A course's persona set (`Some`) or taken off (`None`), or why not.
    PersonaAssigned {
        course: String,
        persona: Option<String>,
        result: Result<(), String>,
    },
    /// The open conflicts of `course` (`None`: every course), for the conflicts screen.
    ConflictsLoaded {
        course: Option<String>,
        result: Result<Vec<ConflictEntry>, String>,
    },
    /// A conflict resolved: what the status line says, or why not.
    ConflictResolved {
        course: String,
        result: Result<String, String>,
    },
    /// The status bar's sync line (`None`: nothing to show, as before the first sync).
    SyncStatus(Option<String>),
    /// The open conflicts' (course, target) pairs, for the badges in the library and the
    /// course tree.
    ConflictMarks(Result<Vec<(String, String)>, String>),
    /// The newest recorded generation jobs (lessons, curriculum, research), newest first.
    RecentJobs(Result<Vec<JobSummary>, String>),
    /// The figures of the analytics dashboard of `scope`.
    AnalyticsLoaded {
        scope: Scope,
        result: Box<Result<Analytics, String>>,
    },
    /// A dialog's estimate (or why there is none), for the run of `kind` on course `slug`.
    Estimated {
        slug: String,
        kind: EstimateKind,
        result: Result<Box<Estimate>, String>,
    },
}
