//! `lectern generate SLUG --curriculum | --research`: the course-level documents from the
//! brief, each run a job like lessons (`--resume` finishes an interrupted one). Prints the
//! estimate, then a summary with the actual cost, or one JSON document; exit 1 when the
//! provider failed or its answer was refused, 2 on bad input (no brief, an existing
//! curriculum or research without `--force`, no key).

use std::io::Write as _;

use anyhow::Context as _;

use crate::services::authoring::Replace;
use crate::services::{self, DocumentError, DocumentUsage, GenerateOptions};

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
    generate_estimate::before(cmd, opts, estimate.as_ref());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
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
            "lectern: interrupted; job {job} keeps what arrived: `lectern generate {} --{} --resume` finishes it",
            opts.slug,
            run_flag(document)
        );
        return Ok(Exit::CheckFailed);
    }
    match result {
        Ok(report) => {
            if json {
                print_json(&report)?;
            } else {
                outln!("{}", shown_lines(&report.summary()));
                let run = report.run();
                outln!(
                    "job {}: {}",
                    run.job.0,
                    generate_estimate::after(estimate.as_ref(), run.usage, run.cost_usd)
                );
            }
            Ok(Exit::Ok)
        }
        Err(err) => {
            let bad_input = err.is_bad_input();
            eprintln!("lectern: error: {}", shown_lines(&err.to_string()));
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

    fn summary(&self) -> String {
        match self {
            Report::Curriculum(c) => {
                let draft = if c.run.provider == crate::generation::ProviderKind::Offline {
                    " (offline draft: review it before approving)"
                } else {
                    ""
                };
                format!(
                    "curriculum of `{slug}` generated{draft}: {} modules, {} lessons, {} findings; version {}; {}\nnext: `lectern curriculum {slug} --edit`, then `lectern curriculum {slug} --approve`",
                    c.saved.modules,
                    c.saved.lessons,
                    c.saved.findings.len(),
                    c.saved.version,
                    cost(&c.run),
                    slug = c.slug,
                )
            }
            Report::Research(r) => {
                let skeleton = if r.run.provider == crate::generation::ProviderKind::Offline {
                    " (offline skeletons: to be researched)"
                } else {
                    ""
                };
                format!(
                    "market research of `{}` generated{skeleton}: {}; {}",
                    r.slug,
                    r.reports.join(", "),
                    cost(&r.run)
                )
            }
        }
    }
}

fn cost(run: &DocumentUsage) -> String {
    let cost = run
        .cost_usd
        .map_or("cost unknown".to_string(), |c| format!("${c:.4}"));
    format!(
        "{} {}, {cost}, {} retries",
        run.provider.as_str(),
        run.model,
        run.retries
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
        let mut out = std::io::stdout().lock();
        for (name, prompt) in prompts {
            writeln!(
                out,
                "===== {name} =====\n--- system ---\n{}\n--- prompt ---\n{prompt}",
                crate::generation::DOC_SYSTEM
            )?;
        }
    }
    Ok(Exit::Ok)
}
