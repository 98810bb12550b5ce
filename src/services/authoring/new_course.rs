//! A new course: validated unique slug, the course row, and a brief from our template with a
//! first version snapshot — one transaction.

use crate::domain::brief::parse_brief;
use crate::domain::course::CourseStatus;
use crate::domain::said::Said;
use crate::domain::slug::{slug_problem, suggest_slug, unique_slug};
use crate::storage::{CourseId, NewCourse, RevisionMeta, RevisionSource, Store, Target};

use super::AuthoringError;
use super::brief::brief_metadata;
use super::template::{BriefTemplate, render_brief_template};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCourseRequest {
    pub slug: String,
    pub title: String,
    /// `YYYY-MM-DD`, written into the brief's front matter.
    pub created_date: String,
}

/// The slug suggested for `title`: folded kebab-case, with `-2`, `-3` … when it is taken.
pub fn suggest_free_slug(store: &Store, title: &str) -> Result<String, AuthoringError> {
    let repo = store.read();
    let base = suggest_slug(title);
    let mut failure = None;
    let slug = unique_slug(&base, |s| match repo.course_by_slug(s) {
        Ok(found) => found.is_some(),
        Err(e) => {
            failure.get_or_insert(e);
            false
        }
    });
    match failure {
        Some(e) => Err(e.into()),
        None => Ok(slug),
    }
}

/// Creates the course with its template brief; refuses a malformed or taken slug and an empty
/// title before writing anything.
pub fn create_course(
    store: &mut Store,
    req: &NewCourseRequest,
) -> Result<CourseId, AuthoringError> {
    // The domain's rule, said here as data (its sentence is English only).
    if slug_problem(&req.slug).is_some() {
        return Err(AuthoringError::Said(
            Said::new("err-course-slug")
                .with("slug", &req.slug)
                .with("suggestion", suggest_slug(&req.slug)),
        ));
    }
    let title = req.title.trim();
    if title.is_empty() {
        return Err(AuthoringError::Said(Said::new("err-course-title-empty")));
    }
    let brief = render_brief_template(&BriefTemplate {
        slug: &req.slug,
        title,
        created_date: &req.created_date,
        creation_mode: "greenfield",
    });
    let parsed = parse_brief(&brief);
    let meta = brief_metadata(None, &brief, &parsed);
    store.write(|repo| {
        let id = repo.create_course(&NewCourse {
            slug: req.slug.clone(),
            title: title.to_string(),
            subtitle: None,
            keywords: Vec::new(),
            status: CourseStatus::Draft,
        })?;
        repo.upsert_metadata(id, &meta)?;
        let targets = [Target::Brief, Target::Status];
        repo.record_revisions(id, &targets, &RevisionMeta::new(RevisionSource::Edited))?;
        Ok(id)
    })
}
