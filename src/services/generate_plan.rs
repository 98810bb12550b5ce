//! Choosing the lessons to generate (explicit ids, failing, missing, or a job to resume) and
//! turning stored brief, curriculum and neighbours into `LessonSpec`s. Reads only.

use serde_json::Value;

use crate::domain::course::ValidationStatus;
use crate::domain::rubric::Rubric;
use crate::domain::said::Said;
use crate::domain::text::sha256_hex;
use crate::generation::{CourseContext, LessonSpec};
use crate::storage::{CourseRecord, JobId, LessonRow, MetadataRecord, Repo};

/// The lesson prompt's voice line when the course has a persona.
const PERSONA_VOICE: &str =
    "the instructor's voice given in the system prompt (INSTRUCTOR VOICE PROFILE)";

use super::ServiceError;

/// Which lessons to generate. With no flag and no id, the planned (missing) lessons.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LessonSelection {
    pub lesson_ids: Vec<String>,
    pub failed: bool,
    pub missing: bool,
    /// Continue the course's unfinished job instead of choosing anew.
    pub resume: bool,
}

/// The lessons a run will write, in course order.
#[derive(Debug, Clone)]
pub struct LessonPlan {
    pub course: CourseRecord,
    pub rubric: Rubric,
    pub specs: Vec<LessonSpec>,
    pub curriculum_sha256: Option<String>,
    /// Set when resuming: the job whose pending lessons these are.
    pub resumed_job: Option<JobId>,
}

pub(super) fn plan_lessons(
    repo: &Repo<'_>,
    slug: &str,
    selection: &LessonSelection,
    instruction: Option<&str>,
) -> Result<LessonPlan, ServiceError> {
    let course = repo.require_course(slug)?;
    let meta = repo.metadata(course.id)?.unwrap_or_default();
    let rows = repo.lessons_of(course.id)?;
    let curriculum_sha256 = meta
        .curriculum_yaml
        .as_deref()
        .map(|y| sha256_hex(y.as_bytes()));
    let (wanted, resumed_job): (Vec<&LessonRow>, Option<JobId>) = if selection.resume {
        let job = repo.unfinished_job(course.id)?.ok_or_else(|| {
            ServiceError::refused(Said::new("err-generate-nothing-to-resume").with("slug", slug))
        })?;
        if job.curriculum_sha256 != curriculum_sha256 {
            return Err(ServiceError::refused(
                Said::new("err-generate-curriculum-changed")
                    .with("slug", slug)
                    .with("at", &job.created_at),
            ));
        }
        // A lesson another run generated after this job began is not paid for twice.
        let generated_since = repo.lessons_generated_after(course.id, job.id)?;
        let pending: Vec<String> = repo
            .job_items(job.id)?
            .into_iter()
            .filter(|i| i.status != "done" && !generated_since.contains(&i.lesson_id))
            .map(|i| i.lesson_id)
            .collect();
        let lessons = rows
            .iter()
            .filter(|r| pending.contains(&r.record.lesson_id))
            .collect();
        (lessons, Some(job.id))
    } else {
        (choose(&rows, selection, slug)?, None)
    };
    let context = context_of(repo, &course)?;
    let specs = wanted
        .iter()
        .map(|row| {
            let mut spec = lesson_spec(&rows, row, &meta, &context);
            spec.instruction = instruction.map(str::to_string);
            spec
        })
        .collect();
    Ok(LessonPlan {
        rubric: meta.rubric.parse().unwrap_or_default(),
        course,
        specs,
        curriculum_sha256,
        resumed_job,
    })
}

/// Refuses to plan lessons from a curriculum that was changed in lectern (edited, set,
/// generated, restored) and not approved since (issue 21, item 10): its lessons may no longer
/// be the ones it lists. A curriculum as imported and never approved keeps working, as the
/// folder it came from is the author's plan.
pub(super) fn check_approval(repo: &Repo<'_>, course: &CourseRecord) -> Result<(), ServiceError> {
    if repo.curriculum_approved_at(course.id)?.is_some() {
        return Ok(());
    }
    let revisions = repo.revisions_of(course.id, &crate::storage::Target::Curriculum)?;
    let Some(newest) = revisions.first() else {
        return Ok(());
    };
    if matches!(
        newest.source.as_str(),
        "imported" | "reimported" | "migrated"
    ) {
        return Ok(());
    }
    Err(ServiceError::refused(
        Said::new("err-generate-unapproved")
            .with("slug", &course.slug)
            .with("source", newest.source.to_string())
            .with("at", &newest.created_at),
    ))
}

