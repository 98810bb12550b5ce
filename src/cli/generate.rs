//! `lectern generate SLUG`: write lessons with the offline drafter or a real LLM, streamed,
//! scored and stored as they finish. Progress bars on a terminal, JSON Lines of events with
//! `--json`, a summary at the end; exit 1 if any lesson failed to generate or the run was
//! interrupted (then `--resume` continues it).

use std::time::Duration;

use anyhow::Context as _;
use clap::Args;

use crate::config::GenerationConfig;
use crate::generation::provider::Timeouts;
use crate::generation::{ApiKey, ProviderKind, RetryPolicy};
use crate::services::{self, GenerateOptions, LessonSelection};

use super::Context;
use super::generate_view::{Progress, print_prompts};
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
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
    /// e.g. http://localhost:11434/v1 for Ollama.
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
    /// Continue the course's interrupted job with the lessons it has not finished.
    #[arg(long, conflicts_with_all = ["lessons", "failed", "missing"])]
    pub resume: bool,
    /// Print the exact prompts and stop (nothing is called or stored).
    #[arg(long)]
    pub show_prompt: bool,
    /// JSON Lines of events on stdout.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let opts = options(&cmd, &ctx.config.generation, ctx)?;
    if cmd.show_prompt {
        let prompts = services::show_prompts(&ctx.store, &opts)?;
        print_prompts(&prompts, cmd.json)?;
        return Ok(Exit::Ok);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let db = ctx.paths.db.clone();
    runtime.block_on(async move {
        let mut handle = services::start_generation(&db, &opts)?;
        let mut progress = Progress::new(cmd.json, &opts, &handle.lessons);
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
        handle.join();
        progress.finish(totals.as_ref(), interrupted, &opts.slug)?;
        let failed = totals.is_none_or(|t| t.failed > 0 || t.cancelled > 0);
        Ok(if failed || interrupted {
            Exit::CheckFailed
        } else {
            Exit::Ok
        })
    })
}

fn options(cmd: &Cmd, config: &GenerationConfig, ctx: &Context) -> anyhow::Result<GenerateOptions> {
    let provider = match cmd.provider {
        Some(p) => p,
        None => ProviderKind::parse(&config.provider).ok_or_else(|| {
            anyhow::anyhow!(
                "{}: [generation] provider = \"{}\" is not offline, openai or anthropic",
                ctx.paths.config.display(),
                config.provider
            )
        })?,
    };
    let key_env = config
        .api_key_env
        .clone()
        .or_else(|| provider.default_key_env().map(str::to_string))
        .unwrap_or_default();
    let api_key = (!key_env.is_empty())
        .then(|| std::env::var(&key_env).ok())
        .flatten()
        .filter(|k| !k.trim().is_empty())
        .map(|k| ApiKey::new(k.trim()));
    let config_dir = ctx.paths.config.parent().map(|p| p.to_path_buf());
    // A model configured for another provider would be wrong here; the flag always wins.
    let config_model = config.model.clone().filter(|_| {
        cmd.provider.is_none() || ProviderKind::parse(&config.provider) == cmd.provider
    });
    Ok(GenerateOptions {
        slug: cmd.slug.clone(),
        selection: LessonSelection {
            lesson_ids: cmd.lessons.clone(),
            failed: cmd.failed,
            missing: cmd.missing,
            resume: cmd.resume,
        },
        provider,
        model: cmd.model.clone().or(config_model),
        base_url: cmd.base_url.clone().or_else(|| config.base_url.clone()),
        api_key,
        key_env,
        concurrency: cmd.concurrency.unwrap_or(config.concurrency).max(1) as usize,
        max_attempts: cmd.max_attempts.unwrap_or(config.max_attempts).max(1),
        retry: RetryPolicy {
            max_retries: cmd.max_retries.unwrap_or(config.max_retries),
            ..RetryPolicy::default()
        },
        timeouts: Timeouts {
            connect: Duration::from_secs(config.connect_timeout_secs),
            first_token: Duration::from_secs(config.first_token_timeout_secs),
            idle: Duration::from_secs(config.idle_timeout_secs),
        },
        max_tokens: config.max_tokens,
        temperature: config.temperature,
        prompt_dir: config_dir.as_ref().map(|d| d.join("prompts")),
        pricing_file: config_dir.as_ref().map(|d| d.join("pricing.toml")),
        instruction: cmd.instruction.clone(),
    })
}
