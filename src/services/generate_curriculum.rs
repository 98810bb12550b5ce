//! `generate --curriculum`: a curriculum from the course's brief. The offline provider builds
//! a draft from the brief's §3.3 outline; a language model is asked with the curriculum
//! prompt and its answer must parse as a curriculum, else it is refused with its line and
//! column and nothing is stored. Saved through `save_curriculum_as` (one transaction, a
//! version); an existing curriculum is only replaced when the caller says so (`--force`).

use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::domain::brief::{ParsedBrief, has_placeholder, parse_brief};
use crate::domain::outline::parse_outline;
use crate::domain::said::Said;
use crate::generation::{
    CourseContext, CurriculumBrief, CurriculumDraftInput, DocTemplates, DocumentFailure,
    DocumentSettings, ErrorClass, Pricing, ProviderError, ProviderKind, Usage, complete_checked,
    curriculum_draft, total_usage, with_instruction,
};
use crate::storage::{CourseRecord, JobId, JobKind, Store};

use super::ServiceError;
use super::authoring::{
    AuthoringError, CurriculumSave, CurriculumSaved, Refusal, Replace, check_curriculum,
    save_curriculum_as,
};
use super::doc_job::{
    attempts_cost, attempts_json, fail_item, leave_resumable, open_doc_job, record_item,
};
use super::generate::{GenerateOptions, build_provider};

/// A course-level document could not be generated or stored.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error(transparent)]
    Service(#[from] ServiceError),
    #[error(transparent)]
    Authoring(#[from] AuthoringError),
    #[error("{0}")]
    Provider(ProviderError),
    /// The model answered with something that is not a usable curriculum; nothing stored.
    #[error("the model's curriculum was refused: answer:{}:{}: {} ({}); nothing was stored", .0.line, .0.column, .0.message, .0.hint)]
    BadAnswer(Refusal),
    /// Stopped before every part arrived; the job keeps what did.
    #[error("interrupted; job {0} keeps what arrived: run again with --resume to finish it")]
    Interrupted(i64),
    /// A part was refused after every attempt; the job keeps the others.
    #[error(
        "{message}; job {job} keeps the parts that arrived: run again with --resume to ask for the rest"
    )]
    Incomplete { job: i64, message: String },
}

impl DocumentError {
    /// True when the person can fix it by changing what they passed (exit code 2); a provider
    /// failure or an unusable answer is a failed generation instead (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        match self {
            DocumentError::Service(e) => e.is_bad_input(),
            DocumentError::Authoring(e) => e.is_bad_input(),
            DocumentError::Provider(e) => e.class == ErrorClass::Auth,
            DocumentError::BadAnswer(_)
            | DocumentError::Interrupted(_)
            | DocumentError::Incomplete { .. } => false,
        }
    }

    /// What this error says, as data (`None`: a provider's own sentence, quoted as written).
    pub fn said(&self) -> Option<Said> {
        match self {
            DocumentError::Service(e) => e.said(),
            DocumentError::Authoring(e) => e.said(),
            DocumentError::Provider(_) => None,
            DocumentError::BadAnswer(r) => Some(
                Said::new("err-document-bad-answer")
                    .with("line", r.line.to_string())
                    .with("column", r.column.to_string())
                    .with("message", r.message_said())
                    .with("hint", r.hint_said()),
            ),
            DocumentError::Interrupted(job) => {
                Some(Said::new("err-document-interrupted").with("job", job.to_string()))
            }
            DocumentError::Incomplete { job, message } => Some(
                Said::new("err-document-incomplete")
                    .with("job", job.to_string())
                    .with("message", message),
            ),
        }
    }
}

/// What a document generation did, for the summary line and `--json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentUsage {
    pub provider: ProviderKind,
    pub model: String,
    pub retries: u32,
    pub usage: Option<Usage>,
    /// `None` when the model has no known price (never shown as 0).
    pub cost_usd: Option<f64>,
    /// The job that recorded the run (its id, as the jobs panel and the log show it).
    pub job: JobId,
    /// Parts a resumed job already had, which this run did not ask for again.
    pub resumed_done: usize,
    /// Options this provider cannot use, named so none is dropped silently.
    pub ignored: Vec<String>,
}

