//! `lectern generate SLUG --curriculum | --research`: the course-level documents from the
//! brief, each run a job like lessons (`--resume` finishes an interrupted one). Prints the
//! estimate, then a summary with the actual cost, or one JSON document; exit 1 when the
//! provider failed or its answer was refused, 2 on bad input (no brief, an existing
//! curriculum or research without `--force`, no key).

use std::io::Write as _;

use anyhow::Context as _;

use crate::services::authoring::Replace;
use crate::services::{self, DocumentError, DocumentUsage, GenerateOptions};

use crate::i18n::Texts;
use crate::tr;

use super::Context;
use super::generate::Cmd;
use super::generate_estimate::{self, Run};
use super::output::{Exit, print_json, shown_lines};

/// Which document to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Curriculum,
    Research,
}

pub fn run(
    document: Document,
    cmd: &Cmd,
    opts: &GenerateOptions,
    ctx: &mut Context,
) -> anyhow::Result<Exit> {
    let json = cmd.json;
    let t = ctx.texts;
    let replace = if cmd.force {
        Replace::KeepPrevious
    } else {
        Replace::Refuse
    };
    if cmd.show_prompt {
        return show_prompts(document, opts, json, ctx);
    }
    let run = match document {
        Document::Curriculum => Run::Curriculum,
        Document::Research => Run::Research,
    };
    let estimate = generate_estimate::estimate(run, opts, ctx);
    generate_estimate::before(cmd, opts, estimate.as_ref(), t);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context(tr!(t, "context-async-runtime"))?;
    let store = &mut ctx.store;
    // Ctrl-C cancels the run, which then marks its job cancelled (resumable) and returns.
    let cancel = tokio_util::sync::CancellationToken::new();
    let result = runtime.block_on(async {
        let run = generate(document, store, opts, replace, &cancel);
        tokio::pin!(run);
        tokio::select! {
            r = &mut run => r,
            _ = tokio::signal::ctrl_c() => {
                cancel.cancel();
                run.await
            }
        }
    });
    if let Err(DocumentError::Interrupted(job)) = &result {
        eprintln!(
            "lectern: {}",
            tr!(
                t,
                "generate-doc-interrupted",
                job = job.to_string(),
                slug = opts.slug.as_str(),
                flag = run_flag(document)
            )
        );
        return Ok(Exit::CheckFailed);
    }
    match result {
        Ok(report) => {
            if json {
                print_json(&report)?;
            } else {
                outln!("{}", shown_lines(&report.summary(t)));
                let run = report.run();
                outln!(
                    "{}",
                    tr!(
                        t,
                        "generate-job",
                        job = run.job.0.to_string(),
                        summary =
                            generate_estimate::after(estimate.as_ref(), run.usage, run.cost_usd, t)
                    )
                );
            }
            Ok(Exit::Ok)
        }
        Err(err) => {
            let bad_input = err.is_bad_input();
            eprintln!(
                "lectern: {}",
                tr!(
                    t,
                    "error-line",
                    message = shown_lines(&services::say(t, &err))
                )
            );
            Ok(if bad_input {
                Exit::BadInput
            } else {
                Exit::CheckFailed
            })
        }
    }
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum Report {
    Curriculum(services::CurriculumGenerated),
    Research(services::ResearchGenerated),
}

fn run_flag(document: Document) -> &'static str {
    match document {
        Document::Curriculum => "curriculum",
        Document::Research => "research",
    }
}

impl Report {
    fn run(&self) -> &DocumentUsage {
        match self {
            Report::Curriculum(c) => &c.run,
            Report::Research(r) => &r.run,
        }
    }

    fn summary(&self, t: Texts) -> String {
        let offline = |run: &DocumentUsage| {
            if run.provider == crate::generation::ProviderKind::Offline {
                "yes"
            } else {
                "no"
            }
        };
        match self {
            Report::Curriculum(c) => {
                let slug = c.slug.as_str();
                let done = tr!(
                    t,
                    "generate-curriculum-done",
                    slug = slug,
                    offline = offline(&c.run),
                    modules = c.saved.modules,
                    lessons = c.saved.lessons,
                    findings = c.saved.findings.len(),
                    version = c.saved.version.to_string(),
                    cost = cost(&c.run, t)
                );
                format!(
                    "{done}\n{}",
                    tr!(t, "generate-curriculum-next", slug = slug)
                )
            }
            Report::Research(r) => tr!(
                t,
                "generate-research-done",
                slug = r.slug.as_str(),
                offline = offline(&r.run),
                reports = r.reports.join(", "),
                cost = cost(&r.run, t)
            ),
        }
    }
}

fn cost(run: &DocumentUsage, t: Texts) -> String {
    let cost = run
        .cost_usd
        .map_or_else(|| t.get("cost-unknown"), |c| format!("${}", t.number(c, 4)));
    tr!(
        t,
        "generate-doc-cost",
        provider = run.provider.as_str(),
        model = run.model.as_str(),
        cost = cost,
        retries = run.retries
    )
}

async fn generate(
    document: Document,
    store: &mut crate::storage::Store,
    opts: &GenerateOptions,
    replace: Replace,
    cancel: &tokio_util::sync::CancellationToken,
) -> Result<Report, DocumentError> {
    Ok(match document {
        Document::Curriculum => Report::Curriculum(
            services::generate_curriculum_with(store, opts, replace, cancel).await?,
        ),
        Document::Research => {
            Report::Research(services::generate_research_with(store, opts, replace, cancel).await?)
        }
    })
}

fn show_prompts(
    document: Document,
    opts: &GenerateOptions,
    json: bool,
    ctx: &Context,
) -> anyhow::Result<Exit> {
    let prompts: Vec<(String, String)> = match document {
        Document::Curriculum => vec![(
            "curriculum".to_string(),
            services::curriculum_prompt(&ctx.store, opts)?,
        )],
        Document::Research => services::research_prompts(&ctx.store, opts)?
            .into_iter()
            .map(|(kind, prompt)| (kind.name().to_string(), prompt))
            .collect(),
    };
    if json {
        let docs: Vec<_> = prompts
            .iter()
            .map(|(name, prompt)| {
                serde_json::json!({
                    "document": name,
                    "system": crate::generation::DOC_SYSTEM,
                    "prompt": prompt,
                })
            })
            .collect();
        print_json(&docs)?;
    } else {
        let t = ctx.texts;
        let (system, prompt_head) = (
            t.get("generate-doc-prompt-system"),
            t.get("generate-doc-prompt-prompt"),
        );
        let mut out = std::io::stdout().lock();
        for (name, prompt) in prompts {
            writeln!(
                out,
                "===== {name} =====\n{system}\n{}\n{prompt_head}\n{prompt}",
                crate::generation::DOC_SYSTEM
            )?;
        }
    }
    Ok(Exit::Ok)
}
