//! The one small async trait every LLM provider implements, and the types it speaks.
//!
//! Providers stream text through a chunk callback and return the whole answer with the token
//! usage the server reported. They never retry (that is `retry.rs`) and never store anything.
//! Must not depend on storage, services, the CLI or the TUI.

mod answer;
mod anthropic;
mod endpoint;
mod http;
mod offline;
mod openai;
mod retry_after;

use std::fmt;
use std::time::Duration;

use futures_util::future::BoxFuture;
use serde::Serialize;

pub use anthropic::{ANTHROPIC_BASE_URL, AnthropicEvents, AnthropicProvider};
pub use endpoint::{anthropic_endpoint, has_userinfo, openai_endpoint, without_userinfo};
pub use http::{HttpSettings, Timeouts};
pub use offline::{OfflineProvider, offline_lesson};
pub use openai::{OPENAI_BASE_URL, OpenAiEvents, OpenAiProvider};

use super::prompt::LessonSpec;

/// Which provider to talk to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// Structured drafts built locally from the curriculum and brief; no network.
    Offline,
    /// OpenAI-compatible Chat Completions (OpenAI, Ollama, LM Studio, vLLM, OpenRouter).
    Openai,
    /// Anthropic Messages API.
    Anthropic,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Offline => "offline",
            ProviderKind::Openai => "openai",
            ProviderKind::Anthropic => "anthropic",
        }
    }

    /// Parses a config value (`[generation] provider`).
    pub fn parse(name: &str) -> Option<ProviderKind> {
        match name.trim().to_ascii_lowercase().as_str() {
            "offline" => Some(ProviderKind::Offline),
            "openai" => Some(ProviderKind::Openai),
            "anthropic" => Some(ProviderKind::Anthropic),
            _ => None,
        }
    }

    /// The model used when none is configured.
    pub fn default_model(self) -> &'static str {
        match self {
            ProviderKind::Offline => "offline-draft",
            ProviderKind::Openai => "gpt-4o-mini",
            ProviderKind::Anthropic => "claude-sonnet-4-5",
        }
    }

    /// The environment variable read for the key when `api_key_env` is not set.
    pub fn default_key_env(self) -> Option<&'static str> {
        match self {
            ProviderKind::Offline => None,
            ProviderKind::Openai => Some("OPENAI_API_KEY"),
            ProviderKind::Anthropic => Some("ANTHROPIC_API_KEY"),
        }
    }
}

/// One request: the rendered prompt, plus the structured lesson for providers that do not
/// need a language model (the offline drafter).
#[derive(Debug, Clone)]
pub struct CompletionRequest {
    pub system: String,
    pub prompt: String,
    pub model: String,
    pub max_tokens: u32,
    pub temperature: f32,
    pub lesson: Option<LessonSpec>,
}

/// Tokens the server reported for one request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
}

impl Usage {
    pub fn add(&mut self, other: Usage) {
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
    }
}

/// A complete answer. `usage` is `None` when the server did not report it.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub text: String,
    pub usage: Option<Usage>,
    /// Why the model stopped, as the server said.
    pub finish: FinishReason,
}

/// Why a model stopped writing. Only `Complete` answers may replace an author's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
    /// It finished (or the server did not say otherwise).
    #[default]
    Complete,
    /// Cut by the token limit (OpenAI `length`, Anthropic `max_tokens`).
    Length,
    /// Withheld or stopped by the provider's filter (OpenAI `content_filter`, Anthropic
    /// `refusal`).
    Filtered,
}

impl Completion {
    /// Why this answer must not be used, in plain words; `None` for a usable answer. An
    /// empty, blank, filtered or cut answer is a failed attempt, never stored over a lesson.
    pub fn rejection(&self) -> Option<String> {
        match self.finish {
            FinishReason::Length => Some(
                "the answer was cut off by the max_tokens limit; nothing was kept (raise max_tokens)"
                    .to_string(),
            ),
            FinishReason::Filtered => Some(
                "the provider's content filter withheld or stopped the answer; nothing was kept"
                    .to_string(),
            ),
            FinishReason::Complete if self.text.trim().is_empty() => Some(format!(
                "the answer was empty{}; nothing was kept",
                if self.text.is_empty() {
                    ""
                } else {
                    " (whitespace only)"
                }
            )),
            FinishReason::Complete => None,
        }
    }
}

/// Broad classes of failure, each with its own advice and retry rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorClass {
    Auth,
    RateLimit,
    Server,
    Network,
    Timeout,
    BadResponse,
    /// The answer arrived but could not be saved locally.
    Save,
}

impl ErrorClass {
    /// Rate limits, server errors, dropped connections and timeouts may pass on a retry;
    /// a refused key or an answer we cannot read will not.
    pub fn is_retryable(self) -> bool {
        matches!(
            self,
            ErrorClass::RateLimit | ErrorClass::Server | ErrorClass::Network | ErrorClass::Timeout
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorClass::Auth => "auth",
            ErrorClass::RateLimit => "rate limit",
            ErrorClass::Server => "server",
            ErrorClass::Network => "network",
            ErrorClass::Timeout => "timeout",
            ErrorClass::BadResponse => "bad response",
            ErrorClass::Save => "save",
        }
    }
}

/// A failed request, in plain words. Messages never contain the API key (providers scrub
/// server text before building one).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{class} error: {message}", class = class.as_str())]
pub struct ProviderError {
    pub class: ErrorClass,
    pub message: String,
    /// The server's `Retry-After`, when it sent one.
    pub retry_after: Option<Duration>,
}

impl ProviderError {
    pub fn new(class: ErrorClass, message: impl Into<String>) -> ProviderError {
        ProviderError {
            class,
            message: message.into(),
            retry_after: None,
        }
    }
}

/// Receives text as it streams in.
pub type ChunkSink<'a> = &'a (dyn Fn(&str) + Send + Sync);

/// A language-model provider. Boxed futures keep the trait object-safe, so the runner can
/// hold any provider behind `Arc<dyn Provider>`.
pub trait Provider: Send + Sync {
    fn kind(&self) -> ProviderKind;

    /// Sends one request and streams the answer into `on_chunk`. Dropping the future cancels
    /// the request.
    fn complete<'a>(
        &'a self,
        request: &'a CompletionRequest,
        on_chunk: ChunkSink<'a>,
    ) -> BoxFuture<'a, Result<Completion, ProviderError>>;
}

/// An API key that never shows itself in `Debug` output or logs.
#[derive(Clone)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> ApiKey {
        ApiKey(key.into())
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// Replaces every occurrence of the key in server-provided text.
    pub(crate) fn scrub(&self, text: &str) -> String {
        if self.0.len() < 4 {
            return text.to_string();
        }
        text.replace(&self.0, "[redacted]")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(text: &str, finish: FinishReason) -> Completion {
        Completion {
            text: text.to_string(),
            usage: None,
            finish,
        }
    }

    #[test]
    fn only_a_complete_answer_with_text_is_usable() {
        assert_eq!(answer("# Aula", FinishReason::Complete).rejection(), None);
        let empty = answer("", FinishReason::Complete).rejection().unwrap();
        assert!(empty.starts_with("the answer was empty;"), "{empty}");
        let blank = answer(" \n\t", FinishReason::Complete).rejection().unwrap();
        assert!(blank.contains("whitespace only"), "{blank}");
        let cut = answer("# Aula", FinishReason::Length).rejection().unwrap();
        assert!(cut.contains("max_tokens"), "{cut}");
        let filtered = answer("# Au", FinishReason::Filtered).rejection().unwrap();
        assert!(filtered.contains("content filter"), "{filtered}");
    }
}
