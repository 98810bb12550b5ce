//! `EditorScreen`: one brief, curriculum or lesson in a `ratatui-textarea` (undo/redo, soft
//! wrap) with a side panel derived from the text — brief completeness per section, curriculum
//! errors/findings/tree, or lesson scores/issues — recomputed on the worker after a typing
//! pause. `Ctrl-s` saves through the worker; while dirty a draft is written every few seconds;
//! on open a waiting draft is offered back; leaving dirty asks save / discard / cancel.
//!
//! Every change goes through `update` (keys become `Input` actions), so it replays in tests.
//! Must not do I/O or depend on other screens.

pub mod answers;
pub mod dialog;
mod estimate;
pub mod gutter;
mod prompt_preview;
pub mod replace;
pub mod state;
pub mod title;
pub mod tools;
pub mod view;

pub use dialog::Dialog;
pub use state::EditState;

use crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea};
use serde::Deserialize;

use crate::i18n::{Lang, Texts};
use crate::services::authoring::EditorText;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::authoring::{AuthoringEvent, AuthoringRequest, RequestId, RunOptions};
use crate::tui::message::effect::{Effect, StorageRequest};

use crate::tui::message::analysis::Analysis;
use crate::tui::message::target::EditorTarget;
use crate::tui::screens::editor::gutter::Markers;
use crate::tui::text::highlight::Highlights;

/// Ticks (250 ms) of typing pause before the panel is recomputed.
pub const ANALYSIS_PAUSE_TICKS: u64 = 2;
/// Ticks between draft writes while the text is dirty.
pub const DRAFT_EVERY_TICKS: u64 = 8;

/// What a key can ask of an editor (names as in `[editor]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditorCommand {
    Save,
    Leave,
    SwitchPane,
    Jump,
    Approve,
    Down,
    Up,
    /// Hand the text to `$VISUAL`/`$EDITOR` (the runtime suspends the TUI meanwhile).
    ExternalEditor,
    /// Open the search prompt.
    Search,
    /// Open find and replace.
    Replace,
}

#[derive(Debug, Clone)]
pub enum EditorAction {
    Command(EditorCommand),
    /// A key typed into the text.
    Input(KeyEvent),
    /// A bracketed paste: one edit wherever the editor takes text (undone as one step).
    Paste(String),
    /// A key while a dialog is open.
    DialogKey(KeyEvent),
    /// A key while the search prompt is open.
    SearchKey(KeyEvent),
    /// A key while find and replace is open.
    ReplaceKey(KeyEvent),
    /// The terminal window lost focus: write the draft now.
    FocusLost,
    /// Ctrl-c is quitting the app: write the draft before it goes.
    Interrupted,
    Tick,
    Answered(AuthoringEvent),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EditorPane {
    #[default]
    Text,
    Panel,
}

#[derive(Debug, Clone)]
pub struct EditorScreen {
    /// Provider and options the approval checkpoint estimates for (`estimate.rs`).
    pub(super) provider: String,
    pub(super) options: Option<RunOptions>,
    pub(super) target: EditorTarget,
    pub(super) textarea: TextArea<'static>,
    /// The stored text the editor started from (its hash is the save's base).
    pub(super) saved: Option<EditorText>,
    pub(super) error: Option<String>,
    pub(super) state: EditState,
    /// The last request id handed out.
    pub(super) next_id: RequestId,
    /// Bumped on every edit; analyses and drafts say which text they were for.
    pub(super) generation: u64,
    pub(super) analysis: Option<Analysis>,
    pub(super) analyzed: u64,
    pub(super) ticks: u64,
    pub(super) changed_at: u64,
    pub(super) drafted: u64,
    pub(super) drafted_at: u64,
    pub(super) focus: EditorPane,
    pub(super) selected: usize,
    pub(super) dialog: Option<Dialog>,
    /// The search prompt's query while it is open.
    pub(super) search: Option<String>,
    pub(super) replace: Option<replace::ReplacePrompt>,
    /// Syntax colouring from the last analysis (applied to lines that still read the same).
    pub(super) highlights: Option<Box<Highlights>>,
    /// Gutter markers by 0-based line, shifted as lines are added or removed above them.
    pub(super) markers: Markers,
    /// The language of the notifications `update` writes (English until the app says).
    pub(super) texts: Texts,
}

impl EditorScreen {
    pub fn new(target: EditorTarget) -> EditorScreen {
        EditorScreen {
            provider: "default".to_string(),
            options: None,
            target,
            textarea: crate::tui::screens::editor::tools::text_area(""),
            saved: None,
            error: None,
            state: EditState::Loading,
            next_id: 0,
            generation: 0,
            analysis: None,
            analyzed: 0,
            ticks: 0,
            changed_at: 0,
            drafted: 0,
            drafted_at: 0,
            focus: EditorPane::Text,
            selected: 0,
            dialog: None,
            search: None,
            replace: None,
            highlights: None,
            markers: Markers::new(),
            texts: Texts::new(Lang::En),
        }
    }

