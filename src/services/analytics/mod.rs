//! Analytics use cases (issue 15): the figures of the library or of one course, read in one
//! snapshot and computed once for `lectern stats`, the HTML report and the dashboard; and the
//! import of learner outcomes exported from a course platform (`performance_import`).

mod lesson_match;
mod performance_import;
mod performance_said;

pub use performance_import::{
    ImportedPerformance, PerformanceImportError, UnmatchedRow, import_performance,
    import_performance_file,
};

use crate::domain::analytics::{Figures, PerformanceFigures};
use crate::storage::{CourseId, LessonFigures, Repo, Store, StoreError};

use super::ServiceError;

/// Which lessons the figures cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Library,
    Course(String),
}

impl Scope {
    pub fn from_slug(slug: Option<&str>) -> Scope {
        slug.map_or(Scope::Library, |s| Scope::Course(s.to_string()))
    }

    pub fn slug(&self) -> Option<&str> {
        match self {
            Scope::Library => None,
            Scope::Course(slug) => Some(slug),
        }
    }
}

/// Everything the dashboard and the report draw: the figures, plus (for a course) its
/// lessons one per row with their outcomes and score history.
#[derive(Debug, Clone, PartialEq)]
pub struct Analytics {
    pub scope: Scope,
    /// The course's title, or "Library".
    pub title: String,
    pub figures: Figures,
    /// A course's lessons in order; empty for the library (200,000 rows are a table no one
    /// reads: the per-course rows stand in for them).
    pub lessons: Vec<LessonFigures>,
}

/// The figures of `scope`, read in one transaction so every part sees the same library.
pub fn figures(store: &Store, scope: &Scope) -> Result<Figures, ServiceError> {
    store.snapshot(|repo| {
        let course = course_id(repo, scope)?;
        read_figures(repo, scope, course)
    })
}

/// The figures plus a course's per-lesson rows: what the dashboard and the report need. Runs
/// on the caller's thread; the TUI calls it from its storage worker, off the draw loop.
pub fn load_analytics(store: &Store, scope: &Scope) -> Result<Analytics, ServiceError> {
    store.snapshot(|repo| {
        let course = course_id(repo, scope)?;
        let figures = read_figures(repo, scope, course)?;
        let (title, lessons) = match (scope, course) {
            (Scope::Course(slug), Some(id)) => {
                let title = repo
                    .course_by_slug(slug)?
                    .map_or_else(|| slug.clone(), |c| c.title);
                (title, repo.analytics_lessons(Some(id))?)
            }
            _ => ("Library".to_string(), Vec::new()),
        };
        Ok(Analytics {
            scope: scope.clone(),
            title,
            figures,
            lessons,
        })
    })
}

/// Every lesson in scope with its scores and outcomes (the CSV table; the library's too).
pub fn lesson_table(store: &Store, scope: &Scope) -> Result<Vec<LessonFigures>, ServiceError> {
    store.snapshot(|repo| {
        let course = course_id(repo, scope)?;
        Ok(repo.analytics_lessons(course)?)
    })
}

fn course_id(repo: &Repo<'_>, scope: &Scope) -> Result<Option<CourseId>, ServiceError> {
    match scope {
        Scope::Library => Ok(None),
        Scope::Course(slug) => match repo.course_by_slug(slug)? {
            Some(c) => Ok(Some(c.id)),
            None => Err(StoreError::CourseNotFound(slug.clone()).into()),
        },
    }
}

fn read_figures(
    repo: &Repo<'_>,
    scope: &Scope,
    course: Option<CourseId>,
) -> Result<Figures, ServiceError> {
    let groups = repo.analytics_groups(course)?;
    let codes = repo.analytics_issue_codes(course)?;
    let trend = repo.analytics_trend(course)?;
    let performance = PerformanceFigures::build(&repo.analytics_performance(course)?);
    Ok(Figures::build(
        scope.slug().map(str::to_string),
        repo.analytics_courses(course)?,
        &groups,
        codes,
        &trend,
        performance,
    ))
}
