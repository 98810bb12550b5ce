//! The workbench TUI (ratatui + crossterm on tokio). Screens follow `handle_key → Action`,
//! `update → Effect`, `render(&self)`; effects run off the draw loop and come back as
//! past-tense events; keys are data (`assets/keymap.toml`), styles are semantic (`theme.rs`).
//!
//! The map — the pure side first, then the one folder that does I/O:
//! - `screens/NAME/`: one folder per screen (state, keys and `update` in `mod.rs`, `render` in
//!   `view.rs`, parts beside them). Imports `keys`, `message`, `text`, `widgets`, `theme`;
//!   never another screen, `app` or `run`.
//! - `app/`: the navigation stack (`Screen`), overlays (help, palette), key routing, the
//!   keymap put together from each screen's section; turns effects into screens or requests.
//! - `message/`: plain data between the sides — `GlobalAction`, `Effect`, `AppEvent`, the
//!   editors' and generation runs' messages. Imports nothing above `text`.
//! - `keys/`: key chords and the keymap loader, generic over a command enum; names no screen.
//! - `text/`: the one syntax highlighter, word wrapping, sanitising, fuzzy matching.
//! - `widgets/`: drawing helpers shared by screens. `theme.rs`: every colour.
//! - `run/`: the I/O side — event loop, terminal guard, storage and authoring workers,
//!   generation bridge, `$EDITOR` hand-off; the only place with threads, channels and
//!   storage handles. It may import everything above; nothing on the pure side imports it.
//!
//! Must not depend on rusqlite (storage goes through `storage`/`services` types) or the CLI;
//! `tests/integration/architecture.rs` enforces the rules above. See docs/architecture.md.

mod app;
mod keys;
mod message;
mod run;
mod screens;
mod text;
mod theme;
mod widgets;

pub use app::keymap::Keymap;
pub use app::palette::{Palette, PaletteCommand, PaletteEdit, PaletteEntry, PaletteOutcome};
pub use app::screen::{Screen, ScreenAction};
pub use app::{App, MIN_HEIGHT, MIN_WIDTH};
pub use keys::chord::KeyChord;
pub use keys::help::KeyHelp;
pub use keys::keymap::{Binding, Bindings, KeymapError};
pub use message::action::GlobalAction;
pub use message::analysis::{Analysis, BloomFinding, SectionRow, TreeRow, analyze};
pub use message::authoring::{
    AuthoringEvent, AuthoringRequest, DraftOffer, RequestId, SaveConflict, SaveFailure,
};
pub use message::effect::{Effect, LessonTarget, OpenLesson, StorageRequest};
pub use message::event::{AppEvent, StorageEvent};
pub use message::history::{DiffBase, DiffRow, DiffSpan, HistoryDiff, HistoryEntry, HistoryTarget};
pub use message::jobs::{
    DocumentKind, DocumentPlan, GenerationEvent, GenerationRequest, GenerationSettings, JobKey,
    JobsIntent, PlannedLesson, RunKind, RunPlan, ScoreSnapshot,
};
pub use message::messages::MessageRow;
pub use message::sync::{SyncEvent, SyncSummary};
pub use message::target::EditorTarget;
pub use run::external_edit::{SuspendTerminal, hand_off, hand_off_in};
pub use run::generation::GenerationBridge;
pub use run::storage::{StorageWorker, highlight, serve, serve_in};
pub use run::sync::{SyncSettings, SyncWorker};
pub use run::{Options, run};
pub use screens::analytics::{
    AnalyticsAction, AnalyticsCommand, AnalyticsOutcome, AnalyticsScreen, AnalyticsSection,
    GroupName, GroupRow,
};
pub use screens::editor::tools::TEXT_KEYS as EDITOR_TEXT_KEYS;
pub use screens::{
    ANALYSIS_PAUSE_TICKS, ConflictEntry, ConflictsAction, ConflictsCommand, ConflictsEffect,
    ConflictsScreen, Cost, CourseAction, CourseCommand, CoursePane, CourseScreen,
    DRAFT_EVERY_TICKS, Dialog, DialogEdit, DiffPane, EditState, EditorAction, EditorCommand,
    EditorPane, EditorScreen, FilterEdit, HistoryAction, HistoryCommand, HistoryScreen,
    JobProgress, JobState, JobsDialog, JobsPanel, KeepSide, LessonAction, LessonCommand,
    LessonPane, LessonProgress, LessonScreen, LessonState, LibraryAction, LibraryCommand,
    LibraryDialog, LibraryScreen, MessagesAction, MessagesCommand, MessagesScreen, NewCourseDialog,
    NewCourseField, PanelAction, PanelEffect, PathPrompt, PersonasAction, PersonasCommand,
    PersonasEffect, PersonasScreen, ReviewAction, ReviewCommand, ReviewGroup, ReviewHit, ReviewRow,
    ReviewScreen, SEARCH_PAGE, SearchAction, SearchCommand, SearchRow, SearchScreen,
};
pub use text::fuzzy::fuzzy_score;
pub use text::highlight::{
    Grammar, Highlighted, Highlights, Run, SyntaxKind, content_hash, highlight as highlight_editor,
    highlight_lines,
};
pub use text::sanitize::{sanitize, sanitized_lines};
pub use text::wrap::{wrap_by_width, wrap_ranges};
pub use theme::Theme;
