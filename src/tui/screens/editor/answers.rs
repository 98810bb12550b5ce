//! How an editor takes the worker's answers (and the runtime's, for `$EDITOR`): the loaded
//! text and draft offer, analyses, draft writes, saves, the approval checkpoint, and text
//! coming back from the external editor. Kept apart from `mod.rs` so each file stays
//! small. Must not do I/O.

use crate::services::authoring::EditorText;
use crate::tui::message::authoring::AuthoringEvent;
use crate::tui::message::effect::Effect;

use crate::tui::screens::editor::{ANALYSIS_PAUSE_TICKS, Dialog, EditorScreen};

impl EditorScreen {
    pub(super) fn answered(&mut self, event: AuthoringEvent) -> Option<Effect> {
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
                highlights,
                ..
            } => {
                // A stale answer for older text is still better than nothing until the next.
                if generation + 1 >= self.analyzed || self.analysis.is_none() {
                    self.markers = crate::tui::screens::editor::gutter::markers(&analysis);
                    self.analysis = Some(analysis);
                    self.highlights = Some(highlights);
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
            AuthoringEvent::EditedExternally {
                result: Ok(Some(text)),
                ..
            } => {
                // Unsaved changes, like typing: Ctrl-s saves, leaving asks, drafts follow.
                self.set_text(&text);
                self.edited();
                Some(Effect::Notify(
                    "text from the external editor loaded (unsaved; Ctrl-s saves)".into(),
                ))
            }
            AuthoringEvent::EditedExternally {
                result: Ok(None), ..
            } => Some(Effect::Notify("no change in the external editor".into())),
            AuthoringEvent::EditedExternally { result: Err(e), .. } => {
                Some(Effect::Notify(format!("external editor: {e}")))
            }
            AuthoringEvent::Approved { result: Ok(n), .. } => Some(Effect::Notify(format!(
                "curriculum approved; {n} planned lesson(s) created"
            ))),
        }
    }
}
