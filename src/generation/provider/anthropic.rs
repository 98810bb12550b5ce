//! The Anthropic Messages API with SSE streaming: `message_start` (input tokens),
//! `content_block_delta` (`text_delta`), `message_delta` (output tokens), `message_stop`; and
//! the whole `message` object from a server that answers without streaming (LiteLLM's proxy).

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use serde_json::{Value, json};

use super::answer::{AnswerParser, read_answer};
use super::endpoint::{anthropic_endpoint, without_userinfo};
use super::http::{self, HttpSettings};
use super::{
    ApiKey, ChunkSink, Completion, CompletionRequest, ErrorClass, FinishReason, Provider,
    ProviderError, ProviderKind, Usage,
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
        anthropic_endpoint(&self.settings.base_url)
    }

    async fn stream(
        &self,
        request: &CompletionRequest,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError> {
        let url = self.url();
        let shown = without_userinfo(&url);
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
            .header("anthropic-version", API_VERSION);
        if let Some(key) = &self.settings.api_key {
            builder = builder.header("x-api-key", key.expose());
        }
        let mut parser = AnthropicEvents::new(self.settings.api_key.clone());
        read_answer(
            builder,
            &body,
            &self.settings,
            &shown,
            &mut parser,
            on_chunk,
        )
        .await
    }
}

impl AnswerParser for AnthropicEvents {
    fn feed(
        &mut self,
        data: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Option<Completion>, ProviderError> {
        AnthropicEvents::feed(self, data, on_chunk)
    }

    fn feed_whole(
        &mut self,
        body: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError> {
        AnthropicEvents::feed_whole(self, body, on_chunk)
    }
}

/// Reads the `data:` payloads of one Messages stream, in order. It does no I/O, so the
/// property tests drive it with arbitrary input.
#[derive(Debug, Default)]
pub struct AnthropicEvents {
    text: String,
    usage: Usage,
    saw_usage: bool,
    finish: FinishReason,
    seen: u32,
    key: Option<ApiKey>,
}

impl AnthropicEvents {
    /// `key` is scrubbed from any error text the server sends.
    pub fn new(key: Option<ApiKey>) -> AnthropicEvents {
        AnthropicEvents {
            key,
            ..AnthropicEvents::default()
        }
    }

    /// Takes one event's data; text goes to `on_chunk`. `Some` at `message_stop`; an error
    /// names the event it is about.
    pub fn feed(
        &mut self,
        data: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Option<Completion>, ProviderError> {
        self.seen += 1;
        let data = data.trim();
        if data.is_empty() {
            return Ok(None);
        }
        let value: Value =
            serde_json::from_str(data).map_err(|e| http::bad_event("event", self.seen, &e))?;
        // The JSON `type` repeats the SSE event name; it is the one the API documents.
        match value.get("type").and_then(Value::as_str).unwrap_or("") {
            "message_start" => {
                if let Some(n) = value
                    .pointer("/message/usage/input_tokens")
                    .and_then(Value::as_u64)
                {
                    self.usage.input_tokens = n;
                    self.saw_usage = true;
                }
            }
            "content_block_delta" => {
                if let Some(delta) = value
                    .pointer("/delta/text")
                    .and_then(Value::as_str)
                    .filter(|d| !d.is_empty())
                {
                    self.text.push_str(delta);
                    on_chunk(delta);
                }
            }
            "message_delta" => {
                if let Some(n) = value
                    .pointer("/usage/output_tokens")
                    .and_then(Value::as_u64)
                {
                    self.usage.output_tokens = n;
                    self.saw_usage = true;
                }
                self.read_stop(value.pointer("/delta/stop_reason"));
            }
            "message_stop" => {
                return Ok(Some(Completion {
                    text: std::mem::take(&mut self.text),
                    usage: self.saw_usage.then_some(self.usage),
                    finish: self.finish,
                }));
            }
            "error" => return Err(stream_error(&value, self.key.as_ref())),
            _ => {}
        }
        Ok(None)
    }

    /// The whole answer of a server that ignored `stream: true` and sent one `message` object
    /// (`application/json`): text blocks, stop reason and usage are read as from a stream, and
    /// the text reaches `on_chunk` in one piece.
    pub fn feed_whole(
        &mut self,
        body: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError> {
        let value: Value = serde_json::from_str(body)
            .map_err(|e| http::bad_json("answer (application/json)", &e))?;
        if value.get("type").and_then(Value::as_str) == Some("error") {
            return Err(stream_error(&value, self.key.as_ref()));
        }
        let Some(blocks) = value.get("content").and_then(Value::as_array) else {
            return Err(ProviderError::new(
                ErrorClass::BadResponse,
                "the server answered application/json without `content`, not a message (is base_url right?)",
            ));
        };
        for block in blocks {
            if block.get("type").and_then(Value::as_str) != Some("text") {
                continue;
            }
            if let Some(text) = block
                .get("text")
                .and_then(Value::as_str)
                .filter(|t| !t.is_empty())
            {
                self.text.push_str(text);
                on_chunk(text);
            }
        }
        self.read_stop(value.get("stop_reason"));
        if let Some(usage) = value.get("usage").filter(|u| u.is_object()) {
            for (field, slot) in [
                ("input_tokens", &mut self.usage.input_tokens),
                ("output_tokens", &mut self.usage.output_tokens),
            ] {
                if let Some(n) = usage.get(field).and_then(Value::as_u64) {
                    *slot = n;
                    self.saw_usage = true;
                }
            }
        }
        Ok(Completion {
            text: std::mem::take(&mut self.text),
            usage: self.saw_usage.then_some(self.usage),
            finish: self.finish,
        })
    }

    /// `stop_reason`, which `message_delta` and a whole message carry alike.
    fn read_stop(&mut self, stop: Option<&Value>) {
        match stop.and_then(Value::as_str) {
            Some("max_tokens") => self.finish = FinishReason::Length,
            Some("refusal") => self.finish = FinishReason::Filtered,
            _ => {}
        }
    }
}

/// An `error` event: `overloaded_error` and `api_error` are server trouble worth a retry.
fn stream_error(value: &Value, key: Option<&ApiKey>) -> ProviderError {
    let kind = value
        .pointer("/error/type")
        .and_then(Value::as_str)
        .unwrap_or("");
    let message = value
        .pointer("/error/message")
        .and_then(Value::as_str)
        .unwrap_or("no details given");
    let message = key.map_or_else(|| message.to_string(), |k| k.scrub(message));
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
        http::within_total(self.settings.timeouts, self.stream(request, on_chunk)).boxed()
    }
}
