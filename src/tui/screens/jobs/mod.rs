//! `JobsPanel`: the generation feature's state — the runs of this session (and interrupted
//! ones found at start), the `J` overlay listing them, the confirm dialog of `g`/`R` (count,
//! provider, model, estimated cost), the instruction prompt of `r` and the confirm of `C`/`M`
//! (`document.rs`), and its typed or pasted text (`control.rs`). Keys become `PanelAction`s, `update` is the one mutation path, and what must happen outside (start or
//! cancel a run) is queued as `GenerationRequest` data for the runtime to take.
//!
//! Must not do I/O; progress is only ever a reduction of the bridge's events.

pub mod control;
pub mod dialog_lines;
pub mod document;
mod estimate;
pub mod events;
pub mod model;
mod recorded;
mod rows;
mod start;
pub mod stream;
pub mod view;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Texts;
use crate::services::{Estimate, GenerateOptions};
use crate::storage::JobSummary;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::jobs::{
    DocumentKind, DocumentPlan, EstimateKind, EstimateRequest, GenerationEvent, GenerationRequest,
    GenerationSettings, JobsIntent, RunPlan,
};

use crate::tui::screens::jobs::model::{JobProgress, LessonProgress};

/// Longest instruction kept (it goes into every prompt of the run).
pub(super) const MAX_INSTRUCTION: usize = 300;

/// What a key can ask of the open panel. Not a keymap section of its own: the keymap binds
/// these to the course screen's keys (`Down`, `Up`, `Open`, `CancelJob`, `CancelAllJobs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelCommand {
    Down,
    Up,
    Select,
    Cancel,
    CancelAll,
}

#[derive(Debug, Clone)]
pub enum JobsDialog {
    /// `g`/`R`: start this run?
    Confirm {
        plan: Box<RunPlan>,
        options: Box<GenerateOptions>,
        /// The services' estimate once the worker answers (`None`: still being made).
        estimate: Option<EstimateAnswer>,
    },
    /// `r`: an optional one-line instruction, then start.
    Instruction {
        plan: Box<RunPlan>,
        options: Box<GenerateOptions>,
        text: String,
        estimate: Option<EstimateAnswer>,
    },
    /// `C`/`M`: generate this course-level document (replacing the stored one)?
    Document {
        plan: Box<DocumentPlan>,
        options: Box<GenerateOptions>,
        estimate: Option<EstimateAnswer>,
    },
}

/// The estimate the storage worker made, or why it could not.
pub type EstimateAnswer = Result<Box<Estimate>, String>;

#[derive(Debug, Clone)]
pub enum PanelAction {
    Intent(JobsIntent),
    Generation(GenerationEvent),
    Tick,
    Confirm,
    Dismiss,
    Type(char),
    /// A bracketed paste into the instruction prompt (one line, cut at its limit).
    Paste(String),
    Erase,
    Toggle,
    Down,
    Up,
    /// Enter on a job: resume it when interrupted, watch its streaming lesson when running.
    Select,
    /// The recorded jobs of every session, newest first (`recorded.rs`).
    Recorded(Result<Vec<JobSummary>, String>),
    /// The worker's estimate for the open dialog's run (dropped when another dialog is up).
    Estimated {
        slug: String,
        kind: EstimateKind,
        result: EstimateAnswer,
    },
}

/// What the app must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum PanelEffect {
    Notify {
        text: String,
        is_error: bool,
    },
    /// A run stored lessons and ended: say so, and that `u` takes it back.
    Finished {
        slug: String,
        text: String,
    },
    /// A lesson was stored: reload what shows it.
    Stored {
        slug: String,
        lesson_id: String,
    },
    /// A course-level document was stored: say so and reload the course.
    DocumentStored {
        slug: String,
        text: String,
    },
    /// Open the lesson screen on a lesson being generated.
    Watch {
        slug: String,
        lesson_id: String,
    },
    /// A dialog opened: ask the storage worker for its run's estimate.
    Estimate(EstimateRequest),
    /// The panel opened: ask for the recorded jobs of every session.
    LoadRecorded,
}

#[derive(Debug, Clone)]
pub struct JobsPanel {
    /// The language of the notifications `update` writes (render takes the theme's).
    pub(super) texts: Texts,
    pub(super) settings: GenerationSettings,
    pub(super) jobs: Vec<JobProgress>,
    pub(super) next_key: u32,
    pub(super) open: bool,
    pub(super) selected: usize,
    pub(super) dialog: Option<JobsDialog>,
    pub(super) outbox: Vec<GenerationRequest>,
    /// Courses to reload because a lesson of theirs was stored.
    pub(super) reloads: Vec<String>,
    /// Lessons stored since their open lesson screen was last rebuilt: (slug, lesson id).
    pub(super) fresh: Vec<(String, String)>,
    /// Course-level documents being generated: (slug, kind).
    pub(super) documents: Vec<(String, DocumentKind)>,
    /// Jobs the database recorded, this session's and earlier ones (`recorded.rs`).
    pub(super) recorded: Vec<JobSummary>,
}

