//! The workbench TUI (ratatui + crossterm on tokio): screens with `handle_key → Action`,
//! `update → Effect` and `render(&self)`; effects run off the draw loop (the storage worker
//! thread) and come back as past-tense events; keys are data (`assets/keymap.toml`), styles
//! are semantic (`theme.rs`). See docs/architecture.md, "The TUI runtime".
//!
//! Must not depend on rusqlite (storage goes through `storage`/`services` types) or the CLI.

mod action;
mod app;
mod authoring_worker;
mod editor_highlight;
mod effect;
mod event;
mod external_edit;
mod fuzzy;
mod generation_bridge;
mod highlight;
mod jobs;
mod key_chord;
mod keymap;
mod palette;
mod runtime;
mod sanitize;
mod screens;
mod terminal;
mod theme;
mod widgets;
mod worker;
mod worker_jobs;

pub use action::GlobalAction;
pub use app::{App, MIN_HEIGHT, MIN_WIDTH};
pub use authoring_worker::{AuthoringEvent, AuthoringRequest, DraftOffer};
pub use editor_highlight::{Grammar, Highlights, Run, SyntaxKind, highlight as highlight_editor};
pub use effect::{Effect, LessonTarget, OpenLesson, StorageRequest};
pub use event::{AppEvent, StorageEvent};
pub use external_edit::{SuspendTerminal, hand_off};
pub use fuzzy::fuzzy_score;
pub use generation_bridge::GenerationBridge;
pub use highlight::{Highlighted, SyntaxSpan, content_hash, highlight_markdown};
pub use jobs::{
    DocumentKind, DocumentPlan, GenerationEvent, GenerationRequest, GenerationSettings, JobKey,
    JobsIntent, PlannedLesson, RunKind, RunPlan, ScoreSnapshot,
};
pub use key_chord::KeyChord;
pub use keymap::{Binding, Bindings, Keymap, KeymapError};
pub use palette::{Palette, PaletteCommand, PaletteEdit, PaletteEntry, PaletteOutcome};
pub use runtime::{Options, run};
pub use sanitize::{sanitize, sanitized_lines};
pub use screens::{
    ANALYSIS_PAUSE_TICKS, Analysis, Cost, CourseAction, CourseCommand, CoursePane, CourseScreen,
    DRAFT_EVERY_TICKS, Dialog, DialogEdit, EditorAction, EditorCommand, EditorPane, EditorScreen,
    EditorTarget, FilterEdit, JobProgress, JobState, JobsDialog, JobsPanel, KeyHelp, LessonAction,
    LessonCommand, LessonPane, LessonProgress, LessonScreen, LessonState, LibraryAction,
    LibraryCommand, LibraryDialog, LibraryScreen, NewCourseDialog, NewCourseField, PanelAction,
    PanelEffect, PathPrompt, ReviewAction, ReviewCommand, ReviewGroup, ReviewHit, ReviewRow,
    ReviewScreen, Screen, ScreenAction, SearchAction, SearchCommand, SearchRow, SearchScreen,
    SectionRow, analyze,
};
pub use theme::Theme;
pub use worker::{StorageWorker, highlight, serve};
