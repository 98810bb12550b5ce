//! A course as one JSON document (`lectern export --format json`): course, metadata, lessons
//! in curriculum order with their scores and issues, and research — the shape of the CreatorOS
//! design's `export_course_to_json`, plus lectern's own columns.

use serde_json::{Value, json};

use crate::domain::said::Said;
use crate::storage::Store;

use super::ServiceError;

/// Identifies the document, so a later import can recognise (and migrate) it.
pub const EXPORT_FORMAT: &str = "lectern-course";
pub const EXPORT_VERSION: u32 = 1;

pub fn export_json(store: &Store, slug: &str) -> Result<Value, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let metadata = repo.metadata(course.id)?;
    let lessons = repo.lessons_of(course.id)?;
    let research = repo.research(course.id)?;
    let sources = repo.source_files(course.id)?;
    let to_value = |what: &str, v: Result<Value, serde_json::Error>| {
        v.map_err(|e| {
            ServiceError::refused(
                Said::new("err-export-json")
                    .with("what", what)
                    .with("slug", slug)
                    .with("error", e.to_string()),
            )
        })
    };
    Ok(json!({
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "course": to_value("course", serde_json::to_value(&course))?,
        "metadata": to_value("metadata", serde_json::to_value(&metadata))?,
        "lessons": to_value("lessons", serde_json::to_value(&lessons))?,
        "research": to_value("research", serde_json::to_value(&research))?,
        "source_files": to_value("source files", serde_json::to_value(&sources))?,
    }))
}
