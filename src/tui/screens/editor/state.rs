//! The editor's explicit state (issue 21, item 4): loading, clean, dirty, saving (naming the
//! request and whether the editor closes once it is stored) or discarding (leaving, waiting
//! for the draft's removal). Every request carries an id and an answer only moves the state
//! when its id is the one the state waits for, so an autosave's answer can never be taken for
//! the answer to "save and leave". Must not do I/O.

use crate::storage::SaveBase;
use crate::tui::message::authoring::{AuthoringRequest, RequestId};
use crate::tui::message::effect::Effect;

use super::EditorScreen;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditState {
    /// Waiting for the stored text.
    Loading,
    /// The text is the stored one.
    Clean,
    /// The text differs from the stored one.
    Dirty,
    /// `text` was sent to be stored by request `id`; typing goes on meanwhile.
    Saving {
        id: RequestId,
        text: String,
        close: bool,
    },
    /// Leaving without saving once request `id` removed the draft.
    Discarding { id: RequestId },
}

impl EditorScreen {
    /// The editor's state.
    pub fn state(&self) -> &EditState {
        &self.state
    }

    /// A fresh id for the next request.
    pub(super) fn next_id(&mut self) -> RequestId {
        self.next_id += 1;
        self.next_id
    }

    /// Clean or dirty from the text alone (after a load, an edit or a save's answer).
    pub(super) fn settle(&mut self) {
        if matches!(
            self.state,
            EditState::Saving { .. } | EditState::Discarding { .. }
        ) {
            return;
        }
        self.state = match &self.saved {
            None => EditState::Loading,
            Some(s) if s.text == self.text() => EditState::Clean,
            Some(_) => EditState::Dirty,
        };
    }

    /// A request is in flight that decides what happens next (no second save meanwhile).
    pub(super) fn busy(&self) -> bool {
        matches!(
            self.state,
            EditState::Saving { .. } | EditState::Discarding { .. }
        )
    }

    /// Sends the text to be stored if the stored text is still what was loaded (`on_top`:
    /// keep mine). `close` leaves the editor once it is stored.
    pub(super) fn save_with(&mut self, close: bool, on_top: bool) -> Option<Effect> {
        let saved = self.saved.as_ref()?;
        if self.busy() {
            return Some(Effect::Notify(self.texts.get("tui-editor-still-saving")));
        }
        let base = if on_top {
            SaveBase::OnTop
        } else {
            SaveBase::Sha256(saved.sha256.clone())
        };
        let (id, text) = (self.next_id(), self.text());
        self.state = EditState::Saving {
            id,
            text: text.clone(),
            close,
        };
        self.request(AuthoringRequest::Save {
            id,
            target: self.target.clone(),
            text,
            base,
        })
    }

    /// Leaves without saving: the live draft goes first, the editor closes on its answer.
    pub(super) fn discard_and_leave(&mut self) -> Option<Effect> {
        if self.busy() {
            return Some(Effect::Notify(self.texts.get("tui-editor-still-saving")));
        }
        let id = self.next_id();
        self.state = EditState::Discarding { id };
        self.request(AuthoringRequest::DiscardDraft {
            id,
            target: self.target.clone(),
            kept: false,
        })
    }
}
