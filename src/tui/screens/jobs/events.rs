//! The jobs panel's reduction of the bridge's events: a run started or was refused, a runner
//! event (a stored lesson asks for a reload), interrupted runs found at start (offered for
//! resume), and the status-bar line at the end of a run.
//!
//! Pure; must not do I/O.

use crate::generation::{JobEvent, JobTotals, ProviderKind};
use crate::i18n::Texts;
use crate::services::UnfinishedGeneration;
use crate::tr;
use crate::tui::message::jobs::{GenerationEvent, PlannedLesson};
use crate::tui::text::sanitize::sanitized;

use super::{JobsPanel, PanelEffect};
use crate::tui::screens::jobs::model::{JobProgress, JobState, LessonProgress};

impl JobsPanel {
    pub(super) fn generation(&mut self, event: GenerationEvent) -> Option<PanelEffect> {
        let key = match &event {
            GenerationEvent::UnfinishedFound(found) => return self.unfinished(found),
            GenerationEvent::DocumentDone { .. } => return self.document_done(event),
            GenerationEvent::JobStarted { key, .. }
            | GenerationEvent::JobRefused { key, .. }
            | GenerationEvent::Job { key, .. } => *key,
        };
        let texts = self.texts;
        let pricing = self.settings.pricing.as_ref();
        let job = self.jobs.iter_mut().find(|j| j.key == key)?;
        match event {
            GenerationEvent::JobStarted {
                job: id, lessons, ..
            } => {
                job.started(id, &lessons);
                None
            }
            GenerationEvent::JobRefused { message, .. } => {
                job.state = JobState::Refused(sanitized(&message));
                error(tr!(
                    texts,
                    "tui-jobs-did-not-start",
                    message = message.as_str()
                ))
            }
            GenerationEvent::Job { event, .. } => {
                if let JobEvent::Finished { totals } = &*event {
                    job.apply(&event, pricing);
                    let text = finished_message(job, totals, texts);
                    if totals.finished == 0 {
                        return notify(text);
                    }
                    // Lessons were replaced: the way back is one key.
                    return Some(PanelEffect::Finished {
                        slug: job.slug.clone(),
                        text,
                    });
                }
                let stored = job.apply(&event, pricing)?;
                let slug = job.slug.clone();
                if !self.reloads.contains(&slug) {
                    self.reloads.push(slug.clone());
                }
                self.fresh.push((slug.clone(), stored.clone()));
                Some(PanelEffect::Stored {
                    slug,
                    lesson_id: stored,
                })
            }
            GenerationEvent::UnfinishedFound(_) | GenerationEvent::DocumentDone { .. } => None,
        }
    }

    fn unfinished(
        &mut self,
        found: &Result<Vec<UnfinishedGeneration>, String>,
    ) -> Option<PanelEffect> {
        let found = match found {
            Ok(found) => found,
            Err(e) => {
                return error(tr!(
                    self.texts,
                    "tui-jobs-cannot-find-unfinished",
                    error = e.as_str()
                ));
            }
        };
        for u in found {
            let key = self.new_key();
            self.jobs.push(JobProgress {
                key,
                job: Some(u.job),
                slug: u.slug.clone(),
                course_title: sanitized(&u.course_title),
                provider: ProviderKind::parse(&u.provider).unwrap_or(ProviderKind::Offline),
                model: sanitized(&u.model),
                instruction: None,
                state: JobState::Interrupted,
                lessons: u
                    .pending
                    .iter()
                    .map(|id| {
                        LessonProgress::new(PlannedLesson {
                            lesson_id: id.clone(),
                            title: String::new(),
                            minutes: None,
                            previous: None,
                        })
                    })
                    .collect(),
                document: None,
                estimate: None,
                spent: None,
            });
        }
        let first = found.first()?;
        self.selected = self.jobs.len() - found.len();
        notify(tr!(
            self.texts,
            "tui-jobs-unfinished",
            course = sanitized(&first.course_title),
            n = first.pending.len(),
            more = found.len() - 1
        ))
    }
}

/// The status-bar line at the end of a run.
fn finished_message(job: &JobProgress, totals: &JobTotals, t: Texts) -> String {
    let id = if job.state == JobState::Cancelled {
        "tui-jobs-run-cancelled"
    } else {
        "tui-jobs-run-finished"
    };
    t.format(
        id,
        &[
            ("finished", totals.finished.into()),
            ("lessons", totals.lessons.into()),
            ("passed", totals.passed.into()),
            ("failed", totals.failed.into()),
            ("cost", job.total_cost().label_in(t).into()),
            ("seconds", t.number(totals.duration_seconds, 1).into()),
        ],
    )
}

pub(super) fn notify(text: impl Into<String>) -> Option<PanelEffect> {
    Some(PanelEffect::Notify {
        text: text.into(),
        is_error: false,
    })
}

pub(super) fn error(text: impl Into<String>) -> Option<PanelEffect> {
    Some(PanelEffect::Notify {
        text: text.into(),
        is_error: true,
    })
}
