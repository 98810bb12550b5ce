//! Storing a planned course: one transaction per course, all of it or none of it.

use serde::Serialize;

use crate::domain::rubric::Rubric;
use crate::storage::{
    CourseId, EncodedLessons, LessonRecord, LessonRow, MessageSource, Repo, SourceFileRecord,
    Store, StoreError,
};

use super::ServiceError;
use super::course_messages::to_messages;
use super::folder::FolderSnapshot;
use super::import_plan::{CoursePlan, ImportWarning, plan_course};
use super::source_files::source_manifest;

/// What to do when the course's slug is already in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnExisting {
    /// Update the course in place (lessons matched by id).
    Update,
    /// Leave the stored course as it is.
    Skip,
    /// Refuse the course.
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportOutcome {
    Created,
    Updated,
    Skipped,
}

/// The result of importing one course, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct CourseImport {
    pub slug: String,
    pub title: String,
    pub outcome: ImportOutcome,
    /// Lessons with content.
    pub lessons: usize,
    /// Lessons listed in the curriculum with no file.
    pub planned: usize,
    pub warnings: Vec<ImportWarning>,
    /// On re-import: the version that keeps the replaced text, if anything changed.
    pub saved_version: Option<u32>,
}

/// What importing `plan` would do, without writing anything (`--dry-run`).
/// `lessons` are the plan's lessons, given apart when they were taken out to be encoded.
pub(super) fn describe_plan(plan: &CoursePlan, lessons: &[LessonRecord]) -> CourseImport {
    let planned = lessons
        .iter()
        .filter(|l| l.content_markdown.is_none())
        .count();
    CourseImport {
        slug: plan.course.slug.clone(),
        title: plan.course.title.clone(),
        outcome: ImportOutcome::Created,
        lessons: lessons.len() - planned,
        planned,
        warnings: plan.warnings.clone(),
        saved_version: None,
    }
}

/// Parses, scores and stores one course folder snapshot.
pub fn import_snapshot(
    store: &mut Store,
    snapshot: &FolderSnapshot,
    rubric: Rubric,
    on_existing: OnExisting,
) -> Result<CourseImport, ServiceError> {
    let plan = plan_course(snapshot, rubric).map_err(|r| ServiceError::Input(r.to_string()))?;
    store_plan_with_sources(store, plan, on_existing, &source_manifest(snapshot))
}

/// Like [`import_snapshot`], but stores the course under `slug` whatever the folder's brief
/// or name say (`lectern check --fix`: the folder's content wins, the course stays the same).
pub fn import_snapshot_as(
    store: &mut Store,
    snapshot: &FolderSnapshot,
    slug: &str,
    rubric: Rubric,
    on_existing: OnExisting,
) -> Result<CourseImport, ServiceError> {
    let mut plan = plan_course(snapshot, rubric).map_err(|r| ServiceError::Input(r.to_string()))?;
    plan.course.slug = slug.to_string();
    store_plan_with_sources(store, plan, on_existing, &source_manifest(snapshot))
}

/// Stores the plan and, in the same transaction, the names and hashes of the files its brief,
/// curriculum, outline and research came from (replacing those of an earlier import).
pub(super) fn store_plan_with_sources(
    store: &mut Store,
    mut plan: CoursePlan,
    on_existing: OnExisting,
    sources: &[SourceFileRecord],
) -> Result<CourseImport, ServiceError> {
    let lessons = EncodedLessons::encode(std::mem::take(&mut plan.lessons))?;
    store_encoded(store, plan, &lessons, on_existing, sources)
}

/// Stores `plan` whose lessons were taken out and encoded beforehand (on another thread,
/// when importing many courses).
pub(super) fn store_encoded(
    store: &mut Store,
    plan: CoursePlan,
    encoded: &EncodedLessons,
    on_existing: OnExisting,
    sources: &[SourceFileRecord],
) -> Result<CourseImport, ServiceError> {
    let all = encoded.lessons();
    let planned = all.iter().filter(|l| l.content_markdown.is_none()).count();
    let lessons = all.len() - planned;
    let (outcome, saved_version) = store.write(|repo| -> Result<_, ServiceError> {
        let existing = repo.course_by_slug(&plan.course.slug)?;
        let (id, outcome) = match (existing, on_existing) {
            (None, _) => (repo.create_course(&plan.course)?, ImportOutcome::Created),
            (Some(_), OnExisting::Skip) => return Ok((ImportOutcome::Skipped, None)),
            (Some(_), OnExisting::Fail) => {
                return Err(StoreError::SlugTaken(plan.course.slug.clone()).into());
            }
            (Some(course), OnExisting::Update) => {
                repo.update_course(course.id, &plan.course)?;
                (course.id, ImportOutcome::Updated)
            }
        };
        let saved_version = match outcome {
            ImportOutcome::Updated => keep_replaced_text(repo, id, &plan, all)?,
            _ => None,
        };
        repo.upsert_metadata(id, &plan.metadata)?;
        repo.upsert_encoded_lessons(id, encoded)?;
        let keep: Vec<&str> = all.iter().map(|l| l.lesson_id.as_str()).collect();
        repo.delete_lessons_except(id, &keep)?;
        if let Some(research) = &plan.research {
            repo.upsert_research(id, research)?;
        }
        repo.replace_source_files(id, sources)?;
        let messages = to_messages(MessageSource::Import, &plan.warnings);
        repo.replace_course_messages(id, MessageSource::Import, &messages)?;
        Ok((outcome, saved_version))
    })?;
    Ok(CourseImport {
        slug: plan.course.slug,
        title: plan.course.title,
        outcome,
        lessons,
        planned,
        warnings: plan.warnings,
        saved_version,
    })
}

/// Before a re-import overwrites a course, snapshots the lessons whose text changes or
/// disappears, and the brief/curriculum/outline if they change, as a new course version.
fn keep_replaced_text(
    repo: &Repo<'_>,
    id: CourseId,
    plan: &CoursePlan,
    new_lessons: &[LessonRecord],
) -> Result<Option<u32>, ServiceError> {
    let old_lessons = repo.lessons_of(id)?;
    let replaced: Vec<&LessonRow> = old_lessons
        .iter()
        .filter(|old| old.record.content_markdown.is_some())
        .filter(|old| {
            let new = new_lessons
                .iter()
                .find(|l| l.lesson_id == old.record.lesson_id);
            new.is_none_or(|n| n.content_markdown != old.record.content_markdown)
        })
        .collect();
    let old_meta = repo.metadata(id)?;
    let meta_changed = old_meta.as_ref().is_some_and(|m| {
        m.brief_markdown != plan.metadata.brief_markdown
            || m.curriculum_yaml != plan.metadata.curriculum_yaml
            || m.outline_markdown != plan.metadata.outline_markdown
    });
    if replaced.is_empty() && !meta_changed {
        return Ok(None);
    }
    let to_json = |v: serde_json::Result<serde_json::Value>| {
        v.map_err(|source| StoreError::Json {
            what: "version snapshot",
            source,
        })
    };
    let metadata = to_json(serde_json::to_value(&old_meta))?;
    let lessons = to_json(serde_json::to_value(&replaced))?;
    let mut summary = format!("re-import replaced {} lesson(s)", replaced.len());
    if meta_changed {
        summary.push_str(" and the brief/curriculum/outline");
    }
    Ok(Some(repo.add_version(
        id, &metadata, &lessons, "import", &summary,
    )?))
}
