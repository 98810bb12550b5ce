//! `AppEvent`: everything the runtime feeds the app — terminal input, the tick, and the
//! storage worker's answers as past-tense facts. Must not depend on rendering.

use crossterm::event::Event;

use crate::services::CourseDetail;
use crate::storage::{CourseSummary, SearchHit};

use super::authoring_worker::AuthoringEvent;

#[derive(Debug)]
pub enum AppEvent {
    Terminal(Event),
    Tick,
    Storage(StorageEvent),
}

/// An answer from the storage worker. Errors arrive as text for a notification.
#[derive(Debug, Clone)]
pub enum StorageEvent {
    CoursesLoaded(Result<Vec<CourseSummary>, String>),
    CourseLoaded {
        slug: String,
        result: Result<Box<CourseDetail>, String>,
    },
    SearchResults {
        query: String,
        result: Result<Vec<SearchHit>, String>,
    },
    /// An editor's answer (issue 6).
    Authoring(AuthoringEvent),
    /// The Library's new course: its slug, or why it was not created.
    CourseCreated(Result<String, String>),
}
