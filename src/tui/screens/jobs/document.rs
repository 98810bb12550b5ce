//! The jobs panel's course-level documents (`C` curriculum, `M` market research): the confirm
//! dialog's state (provider, model, whether a stored one is replaced), the request queued on
//! confirm, and the notification when the bridge reports the result.
//!
//! Pure; must not do I/O.

use crate::services::GenerateOptions;
use crate::tui::message::jobs::{
    DocumentKind, DocumentPlan, EstimateKind, EstimateRequest, GenerationEvent, GenerationRequest,
};
use crate::tui::text::sanitize::sanitized;

use super::events::{error, notify};
use super::{JobsDialog, JobsPanel, PanelEffect};

impl JobsPanel {
    pub(super) fn ask_document(&mut self, plan: DocumentPlan) -> Option<PanelEffect> {
        let mut options = match &self.settings.options {
            Ok(options) => options.clone(),
            Err(message) => return error(format!("cannot generate: {message}")),
        };
        if self.documents.contains(&(plan.slug.clone(), plan.kind)) {
            return notify(format!(
                "{} of this course is already being generated",
                plan.kind.name()
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

    pub(super) fn confirm_document(
        &mut self,
        plan: DocumentPlan,
        options: Box<GenerateOptions>,
    ) -> Option<PanelEffect> {
        let what = format!(
            "generating {} of {} with {} {}…",
            plan.kind.name(),
            sanitized(&plan.course_title),
            options.provider.as_str(),
            options.model()
        );
        self.documents.push((plan.slug.clone(), plan.kind));
        self.outbox.push(GenerationRequest::Document {
            kind: plan.kind,
            options,
            replace: plan.exists,
        });
        notify(what)
    }

    pub(super) fn document_done(&mut self, event: GenerationEvent) -> Option<PanelEffect> {
        let GenerationEvent::DocumentDone { slug, kind, result } = event else {
            return None;
        };
        self.documents.retain(|d| *d != (slug.clone(), kind));
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
            Err(message) => error(format!(
                "{} was not generated: {}",
                kind.name(),
                sanitized(&message)
            )),
        }
    }
}

/// The dialog's title and question, e.g. " Curriculum " / "Generate the curriculum of X?".
pub(super) fn document_question(plan: &DocumentPlan) -> (&'static str, String) {
    let title = match plan.kind {
        DocumentKind::Curriculum => " Curriculum ",
        DocumentKind::Research => " Market research ",
    };
    (
        title,
        format!(
            "Generate {} of {} from its brief?",
            plan.kind.name(),
            plan.course_title
        ),
    )
}

/// Whether the stored document is replaced, and what happens to it.
pub(super) fn document_replaces(plan: &DocumentPlan) -> &'static str {
    match (plan.kind, plan.exists) {
        (DocumentKind::Curriculum, true) => {
            "Replaces the stored curriculum (kept as a version; lessons stay)."
        }
        (DocumentKind::Research, true) => "Replaces the four stored market-research reports.",
        (DocumentKind::Curriculum, false) => "The course has no curriculum yet.",
        (DocumentKind::Research, false) => "The course has no market research yet.",
    }
}
