//! Building the provider a generation run talks to from its options: the offline drafter, or
//! an HTTP provider whose base URL carries no credentials unless they came from the environment.

use std::sync::Arc;

use crate::generation::Provider;
use crate::generation::ProviderKind;
use crate::generation::provider::{
    ANTHROPIC_BASE_URL, AnthropicProvider, HttpSettings, OPENAI_BASE_URL, OfflineProvider,
    OpenAiProvider, has_userinfo, without_userinfo,
};

use super::ServiceError;
use super::generate::GenerateOptions;

pub(super) fn build_provider(opts: &GenerateOptions) -> Result<Arc<dyn Provider>, ServiceError> {
    let default_url = match opts.provider {
        ProviderKind::Offline => return Ok(Arc::new(OfflineProvider)),
        ProviderKind::Openai => OPENAI_BASE_URL,
        ProviderKind::Anthropic => ANTHROPIC_BASE_URL,
    };
    let base_url = opts
        .base_url
        .clone()
        .unwrap_or_else(|| default_url.to_string());
    // A flag lands in shell history and the config file on disk; the environment is where a
    // secret belongs.
    if has_userinfo(&base_url) && !opts.base_url_from_env {
        return Err(ServiceError::Input(format!(
            "the base URL {} carries credentials (user:password@); they would end up in shell history or the config file — put the URL in the LECTERN_BASE_URL environment variable instead, or the key in {}",
            without_userinfo(&base_url),
            if opts.key_env.is_empty() {
                "the variable named by `api_key_env`"
            } else {
                &opts.key_env
            }
        )));
    }
    // Local OpenAI-compatible servers (Ollama, LM Studio) need no key; the hosted APIs do.
    if opts.api_key.is_none() && base_url == default_url {
        return Err(ServiceError::Input(format!(
            "no API key for {}: set {} (or `api_key_env` in [generation]), or use --provider offline",
            opts.provider.as_str(),
            opts.key_env
        )));
    }
    let settings = HttpSettings {
        base_url,
        api_key: opts.api_key.clone(),
        key_env: opts.key_env.clone(),
        timeouts: opts.timeouts,
    };
    let provider: Arc<dyn Provider> = match opts.provider {
        ProviderKind::Anthropic => Arc::new(AnthropicProvider::new(settings).map_err(input)?),
        _ => Arc::new(OpenAiProvider::new(settings).map_err(input)?),
    };
    Ok(provider)
}

fn input(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Input(e.to_string())
}
