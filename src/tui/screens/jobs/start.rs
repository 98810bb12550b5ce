//! Starting runs from the jobs panel: `g`/`R`/`r` open the confirm (or instruction) dialog
//! and ask for its estimate; Enter starts the run as a job of the panel, with the estimate
//! kept beside what it will cost. Pure; must not do I/O.

use crate::tr;
use crate::tui::message::jobs::{
    EstimateKind, EstimateRequest, GenerationRequest, JobKey, RunKind, RunPlan,
};
use crate::tui::text::sanitize::sanitized;

use super::estimate::estimated_cost;
use super::events::{error, notify};
use super::model::{JobProgress, JobState, LessonProgress};
use super::{JobsDialog, JobsPanel, PanelEffect};

impl JobsPanel {
    pub(super) fn ask(&mut self, plan: RunPlan) -> Option<PanelEffect> {
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
        if plan.lessons.is_empty() {
            return notify(self.texts.get(match plan.kind {
                RunKind::Planned => "tui-jobs-none-planned",
                RunKind::Failing => "tui-jobs-none-failing",
                RunKind::One => "tui-jobs-none-selected",
            }));
        }
        if self
            .jobs
            .iter()
            .any(|j| j.slug == plan.slug && j.state.is_live())
        {
            return notify(self.texts.get("tui-jobs-already-running"));
        }
        options.slug = plan.slug.clone();
        options.selection = plan.selection.clone();
        let request = EstimateRequest {
            kind: EstimateKind::Lessons,
            options: Box::new(options.clone()),
        };
        let plan = Box::new(plan);
        let options = Box::new(options);
        self.dialog = Some(if plan.kind == RunKind::One {
            JobsDialog::Instruction {
                plan,
                options,
                text: String::new(),
                estimate: None,
            }
        } else {
            JobsDialog::Confirm {
                plan,
                options,
                estimate: None,
            }
        });
        Some(PanelEffect::Estimate(request))
    }

    pub(super) fn confirm(&mut self) -> Option<PanelEffect> {
        let (plan, mut options, estimate) = match self.dialog.take()? {
            JobsDialog::Document {
                plan,
                options,
                estimate,
            } => {
                return self.confirm_document(*plan, options, estimated_cost(estimate));
            }
            JobsDialog::Confirm {
                plan,
                options,
                estimate,
            } => (plan, options, estimated_cost(estimate)),
            JobsDialog::Instruction {
                plan,
                options,
                text,
                estimate,
            } => {
                let text = text.trim();
                let mut options = options;
                options.instruction = (!text.is_empty()).then(|| text.to_string());
                (plan, options, estimated_cost(estimate))
            }
        };
        options.selection = plan.selection.clone();
        let key = self.new_key();
        let count = plan.lessons.len();
        self.jobs.push(JobProgress {
            key,
            job: None,
            slug: plan.slug.clone(),
            course_title: sanitized(&plan.course_title),
            provider: options.provider,
            model: options.model(),
            instruction: options.instruction.as_deref().map(sanitized),
            state: JobState::Starting,
            lessons: plan.lessons.into_iter().map(LessonProgress::new).collect(),
            document: None,
            estimate,
            spent: None,
        });
        self.selected = self.jobs.len() - 1;
        let what = tr!(
            self.texts,
            "tui-jobs-generating",
            n = count,
            provider = options.provider.as_str(),
            model = options.model()
        );
        self.outbox.push(GenerationRequest::Start { key, options });
        notify(what)
    }

    pub(super) fn new_key(&mut self) -> JobKey {
        let key = JobKey(self.next_key);
        self.next_key += 1;
        key
    }
}
