//! `lectern generate SLUG`: write lessons with the offline drafter or a real LLM, streamed,
//! scored and stored as they finish. Progress bars on a terminal, JSON Lines of events with
//! `--json`, a summary at the end; exit 1 if any lesson failed to generate or the run was
//! interrupted (then `--resume` continues it). `--curriculum` and `--research` generate the
//! course-level documents instead (`generate_docs.rs`).

use anyhow::Context as _;
use clap::Args;

use crate::config::GenerationConfig;
use crate::generation::ProviderKind;
use crate::services::{self, ExplicitChoice, GenerateOptions, LessonSelection, history};

use crate::tr;

use super::Context;
use super::generate_docs::{self, Document};
use super::generate_estimate::{self, Run};
use super::generate_view::{Progress, print_prompts};
use super::output::Exit;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("document").args(["curriculum", "research"])))]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// Generate lessons: the default, written out for scripts that name what they generate.
    #[arg(long = "lessons", conflicts_with_all = ["curriculum", "research"])]
    pub lessons_mode: bool,
    /// Generate this lesson (repeatable), whatever its state.
    #[arg(long = "lesson", value_name = "ID")]
    pub lessons: Vec<String>,
    /// Regenerate every lesson whose score failed.
    #[arg(long)]
    pub failed: bool,
    /// Generate every planned lesson with no content (the default when nothing is chosen).
    #[arg(long)]
    pub missing: bool,
    /// offline (no network), openai (any OpenAI-compatible server) or anthropic.
    #[arg(long, value_enum)]
    pub provider: Option<ProviderKind>,
    #[arg(long, value_name = "M")]
    pub model: Option<String>,
    /// e.g. http://localhost:11434/v1 for Ollama. A URL with credentials (user:pw@) is only
    /// accepted from the LECTERN_BASE_URL environment variable.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Lessons generated at the same time.
    #[arg(long, value_name = "N")]
    pub concurrency: Option<u32>,
    /// Attempts per lesson while it fails the rubric (its failing issues are fed back).
    #[arg(long, value_name = "N")]
    pub max_attempts: Option<u32>,
    /// Retries of one request on rate limits, server errors and timeouts (0 = none).
    #[arg(long, value_name = "N")]
    pub max_retries: Option<u32>,
    /// A one-line instruction added to every prompt ("more examples with Excel").
    #[arg(long, value_name = "TEXT")]
    pub instruction: Option<String>,
    /// Continue the course's interrupted job with the lessons it has not finished (with
    /// --curriculum or --research: that kind's job, asking only for the missing parts).
    #[arg(long, conflicts_with_all = ["lessons", "failed", "missing"])]
    pub resume: bool,
    /// With --resume: use the --provider/--model/--base-url given instead of the job's
    /// recorded ones (the switch is recorded on the job).
    #[arg(long, requires = "resume")]
    pub switch_provider: bool,
    /// Print the exact prompts and stop (nothing is called or stored).
    #[arg(long)]
    pub show_prompt: bool,
    /// Generate the curriculum from the brief instead of lessons (offline: a draft from the
    /// brief's §3.3 outline).
    #[arg(long, conflicts_with_all = ["lessons", "failed", "missing", "research"])]
    pub curriculum: bool,
    /// Generate the four market-research reports from the brief instead of lessons
    /// (offline: skeletons to be researched).
    #[arg(long, conflicts_with_all = ["lessons", "failed", "missing"])]
    pub research: bool,
    /// With --curriculum or --research: replace what the course already has.
    #[arg(long, requires = "document")]
    pub force: bool,
    /// JSON Lines of events on stdout (one JSON document with --curriculum or --research).
    #[arg(long)]
    pub json: bool,
    /// Start without printing the estimate first.
    #[arg(long)]
    pub yes: bool,
    /// Generate lessons although the curriculum was changed and not approved again.
    #[arg(long)]
    pub allow_unapproved: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let opts = options(&cmd, &ctx.config.generation, ctx)?;
    if cmd.curriculum {
        return generate_docs::run(Document::Curriculum, &cmd, &opts, ctx);
    }
    if cmd.research {
        return generate_docs::run(Document::Research, &cmd, &opts, ctx);
    }
    if cmd.show_prompt {
        let prompts = services::show_prompts(&ctx.store, &opts)?;
        print_prompts(&prompts, cmd.json, ctx.texts)?;
        return Ok(Exit::Ok);
    }
    if cmd.failed || !cmd.lessons.is_empty() {
        say_what_is_replaced(ctx, &opts)?;
    }
    let texts = ctx.texts;
    let estimate = generate_estimate::estimate(Run::Lessons, &opts, ctx);
    generate_estimate::before(&cmd, &opts, estimate.as_ref(), texts);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context(tr!(texts, "context-async-runtime"))?;
    let db = ctx.paths.db.clone();
    runtime.block_on(async move {
        let mut handle = services::start_generation(&db, &opts)?;
        if !handle.skipped.is_empty() {
            eprintln!(
                "lectern: {}",
                tr!(
                    texts,
                    "generate-skipped",
                    n = handle.skipped.len(),
                    ids = handle.skipped.join(", ")
                )
            );
        }
        let mut progress = Progress::new(cmd.json, &opts, &handle.lessons, texts);
        progress.superseded(&handle.superseded, &opts.slug);
        let mut interrupted = false;
        let mut totals = None;
        loop {
            tokio::select! {
                event = handle.events.recv() => match event {
                    Some(event) => {
                        if let crate::generation::JobEvent::Finished { totals: t } = &event {
                            totals = Some(t.clone());
                        }
                        progress.show(&event)?;
                    }
                    None => break,
                },
                _ = tokio::signal::ctrl_c(), if !interrupted => {
                    interrupted = true;
                    handle.cancel.cancel();
                }
            }
        }
        let job = handle.job;
        handle.join();
        progress.finish(totals.as_ref(), interrupted, &opts.slug)?;
        if let (Some(t), false) = (&totals, cmd.json) {
            outln!(
                "{}",
                tr!(
                    texts,
                    "generate-job",
                    job = job.0.to_string(),
                    summary = generate_estimate::after(
                        estimate.as_ref(),
                        Some(t.usage),
                        t.cost_usd,
                        texts
                    )
                )
            );
        }
        let failed = totals.is_none_or(|t| t.failed > 0 || t.cancelled > 0);
        Ok(if failed || interrupted {
            Exit::CheckFailed
        } else {
            Exit::Ok
        })
    })
}