impl DocumentUsage {
    pub(super) fn new(opts: &GenerateOptions, job: JobId) -> DocumentUsage {
        DocumentUsage {
            provider: opts.provider,
            model: opts.model(),
            retries: 0,
            usage: None,
            cost_usd: None,
            job,
            resumed_done: 0,
            ignored: super::generate_estimate::ignored_options(opts),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurriculumGenerated {
    pub slug: String,
    #[serde(flatten)]
    pub run: DocumentUsage,
    #[serde(flatten)]
    pub saved: CurriculumSaved,
}

/// The brief a course-level document is generated from.
pub(super) struct CourseBrief {
    pub course: CourseRecord,
    pub brief: ParsedBrief,
    pub context: CourseContext,
}

pub(super) fn course_brief(store: &Store, slug: &str) -> Result<CourseBrief, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let text = repo
        .metadata(course.id)?
        .and_then(|m| m.brief_markdown)
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| {
            ServiceError::refused(Said::new("err-generate-no-brief").with("slug", slug))
        })?;
    let brief = parse_brief(&text);
    let context = CourseContext {
        title: brief.title.clone().unwrap_or_else(|| course.title.clone()),
        icp_demographics: brief.icp.demographics.clone(),
        icp_pains: brief.icp.pains.clone(),
        icp_desires: brief.icp.desires.clone(),
        icp_before: brief.icp.before.clone(),
        icp_after: brief.icp.after.clone(),
        objectives: brief.learning_objectives.clone(),
        voice: brief.voice.clone(),
        persona: None,
    };
    Ok(CourseBrief {
        course,
        brief,
        context,
    })
}

pub(super) fn document_settings(opts: &GenerateOptions) -> DocumentSettings {
    DocumentSettings {
        model: opts.model(),
        max_tokens: opts.max_tokens,
        temperature: opts.temperature,
        retry: opts.retry,
    }
}

/// The curriculum prompt for `--show-prompt` (with the run's instruction, as it is sent).
pub fn curriculum_prompt(store: &Store, opts: &GenerateOptions) -> Result<String, ServiceError> {
    let (prompt, _) = curriculum_prompt_and_draft(store, opts)?;
    Ok(with_instruction(prompt, opts.instruction.as_deref()))
}

/// The curriculum prompt (without instruction) and the offline draft of the outline, if any.
pub(super) fn curriculum_prompt_and_draft(
    store: &Store,
    opts: &GenerateOptions,
) -> Result<(String, Option<String>), ServiceError> {
    let brief = course_brief(store, &opts.slug)?;
    let templates = DocTemplates::load(opts.prompt_dir.as_deref())
        .map_err(|e| ServiceError::refused(e.said()))?;
    let curriculum = curriculum_brief(&brief, opts);
    let draft = curriculum.draft.clone();
    Ok((templates.curriculum(&curriculum), draft))
}

/// Generates and stores the curriculum (as a job); `replace` is `Refuse` unless the author
/// forced it.
pub async fn generate_curriculum(
    store: &mut Store,
    opts: &GenerateOptions,
    replace: Replace,
) -> Result<CurriculumGenerated, DocumentError> {
    generate_curriculum_with(store, opts, replace, &CancellationToken::new()).await
}

/// [`generate_curriculum`] that `cancel` stops (the job stays resumable).
pub async fn generate_curriculum_with(
    store: &mut Store,
    opts: &GenerateOptions,
    replace: Replace,
    cancel: &CancellationToken,
) -> Result<CurriculumGenerated, DocumentError> {
    let brief = course_brief(store, &opts.slug)?;
    let mut opts = opts.clone();
    if opts.provider == ProviderKind::Offline && !opts.selection.resume {
        offline_yaml(&brief, &opts)?;
    } else if !opts.selection.resume {
        // Checked before paying for an answer that could not be stored anyway.
        refuse_existing(store, &opts.slug, replace)?;
    }
    let job = open_doc_job(
        store,
        &brief.course,
        JobKind::Curriculum,
        &[ITEM],
        &mut opts,
        replace,
    )?;
    let mut run = DocumentUsage::new(&opts, job.id);
    let (yaml, attempts) = if opts.provider == ProviderKind::Offline {
        run.usage = Some(Usage::default());
        run.cost_usd = Some(0.0);
        let yaml = offline_yaml(&brief, &opts)?;
        let attempts = attempts_json(&[], None);
        (yaml, attempts)
    } else {
        let provider = build_provider(&opts)?;
        let templates = DocTemplates::load(opts.prompt_dir.as_deref())
            .map_err(|e| ServiceError::refused(e.said()))?;
        let pricing = Pricing::load(opts.pricing_file.as_deref())
            .map_err(|e| ServiceError::refused(e.said()))?;
        let prompt = with_instruction(
            templates.curriculum(&curriculum_brief(&brief, &opts)),
            opts.instruction.as_deref(),
        );
        let settings = document_settings(&opts);
        let asked = tokio::select! {
            asked = complete_checked(
                provider.as_ref(), &prompt, &settings, opts.max_attempts, usable_curriculum,
            ) => asked,
            _ = cancel.cancelled() => {
                leave_resumable(store, job.id);
                return Err(DocumentError::Interrupted(job.id.0));
            }
        };
        let attempts = asked
            .as_ref()
            .map_or_else(|f| f.attempts(), |d| &d.attempts[..]);
        run.retries = attempts.iter().map(|a| a.retries).sum();
        run.usage = total_usage(attempts);
        run.cost_usd = attempts_cost(&pricing, &run.model, attempts);
        match asked {
            Ok(doc) => {
                let attempts = attempts_json(&doc.attempts, None);
                (doc.text, attempts)
            }
            Err(failed) => {
                let attempts = attempts_json(failed.attempts(), None);
                let err = match failed {
                    DocumentFailure::Provider(e, _) => DocumentError::Provider(e),
                    DocumentFailure::Refused(r, _) => DocumentError::BadAnswer(r),
                };
                fail_item(
                    store,
                    job.id,
                    ITEM,
                    &attempts,
                    &err.to_string(),
                    run.cost_usd,
                )?;
                return Err(err);
            }
        }
    };
    let summary = format!("curriculum generated ({})", run.provider.as_str());
    let changed_by = format!("generate:{}", run.provider.as_str());
    let how = CurriculumSave {
        changed_by: &changed_by,
        summary: &summary,
        replace: job.replace,
    };
    let saved = match save_curriculum_as(store, &opts.slug, &yaml, how) {
        Ok(saved) => saved,
        Err(e) => {
            fail_item(store, job.id, ITEM, &attempts, &e.to_string(), run.cost_usd)?;
            return Err(e.into());
        }
    };
    record_item(store, job.id, ITEM, Ok(&attempts), run.cost_usd)?;
    store
        .write(|repo| repo.set_job_status(job.id, "finished"))
        .map_err(ServiceError::from)?;
    Ok(CurriculumGenerated {
        slug: opts.slug.clone(),
        run,
        saved,
    })
}

/// The one item of a curriculum job.
const ITEM: &str = "curriculum";

/// A model's answer is a curriculum when it parses and lists at least one lesson.
fn usable_curriculum(text: &str) -> Result<(), Refusal> {
    let parsed = check_curriculum(text)?;
    if parsed.lessons().next().is_none() {
        return Err(Refusal::said(
            Said::new("err-answer-no-lessons"),
            Said::new("err-answer-no-lessons-hint"),
        ));
    }
    Ok(())
}

fn offline_yaml(brief: &CourseBrief, opts: &GenerateOptions) -> Result<String, ServiceError> {
    offline_draft(brief, opts).ok_or_else(|| {
        ServiceError::refused(Said::new("err-generate-empty-outline").with("slug", &opts.slug))
    })
}

fn offline_draft(brief: &CourseBrief, opts: &GenerateOptions) -> Option<String> {
    let outline = parse_outline(brief.brief.outline.as_deref()?);
    if outline.lesson_count() == 0 {
        return None;
    }
    let header = format!("{}\n", opts.texts.get("generate-curriculum-draft-header"));
    Some(curriculum_draft(&draft_input(brief), &outline, &header))
}

fn draft_input(brief: &CourseBrief) -> CurriculumDraftInput {
    CurriculumDraftInput {
        title: Some(brief.context.title.clone()),
        slug: brief_slug(brief),
        objectives: brief.context.objectives.clone(),
    }
}

fn curriculum_brief(brief: &CourseBrief, opts: &GenerateOptions) -> CurriculumBrief {
    CurriculumBrief {
        course: brief.context.clone(),
        slug: brief_slug(brief),
        tool: brief.brief.tool.clone(),
        total_duration: brief.brief.total_duration.clone(),
        module_count: brief.brief.module_count,
        outline: brief.brief.outline.clone(),
        draft: offline_draft(brief, opts),
    }
}

/// The brief's slug (§1) when it gives one, else the course's.
fn brief_slug(brief: &CourseBrief) -> String {
    brief
        .brief
        .slug
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty() && !has_placeholder(s))
        .map_or_else(|| brief.course.slug.clone(), str::to_string)
}

fn refuse_existing(store: &Store, slug: &str, replace: Replace) -> Result<(), DocumentError> {
    if replace != Replace::Refuse {
        return Ok(());
    }
    let repo = store.read();
    let course = repo.require_course(slug).map_err(ServiceError::from)?;
    let exists = repo
        .metadata(course.id)
        .map_err(ServiceError::from)?
        .and_then(|m| m.curriculum_yaml)
        .is_some_and(|t| !t.trim().is_empty());
    if exists {
        return Err(AuthoringError::Said(
            Said::new("err-generate-curriculum-exists").with("slug", slug),
        )
        .into());
    }
    Ok(())
}