fn choose<'r>(
    rows: &'r [LessonRow],
    selection: &LessonSelection,
    slug: &str,
) -> Result<Vec<&'r LessonRow>, ServiceError> {
    for id in &selection.lesson_ids {
        if !rows.iter().any(|r| &r.record.lesson_id == id) {
            return Err(ServiceError::refused(
                Said::new("err-no-lesson")
                    .with("slug", slug)
                    .with("lesson", id),
            ));
        }
    }
    let only_missing = selection.lesson_ids.is_empty() && !selection.failed;
    Ok(rows
        .iter()
        .filter(|r| {
            let missing = r.record.content_markdown.is_none();
            let failed = r
                .record
                .score
                .as_ref()
                .is_some_and(|s| s.validation_status == ValidationStatus::Failed);
            // Archived lessons (planned ones a re-approved curriculum dropped) are only
            // generated when named.
            let archived = r.record.status == crate::domain::course::LessonStatus::Archived;
            selection.lesson_ids.contains(&r.record.lesson_id)
                || (!archived && selection.failed && failed)
                || (!archived && (selection.missing || only_missing) && missing)
        })
        .collect())
}

fn text_at(value: &Value, pointer: &str) -> Option<String> {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// What every prompt of `course` says about the course (its persona included).
pub(super) fn context_of(
    repo: &Repo<'_>,
    course: &CourseRecord,
) -> Result<CourseContext, ServiceError> {
    let meta = repo.metadata(course.id)?.unwrap_or_default();
    let persona = repo
        .persona_of(course.id)?
        .map(|m| super::persona::persona_from_record(&m).prompt_block());
    Ok(course_context(course, &meta, persona))
}

fn course_context(
    course: &CourseRecord,
    meta: &MetadataRecord,
    persona: Option<String>,
) -> CourseContext {
    CourseContext {
        title: course.title.clone(),
        icp_demographics: text_at(&meta.icp, "/demographics"),
        icp_pains: text_at(&meta.icp, "/pains"),
        icp_desires: text_at(&meta.icp, "/desires"),
        icp_before: text_at(&meta.icp, "/before"),
        icp_after: text_at(&meta.icp, "/after"),
        objectives: meta
            .learning_objectives
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        // The persona block carries the voice once (in the system prompt); the brief's §4
        // text would repeat its phrases.
        voice: match persona {
            Some(_) => Some(PERSONA_VOICE.to_string()),
            None => text_at(&meta.voice, "/text"),
        },
        persona,
    }
}

fn lesson_spec(
    rows: &[LessonRow],
    row: &LessonRow,
    meta: &MetadataRecord,
    context: &CourseContext,
) -> LessonSpec {
    let lesson = &row.record;
    let index = rows.iter().position(|r| r.row_id == row.row_id);
    let neighbour = |i: Option<usize>| i.and_then(|i| rows.get(i)).map(|r| r.record.title.clone());
    let module_title = meta.curriculum.as_ref().and_then(|c| {
        c.get("modules")?
            .as_array()?
            .iter()
            .find(|m| {
                m.get("number").and_then(Value::as_u64) == lesson.module_number.map(u64::from)
            })
            .and_then(|m| text_at(m, "/title"))
    });
    LessonSpec {
        course: context.clone(),
        lesson_id: lesson.lesson_id.clone(),
        title: lesson.title.clone(),
        module_number: lesson.module_number,
        module_title,
        objectives: lesson.learning_objectives.clone(),
        key_concepts: lesson.key_concepts.clone(),
        bloom_level: lesson.bloom_level.clone(),
        duration_minutes: lesson.duration_minutes,
        previous_title: neighbour(index.and_then(|i| i.checked_sub(1))),
        next_title: neighbour(index.map(|i| i + 1)),
        instruction: None,
    }
}
