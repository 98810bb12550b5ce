//! The workbench TUI (ratatui + crossterm on tokio): screens with `handle_key → Action`,
//! `update → Effect` and `render(&self)`; effects run off the draw loop (the storage worker
//! thread) and come back as past-tense events; keys are data (`assets/keymap.toml`), styles
//! are semantic (`theme.rs`). See docs/architecture.md, "The TUI runtime".
//!
//! Must not depend on rusqlite (storage goes through `storage`/`services` types) or the CLI.

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
pub use message::analysis::{Analysis, SectionRow, analyze};
pub use message::authoring::{AuthoringEvent, AuthoringRequest, DraftOffer};
pub use message::effect::{Effect, LessonTarget, OpenLesson, StorageRequest};
pub use message::event::{AppEvent, StorageEvent};
pub use message::jobs::{
    DocumentKind, DocumentPlan, GenerationEvent, GenerationRequest, GenerationSettings, JobKey,
    JobsIntent, PlannedLesson, RunKind, RunPlan, ScoreSnapshot,
};
pub use message::target::EditorTarget;
pub use run::external_edit::{SuspendTerminal, hand_off};
pub use run::generation::GenerationBridge;
pub use run::storage::{StorageWorker, highlight, serve};
pub use run::{Options, run};
pub use screens::{
    ANALYSIS_PAUSE_TICKS, Cost, CourseAction, CourseCommand, CoursePane, CourseScreen,
    DRAFT_EVERY_TICKS, Dialog, DialogEdit, EditorAction, EditorCommand, EditorPane, EditorScreen,
    FilterEdit, JobProgress, JobState, JobsDialog, JobsPanel, LessonAction, LessonCommand,
    LessonPane, LessonProgress, LessonScreen, LessonState, LibraryAction, LibraryCommand,
    LibraryDialog, LibraryScreen, NewCourseDialog, NewCourseField, PanelAction, PanelEffect,
    PathPrompt, ReviewAction, ReviewCommand, ReviewGroup, ReviewHit, ReviewRow, ReviewScreen,
    SearchAction, SearchCommand, SearchRow, SearchScreen,
};
pub use text::editor_highlight::{
    Grammar, Highlights, Run, SyntaxKind, highlight as highlight_editor,
};
pub use text::fuzzy::fuzzy_score;
pub use text::highlight::{Highlighted, SyntaxSpan, content_hash, highlight_markdown};
pub use text::sanitize::{sanitize, sanitized_lines};
pub use theme::Theme;
