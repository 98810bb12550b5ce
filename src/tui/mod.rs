//! The workbench TUI (ratatui + crossterm on tokio): screens with `handle_key → Action`,
//! `update → Effect` and `render(&self)`; effects run off the draw loop (the storage worker
//! thread) and come back as past-tense events; keys are data (`assets/keymap.toml`), styles
//! are semantic (`theme.rs`). See docs/architecture.md, "The TUI runtime".
//!
//! Must not depend on rusqlite (storage goes through `storage`/`services` types) or the CLI.

mod action;
mod app;
mod authoring_worker;
mod effect;
mod event;
mod external_edit;
mod highlight;
mod key_chord;
mod keymap;
mod runtime;
mod sanitize;
mod screens;
mod terminal;
mod theme;
mod widgets;
mod worker;

pub use action::GlobalAction;
pub use app::{App, MIN_HEIGHT, MIN_WIDTH};
pub use authoring_worker::{AuthoringEvent, AuthoringRequest, DraftOffer};
pub use effect::{Effect, OpenLesson, StorageRequest};
pub use event::{AppEvent, StorageEvent};
pub use external_edit::{SuspendTerminal, hand_off};
pub use highlight::{Grammar, Highlights, Run, SyntaxKind, highlight};
pub use key_chord::KeyChord;
pub use keymap::{Binding, Bindings, Keymap, KeymapError};
pub use runtime::{Options, run};
pub use sanitize::{sanitize, sanitized_lines};
pub use screens::{
    ANALYSIS_PAUSE_TICKS, Analysis, CourseAction, CourseCommand, CoursePane, CourseScreen,
    DRAFT_EVERY_TICKS, Dialog, EditorAction, EditorCommand, EditorPane, EditorScreen, EditorTarget,
    FilterEdit, KeyHelp, LessonAction, LessonCommand, LessonPane, LessonScreen, LibraryAction,
    LibraryCommand, LibraryScreen, NewCourseDialog, NewCourseField, Screen, ScreenAction,
    SectionRow, analyze,
};
pub use theme::Theme;
pub use worker::{StorageWorker, serve, serve_mut};
