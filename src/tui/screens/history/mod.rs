//! `HistoryScreen` (issue 12): every revision of one text of a course — a lesson, the brief or
//! the curriculum — newest first (age, source, author, GPS/DL, +/− lines) with a sparkline of
//! the Didática score over the revisions. `Enter` shows a word diff of the selected revision
//! against the one before it, `d` against the current text (both computed on the storage
//! worker, never in the draw loop); `r` restores it after asking (a new revision, never a
//! rewind); `Tab` moves to the course's next text (lesson → brief → curriculum).
//!
//! Must not do I/O or depend on other screens.

pub mod view;

use crossterm::event::{KeyCode, KeyEvent};
use serde::Deserialize;

use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::effect::{Effect, StorageRequest};
use crate::tui::message::history::{DiffBase, HistoryDiff, HistoryEntry, HistoryTarget};

/// What a key can ask of the history screen (names as in `[history]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryCommand {
    Down,
    Up,
    Top,
    Bottom,
    DiffPrevious,
    DiffCurrent,
    Restore,
    /// Close the diff, or leave the screen when none is open.
    Close,
    ScrollDown,
    ScrollUp,
    NextTarget,
}

#[derive(Debug, Clone)]
pub enum HistoryAction {
    Command(HistoryCommand),
    /// A key while the restore question is open: `true` restores.
    Answer(bool),
    Loaded(Result<Vec<HistoryEntry>, String>),
    DiffLoaded {
        revision: String,
        base: DiffBase,
        result: Result<HistoryDiff, String>,
    },
}

/// Rows the diff scrolls per key.
const SCROLL: usize = 10;

/// The diff on screen (or on its way).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffPane {
    pub revision: String,
    pub base: DiffBase,
    /// `None` while the worker computes it.
    pub diff: Option<HistoryDiff>,
    pub error: Option<String>,
    pub scroll: usize,
}

#[derive(Debug, Clone)]
pub struct HistoryScreen {
    target: HistoryTarget,
    /// The texts `Tab` goes through, the opened one first.
    targets: Vec<String>,
    pub(super) rows: Option<Vec<HistoryEntry>>,
    pub(super) error: Option<String>,
    pub(super) selected: usize,
    pub(super) diff: Option<DiffPane>,
    /// Restore the selected revision? (asked before anything is written)
    pub(super) confirm: bool,
    /// Didática points per revision, oldest first (derived on load for the sparkline).
    pub(super) didatica: Vec<u64>,
    /// The language of the notifications `update` writes (English until the app says).
    texts: Texts,
}

impl HistoryScreen {
    pub fn new(target: HistoryTarget) -> HistoryScreen {
        let mut targets = vec![target.target.clone()];
        for other in ["brief", "curriculum"] {
            if target.target != other {
                targets.push(other.to_string());
            }
        }
        HistoryScreen {
            target,
            targets,
            rows: None,
            error: None,
            selected: 0,
            diff: None,
            confirm: false,
            didatica: Vec::new(),
            texts: Texts::new(Lang::En),
        }
    }

    /// This screen speaking `texts`' language in what `update` writes.
    pub fn with_texts(mut self, texts: Texts) -> HistoryScreen {
        self.texts = texts;
        self
    }

    /// What to load when the screen opens.
    pub fn load(&self) -> StorageRequest {
        StorageRequest::LoadHistory(self.target.clone())
    }

    pub fn target(&self) -> &HistoryTarget {
        &self.target
    }

    pub fn title(&self) -> String {
        self.title_in(Texts::new(Lang::En))
    }

    /// [`HistoryScreen::title`] in `t`'s language, for the breadcrumb.
    pub fn title_in(&self, t: Texts) -> String {
        tr!(t, "tui-history-title", text = target_label(t, &self.target))
    }

    pub fn rows(&self) -> Option<&[HistoryEntry]> {
        self.rows.as_deref()
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn diff(&self) -> Option<&DiffPane> {
        self.diff.as_ref()
    }

    pub fn is_confirming(&self) -> bool {
        self.confirm
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<HistoryCommand>,
    ) -> Option<HistoryAction> {
        if self.confirm {
            return match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(HistoryAction::Answer(true)),
                KeyCode::Char('n' | 'N' | 'q') | KeyCode::Esc => Some(HistoryAction::Answer(false)),
                _ => None,
            };
        }
        keys.action_for(key).map(HistoryAction::Command)
    }

