//! The jobs panel's course-level documents (`C` curriculum, `M` market research): the confirm
//! dialog's state (provider, model, whether a stored one is replaced), the request queued on
//! confirm, and the notification when the bridge reports the result.
//!
//! Pure; must not do I/O.

use crate::i18n::Texts;
use crate::services::GenerateOptions;
use crate::tr;
use crate::tui::message::jobs::{
    DocumentKind, DocumentPlan, EstimateKind, EstimateRequest, GenerationEvent, GenerationRequest,
};
use crate::tui::text::sanitize::sanitized;

use super::events::{error, notify};
use super::model::{Cost, JobProgress, JobState};
use super::{JobsDialog, JobsPanel, PanelEffect};

impl JobsPanel {
    pub(super) fn ask_document(&mut self, plan: DocumentPlan) -> Option<PanelEffect> {
        let mut options = match &self.settings.options {
            Ok(options) => options.clone(),
            Err(message) => {
                return error(tr!(
                    self.texts,
                    "tui-jobs-cannot-generate",
                    message = message.as_str()
                ));
            }
        };
        if self.documents.contains(&(plan.slug.clone(), plan.kind)) {
            return notify(tr!(
                self.texts,
                "tui-jobs-document-running",
                document = document_key(plan.kind)
            ));
        }
        options.slug = plan.slug.clone();
        let request = EstimateRequest {
            kind: EstimateKind::Document(plan.kind),
            options: Box::new(options.clone()),
        };
        self.dialog = Some(JobsDialog::Document {
            plan: Box::new(plan),
            options: Box::new(options),
            estimate: None,
        });
        Some(PanelEffect::Estimate(request))
    }

    /// Starts the run as a job of the panel: listed in `J` beside lesson runs, cancelled
    /// with `x` (the service's job stays resumable), its estimate and then its actual tokens
    /// and cost on its line.
    pub(super) fn confirm_document(
        &mut self,
        plan: DocumentPlan,
        options: Box<GenerateOptions>,
        estimate: Option<Cost>,
    ) -> Option<PanelEffect> {
        let what = tr!(
            self.texts,
            "tui-jobs-document-generating",
            document = document_key(plan.kind),
            course = sanitized(&plan.course_title),
            provider = options.provider.as_str(),
            model = options.model()
        );
        let key = self.new_key();
        self.jobs.push(JobProgress {
            key,
            job: None,
            slug: plan.slug.clone(),
            course_title: sanitized(&plan.course_title),
            provider: options.provider,
            model: options.model(),
            instruction: None,
            state: JobState::Running,
            lessons: Vec::new(),
            document: Some(plan.kind),
            estimate,
            spent: None,
        });
        self.selected = self.jobs.len() - 1;
        self.documents.push((plan.slug.clone(), plan.kind));
        self.outbox.push(GenerationRequest::Document {
            key,
            kind: plan.kind,
            options,
            replace: plan.exists,
        });
        notify(what)
    }

    pub(super) fn document_done(&mut self, event: GenerationEvent) -> Option<PanelEffect> {
        let GenerationEvent::DocumentDone {
            key,
            slug,
            kind,
            result,
            usage,
        } = event
        else {
            return None;
        };
        self.documents.retain(|d| *d != (slug.clone(), kind));
        if let Some(job) = self.jobs.iter_mut().find(|j| j.key == key) {
            job.job = usage.as_ref().map(|u| u.job).or(job.job);
            job.spent = usage;
            job.state = match (&result, &job.state) {
                (Ok(_), _) => JobState::Finished,
                (Err(_), JobState::Cancelling) => JobState::Cancelled,
                (Err(message), _) => JobState::Refused(sanitized(message)),
            };
        }
        match result {
            Ok(text) => {
                // The course's reload is this panel's: the open screen takes it.
                if !self.reloads.contains(&slug) {
                    self.reloads.push(slug.clone());
                }
                Some(PanelEffect::DocumentStored {
                    slug,
                    text: sanitized(&text),
                })
            }
            Err(message) => error(tr!(
                self.texts,
                "tui-jobs-document-failed",
                document = document_key(kind),
                message = sanitized(&message)
            )),
        }
    }
}

/// The messages' selector for a document kind.
fn document_key(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Curriculum => "curriculum",
        DocumentKind::Research => "research",
    }
}

/// The dialog's title and question, e.g. " Curriculum " / "Generate the curriculum of X?".
pub(super) fn document_question(plan: &DocumentPlan, t: Texts) -> (String, String) {
    let course = plan.course_title.as_str();
    match plan.kind {
        DocumentKind::Curriculum => (
            t.get("tui-jobs-curriculum-title"),
            tr!(t, "tui-jobs-generate-curriculum", course = course),
        ),
        DocumentKind::Research => (
            t.get("tui-jobs-research-title"),
            tr!(t, "tui-jobs-generate-research", course = course),
        ),
    }
}

/// Whether the stored document is replaced, and what happens to it.
pub(super) fn document_replaces(plan: &DocumentPlan, t: Texts) -> String {
    t.get(match (plan.kind, plan.exists) {
        (DocumentKind::Curriculum, true) => "tui-jobs-replaces-curriculum",
        (DocumentKind::Research, true) => "tui-jobs-replaces-research",
        (DocumentKind::Curriculum, false) => "tui-jobs-no-curriculum",
        (DocumentKind::Research, false) => "tui-jobs-no-research",
    })
}

/// A document run's name on its line in `J`.
pub(super) fn document_name(kind: DocumentKind, t: Texts) -> String {
    t.get(match kind {
        DocumentKind::Curriculum => "tui-jobs-document-curriculum",
        DocumentKind::Research => "tui-jobs-document-research",
    })
}
