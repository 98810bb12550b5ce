//! The jobs panel's controls: cancel the selected run or all of them (the runtime gets a
//! `Cancel` request; what is stored stays), and Enter on a run — resume it when it was
//! interrupted, watch its streaming lesson when it runs — and the text typed or pasted into
//! the `r` instruction prompt.
//!
//! Pure; must not do I/O.

use crate::services::LessonSelection;
use crate::tr;
use crate::tui::message::jobs::GenerationRequest;

use super::events::{error, notify};
use super::{JobsDialog, JobsPanel, MAX_INSTRUCTION, PanelAction, PanelEffect};
use crate::tui::screens::jobs::model::JobState;

impl JobsPanel {
    /// A typed character, a paste (one line) or a backspace in the instruction prompt; the
    /// text never passes `MAX_INSTRUCTION` characters.
    pub(super) fn edit_instruction(&mut self, edit: PanelAction) {
        let Some(JobsDialog::Instruction { text, .. }) = &mut self.dialog else {
            return;
        };
        let room = MAX_INSTRUCTION.saturating_sub(text.chars().count());
        match edit {
            PanelAction::Type(c) if room > 0 => text.push(c),
            PanelAction::Paste(pasted) => {
                text.extend(
                    crate::tui::text::paste::one_line(&pasted)
                        .chars()
                        .take(room),
                );
            }
            PanelAction::Erase => {
                text.pop();
            }
            _ => {}
        }
    }

    fn cancel(&mut self, index: usize) -> bool {
        let Some(job) = self.jobs.get_mut(index) else {
            return false;
        };
        if !matches!(job.state, JobState::Starting | JobState::Running) {
            return false;
        }
        job.state = JobState::Cancelling;
        self.outbox.push(GenerationRequest::Cancel(job.key));
        true
    }

    pub(super) fn cancel_selected(&mut self) -> Option<PanelEffect> {
        // With the panel closed the selection may be an old run: take the newest live one.
        let index = if self.open {
            Some(self.selected)
        } else {
            self.jobs.iter().rposition(|j| j.state.is_live())
        };
        match index {
            Some(i) if self.cancel(i) => notify(self.texts.get("tui-jobs-cancelling")),
            _ => notify(self.texts.get("tui-jobs-nothing-to-cancel")),
        }
    }

    pub(super) fn cancel_all(&mut self) -> Option<PanelEffect> {
        let cancelled = (0..self.jobs.len()).filter(|&i| self.cancel(i)).count();
        if cancelled == 0 {
            return notify(self.texts.get("tui-jobs-nothing-to-cancel"));
        }
        notify(tr!(self.texts, "tui-jobs-cancelling-all", n = cancelled))
    }

    pub(super) fn select(&mut self) -> Option<PanelEffect> {
        let texts = self.texts;
        let job = self.jobs.get_mut(self.selected)?;
        match job.state {
            JobState::Interrupted => {
                let mut options = match &self.settings.options {
                    Ok(options) => Box::new(options.clone()),
                    Err(message) => {
                        return error(tr!(
                            texts,
                            "tui-jobs-cannot-resume",
                            message = message.as_str()
                        ));
                    }
                };
                options.slug = job.slug.clone();
                options.selection = LessonSelection {
                    resume: true,
                    ..LessonSelection::default()
                };
                job.state = JobState::Starting;
                job.provider = options.provider;
                job.model = options.model();
                let key = job.key;
                let title = job.course_title.clone();
                self.outbox.push(GenerationRequest::Start { key, options });
                notify(tr!(texts, "tui-jobs-resuming", course = title))
            }
            JobState::Running => {
                let lesson = job.lessons.iter().find(|l| l.state.is_active())?;
                let effect = PanelEffect::Watch {
                    slug: job.slug.clone(),
                    lesson_id: lesson.lesson_id.clone(),
                };
                self.open = false;
                Some(effect)
            }
            _ => None,
        }
    }
}
