//! `generate --curriculum`: a curriculum from the course's brief. The offline provider builds
//! a draft from the brief's §3.3 outline; a language model is asked with the curriculum
//! prompt and its answer must parse as a curriculum, else it is refused with its line and
//! column and nothing is stored. Saved through `save_curriculum_as` (one transaction, a
//! version); an existing curriculum is only replaced when the caller says so (`--force`).

use serde::Serialize;

use crate::domain::brief::{ParsedBrief, has_placeholder, parse_brief};
use crate::domain::outline::parse_outline;
use crate::generation::{
    CourseContext, CurriculumBrief, CurriculumDraftInput, DocTemplates, DocumentSettings,
    ErrorClass, Pricing, ProviderError, ProviderKind, Usage, complete_document, curriculum_draft,
};
use crate::storage::{CourseRecord, Store};

use super::ServiceError;
use super::authoring::{
    AuthoringError, CurriculumSave, CurriculumSaved, Refusal, Replace, check_curriculum,
    save_curriculum_as,
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
}

impl DocumentError {
    /// True when the person can fix it by changing what they passed (exit code 2); a provider
    /// failure or an unusable answer is a failed generation instead (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        match self {
            DocumentError::Service(e) => e.is_bad_input(),
            DocumentError::Authoring(e) => e.is_bad_input(),
            DocumentError::Provider(e) => e.class == ErrorClass::Auth,
            DocumentError::BadAnswer(_) => false,
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
            ServiceError::Input(format!(
                "course `{slug}` has no brief; write one with `lectern brief {slug} --edit`"
            ))
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

/// The curriculum prompt for `--show-prompt`.
pub fn curriculum_prompt(store: &Store, opts: &GenerateOptions) -> Result<String, ServiceError> {
    let brief = course_brief(store, &opts.slug)?;
    let templates = DocTemplates::load(opts.prompt_dir.as_deref()).map_err(input)?;
    Ok(templates.curriculum(&curriculum_brief(&brief)))
}

/// Generates and stores the curriculum; `replace` is `Refuse` unless the author forced it.
pub async fn generate_curriculum(
    store: &mut Store,
    opts: &GenerateOptions,
    replace: Replace,
) -> Result<CurriculumGenerated, DocumentError> {
    let brief = course_brief(store, &opts.slug)?;
    let mut run = DocumentUsage {
        provider: opts.provider,
        model: opts.model(),
        retries: 0,
        usage: None,
        cost_usd: None,
    };
    let yaml = if opts.provider == ProviderKind::Offline {
        run.usage = Some(Usage::default());
        run.cost_usd = Some(0.0);
        offline_draft(&brief).ok_or_else(|| {
            ServiceError::Input(format!(
                "the brief's outline (§3.3) lists no modules or lessons; fill it in with `lectern brief {} --edit`, or use a language-model provider",
                opts.slug
            ))
        })?
    } else {
        // Checked before paying for an answer that could not be stored anyway.
        refuse_existing(store, &opts.slug, replace)?;
        let provider = build_provider(opts)?;
        let templates = DocTemplates::load(opts.prompt_dir.as_deref()).map_err(input)?;
        let prompt = templates.curriculum(&curriculum_brief(&brief));
        let (completion, retries) =
            complete_document(provider.as_ref(), prompt, &document_settings(opts), &|_| {})
                .await
                .map_err(DocumentError::Provider)?;
        let pricing = Pricing::load(opts.pricing_file.as_deref()).map_err(input)?;
        run.retries = retries;
        run.usage = completion.usage;
        run.cost_usd = pricing.cost(&run.model, completion.usage);
        let parsed = check_curriculum(&completion.text).map_err(DocumentError::BadAnswer)?;
        if parsed.lessons().next().is_none() {
            return Err(DocumentError::BadAnswer(Refusal {
                line: 1,
                column: 1,
                message: "the answer lists no lessons".into(),
                hint: "ask again, or write the curriculum with `lectern curriculum --edit`".into(),
            }));
        }
        completion.text
    };
    let summary = format!("curriculum generated ({})", run.provider.as_str());
    let changed_by = format!("generate:{}", run.provider.as_str());
    let how = CurriculumSave {
        changed_by: &changed_by,
        summary: &summary,
        replace,
    };
    let saved = save_curriculum_as(store, &opts.slug, &yaml, how)?;
    Ok(CurriculumGenerated {
        slug: opts.slug.clone(),
        run,
        saved,
    })
}

fn offline_draft(brief: &CourseBrief) -> Option<String> {
    let outline = parse_outline(brief.brief.outline.as_deref()?);
    if outline.lesson_count() == 0 {
        return None;
    }
    Some(curriculum_draft(&draft_input(brief), &outline))
}

fn draft_input(brief: &CourseBrief) -> CurriculumDraftInput {
    CurriculumDraftInput {
        title: Some(brief.context.title.clone()),
        slug: brief_slug(brief),
        objectives: brief.context.objectives.clone(),
    }
}

fn curriculum_brief(brief: &CourseBrief) -> CurriculumBrief {
    CurriculumBrief {
        course: brief.context.clone(),
        slug: brief_slug(brief),
        tool: brief.brief.tool.clone(),
        total_duration: brief.brief.total_duration.clone(),
        module_count: brief.brief.module_count,
        outline: brief.brief.outline.clone(),
        draft: offline_draft(brief),
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
        return Err(AuthoringError::Input(format!(
            "course `{slug}` already has a curriculum; pass --force to replace it"
        ))
        .into());
    }
    Ok(())
}

fn input(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Input(e.to_string())
}
