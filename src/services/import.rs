//! Storing a planned course: one transaction per course, all of it or none of it.

use serde::Serialize;

use crate::domain::rubric::Rubric;
use crate::storage::{
    CourseId, CourseTexts, EncodedLessons, LessonRecord, MessageSource, Repo, RevisionHeads,
    RevisionMeta, RevisionSource, SeenTexts, SourceFileRecord, Store, StoreError,
};

use super::ServiceError;
use super::course_messages::to_messages;
use super::folder::FolderSnapshot;
use super::import_plan::{CoursePlan, ImportWarning, plan_course};
use super::source_files::source_manifest;

/// What to do when the course's slug is already in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnExisting {
    /// Update the course in place (lessons matched by id); lessons that exist only in the
    /// database (generated, or planned there, since the last import) are kept.
    Update,
    /// Update, and delete or reset lessons the source does not have (`import --prune`,
    /// `check --fix`: the source wins).
    #[value(skip)]
    UpdatePruning,
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
    /// On re-import: how many texts it replaced (each kept in history), if any.
    pub saved_version: Option<u32>,
    /// On re-import without pruning: lessons kept because only the database has them.
    pub kept: usize,
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
        kept: 0,
    }
}

/// Parses, scores and stores one course folder snapshot.
pub fn import_snapshot(
    store: &mut Store,
    snapshot: &FolderSnapshot,
    rubric: Rubric,
    on_existing: OnExisting,
) -> Result<CourseImport, ServiceError> {
    let plan = plan_course(snapshot, rubric).map_err(|r| ServiceError::refused(r.said()))?;
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
    let mut plan = plan_course(snapshot, rubric).map_err(|r| ServiceError::refused(r.said()))?;
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
    let (mut lessons, texts) = encode_plan(&mut plan, &SeenTexts::default())?;
    store_encoded(store, plan, &mut lessons, &texts, on_existing, sources)
}

/// Takes the plan's lessons out and makes everything storing it needs that needs no database:
/// JSON columns, and each text's sha256 and blob for its revision.
pub(super) fn encode_plan(
    plan: &mut CoursePlan,
    seen: &SeenTexts,
) -> Result<(EncodedLessons, CourseTexts), ServiceError> {
    let mut lessons = EncodedLessons::encode(std::mem::take(&mut plan.lessons))?;
    lessons.prepare_texts(seen);
    let texts = CourseTexts::prepare(
        plan.metadata.brief_markdown.as_deref(),
        plan.metadata.curriculum_yaml.as_deref(),
        plan.research.as_ref(),
        seen,
    );
    Ok((lessons, texts))
}

/// Stores `plan` whose lessons were taken out and encoded beforehand, with its texts
/// prepared for their revisions (on another thread, when importing many courses).
pub(super) fn store_encoded(
    store: &mut Store,
    mut plan: CoursePlan,
    encoded: &mut EncodedLessons,
    texts: &CourseTexts,
    on_existing: OnExisting,
    sources: &[SourceFileRecord],
) -> Result<CourseImport, ServiceError> {
    let all = encoded.lessons();
    let planned = all.iter().filter(|l| l.content_markdown.is_none()).count();
    let lessons = all.len() - planned;
    let (outcome, saved_version, kept) = store.write(|repo| -> Result<_, ServiceError> {
        let existing = repo.course_by_slug(&plan.course.slug)?;
        let (id, outcome) = match (existing, on_existing) {
            (None, _) => (repo.create_course(&plan.course)?, ImportOutcome::Created),
            (Some(_), OnExisting::Skip) => return Ok((ImportOutcome::Skipped, None, 0)),
            (Some(_), OnExisting::Fail) => {
                return Err(StoreError::SlugTaken(plan.course.slug.clone()).into());
            }
            (Some(course), OnExisting::Update | OnExisting::UpdatePruning) => {
                repo.update_course(course.id, &plan.course)?;
                (course.id, ImportOutcome::Updated)
            }
        };
        let kept = match (outcome, on_existing) {
            (ImportOutcome::Updated, OnExisting::Update) => database_only(repo, id, encoded)?,
            _ => Vec::new(),
        };
        // A lesson the source only plans must not blank the text the database has for it.
        encoded.retain(|l| !kept.contains(&l.lesson_id));
        let meta = RevisionMeta::new(match outcome {
            ImportOutcome::Updated => RevisionSource::Reimported,
            _ => RevisionSource::Imported,
        });
        // Read before writing; nothing below appends a revision before `record_import`.
        let heads = repo.revision_heads(id)?;
        encoded.set_origins(&heads, &meta);
        let mut keep: Vec<&str> = encoded
            .lessons()
            .iter()
            .map(|l| l.lesson_id.as_str())
            .collect();
        keep.extend(kept.iter().map(String::as_str));
        plan.metadata.total_lessons = keep.len() as u32;
        repo.upsert_metadata(id, &plan.metadata)?;
        repo.upsert_encoded_lessons(id, encoded)?;
        repo.delete_lessons_except(id, &keep)?;
        if let Some(research) = &plan.research {
            repo.upsert_research(id, research)?;
        }
        repo.replace_source_files(id, sources)?;
        if let Some(persona) = &plan.persona {
            super::persona::assign_from_import(repo, id, persona)?;
        }
        let messages = to_messages(MessageSource::Import, &plan.warnings);
        repo.replace_course_messages(id, MessageSource::Import, &messages)?;
        let saved_version = record_import(repo, id, &meta, &heads, encoded, texts)?;
        Ok((outcome, saved_version, kept.len()))
    })?;
    Ok(CourseImport {
        slug: plan.course.slug,
        title: plan.course.title,
        outcome,
        lessons,
        planned,
        warnings: plan.warnings,
        saved_version,
        kept,
    })
}

/// The stored lessons of course `id` that a re-import without `--prune` keeps as they are:
/// those the source does not have at all, and those with text that the source only plans.
fn database_only(
    repo: &Repo<'_>,
    id: CourseId,
    incoming: &EncodedLessons,
) -> Result<Vec<String>, ServiceError> {
    let incoming = incoming.lessons();
    Ok(repo
        .lessons_of(id)?
        .into_iter()
        .filter(|old| {
            match incoming
                .iter()
                .find(|l| l.lesson_id == old.record.lesson_id)
            {
                None => true,
                Some(new) => {
                    new.content_markdown.is_none() && old.record.content_markdown.is_some()
                }
            }
        })
        .map(|old| old.record.lesson_id)
        .collect())
}

/// Records a revision of every text the import changed, in the import's transaction (the
/// replaced texts stay in history); returns how many replaced an earlier text. `heads` were
/// read before the import wrote; `lessons` and `texts` are what it wrote, prepared.
fn record_import(
    repo: &Repo<'_>,
    id: CourseId,
    meta: &RevisionMeta,
    heads: &RevisionHeads,
    lessons: &EncodedLessons,
    texts: &CourseTexts,
) -> Result<Option<u32>, ServiceError> {
    let targets = repo.course_targets(id)?;
    let recorded = repo.record_prepared_revisions(id, &targets, meta, heads, lessons, texts)?;
    let replaced = recorded.iter().filter(|r| r.parent.is_some()).count() as u32;
    Ok((replaced > 0).then_some(replaced))
}