    /// Text not yet stored: typed, or sent and not yet confirmed.
    pub fn is_dirty(&self) -> bool {
        match &self.state {
            EditState::Loading | EditState::Clean => false,
            EditState::Dirty | EditState::Discarding { .. } => true,
            EditState::Saving { text, .. } => {
                self.saved.as_ref().is_none_or(|s| s.text != *text) || *text != self.text()
            }
        }
    }

    /// Keys type into the editor (its text, a dialog or the search prompt); with the side
    /// panel focused, global keys (`Q`, `?`) act.
    pub fn takes_text(&self) -> bool {
        self.focus == EditorPane::Text
            || self.dialog.is_some()
            || self.search.is_some()
            || self.replace.is_some()
    }

    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis.as_ref()
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// The text as it stands (line breaks as typed; the final newline kept).
    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<EditorCommand>,
    ) -> Option<EditorAction> {
        if self.dialog.is_some() {
            return Some(EditorAction::DialogKey(*key));
        }
        if self.search.is_some() {
            return Some(EditorAction::SearchKey(*key));
        }
        if self.replace.is_some() {
            return Some(EditorAction::ReplaceKey(*key));
        }
        let command = keys.action_for(key);
        match self.focus {
            // A plain character always types here (`E` is the hand-off only from the panel).
            EditorPane::Text => match command {
                Some(
                    c @ (EditorCommand::Save
                    | EditorCommand::Leave
                    | EditorCommand::SwitchPane
                    | EditorCommand::ExternalEditor
                    | EditorCommand::Search
                    | EditorCommand::Replace),
                ) if !crate::tui::keys::chord::is_typing(key) => Some(EditorAction::Command(c)),
                // Ctrl-a approves from the curriculum's text; elsewhere it stays "line start".
                Some(EditorCommand::Approve)
                    if !crate::tui::keys::chord::is_typing(key)
                        && matches!(self.target, EditorTarget::Curriculum { .. }) =>
                {
                    Some(EditorAction::Command(EditorCommand::Approve))
                }
                _ if self.saved.is_some() => Some(EditorAction::Input(*key)),
                _ => None,
            },
            EditorPane::Panel => command.map(EditorAction::Command),
        }
    }

    pub fn update(&mut self, action: EditorAction) -> Option<Effect> {
        match action {
            // Leaving without saving was asked for: nothing more is typed into this text.
            EditorAction::Input(_) | EditorAction::Paste(_)
                if matches!(self.state, EditState::Discarding { .. }) =>
            {
                None
            }
            EditorAction::Input(key) => {
                let (row, lines) = (self.textarea.cursor().0, self.textarea.lines().len());
                if self.edit_key(key) {
                    let now = self.textarea.lines().len();
                    let pivot = row.min(self.textarea.cursor().0);
                    crate::tui::screens::editor::gutter::shift(
                        &mut self.markers,
                        pivot,
                        lines,
                        now,
                    );
                    self.edited();
                }
                None
            }
            EditorAction::Paste(text) => {
                self.paste(&text);
                None
            }
            EditorAction::Command(c) => self.command(c),
            EditorAction::DialogKey(key) => self.dialog_key(key),
            EditorAction::SearchKey(key) => {
                self.search_key(key);
                None
            }
            EditorAction::ReplaceKey(key) => self.replace_key(key),
            EditorAction::FocusLost | EditorAction::Interrupted => self.draft_now(),
            EditorAction::Tick => self.tick(),
            EditorAction::Answered(event) => self.answered(event),
        }
    }