impl JobsPanel {
    pub fn new(settings: GenerationSettings, texts: Texts) -> JobsPanel {
        JobsPanel {
            texts,
            settings,
            jobs: Vec::new(),
            next_key: 1,
            open: false,
            selected: 0,
            dialog: None,
            outbox: Vec::new(),
            reloads: Vec::new(),
            fresh: Vec::new(),
            documents: Vec::new(),
            recorded: Vec::new(),
        }
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    pub fn dialog(&self) -> Option<&JobsDialog> {
        self.dialog.as_ref()
    }

    pub fn jobs(&self) -> &[JobProgress] {
        &self.jobs
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// While a dialog or the panel is up, keys go here first.
    pub fn captures_keys(&self) -> bool {
        self.open || self.dialog.is_some()
    }

    /// Asks the runtime to look for interrupted runs (once, at start).
    pub fn find_unfinished(&mut self) {
        self.outbox.push(GenerationRequest::FindUnfinished);
    }

    /// True once for a course whose reload this panel asked for.
    pub fn take_reload(&mut self, slug: &str) -> bool {
        let before = self.reloads.len();
        self.reloads.retain(|s| s != slug);
        self.reloads.len() != before
    }

    /// True once for a lesson stored since its screen was last rebuilt.
    pub fn take_fresh(&mut self, slug: &str, lesson_id: &str) -> bool {
        let before = self.fresh.len();
        self.fresh.retain(|(s, l)| s != slug || l != lesson_id);
        self.fresh.len() != before
    }

    /// The requests queued for the runtime since the last call.
    pub fn take_requests(&mut self) -> Vec<GenerationRequest> {
        std::mem::take(&mut self.outbox)
    }

    /// The newest run's progress of `lesson_id` in course `slug`.
    pub fn lesson(&self, slug: &str, lesson_id: &str) -> Option<&LessonProgress> {
        self.jobs
            .iter()
            .rev()
            .filter(|j| j.slug == slug)
            .find_map(|j| j.lesson(lesson_id))
    }

    /// `keys` are the panel's own (borrowed from the course section by the keymap).
    pub fn handle_key(
        &self,
        key: &KeyEvent,
        global: &Bindings<GlobalAction>,
        keys: &Bindings<PanelCommand>,
    ) -> Option<PanelAction> {
        match &self.dialog {
            Some(JobsDialog::Confirm { .. } | JobsDialog::Document { .. }) => match key.code {
                KeyCode::Enter | KeyCode::Char('y') => Some(PanelAction::Confirm),
                KeyCode::Esc | KeyCode::Char('n') => Some(PanelAction::Dismiss),
                _ => None,
            },
            Some(JobsDialog::Instruction { .. }) => match key.code {
                KeyCode::Enter => Some(PanelAction::Confirm),
                KeyCode::Esc => Some(PanelAction::Dismiss),
                KeyCode::Backspace => Some(PanelAction::Erase),
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(PanelAction::Type(c))
                }
                _ => None,
            },
            None if self.open => {
                if let Some(GlobalAction::Back | GlobalAction::Jobs) = global.action_for(key) {
                    return Some(PanelAction::Toggle);
                }
                Some(match keys.action_for(key)? {
                    PanelCommand::Down => PanelAction::Down,
                    PanelCommand::Up => PanelAction::Up,
                    PanelCommand::Select => PanelAction::Select,
                    PanelCommand::Cancel => PanelAction::Intent(JobsIntent::CancelSelected),
                    PanelCommand::CancelAll => PanelAction::Intent(JobsIntent::CancelAll),
                })
            }
            None => None,
        }
    }

    pub fn update(&mut self, action: PanelAction) -> Option<PanelEffect> {
        match action {
            PanelAction::Intent(JobsIntent::Run(plan)) => self.ask(*plan),
            PanelAction::Intent(JobsIntent::CancelSelected) => self.cancel_selected(),
            PanelAction::Intent(JobsIntent::CancelAll) => self.cancel_all(),
            PanelAction::Intent(JobsIntent::Document(plan)) => self.ask_document(*plan),
            PanelAction::Generation(event) => self.generation(event),
            PanelAction::Tick => {
                self.jobs.iter_mut().for_each(|j| {
                    j.tick();
                });
                None
            }
            PanelAction::Confirm => self.confirm(),
            PanelAction::Dismiss => {
                self.dialog = None;
                None
            }
            edit @ (PanelAction::Type(_) | PanelAction::Paste(_) | PanelAction::Erase) => {
                self.edit_instruction(edit);
                None
            }
            PanelAction::Toggle => {
                self.open = !self.open;
                // Opening lists the recorded jobs too, as they are now.
                self.open.then_some(PanelEffect::LoadRecorded)
            }
            PanelAction::Recorded(result) => {
                self.recorded = result.unwrap_or_default();
                None
            }
            PanelAction::Down => {
                self.selected = (self.selected + 1).min(self.jobs.len().saturating_sub(1));
                None
            }
            PanelAction::Up => {
                self.selected = self.selected.saturating_sub(1);
                None
            }
            PanelAction::Select => self.select(),
            PanelAction::Estimated { slug, kind, result } => {
                self.estimated(&slug, kind, result);
                None
            }
        }
    }

    /// True when anything shown changes with time (the app redraws on the tick then).
    pub fn is_busy(&self) -> bool {
        self.jobs.iter().any(|j| j.state.is_live())
    }
}
