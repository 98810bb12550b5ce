//! The Anthropic Messages API with SSE streaming: `message_start` (input tokens),
//! `content_block_delta` (`text_delta`), `message_delta` (output tokens), `message_stop`.

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use serde_json::{Value, json};

use super::http::{self, HttpSettings};
use super::{
    ChunkSink, Completion, CompletionRequest, ErrorClass, Provider, ProviderError, ProviderKind,
    Usage,
};

pub const ANTHROPIC_BASE_URL: &str = "https://api.anthropic.com";
const API_VERSION: &str = "2023-06-01";

#[derive(Debug)]
pub struct AnthropicProvider {
    client: reqwest::Client,
    settings: HttpSettings,
}

impl AnthropicProvider {
    pub fn new(settings: HttpSettings) -> Result<AnthropicProvider, ProviderError> {
        Ok(AnthropicProvider {
            client: http::client(settings.timeouts)?,
            settings,
        })
    }

    fn url(&self) -> String {
        format!(
            "{}/v1/messages",
            self.settings.base_url.trim_end_matches('/')
        )
    }

    async fn stream(
        &self,
        request: &CompletionRequest,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError> {
        let url = self.url();
        let body = json!({
            "model": request.model,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "system": request.system,
            "messages": [{"role": "user", "content": request.prompt}],
            "stream": true,
        });
        let mut builder = self
            .client
            .post(&url)
            .header("anthropic-version", API_VERSION)
            .json(&body);
        if let Some(key) = &self.settings.api_key {
            builder = builder.header("x-api-key", key.expose());
        }
        let response = builder
            .send()
            .await
            .map_err(|e| http::send_error(&e, &url))?;
        let status = response.status();
        if !status.is_success() {
            let headers = response.headers().clone();
            let text = response.text().await.unwrap_or_default();
            return Err(http::status_error(status, &headers, &text, &self.settings));
        }
        let mut events = http::events(response, self.settings.timeouts);
        let mut text = String::new();
        let mut usage = Usage::default();
        let mut saw_usage = false;
        while let Some(event) = events.next().await? {
            let data = event.data.trim();
            if data.is_empty() {
                continue;
            }
            let value: Value =
                serde_json::from_str(data).map_err(|e| http::bad_json("event", &e))?;
            // The JSON `type` repeats the SSE event name; it is the one the API documents.
            match value.get("type").and_then(Value::as_str).unwrap_or("") {
                "message_start" => {
                    if let Some(n) = value
                        .pointer("/message/usage/input_tokens")
                        .and_then(Value::as_u64)
                    {
                        usage.input_tokens = n;
                        saw_usage = true;
                    }
                }
                "content_block_delta" => {
                    if let Some(delta) = value
                        .pointer("/delta/text")
                        .and_then(Value::as_str)
                        .filter(|d| !d.is_empty())
                    {
                        text.push_str(delta);
                        on_chunk(delta);
                    }
                }
                "message_delta" => {
                    if let Some(n) = value
                        .pointer("/usage/output_tokens")
                        .and_then(Value::as_u64)
                    {
                        usage.output_tokens = n;
                        saw_usage = true;
                    }
                }
                "message_stop" => {
                    return Ok(Completion {
                        text,
                        usage: saw_usage.then_some(usage),
                    });
                }
                "error" => return Err(stream_error(&value, &self.settings)),
                _ => {}
            }
        }
        Err(http::cut_short())
    }
}

/// An `error` event: `overloaded_error` and `api_error` are server trouble worth a retry.
fn stream_error(value: &Value, settings: &HttpSettings) -> ProviderError {
    let kind = value
        .pointer("/error/type")
        .and_then(Value::as_str)
        .unwrap_or("");
    let message = value
        .pointer("/error/message")
        .and_then(Value::as_str)
        .unwrap_or("no details given");
    let message = settings
        .api_key
        .as_ref()
        .map_or_else(|| message.to_string(), |k| k.scrub(message));
    let class = match kind {
        "rate_limit_error" => ErrorClass::RateLimit,
        "authentication_error" | "permission_error" => ErrorClass::Auth,
        "invalid_request_error" => ErrorClass::BadResponse,
        _ => ErrorClass::Server,
    };
    ProviderError::new(
        class,
        format!("the provider stopped the answer with an error ({kind}): {message}"),
    )
}

impl Provider for AnthropicProvider {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Anthropic
    }

    fn complete<'a>(
        &'a self,
        request: &'a CompletionRequest,
        on_chunk: ChunkSink<'a>,
    ) -> BoxFuture<'a, Result<Completion, ProviderError>> {
        self.stream(request, on_chunk).boxed()
    }
}
