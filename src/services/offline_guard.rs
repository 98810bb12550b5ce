//! The offline provider's promise: it fills planned lessons and rewrites its own drafts, and
//! never replaces text from a person, an import or a real model. Checked when a run is
//! planned (those lessons are skipped, and the caller says so) and again in each saving
//! transaction.

use crate::storage::Store;

use super::ServiceError;
use super::generate_plan::LessonPlan;

/// Drops from `plan` the lessons whose text the offline provider must not replace; returns
/// their ids. Refuses when nothing is left to generate.
pub(super) fn keep_offline_fillable(
    store: &Store,
    plan: &mut LessonPlan,
) -> Result<Vec<String>, ServiceError> {
    let origins = store.read().lesson_origins(plan.course.id)?;
    let protected = |id: &str| {
        origins.iter().any(|(l, has_text, origin)| {
            l == id && *has_text && !offline_may_replace(origin.as_deref())
        })
    };
    let (skipped, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut plan.specs)
        .into_iter()
        .partition(|s| protected(&s.lesson_id));
    plan.specs = kept;
    let skipped: Vec<String> = skipped.into_iter().map(|s| s.lesson_id).collect();
    if plan.specs.is_empty() && !skipped.is_empty() {
        return Err(ServiceError::Input(format!(
            "nothing to generate: the {} selected lesson(s) hold text from a person, an import \
             or a real model, which the offline provider never replaces (it only fills planned \
             lessons); choose a real provider with --provider",
            skipped.len()
        )));
    }
    Ok(skipped)
}

/// The offline provider fills planned lessons and rewrites its own drafts, nothing else.
pub(super) fn offline_may_replace(origin: Option<&str>) -> bool {
    matches!(origin, None | Some("offline-draft" | "empty"))
}
