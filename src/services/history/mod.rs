//! History of a course's texts (issue 12): list revisions, fetch a revision's exact text,
//! diff two revisions, restore one, undo the last action, and count what a regeneration
//! would replace. The CLI (`history`, `diff`, `restore`, `undo`, `lesson --rev`) and the TUI's
//! history screen call these; nothing here prints or draws.

mod diff;
mod restore;

use serde::Serialize;

use crate::domain::said::Said;
use crate::storage::{CourseId, Repo, RevisionRow, Store, Target};

use super::ServiceError;
use super::generate_plan::{LessonSelection, plan_lessons};

pub use diff::{DiffLine, DiffOutput, LineDiff, WordSpan, line_diff, word_diff};
pub(crate) use restore::write_target_text;
pub use restore::{Restored, Undone, restore_revision, undo_last_action};

/// Revisions of `target` (or of every target of the course when `None`), newest first.
pub fn history(
    store: &Store,
    slug: &str,
    target: Option<&str>,
) -> Result<Vec<RevisionRow>, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    Ok(match target {
        Some(t) => {
            let target = existing_target(&repo, course.id, slug, t)?;
            repo.revisions_of(course.id, &target)?
        }
        None => repo.course_revisions(course.id)?,
    })
}

/// One revision of a target and its exact text. `name` is a full id, a unique prefix of one,
/// or `~N` (N revisions before the current one; `~0` is the current).
pub fn revision_text(
    store: &Store,
    slug: &str,
    target: &str,
    name: &str,
) -> Result<(RevisionRow, String), ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let target = existing_target(&repo, course.id, slug, target)?;
    let revision = resolve(&repo, course.id, &target, slug, name)?;
    let text = repo.text_by_sha(&revision.sha256)?;
    Ok((revision, text))
}

/// The target named on the command line, refused when it has no history.
fn existing_target(
    repo: &Repo<'_>,
    course: CourseId,
    slug: &str,
    name: &str,
) -> Result<Target, ServiceError> {
    let target = Target::parse_arg(name);
    if repo.head_revision(course, &target)?.is_none() {
        return Err(ServiceError::refused(
            Said::new("err-history-no-target")
                .with("slug", slug)
                .with("name", name),
        ));
    }
    Ok(target)
}

pub(super) fn resolve(
    repo: &Repo<'_>,
    course: CourseId,
    target: &Target,
    slug: &str,
    name: &str,
) -> Result<RevisionRow, ServiceError> {
    let revisions = repo.revisions_of(course, target)?;
    let hint = Said::new("err-history-hint")
        .with("slug", slug)
        .with("target", target.to_string());
    let refused = |said: Said| ServiceError::refused(said.with("hint", hint.clone()));
    if let Some(back) = name.strip_prefix('~') {
        let n: usize = back
            .parse()
            .map_err(|_| refused(Said::new("err-history-not-back").with("name", name)))?;
        return revisions.into_iter().nth(n).ok_or_else(|| {
            refused(
                Said::new("err-history-no-back")
                    .with("target", target.to_string())
                    .with("count", n),
            )
        });
    }
    let wanted = name.to_ascii_lowercase();
    let mut matches = revisions.into_iter().filter(|r| r.id.starts_with(&wanted));
    match (matches.next(), matches.next()) {
        (Some(one), None) if !wanted.is_empty() => Ok(one),
        (Some(_), Some(_)) => Err(refused(
            Said::new("err-history-ambiguous")
                .with("name", name)
                .with("target", target.to_string()),
        )),
        _ => Err(refused(
            Said::new("err-history-no-revision")
                .with("name", name)
                .with("target", target.to_string()),
        )),
    }
}

/// Lessons a regeneration of `selection` would replace, by whose text they hold. The
/// dialogs and `generate --failed/--lesson` say these numbers before anything starts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ReplaceCount {
    /// Lessons holding a person's text.
    pub person: usize,
    /// Lessons holding an import's text.
    pub imported: usize,
    /// Lessons holding a real model's text.
    pub generated: usize,
}

impl ReplaceCount {
    /// Lessons with a person's or an import's text.
    pub fn human(&self) -> usize {
        self.person + self.imported
    }
}

pub fn replaced_by_regeneration(
    store: &Store,
    slug: &str,
    selection: &LessonSelection,
) -> Result<ReplaceCount, ServiceError> {
    let repo = store.read();
    let plan = plan_lessons(&repo, slug, selection, None)?;
    let origins = repo.lesson_origins(plan.course.id)?;
    let mut count = ReplaceCount::default();
    for spec in &plan.specs {
        let origin = origins
            .iter()
            .find(|(id, has_text, _)| *id == spec.lesson_id && *has_text)
            .map(|(_, _, origin)| origin.as_deref());
        match origin {
            Some(Some("person")) => count.person += 1,
            // A text with no recorded origin came from outside: treat it as imported.
            Some(Some("imported") | None) => count.imported += 1,
            Some(Some("generated")) => count.generated += 1,
            _ => {}
        }
    }
    Ok(count)
}
