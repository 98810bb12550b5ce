//! `generate --research`: the four market-research reports of spec §8 from the course's
//! brief. Offline: skeletons with the §8 sections, filled from the brief and marked as to be
//! researched. With a language model: one prompt per report, `--concurrency` at a time, each
//! retried with its refusal fed back (`--max-attempts`). The run is a job (`doc_job.rs`): each
//! report is recorded in it as it arrives, and `--resume` asks only for the missing ones. All
//! four are stored together with `upsert_research` in one transaction, only once every report
//! has arrived; existing reports are only replaced when the caller says so (`--force`).

use std::sync::Arc;

use futures_util::StreamExt;
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::domain::said::Said;
use crate::generation::{
    DocAttempt, DocTemplates, DocumentFailure, Pricing, ProviderKind, ReportKind, ResearchInput,
    Usage, complete_checked, report_problem, research_skeleton, total_usage, with_instruction,
};
use crate::storage::{JobId, JobKind, ResearchRecord, RevisionMeta, Store, Target};

use super::ServiceError;
use super::authoring::{AuthoringError, Replace};
use super::doc_job::{
    DocJob, attempts_cost, attempts_json, leave_resumable, open_doc_job, record_item,
};
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
        .map_err(|e| ServiceError::refused(e.said()))?;
    Ok(ReportKind::ALL
        .into_iter()
        .map(|kind| {
            let prompt = templates.research(kind, &input);
            (kind, with_instruction(prompt, opts.instruction.as_deref()))
        })
        .collect())
}

/// Generates the four reports (as a job) and stores them in one transaction.
pub async fn generate_research(
    store: &mut Store,
    opts: &GenerateOptions,
    replace: Replace,
) -> Result<ResearchGenerated, DocumentError> {
    generate_research_with(store, opts, replace, &CancellationToken::new()).await
}

/// [`generate_research`] that `cancel` stops (the job stays resumable).
pub async fn generate_research_with(
    store: &mut Store,
    opts: &GenerateOptions,
    replace: Replace,
    cancel: &CancellationToken,
) -> Result<ResearchGenerated, DocumentError> {
    let brief = course_brief(store, &opts.slug)?;
    let mut opts = opts.clone();
    if !opts.selection.resume {
        refuse_existing(store, &opts.slug, replace)?;
    }
    let names = ReportKind::ALL.map(ReportKind::name);
    let job = open_doc_job(
        store,
        &brief.course,
        JobKind::Research,
        &names,
        &mut opts,
        replace,
    )?;
    let input = research_input(&brief);
    let mut run = DocumentUsage::new(&opts, job.id);
    let mut texts = ReportKind::ALL.map(|kind| job.done_text(kind.name()));
    let pending: Vec<ReportKind> = ReportKind::ALL
        .into_iter()
        .filter(|kind| job.pending().any(|p| p == kind.name()))
        .collect();
    run.resumed_done = ReportKind::ALL.len() - pending.len();
    if opts.provider == ProviderKind::Offline {
        run.usage = Some(Usage::default());
        run.cost_usd = Some(0.0);
        for kind in pending {
            let text = research_skeleton(kind, &input);
            let attempts = attempts_json(&[offline_attempt()], Some(&text));
            record_item(store, job.id, kind.name(), Ok(&attempts), Some(0.0))?;
            texts[index(kind)] = Some(text);
        }
    } else {
        ask_reports(
            store, &opts, &job, &input, pending, &mut texts, &mut run, cancel,
        )
        .await?;
    }
    let texts: Vec<String> = texts.into_iter().map(Option::unwrap_or_default).collect();
    let meta = RevisionMeta::generated(run.provider.as_str(), &run.model);
    store_reports(store, &brief, &texts, job.replace, &meta, job.id)?;
    Ok(ResearchGenerated {
        slug: opts.slug.clone(),
        run,
        reports: ReportKind::ALL.iter().map(|k| k.name()).collect(),
        chars: texts.iter().map(|t| t.chars().count()).collect(),
    })
}