/// Before a regeneration starts: how many lessons holding a person's or an import's text it
/// replaces (on stderr, so `--json` stays one document per line on stdout).
fn say_what_is_replaced(ctx: &Context, opts: &GenerateOptions) -> anyhow::Result<()> {
    let count = history::replaced_by_regeneration(&ctx.store, &opts.slug, &opts.selection)?;
    if count.human() == 0 || opts.provider == ProviderKind::Offline {
        return Ok(());
    }
    let kinds = match (count.person, count.imported) {
        (0, _) => "imported",
        (_, 0) => "person",
        _ => "both",
    };
    eprintln!(
        "lectern: {}",
        tr!(
            ctx.texts,
            "generate-replaced",
            n = count.human(),
            kinds = kinds,
            slug = opts.slug.as_str()
        )
    );
    Ok(())
}

fn options(cmd: &Cmd, config: &GenerationConfig, ctx: &Context) -> anyhow::Result<GenerateOptions> {
    let config_dir = ctx.paths.config.parent();
    let mut opts = GenerateOptions::from_config(config, config_dir, cmd.provider).map_err(|e| {
        let e = crate::services::say(ctx.texts, &e);
        anyhow::anyhow!("{}: {e}", ctx.paths.config.display())
    })?;
    opts.texts = ctx.texts;
    opts.slug = cmd.slug.clone();
    opts.selection = LessonSelection {
        lesson_ids: cmd.lessons.clone(),
        failed: cmd.failed,
        missing: cmd.missing,
        resume: cmd.resume,
    };
    // Flags win over the config.
    if let Some(model) = &cmd.model {
        opts.model = Some(model.clone());
    }
    if let Some(url) = &cmd.base_url {
        opts.base_url = Some(url.clone());
        opts.base_url_from_env = false;
    }
    if let Some(n) = cmd.concurrency {
        opts.concurrency = n.max(1) as usize;
    }
    if let Some(n) = cmd.max_attempts {
        opts.max_attempts = n.max(1);
    }
    if let Some(n) = cmd.max_retries {
        opts.retry.max_retries = n;
    }
    opts.instruction = cmd.instruction.clone();
    opts.explicit = ExplicitChoice {
        provider: cmd.provider.is_some(),
        model: cmd.model.is_some(),
        base_url: cmd.base_url.is_some(),
        allow_switch: cmd.switch_provider,
        allow_unapproved: cmd.allow_unapproved,
    };
    Ok(opts)
}

/// The TUI's generation settings from the config (no flags there); an invalid provider is
/// reported when the author asks for a generation, not at start.
pub fn tui_options(ctx: &Context) -> Result<GenerateOptions, String> {
    GenerateOptions::from_config(&ctx.config.generation, ctx.paths.config.parent(), None)
        .map(|opts| GenerateOptions {
            texts: ctx.texts,
            ..opts
        })
        .map_err(|e| {
            let e = crate::services::say(ctx.texts, &e);
            format!("{}: {e}", ctx.paths.config.display())
        })
}
