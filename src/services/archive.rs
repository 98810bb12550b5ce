//! Archiving (never deleting) a course and bringing it back: `lectern archive|unarchive SLUG`
//! and the workbench's library (`d`, and in its Archived view `d` again). Each is one
//! transaction and records the status as a revision, so `undo` takes it back too. Must not
//! depend on the CLI or the TUI.

use crate::domain::course::CourseStatus;
use crate::storage::{Store, Target};

use super::ServiceError;

/// Archives `slug`: out of the library's list, kept in the database with all its history.
/// Returns false when it was archived already (nothing written).
pub fn archive_course(store: &mut Store, slug: &str) -> Result<bool, ServiceError> {
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        if course.status == CourseStatus::Archived {
            return Ok(false);
        }
        repo.set_course_status(course.id, CourseStatus::Archived)?;
        Ok(true)
    })
}

/// Brings `slug` back with the status it had before it was archived (draft when history
/// does not say). Returns that status, or `None` when the course was not archived.
pub fn unarchive_course(
    store: &mut Store,
    slug: &str,
) -> Result<Option<CourseStatus>, ServiceError> {
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        if course.status != CourseStatus::Archived {
            return Ok(None);
        }
        // Newest first: the first status recorded that is not "archived" is the one before.
        let before = repo
            .revisions_of(course.id, &Target::Status)?
            .iter()
            .filter_map(|r| repo.text_by_sha(&r.sha256).ok())
            .filter_map(|text| text.trim().parse::<CourseStatus>().ok())
            .find(|s| *s != CourseStatus::Archived)
            .unwrap_or(CourseStatus::Draft);
        repo.set_course_status(course.id, before)?;
        Ok(Some(before))
    })
}
