//! `generate --research`: the four market-research reports of spec §8 from the course's
//! brief. Offline: skeletons with the §8 sections, filled from the brief and marked as to be
//! researched. With a language model: one prompt per report. All four are stored together
//! with `upsert_research` in one transaction, only once every report has arrived; existing
//! reports are only replaced when the caller says so (`--force`).

use serde::Serialize;

use crate::generation::{
    DocTemplates, Pricing, ProviderKind, ReportKind, ResearchInput, Usage, complete_document,
    research_skeleton,
};
use crate::storage::{ResearchRecord, RevisionMeta, Store, Target};

use super::ServiceError;
use super::authoring::{AuthoringError, Replace};
use super::generate::{GenerateOptions, build_provider};
use super::generate_curriculum::{
    CourseBrief, DocumentError, DocumentUsage, course_brief, document_settings,
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResearchGenerated {
    pub slug: String,
    #[serde(flatten)]
    pub run: DocumentUsage,
    /// The report names stored, in spec order.
    pub reports: Vec<&'static str>,
    /// Characters of each stored report, in the same order.
    pub chars: Vec<usize>,
}

/// The research prompts for `--show-prompt`, one per report.
pub fn research_prompts(
    store: &Store,
    opts: &GenerateOptions,
) -> Result<Vec<(ReportKind, String)>, ServiceError> {
    let input = research_input(&course_brief(store, &opts.slug)?);
    let templates = DocTemplates::load(opts.prompt_dir.as_deref())
        .map_err(|e| ServiceError::Input(e.to_string()))?;
    Ok(ReportKind::ALL
        .into_iter()
        .map(|kind| (kind, templates.research(kind, &input)))
        .collect())
}

/// Generates the four reports and stores them in one transaction.
pub async fn generate_research(
    store: &mut Store,
    opts: &GenerateOptions,
    replace: Replace,
) -> Result<ResearchGenerated, DocumentError> {
    let brief = course_brief(store, &opts.slug)?;
    refuse_existing(store, &opts.slug, replace)?;
    let input = research_input(&brief);
    let mut run = DocumentUsage {
        provider: opts.provider,
        model: opts.model(),
        retries: 0,
        usage: Some(Usage::default()),
        cost_usd: Some(0.0),
    };
    let mut texts = Vec::with_capacity(ReportKind::ALL.len());
    if opts.provider == ProviderKind::Offline {
        texts.extend(
            ReportKind::ALL
                .into_iter()
                .map(|kind| research_skeleton(kind, &input)),
        );
    } else {
        let provider = build_provider(opts)?;
        let templates = DocTemplates::load(opts.prompt_dir.as_deref())
            .map_err(|e| ServiceError::Input(e.to_string()))?;
        let pricing = Pricing::load(opts.pricing_file.as_deref())
            .map_err(|e| ServiceError::Input(e.to_string()))?;
        let settings = document_settings(opts);
        let mut usage = Usage::default();
        let mut all_usage = true;
        for kind in ReportKind::ALL {
            let prompt = templates.research(kind, &input);
            let (completion, retries) =
                complete_document(provider.as_ref(), prompt, &settings, &|_| {})
                    .await
                    .map_err(DocumentError::Provider)?;
            run.retries += retries;
            match completion.usage {
                Some(u) => usage.add(u),
                None => all_usage = false,
            }
            texts.push(completion.text);
        }
        run.usage = all_usage.then_some(usage);
        run.cost_usd = pricing.cost(&run.model, run.usage);
    }
    let meta = RevisionMeta::generated(run.provider.as_str(), &run.model);
    store_reports(store, &brief, &texts, replace, &meta)?;
    Ok(ResearchGenerated {
        slug: opts.slug.clone(),
        run,
        reports: ReportKind::ALL.iter().map(|k| k.name()).collect(),
        chars: texts.iter().map(|t| t.chars().count()).collect(),
    })
}

fn research_input(brief: &CourseBrief) -> ResearchInput {
    ResearchInput {
        course: brief.context.clone(),
        tool: brief.brief.tool.clone(),
    }
}

/// The four texts (in `ReportKind::ALL` order) into one `market_research` row; reports that
/// are not one of the four (`research_summary`) are kept.
fn store_reports(
    store: &mut Store,
    brief: &CourseBrief,
    texts: &[String],
    replace: Replace,
    meta: &RevisionMeta,
) -> Result<(), DocumentError> {
    let slug = brief.course.slug.clone();
    store
        .write(|repo| {
            let course = repo.require_course(&slug)?;
            let previous = repo.research(course.id)?;
            if replace == Replace::Refuse && previous.as_ref().is_some_and(has_reports) {
                return Err(AuthoringError::Input(already(&slug)));
            }
            let mut record = previous.unwrap_or_else(|| ResearchRecord {
                research_summary: serde_json::json!({}),
                ..ResearchRecord::default()
            });
            for (kind, text) in ReportKind::ALL.into_iter().zip(texts) {
                let slot = match kind {
                    ReportKind::MarketAnalysis => &mut record.market_analysis,
                    ReportKind::ContentGaps => &mut record.content_gaps,
                    ReportKind::Differentiation => &mut record.differentiation,
                    ReportKind::Sources => &mut record.sources,
                };
                *slot = Some(text.clone());
            }
            repo.upsert_research(course.id, &record)?;
            let targets: Vec<Target> = [
                "market_analysis",
                "content_gaps",
                "differentiation",
                "sources",
            ]
            .map(|name| Target::Research(name.to_string()))
            .into();
            repo.record_revisions(course.id, &targets, meta)?;
            Ok(())
        })
        .map_err(DocumentError::from)
}

/// Any of the four reports has text.
pub(crate) fn has_reports(r: &ResearchRecord) -> bool {
    [
        &r.market_analysis,
        &r.content_gaps,
        &r.differentiation,
        &r.sources,
    ]
    .iter()
    .any(|t| t.as_deref().is_some_and(|t| !t.trim().is_empty()))
}

fn already(slug: &str) -> String {
    format!("course `{slug}` already has market research; pass --force to replace it")
}

/// Checked before any request, so no money is spent on reports that would be refused.
fn refuse_existing(store: &Store, slug: &str, replace: Replace) -> Result<(), DocumentError> {
    if replace != Replace::Refuse {
        return Ok(());
    }
    let repo = store.read();
    let course = repo.require_course(slug).map_err(ServiceError::from)?;
    if repo
        .research(course.id)
        .map_err(ServiceError::from)?
        .as_ref()
        .is_some_and(has_reports)
    {
        return Err(AuthoringError::Input(already(slug)).into());
    }
    Ok(())
}