    pub fn update(&mut self, action: HistoryAction) -> Option<Effect> {
        match action {
            HistoryAction::Loaded(Ok(rows)) => {
                self.didatica = rows
                    .iter()
                    .rev()
                    .filter_map(|r| r.didatica)
                    .map(u64::from)
                    .collect();
                self.selected = self.selected.min(rows.len().saturating_sub(1));
                self.rows = Some(rows);
                self.error = None;
                // A reload after a restore: the diff on screen may compare other texts now.
                if let Some(base) = self.diff.as_ref().map(|p| p.base) {
                    return self.ask_diff(base);
                }
            }
            HistoryAction::Loaded(Err(e)) => {
                self.rows = Some(Vec::new());
                self.error = Some(e);
            }
            HistoryAction::DiffLoaded {
                revision,
                base,
                result,
            } => {
                let pane = self.diff.as_mut()?;
                if pane.revision != revision || pane.base != base {
                    return None; // an answer for an earlier selection
                }
                match result {
                    Ok(diff) => pane.diff = Some(diff),
                    Err(e) => pane.error = Some(e),
                }
            }
            HistoryAction::Answer(yes) => {
                self.confirm = false;
                if yes {
                    let revision = self.selected_entry()?.id.clone();
                    return Some(Effect::Storage(StorageRequest::Restore {
                        target: self.target.clone(),
                        revision,
                    }));
                }
            }
            HistoryAction::Command(command) => return self.command(command),
        }
        None
    }

    fn selected_entry(&self) -> Option<&HistoryEntry> {
        self.rows.as_ref()?.get(self.selected)
    }

    fn command(&mut self, command: HistoryCommand) -> Option<Effect> {
        let last = self.rows.as_ref().map_or(0, |r| r.len().saturating_sub(1));
        let before = self.selected;
        match command {
            HistoryCommand::Down => self.selected = (self.selected + 1).min(last),
            HistoryCommand::Up => self.selected = self.selected.saturating_sub(1),
            HistoryCommand::Top => self.selected = 0,
            HistoryCommand::Bottom => self.selected = last,
            HistoryCommand::DiffPrevious => return self.ask_diff(DiffBase::Previous),
            HistoryCommand::DiffCurrent => return self.ask_diff(DiffBase::Current),
            HistoryCommand::Restore => {
                // The newest revision is the current text: nothing to bring back.
                if self.selected_entry().is_some() && self.selected > 0 {
                    self.confirm = true;
                } else if self.selected_entry().is_some() {
                    return Some(Effect::Notify(self.texts.get("tui-history-is-current")));
                }
            }
            HistoryCommand::Close if self.diff.is_some() => self.diff = None,
            HistoryCommand::Close => return Some(Effect::Global(GlobalAction::Back)),
            HistoryCommand::ScrollDown => {
                if let Some(pane) = &mut self.diff {
                    let rows = pane.diff.as_ref().map_or(0, |d| d.rows.len());
                    pane.scroll = (pane.scroll + SCROLL).min(rows.saturating_sub(1));
                }
            }
            HistoryCommand::ScrollUp => {
                if let Some(pane) = &mut self.diff {
                    pane.scroll = pane.scroll.saturating_sub(SCROLL);
                }
            }
            HistoryCommand::NextTarget => {
                let at = self
                    .targets
                    .iter()
                    .position(|t| *t == self.target.target)
                    .unwrap_or(0);
                self.target.target = self.targets[(at + 1) % self.targets.len()].clone();
                self.rows = None;
                self.selected = 0;
                self.diff = None;
                self.didatica.clear();
                return Some(Effect::Storage(self.load()));
            }
        }
        // With a diff open, moving the selection shows the new revision's diff.
        if self.selected != before
            && let Some(base) = self.diff.as_ref().map(|p| p.base)
        {
            return self.ask_diff(base);
        }
        None
    }

    fn ask_diff(&mut self, base: DiffBase) -> Option<Effect> {
        let revision = self.selected_entry()?.id.clone();
        self.diff = Some(DiffPane {
            revision: revision.clone(),
            base,
            diff: None,
            error: None,
            scroll: 0,
        });
        Some(Effect::Storage(StorageRequest::LoadDiff {
            target: self.target.clone(),
            revision,
            base,
        }))
    }
}

/// How the screen names the text, as `HistoryTarget::label` does ("Brief", "Curriculum",
/// "Lesson 1.2"), in `t`'s language.
pub(super) fn target_label(t: Texts, target: &HistoryTarget) -> String {
    match target.target.as_str() {
        "brief" => t.get("tui-history-brief"),
        "curriculum" => t.get("tui-history-curriculum"),
        id => tr!(t, "tui-history-lesson", id = id.to_string()),
    }
}
