//! The editor's dialogs — restore a draft, leave with unsaved changes, approve the
//! curriculum — and the keys they take while open.

use crossterm::event::{KeyCode, KeyEvent};

use crate::services::authoring::ApprovalSummary;
use crate::tui::message::authoring::{AuthoringRequest, DraftOffer};
use crate::tui::message::effect::Effect;

use super::EditorScreen;

#[derive(Debug, Clone)]
pub enum Dialog {
    Restore(DraftOffer),
    Unsaved,
    Approve {
        summary: Box<ApprovalSummary>,
        typed: String,
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
                    KeyCode::Char(c) if typed.len() < super::tools::APPROVE_TYPED_MAX => {
                        typed.push(c)
                    }
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
}
