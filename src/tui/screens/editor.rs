//! `EditorScreen`: one brief, curriculum or lesson in a `ratatui-textarea` (undo/redo, soft
//! wrap) with a side panel derived from the text — brief completeness per section, curriculum
//! errors/findings/tree, or lesson scores/issues — recomputed on the worker after a typing
//! pause. `Ctrl-s` saves through the worker; while dirty a draft is written every few seconds;
//! on open a waiting draft is offered back; leaving dirty asks save / discard / cancel.
//!
//! Every change goes through `update` (keys become `Input` actions), so it replays in tests.
//! Must not do I/O or depend on other screens.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use serde::Deserialize;

use crate::services::authoring::{ApprovalSummary, EditorText};
use crate::tui::authoring_worker::{AuthoringEvent, AuthoringRequest, DraftOffer};
use crate::tui::effect::{Effect, StorageRequest};
use crate::tui::keymap::Keymap;

use super::editor_analysis::{Analysis, EditorTarget};

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
}

#[derive(Debug, Clone)]
pub enum EditorAction {
    Command(EditorCommand),
    /// A key typed into the text.
    Input(KeyEvent),
    /// A key while a dialog is open.
    DialogKey(KeyEvent),
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
pub enum Dialog {
    Restore(DraftOffer),
    Unsaved,
    Approve {
        summary: Box<ApprovalSummary>,
        typed: String,
    },
}

#[derive(Debug, Clone)]
pub struct EditorScreen {
    pub(super) target: EditorTarget,
    pub(super) textarea: TextArea<'static>,
    pub(super) saved: Option<EditorText>,
    pub(super) error: Option<String>,
    pub(super) dirty: bool,
    /// Bumped on every edit; analyses and drafts say which text they were for.
    generation: u64,
    pub(super) analysis: Option<Analysis>,
    analyzed: u64,
    ticks: u64,
    changed_at: u64,
    drafted: u64,
    drafted_at: u64,
    pub(super) focus: EditorPane,
    pub(super) selected: usize,
    pub(super) dialog: Option<Dialog>,
    /// Close once the pending save or discard is confirmed.
    closing: bool,
    pending_save: Option<String>,
}

impl EditorScreen {
    pub fn new(target: EditorTarget) -> EditorScreen {
        let mut textarea = TextArea::default();
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        EditorScreen {
            target,
            textarea,
            saved: None,
            error: None,
            dirty: false,
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
            closing: false,
            pending_save: None,
        }
    }

    pub fn target(&self) -> &EditorTarget {
        &self.target
    }