    pub(super) fn edited(&mut self) {
        self.fit_wrap();
        self.generation += 1;
        self.changed_at = self.ticks;
        self.settle();
    }

    pub(super) fn request(&self, request: AuthoringRequest) -> Option<Effect> {
        Some(Effect::Storage(StorageRequest::Authoring(request)))
    }

    pub(super) fn set_text(&mut self, text: &str) {
        self.textarea = crate::tui::screens::editor::tools::text_area(text);
        self.fit_wrap();
    }

    fn command(&mut self, command: EditorCommand) -> Option<Effect> {
        match command {
            EditorCommand::Save => return self.save(),
            EditorCommand::Leave if self.busy() => {
                return Some(Effect::Notify(self.texts.get("tui-editor-still-saving")));
            }
            EditorCommand::Leave if self.is_dirty() => self.dialog = Some(Dialog::Unsaved),
            EditorCommand::Leave => return Some(Effect::Close(None)),
            EditorCommand::SwitchPane => {
                self.focus = match self.focus {
                    EditorPane::Text => EditorPane::Panel,
                    EditorPane::Panel => EditorPane::Text,
                }
            }
            EditorCommand::Down => {
                self.selected = (self.selected + 1).min(self.panel_len().saturating_sub(1))
            }
            EditorCommand::Up => self.selected = self.selected.saturating_sub(1),
            EditorCommand::Jump => {
                if let Some(Analysis::Brief { sections, .. }) = &self.analysis
                    && let Some(line) = sections.get(self.selected).and_then(|s| s.line)
                {
                    let row = u16::try_from(line.saturating_sub(1)).unwrap_or(u16::MAX);
                    self.textarea.move_cursor(CursorMove::Jump(row, 0));
                    self.focus = EditorPane::Text;
                }
            }
            EditorCommand::ExternalEditor => {
                self.saved.as_ref()?;
                return self.request(AuthoringRequest::EditExternally {
                    target: self.target.clone(),
                    text: self.text(),
                });
            }
            EditorCommand::Search => {
                self.saved.as_ref()?;
                self.search = Some(String::new());
            }
            EditorCommand::Replace => self.open_replace(),
            EditorCommand::Approve => {
                if !matches!(self.target, EditorTarget::Curriculum { .. }) {
                    return None;
                }
                if self.is_dirty() {
                    return Some(Effect::Notify(
                        self.texts.get("tui-editor-save-before-approving"),
                    ));
                }
                return self.request(AuthoringRequest::ApprovalSummary {
                    target: self.target.clone(),
                    provider: self.provider.clone(),
                    options: self.options.clone(),
                });
            }
        }
        None
    }

    fn panel_len(&self) -> usize {
        match &self.analysis {
            Some(Analysis::Brief { sections, .. }) => sections.len(),
            _ => 0,
        }
    }

    pub(super) fn save(&mut self) -> Option<Effect> {
        self.save_with(false, false)
    }

    fn tick(&mut self) -> Option<Effect> {
        self.ticks += 1;
        self.saved.as_ref()?;
        if self.analyzed < self.generation && self.ticks - self.changed_at >= ANALYSIS_PAUSE_TICKS {
            self.analyzed = self.generation;
            return self.request(AuthoringRequest::Analyze {
                target: self.target.clone(),
                generation: self.generation,
                text: self.text(),
            });
        }
        if self.ticks - self.drafted_at >= DRAFT_EVERY_TICKS {
            return self.draft_now();
        }
        None
    }

    /// Writes the draft when the text has changed since the last one (unsaved and not yet
    /// drafted); the tick calls it every few seconds, focus loss and Ctrl-c at once.
    fn draft_now(&mut self) -> Option<Effect> {
        self.saved.as_ref()?;
        if !self.is_dirty() || self.drafted >= self.generation {
            return None;
        }
        self.drafted = self.generation;
        self.drafted_at = self.ticks;
        let base = self
            .saved
            .as_ref()
            .map(|s| s.sha256.clone())
            .unwrap_or_default();
        let id = self.next_id();
        self.request(AuthoringRequest::SaveDraft {
            id,
            target: self.target.clone(),
            text: self.text(),
            base_sha256: base,
        })
    }
}
