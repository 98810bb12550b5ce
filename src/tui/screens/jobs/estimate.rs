//! The jobs panel's generation settings as the rest of the app reads them, and its
//! estimates: a dialog asks for its run's estimate when it opens
//! (`PanelEffect::Estimate`, made by the storage worker from the services `lectern generate`
//! uses) and takes the answer when it arrives, if it is still the dialog up. Pure; must not
//! do I/O.

use crate::services::{CostEstimate, GenerateOptions};
use crate::tui::message::jobs::EstimateKind;
use crate::tui::screens::jobs::model::Cost;

use super::{EstimateAnswer, JobsDialog, JobsPanel};

impl JobsPanel {
    /// The configured provider's name (`default` when the configuration is unusable).
    pub fn provider_name(&self) -> &'static str {
        self.settings
            .options
            .as_ref()
            .map_or("default", |o| o.provider.as_str())
    }

    /// The configured generation options (`None` when the configuration is unusable).
    pub fn options(&self) -> Option<&GenerateOptions> {
        self.settings.options.as_ref().ok()
    }

    /// The open dialog takes the estimate made for its run.
    pub(super) fn estimated(&mut self, slug: &str, kind: EstimateKind, result: EstimateAnswer) {
        let (options, estimate, dialog_kind) = match &mut self.dialog {
            Some(JobsDialog::Confirm {
                options, estimate, ..
            })
            | Some(JobsDialog::Instruction {
                options, estimate, ..
            }) => (options, estimate, EstimateKind::Lessons),
            Some(JobsDialog::Document {
                plan,
                options,
                estimate,
            }) => (options, estimate, EstimateKind::Document(plan.kind)),
            None => return,
        };
        if options.slug == slug && dialog_kind == kind {
            *estimate = Some(result);
        }
    }
}

/// The cost a dialog's estimate named, for the job's line in `J` (`None`: none was made).
pub(super) fn estimated_cost(estimate: Option<EstimateAnswer>) -> Option<Cost> {
    let estimate = estimate?.ok()?;
    Some(match estimate.cost {
        CostEstimate::Free => Cost::Free,
        CostEstimate::Usd { usd } => Cost::Usd(usd),
        CostEstimate::UnknownPrice => Cost::Unknown,
    })
}
