//! How an editor takes the worker's answers (and the runtime's, for `$EDITOR`): the loaded
//! text and draft offer, analyses, draft writes, saves, the approval checkpoint, and text
//! coming back from the external editor. Kept apart from `mod.rs` so each file stays
//! small. Must not do I/O.

use crate::services::authoring::EditorText;
use crate::tr;
use crate::tui::message::authoring::{AuthoringEvent, RequestId, SaveFailure, SaveReport};
use crate::tui::message::effect::Effect;

use crate::tui::screens::editor::{ANALYSIS_PAUSE_TICKS, Dialog, EditState, EditorScreen};

impl EditorScreen {
    pub(super) fn answered(&mut self, event: AuthoringEvent) -> Option<Effect> {
        match event {
            AuthoringEvent::Loaded {
                result: Ok((saved, offer)),
                ..
            } => {
                self.set_text(&saved.text);
                self.saved = Some(saved);
                self.state = EditState::Clean;
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
            // Autosaves and moves of a draft answer only for themselves: they never end a
            // save or a discard (their ids are not the one the state waits for).
            AuthoringEvent::DraftWritten { result: Err(e), .. } => Some(Effect::Notify(tr!(
                self.texts,
                "tui-editor-draft-write-failed",
                error = e
            ))),
            AuthoringEvent::DraftMoved { result: Err(e), .. } => Some(Effect::Notify(tr!(
                self.texts,
                "tui-editor-draft-keep-failed",
                error = e
            ))),
            AuthoringEvent::DraftWritten { result: Ok(()), .. }
            | AuthoringEvent::DraftMoved { result: Ok(()), .. } => None,
            AuthoringEvent::KeptBeside { result: Ok(()), .. } => {
                Some(Effect::Notify(self.texts.get("tui-editor-took-theirs")))
            }
            AuthoringEvent::KeptBeside { result: Err(e), .. } => Some(Effect::Notify(tr!(
                self.texts,
                "tui-editor-keep-mine-failed",
                error = e
            ))),
            AuthoringEvent::DraftDiscarded { id, result, .. } => self.discarded(id, result),
            AuthoringEvent::Saved { id, result, .. } => self.saved_answer(id, result),
            AuthoringEvent::Summary {
                result: Ok(summary),
                ..
            } => {
                self.dialog = Some(Dialog::Approve {
                    summary,
                    typed: String::new(),
                    preview: None,
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
                Some(Effect::Notify(self.texts.get("tui-editor-external-loaded")))
            }
            AuthoringEvent::EditedExternally {
                result: Ok(None), ..
            } => Some(Effect::Notify(
                self.texts.get("tui-editor-external-unchanged"),
            )),
            AuthoringEvent::EditedExternally { result: Err(e), .. } => Some(Effect::Notify(tr!(
                self.texts,
                "tui-editor-external-failed",
                error = e
            ))),
            AuthoringEvent::Approved { result: Ok(n), .. } => Some(Effect::Notify(tr!(
                self.texts,
                "tui-editor-approved",
                n = n
            ))),
        }
    }

    /// A save's answer. Only the one the state waits for moves it; any other (there is none
    /// while saves go one at a time) is still reported, never dropped.
    fn saved_answer(
        &mut self,
        id: RequestId,
        result: Result<SaveReport, SaveFailure>,
    ) -> Option<Effect> {
        let result = result.map(|report| self.saved_text(&report));
        let (text, close) = match &self.state {
            EditState::Saving {
                id: waiting,
                text,
                close,
            } if *waiting == id => (text.clone(), *close),
            _ => {
                let t = self.texts;
                return Some(Effect::Notify(match result {
                    Ok(message) => message,
                    Err(SaveFailure::Refused(e)) => tr!(t, "tui-editor-not-saved", error = e),
                    Err(SaveFailure::Conflict(c)) => {
                        let by = super::view::conflict_by(t, c.by.as_ref());
                        tr!(t, "tui-editor-not-saved-changed", by = by)
                    }
                }));
            }
        };
        self.state = EditState::Dirty;
        match result {
            Ok(message) => {
                self.saved = Some(EditorText::new(text));
                self.settle();
                // Typing after "save and leave" keeps the editor open: that text is not stored.
                if close && self.state == EditState::Clean {
                    return Some(Effect::Close(Some(message)));
                }
                Some(Effect::Notify(message))
            }
            Err(SaveFailure::Refused(e)) => Some(Effect::Notify(tr!(
                self.texts,
                "tui-editor-not-saved",
                error = e
            ))),
            Err(SaveFailure::Conflict(conflict)) => {
                self.dialog = Some(Dialog::Conflict { conflict, close });
                None
            }
        }
    }

    /// What a save stored, in the editor's language ("brief saved (version 3, 45% complete)").
    fn saved_text(&self, report: &SaveReport) -> String {
        let t = self.texts;
        match report {
            SaveReport::Brief { version, percent } => tr!(
                t,
                "tui-editor-saved-brief",
                version = *version,
                percent = percent.to_string()
            ),
            SaveReport::Curriculum { version, lessons } => tr!(
                t,
                "tui-editor-saved-curriculum",
                version = *version,
                lessons = *lessons
            ),
            SaveReport::Lesson { id, status } => tr!(
                t,
                "tui-editor-saved-lesson",
                id = id.clone(),
                status = status.as_str()
            ),
        }
    }

    fn discarded(&mut self, id: RequestId, result: Result<(), String>) -> Option<Effect> {
        if self.state != (EditState::Discarding { id }) {
            return result
                .err()
                .map(|e| Effect::Notify(tr!(self.texts, "tui-editor-discard-failed", error = e)));
        }
        self.state = EditState::Dirty;
        match result {
            Ok(()) => Some(Effect::Close(Some(self.texts.get("tui-editor-discarded")))),
            Err(e) => Some(Effect::Notify(tr!(
                self.texts,
                "tui-editor-discard-failed",
                error = e
            ))),
        }
    }
}
