//! Building the provider a generation run talks to from its options: the offline drafter, or
//! an HTTP provider whose base URL carries no credentials unless they came from the environment.

use std::sync::Arc;

use crate::domain::said::{Said, SaidArg};
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
        let key_in: SaidArg = if opts.key_env.is_empty() {
            Said::new("err-provider-key-env-unnamed").into()
        } else {
            opts.key_env.as_str().into()
        };
        return Err(ServiceError::refused(
            Said::new("err-provider-url-credentials")
                .with("url", without_userinfo(&base_url))
                .with("key", key_in),
        ));
    }
    // Local OpenAI-compatible servers (Ollama, LM Studio) need no key; the hosted APIs do.
    if opts.api_key.is_none() && base_url == default_url {
        return Err(ServiceError::refused(
            Said::new("err-provider-no-key")
                .with("provider", opts.provider.as_str())
                .with("env", &opts.key_env),
        ));
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

/// The HTTP library's own sentence (building its client), quoted as written.
fn input(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Input(e.to_string())
}
