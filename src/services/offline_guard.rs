//! The offline provider's promise: it fills planned lessons and rewrites its own drafts, and
//! never replaces text from a person, an import or a real model. Checked when a run is
//! planned (those lessons are skipped, and the caller says so) and again in each saving
//! transaction.

use crate::domain::said::Said;
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
        return Err(ServiceError::refused(
            Said::new("err-offline-nothing-to-generate").with("count", skipped.len()),
        ));
    }
    Ok(skipped)
}

/// The offline provider fills planned lessons and rewrites its own drafts, nothing else. It
/// is only asked about lessons that hold text: text of unknown origin (no revision recorded
/// it) is protected like an import's, which is also how the regeneration dialogs count it.
pub(super) fn offline_may_replace(origin: Option<&str>) -> bool {
    matches!(origin, Some("offline-draft" | "empty"))
}

#[cfg(test)]
mod tests {
    use super::offline_may_replace;

    #[test]
    fn only_the_offline_providers_own_drafts_are_replaceable() {
        assert!(offline_may_replace(Some("offline-draft")));
        assert!(offline_may_replace(Some("empty")));
        for protected in [None, Some("person"), Some("imported"), Some("generated")] {
            assert!(!offline_may_replace(protected), "{protected:?}");
        }
    }
}
