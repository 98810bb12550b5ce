//! Generation settings from `[generation]` of the config (provider, model, key variable,
//! limits, template and price overrides), shared by `lectern generate` and the TUI so both
//! start runs the same way; and the unfinished jobs the TUI offers to resume on start.
//!
//! The API key is read from the environment here and only ever held as an `ApiKey`.

use std::path::Path;
use std::time::Duration;

use crate::config::{BASE_URL_ENV, GenerationConfig};
use crate::domain::said::Said;
use crate::generation::provider::Timeouts;
use crate::generation::{ApiKey, ProviderKind, RetryPolicy};
use crate::storage::{JobId, JobLock, Store};

use super::ServiceError;
use super::generate::{GenerateOptions, LessonSelection};
use super::generate_resume::ExplicitChoice;

impl GenerateOptions {
    /// Options for a run from the config alone (`provider` overrides the configured one);
    /// `slug` is empty and the selection is "planned lessons" until the caller fills them in.
    /// `config_dir` holds the optional `prompts/` and `pricing.toml` overrides.
    pub fn from_config(
        config: &GenerationConfig,
        config_dir: Option<&Path>,
        provider: Option<ProviderKind>,
    ) -> Result<GenerateOptions, ServiceError> {
        let configured = ProviderKind::parse(&config.provider);
        let kind = match provider.or(configured) {
            Some(kind) => kind,
            None => {
                return Err(ServiceError::refused(
                    Said::new("err-generate-unknown-provider").with("provider", &config.provider),
                ));
            }
        };
        let key_env = config
            .api_key_env
            .clone()
            .or_else(|| kind.default_key_env().map(str::to_string))
            .unwrap_or_default();
        let api_key = api_key_from(&key_env);
        // The environment wins over the config file (a flag, set by the caller, over both).
        let env_base_url = std::env::var(BASE_URL_ENV)
            .ok()
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty());
        // A model configured for another provider would be wrong for this one.
        let model = config
            .model
            .clone()
            .filter(|_| provider.is_none() || configured == provider);
        Ok(GenerateOptions {
            texts: crate::i18n::Texts::default(),
            slug: String::new(),
            selection: LessonSelection::default(),
            provider: kind,
            model,
            base_url: env_base_url.clone().or_else(|| config.base_url.clone()),
            base_url_from_env: env_base_url.is_some(),
            api_key,
            key_env,
            concurrency: config.concurrency.max(1) as usize,
            max_attempts: config.max_attempts.max(1),
            retry: RetryPolicy {
                max_retries: config.max_retries,
                ..RetryPolicy::default()
            },
            timeouts: timeouts(config),
            max_tokens: config.max_tokens,
            temperature: config.temperature,
            prompt_dir: config_dir.map(|d| d.join("prompts")),
            pricing_file: config_dir.map(|d| d.join("pricing.toml")),
            instruction: None,
            explicit: ExplicitChoice::default(),
        })
    }

    /// The offline drafter with default limits: what runs when nothing is configured.
    pub fn offline() -> GenerateOptions {
        let config = GenerationConfig::default();
        GenerateOptions {
            texts: crate::i18n::Texts::default(),
            slug: String::new(),
            selection: LessonSelection::default(),
            provider: ProviderKind::Offline,
            model: None,
            base_url: None,
            base_url_from_env: false,
            api_key: None,
            key_env: String::new(),
            concurrency: config.concurrency.max(1) as usize,
            max_attempts: config.max_attempts.max(1),
            retry: RetryPolicy::default(),
            timeouts: timeouts(&config),
            max_tokens: config.max_tokens,
            temperature: config.temperature,
            prompt_dir: None,
            pricing_file: None,
            instruction: None,
            explicit: ExplicitChoice::default(),
        }
    }
}

/// The API key in the environment variable `key_env`, if set and not blank.
pub(super) fn api_key_from(key_env: &str) -> Option<ApiKey> {
    (!key_env.is_empty())
        .then(|| std::env::var(key_env).ok())
        .flatten()
        .filter(|k| !k.trim().is_empty())
        .map(|k| ApiKey::new(k.trim()))
}

fn timeouts(config: &GenerationConfig) -> Timeouts {
    let secs = Duration::from_secs;
    Timeouts {
        connect: secs(config.connect_timeout_secs),
        send: secs(config.send_timeout_secs),
        response_head: secs(config.response_head_timeout_secs),
        first_token: secs(config.first_token_timeout_secs),
        idle: secs(config.idle_timeout_secs),
        total: secs(config.request_timeout_secs),
    }
}

/// A lesson job that was interrupted (killed, crashed, cancelled) with lessons left to do.
#[derive(Debug, Clone, PartialEq)]
pub struct UnfinishedGeneration {
    pub slug: String,
    pub course_title: String,
    pub job: JobId,
    pub provider: String,
    pub model: String,
    /// Lessons not yet done, in the job's order.
    pub pending: Vec<String>,
}

/// Every course's newest unfinished lesson job that still has lessons to do.
pub fn unfinished_generations(store: &Store) -> Result<Vec<UnfinishedGeneration>, ServiceError> {
    let repo = store.read();
    let mut found = Vec::new();
    for course in repo.list_courses(false)? {
        let record = repo.require_course(&course.slug)?;
        let Some(job) = repo.unfinished_job(record.id)? else {
            continue;
        };
        // A job whose owner still runs it is not interrupted.
        if JobLock::owner(store.path(), record.id)?.is_some() {
            continue;
        }
        let pending: Vec<String> = repo
            .job_items(job.id)?
            .into_iter()
            .filter(|i| i.status != "done")
            .map(|i| i.lesson_id)
            .collect();
        if pending.is_empty() {
            continue;
        }
        found.push(UnfinishedGeneration {
            slug: course.slug,
            course_title: course.title,
            job: job.id,
            provider: job.provider,
            model: job.model,
            pending,
        });
    }
    Ok(found)
}
