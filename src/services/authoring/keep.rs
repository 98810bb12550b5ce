//! "Take theirs" in an editor's conflict dialog: the person's own text is kept in the
//! target's history (beside the stored text, which stays current), so taking the other
//! writer's text never loses theirs. Must not depend on the CLI or the TUI.

use crate::storage::{RevisionMeta, RevisionSource, Store, Target};

use super::AuthoringError;

/// Records `text` as a revision of `target` under the stored text, which stays current.
/// Returns whether anything was recorded (`false`: the target has no stored text).
pub fn keep_beside_stored(
    store: &mut Store,
    slug: &str,
    target: &Target,
    text: &str,
) -> Result<bool, AuthoringError> {
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        let meta = RevisionMeta::new(RevisionSource::Edited);
        Ok(repo
            .keep_beside_current(course.id, target, text, (None, None), &meta)?
            .is_some())
    })
}
