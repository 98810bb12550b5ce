//! Opening the library (database + first-run demo) and reading courses for display.

use std::path::Path;

use serde::Serialize;

use crate::storage::{CourseRecord, LessonRow, MetadataRecord, MigrationReport, Store};

use super::ServiceError;

#[derive(Debug, Clone, Copy)]
pub struct OpenOptions {
    /// Seed the demo course when the database is new.
    pub seed_demo: bool,
}

#[derive(Debug, Clone)]
pub struct OpenReport {
    pub migration: MigrationReport,
    /// Slug of the demo course, when this open created it.
    pub demo_seeded: Option<String>,
}

/// Opens (creating and migrating if needed) the database at `db`.
pub fn open_library(db: &Path, options: OpenOptions) -> Result<(Store, OpenReport), ServiceError> {
    let (mut store, migration) = Store::open(db)?;
    let demo_seeded = if options.seed_demo && migration.created() {
        Some(super::demo::seed_demo(&mut store)?)
    } else {
        None
    };
    if let Some(backup) = &migration.backup {
        tracing::info!(db = %db.display(), backup = %backup.display(), "backed up before migrating");
    }
    Ok((
        store,
        OpenReport {
            migration,
            demo_seeded,
        },
    ))
}

/// A course with everything `lectern show` and the course screen display.
#[derive(Debug, Clone, Serialize)]
pub struct CourseDetail {
    #[serde(flatten)]
    pub course: CourseRecord,
    pub metadata: Option<MetadataRecord>,
    pub lessons: Vec<LessonRow>,
    /// Lessons whose text is an offline draft (each lesson says so in its `origin`).
    pub draft: u32,
    /// Any of the four market-research reports is stored (the TUI's `M` says it replaces).
    #[serde(skip)]
    pub has_research: bool,
}

pub fn course_detail(store: &Store, slug: &str) -> Result<CourseDetail, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let metadata = repo.metadata(course.id)?;
    let lessons = repo.lessons_of(course.id)?;
    let has_research = repo
        .research(course.id)?
        .as_ref()
        .is_some_and(super::generate_research::has_reports);
    let draft = lessons.iter().filter(|l| l.is_draft()).count() as u32;
    Ok(CourseDetail {
        course,
        metadata,
        draft,
        lessons,
        has_research,
    })
}