fn index(kind: ReportKind) -> usize {
    ReportKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Asks for the `pending` reports, `--concurrency` at a time (at most four), each retried
/// with its refusal fed back up to `--max-attempts`; records every report in the job as it
/// arrives. A failure or a cancel leaves the job resumable with what has arrived.
#[allow(clippy::too_many_arguments)]
async fn ask_reports(
    store: &mut Store,
    opts: &GenerateOptions,
    job: &DocJob,
    input: &ResearchInput,
    pending: Vec<ReportKind>,
    texts: &mut [Option<String>; 4],
    run: &mut DocumentUsage,
    cancel: &CancellationToken,
) -> Result<(), DocumentError> {
    let provider = build_provider(opts)?;
    let templates = DocTemplates::load(opts.prompt_dir.as_deref())
        .map_err(|e| ServiceError::refused(e.said()))?;
    let pricing =
        Pricing::load(opts.pricing_file.as_deref()).map_err(|e| ServiceError::refused(e.said()))?;
    let settings = document_settings(opts);
    let max_attempts = opts.max_attempts;
    let asks = pending.into_iter().map(|kind| {
        let prompt = with_instruction(templates.research(kind, input), opts.instruction.as_deref());
        let provider = Arc::clone(&provider);
        let settings = &settings;
        async move {
            let asked = complete_checked(
                provider.as_ref(),
                &prompt,
                settings,
                max_attempts,
                report_problem,
            )
            .await;
            (kind, asked)
        }
    });
    let mut asks = futures_util::stream::iter(asks).buffer_unordered(opts.concurrency.clamp(1, 4));
    let mut all: Vec<DocAttempt> = Vec::new();
    let mut failure = None;
    loop {
        let next = tokio::select! {
            next = asks.next() => next,
            _ = cancel.cancelled() => {
                drop(asks);
                leave_resumable(store, job.id);
                return Err(DocumentError::Interrupted(job.id.0));
            }
        };
        let Some((kind, asked)) = next else { break };
        match asked {
            Ok(doc) => {
                let cost = attempts_cost(&pricing, &run.model, &doc.attempts);
                let attempts = attempts_json(&doc.attempts, Some(&doc.text));
                record_item(store, job.id, kind.name(), Ok(&attempts), cost)?;
                run.retries += doc.attempts.iter().map(|a| a.retries).sum::<u32>();
                all.extend(doc.attempts);
                texts[index(kind)] = Some(doc.text);
            }
            Err(failed) => {
                let attempts = attempts_json(failed.attempts(), None);
                let cost = attempts_cost(&pricing, &run.model, failed.attempts());
                let error = match &failed {
                    DocumentFailure::Provider(e, _) => e.to_string(),
                    DocumentFailure::Refused(e, a) => {
                        format!("refused after {} attempt(s): {e}", a.len())
                    }
                };
                record_item(store, job.id, kind.name(), Err((&attempts, &error)), cost)?;
                all.extend(failed.attempts().iter().cloned());
                failure.get_or_insert(match failed {
                    DocumentFailure::Provider(e, _) => DocumentError::Provider(e),
                    DocumentFailure::Refused(e, _) => DocumentError::Incomplete {
                        job: job.id.0,
                        message: format!("the {} report {e}", kind.name()),
                    },
                });
            }
        }
    }
    run.usage = total_usage(&all);
    run.cost_usd = pricing.cost(&run.model, run.usage);
    match failure {
        Some(e) => {
            leave_resumable(store, job.id);
            Err(e)
        }
        None => Ok(()),
    }
}

fn offline_attempt() -> DocAttempt {
    DocAttempt {
        attempt: 1,
        usage: Some(Usage::default()),
        seconds: 0.0,
        retries: 0,
        error: None,
    }
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
    job: JobId,
) -> Result<(), DocumentError> {
    let slug = brief.course.slug.clone();
    store
        .write(|repo| {
            let course = repo.require_course(&slug)?;
            let previous = repo.research(course.id)?;
            if replace == Replace::Refuse && previous.as_ref().is_some_and(has_reports) {
                return Err(AuthoringError::Said(already(&slug)));
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
            repo.set_job_status(job, "finished")?;
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

fn already(slug: &str) -> Said {
    Said::new("err-generate-research-exists").with("slug", slug)
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
        return Err(AuthoringError::Said(already(slug)).into());
    }
    Ok(())
}