    pub fn title(&self) -> String {
        let mark = if self.dirty { " *" } else { "" };
        format!("{} · {}{mark}", self.target.slug(), self.target.label())
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
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

    pub fn handle_key(&self, key: &KeyEvent, keymap: &Keymap) -> Option<EditorAction> {
        if self.dialog.is_some() {
            return Some(EditorAction::DialogKey(*key));
        }
        let command = keymap.editor().action_for(key);
        match self.focus {
            EditorPane::Text => match command {
                Some(
                    c @ (EditorCommand::Save | EditorCommand::Leave | EditorCommand::SwitchPane),
                ) => Some(EditorAction::Command(c)),
                _ if self.saved.is_some() => Some(EditorAction::Input(*key)),
                _ => None,
            },
            EditorPane::Panel => command.map(EditorAction::Command),
        }
    }

    pub fn update(&mut self, action: EditorAction) -> Option<Effect> {
        match action {
            EditorAction::Input(key) => {
                if self.textarea.input(key) {
                    self.edited();
                }
                None
            }
            EditorAction::Command(c) => self.command(c),
            EditorAction::DialogKey(key) => self.dialog_key(key),
            EditorAction::Tick => self.tick(),
            EditorAction::Answered(event) => self.answered(event),
        }
    }

    fn edited(&mut self) {
        self.generation += 1;
        self.changed_at = self.ticks;
        self.dirty = self.saved.as_ref().is_none_or(|s| s.text != self.text());
    }

    fn request(&self, request: AuthoringRequest) -> Option<Effect> {
        Some(Effect::Storage(StorageRequest::Authoring(request)))
    }

    fn set_text(&mut self, text: &str) {
        let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        self.textarea = area;
    }

    fn command(&mut self, command: EditorCommand) -> Option<Effect> {
        match command {
            EditorCommand::Save => return self.save(),
            EditorCommand::Leave if self.dirty => self.dialog = Some(Dialog::Unsaved),
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
            EditorCommand::Approve => {
                if !matches!(self.target, EditorTarget::Curriculum { .. }) {
                    return None;
                }
                if self.dirty {
                    return Some(Effect::Notify(
                        "save the curriculum (Ctrl-s) before approving".into(),
                    ));
                }
                return self.request(AuthoringRequest::ApprovalSummary(self.target.clone()));
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

    fn save(&mut self) -> Option<Effect> {
        self.saved.as_ref()?;
        let text = self.text();
        self.pending_save = Some(text.clone());
        self.request(AuthoringRequest::Save {
            target: self.target.clone(),
            text,
        })
    }

    fn dialog_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let dialog = self.dialog.take()?;
        match (dialog, key.code) {
            (Dialog::Restore(offer), KeyCode::Char('r')) => {
                self.set_text(&offer.text);
                self.edited();
                self.drafted = self.generation;
                None
            }
            (Dialog::Restore(_), KeyCode::Char('d')) => {
                self.request(AuthoringRequest::DiscardDraft(self.target.clone()))
            }
            // Decide later: the draft stays stored and is offered again next time.
            (Dialog::Restore(_), KeyCode::Esc) => None,
            (Dialog::Unsaved, KeyCode::Char('s')) => {
                self.closing = true;
                self.save()
            }
            (Dialog::Unsaved, KeyCode::Char('d')) => {
                self.closing = true;
                self.request(AuthoringRequest::DiscardDraft(self.target.clone()))
            }
            (Dialog::Unsaved, KeyCode::Char('c') | KeyCode::Esc) => None,
            (Dialog::Approve { .. }, KeyCode::Esc) => None,
            (Dialog::Approve { typed, .. }, KeyCode::Enter)
                if typed.trim().eq_ignore_ascii_case("yes") =>
            {
                self.request(AuthoringRequest::Approve(self.target.clone()))
            }
            (Dialog::Approve { summary, mut typed }, code) => {
                match code {
                    KeyCode::Char(c) if typed.len() < 8 => typed.push(c),
                    KeyCode::Backspace => {
                        typed.pop();
                    }
                    _ => {}
                }
                self.dialog = Some(Dialog::Approve { summary, typed });
                None
            }
            (other, _) => {
                self.dialog = Some(other);
                None
            }
        }
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
        if self.dirty
            && self.drafted < self.generation
            && self.ticks - self.drafted_at >= DRAFT_EVERY_TICKS
        {
            self.drafted = self.generation;
            self.drafted_at = self.ticks;
            let base = self
                .saved
                .as_ref()
                .map(|s| s.sha256.clone())
                .unwrap_or_default();
            return self.request(AuthoringRequest::SaveDraft {
                target: self.target.clone(),
                text: self.text(),
                base_sha256: base,
            });
        }
        None
    }

    fn answered(&mut self, event: AuthoringEvent) -> Option<Effect> {
        match event {
            AuthoringEvent::Loaded {
                result: Ok((saved, offer)),
                ..
            } => {
                self.set_text(&saved.text);
                self.saved = Some(saved);
                self.generation += 1;
                self.changed_at = self.ticks.saturating_sub(ANALYSIS_PAUSE_TICKS);
                self.dialog = offer.map(Dialog::Restore);
                None
            }
            AuthoringEvent::Loaded { result: Err(e), .. } => {
                self.error = Some(e.clone());
                Some(Effect::Notify(e))
            }
            AuthoringEvent::Analyzed {
                generation,
                analysis,
                ..
            } => {
                // A stale answer for older text is still better than nothing until the next.
                if generation + 1 >= self.analyzed || self.analysis.is_none() {
                    self.analysis = Some(analysis);
                }
                None
            }
            AuthoringEvent::DraftWritten { result: Err(e), .. } => {
                Some(Effect::Notify(format!("cannot write the draft: {e}")))
            }
            AuthoringEvent::DraftWritten { result: Ok(()), .. } => {
                std::mem::take(&mut self.closing)
                    .then_some(Effect::Close(Some("changes discarded".into())))
            }
            AuthoringEvent::Saved {
                result: Ok(message),
                ..
            } => {
                if let Some(text) = self.pending_save.take() {
                    self.saved = Some(EditorText::new(text));
                }
                self.dirty = self.saved.as_ref().is_none_or(|s| s.text != self.text());
                if std::mem::take(&mut self.closing) {
                    return Some(Effect::Close(Some(message)));
                }
                Some(Effect::Notify(message))
            }
            AuthoringEvent::Saved { result: Err(e), .. } => {
                self.closing = false;
                self.pending_save = None;
                Some(Effect::Notify(format!("not saved: {e}")))
            }
            AuthoringEvent::Summary {
                result: Ok(summary),
                ..
            } => {
                self.dialog = Some(Dialog::Approve {
                    summary,
                    typed: String::new(),
                });
                None
            }
            AuthoringEvent::Summary { result: Err(e), .. }
            | AuthoringEvent::Approved { result: Err(e), .. } => Some(Effect::Notify(e)),
            AuthoringEvent::Approved { result: Ok(n), .. } => Some(Effect::Notify(format!(
                "curriculum approved; {n} planned lesson(s) created"
            ))),
        }
    }
}
