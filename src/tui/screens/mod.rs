//! The screens, one folder each: `mod.rs` holds the state, `handle_key → Option<Action>` and
//! `update(Action) → Option<Effect>`, `view.rs` holds `render(&self)`, and parts sit beside
//! them with plain names. A screen may import `keys`, `message`, `text`, `widgets` and
//! `theme`; it must never import another screen, `app`, or the I/O side (`run`), and nothing
//! here touches rusqlite, tokio or reqwest. Only `mod.rs` sits directly in this folder (the
//! architecture test enforces all of this).

pub mod analytics;
pub mod conflicts;
pub mod course;
pub mod editor;
pub mod history;
pub mod jobs;
pub mod lesson;
pub mod library;
pub mod messages;
pub mod personas;
pub mod review;
pub mod search;

pub use analytics::{AnalyticsAction, AnalyticsCommand, AnalyticsOutcome, AnalyticsScreen};
pub use conflicts::{
    ConflictEntry, ConflictsAction, ConflictsCommand, ConflictsEffect, ConflictsScreen, KeepSide,
};
pub use course::{CourseAction, CourseCommand, CoursePane, CourseScreen};
pub use editor::{
    ANALYSIS_PAUSE_TICKS, DRAFT_EVERY_TICKS, Dialog, EditState, EditorAction, EditorCommand,
    EditorPane, EditorScreen,
};
pub use history::{DiffPane, HistoryAction, HistoryCommand, HistoryScreen};
pub use jobs::model::{Cost, JobProgress, JobState, LessonProgress, LessonState};
pub use jobs::stream::{render_stream, score_change_line};
pub use jobs::{JobsDialog, JobsPanel, PanelAction, PanelEffect};
pub use lesson::{LessonAction, LessonCommand, LessonPane, LessonScreen};
pub use library::new_course::{NewCourseDialog, NewCourseField};
pub use library::{
    DialogEdit, FilterEdit, LibraryAction, LibraryCommand, LibraryDialog, LibraryScreen, PathPrompt,
};
pub use messages::{MessagesAction, MessagesCommand, MessagesScreen};
pub use personas::{PersonasAction, PersonasCommand, PersonasEffect, PersonasScreen};
pub use review::{ReviewAction, ReviewCommand, ReviewGroup, ReviewHit, ReviewRow, ReviewScreen};
pub use search::{SEARCH_PAGE, SearchAction, SearchCommand, SearchRow, SearchScreen};
