//! The editor's dialogs — restore a draft, leave with unsaved changes, a save that found the
//! stored text changed (keep mine / take theirs / merge), approve the curriculum — and the
//! keys they take while open.

use crossterm::event::{KeyCode, KeyEvent};

use crate::domain::merge::{MergeLabels, three_way_lines};
use crate::i18n::{Lang, Texts};
use crate::services::authoring::{ApprovalSummary, EditorText};
use crate::tr;
use crate::tui::message::authoring::{AuthoringRequest, DraftOffer, SaveConflict};
use crate::tui::message::effect::Effect;

use super::EditorScreen;

#[derive(Debug, Clone)]
pub enum Dialog {
    Restore(DraftOffer),
    Unsaved,
    /// The save found the stored text changed since the editor loaded it; nothing was
    /// stored. `close`: the save was "save and leave".
    Conflict {
        conflict: Box<SaveConflict>,
        close: bool,
    },
    Approve {
        summary: Box<ApprovalSummary>,
        typed: String,
        /// `Some(first line shown)` while `Tab` shows the first lesson's prompt instead of the
        /// summary (`prompt_preview.rs`).
        preview: Option<u16>,
    },
}

impl EditorScreen {
    pub(super) fn dialog_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let dialog = self.dialog.take()?;
        match (dialog, key.code) {
            (Dialog::Restore(offer), KeyCode::Char('r')) => {
                self.set_text(&offer.text);
                self.edited();
                self.drafted = self.generation;
                // A kept draft becomes the live one again (typing now drafts over it).
                let id = self.next_id();
                offer
                    .kept
                    .then(|| AuthoringRequest::MoveDraft {
                        id,
                        target: self.target.clone(),
                        keep: false,
                    })
                    .and_then(|r| self.request(r))
            }
            (Dialog::Restore(offer), KeyCode::Char('d')) => {
                let id = self.next_id();
                self.request(AuthoringRequest::DiscardDraft {
                    id,
                    target: self.target.clone(),
                    kept: offer.kept,
                })
            }
            // Decide later: the draft is set aside and offered again next time; new typing
            // drafts beside it instead of over it.
            (Dialog::Restore(offer), KeyCode::Esc) => {
                let id = self.next_id();
                (!offer.kept)
                    .then(|| AuthoringRequest::MoveDraft {
                        id,
                        target: self.target.clone(),
                        keep: true,
                    })
                    .and_then(|r| self.request(r))
            }
            (Dialog::Unsaved, KeyCode::Char('s')) => self.save_with(true, false),
            (Dialog::Unsaved, KeyCode::Char('d')) => self.discard_and_leave(),
            (Dialog::Conflict { close, .. }, KeyCode::Char('k')) => self.save_with(close, true),
            (Dialog::Conflict { conflict, .. }, KeyCode::Char('t')) => self.take_theirs(*conflict),
            (Dialog::Conflict { conflict, .. }, KeyCode::Char('m')) => self.open_merge(*conflict),
            (Dialog::Conflict { .. }, KeyCode::Esc) => None,
            (Dialog::Unsaved, KeyCode::Char('c') | KeyCode::Esc) => None,
            (Dialog::Approve { .. }, KeyCode::Esc) => None,
            (
                Dialog::Approve {
                    summary,
                    typed,
                    preview,
                },
                KeyCode::Tab | KeyCode::BackTab,
            ) => {
                let preview = match preview {
                    Some(_) => None,
                    None => Some(0),
                };
                self.dialog = Some(Dialog::Approve {
                    summary,
                    typed,
                    preview,
                });
                None
            }
            (
                Dialog::Approve {
                    summary,
                    typed,
                    preview: Some(top),
                },
                code,
            ) => {
                let top = super::prompt_preview::scrolled(top, code);
                self.dialog = Some(Dialog::Approve {
                    summary,
                    typed,
                    preview: Some(top),
                });
                None
            }
            (Dialog::Approve { typed, summary, .. }, KeyCode::Enter)
                if approves(self.texts, &typed) =>
            {
                // Bound to what the summary showed: a curriculum changed since is refused.
                self.request(AuthoringRequest::Approve {
                    target: self.target.clone(),
                    seen_sha256: summary.curriculum_sha256.clone(),
                })
            }
            (
                Dialog::Approve {
                    summary, mut typed, ..
                },
                code,
            ) => {
                match code {
                    KeyCode::Char(c) if typed.len() < super::tools::APPROVE_TYPED_MAX => {
                        typed.push(c)
                    }
                    KeyCode::Backspace => {
                        typed.pop();
                    }
                    _ => {}
                }
                self.dialog = Some(Dialog::Approve {
                    summary,
                    typed,
                    preview: None,
                });
                None
            }
            (other, _) => {
                self.dialog = Some(other);
                None
            }
        }
    }

    /// Take theirs: the stored text replaces the editor's, and the editor's own text is kept
    /// in the history under it, so nothing typed is lost.
    fn take_theirs(&mut self, conflict: SaveConflict) -> Option<Effect> {
        let mine = self.text();
        self.set_text(&conflict.theirs);
        self.saved = Some(EditorText::new(conflict.theirs));
        self.edited();
        let id = self.next_id();
        self.request(AuthoringRequest::KeepBeside {
            id,
            target: self.target.clone(),
            text: mine,
        })
    }

    /// Open a merge: the editor holds the three-way line merge of the text both started from,
    /// the editor's and the stored one (git-style markers where they overlap); the stored
    /// text becomes the base, so the next save goes on top of it.
    fn open_merge(&mut self, conflict: SaveConflict) -> Option<Effect> {
        // The text this editor loaded is the common ancestor (history may not hold it: text
        // stored before revisions existed); without either, both sides show whole.
        let base = self
            .saved
            .as_ref()
            .map(|s| s.text.clone())
            .or(conflict.base)
            .unwrap_or_default();
        let base = base.as_str();
        let (mine, theirs) = (
            self.texts.get("tui-editor-merge-mine"),
            self.texts.get("tui-editor-merge-theirs"),
        );
        let labels = MergeLabels {
            mine: &mine,
            theirs: &theirs,
        };
        let merged = three_way_lines(base, &self.text(), &conflict.theirs, labels);
        let message = match &merged {
            crate::domain::merge::MergeOutcome::Clean(_) => self.texts.get("tui-editor-merged"),
            crate::domain::merge::MergeOutcome::Conflicted { conflicts, .. } => {
                tr!(self.texts, "tui-editor-merged-overlaps", n = *conflicts)
            }
        };
        self.set_text(merged.text());
        self.saved = Some(EditorText::new(conflict.theirs));
        self.edited();
        Some(Effect::Notify(message))
    }
}

/// The approval dialog's answer approves: `yes`, or the language's own word (`sim`).
fn approves(t: Texts, typed: &str) -> bool {
    let typed = typed.trim();
    typed.eq_ignore_ascii_case(&t.get("tui-editor-approve-word"))
        || typed.eq_ignore_ascii_case(&Texts::new(Lang::En).get("tui-editor-approve-word"))
}
