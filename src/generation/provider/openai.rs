//! OpenAI-compatible Chat Completions with SSE streaming (`stream: true`, usage through
//! `stream_options.include_usage`). The base URL is configurable, so OpenAI, Ollama,
//! LM Studio, vLLM and OpenRouter all work.

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use serde_json::{Value, json};

use super::http::{self, HttpSettings};
use super::{
    ApiKey, ChunkSink, Completion, CompletionRequest, ErrorClass, FinishReason, Provider,
    ProviderError, ProviderKind, Usage,
};

pub const OPENAI_BASE_URL: &str = "https://api.openai.com/v1";

#[derive(Debug)]
pub struct OpenAiProvider {
    client: reqwest::Client,
    settings: HttpSettings,
}

impl OpenAiProvider {
    pub fn new(settings: HttpSettings) -> Result<OpenAiProvider, ProviderError> {
        Ok(OpenAiProvider {
            client: http::client(settings.timeouts)?,
            settings,
        })
    }

    fn url(&self) -> String {
        format!(
            "{}/chat/completions",
            self.settings.base_url.trim_end_matches('/')
        )
    }

    async fn stream(
        &self,
        request: &CompletionRequest,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError> {
        let url = self.url();
        let shown = http::without_userinfo(&url);
        let body = json!({
            "model": request.model,
            "messages": [
                {"role": "system", "content": request.system},
                {"role": "user", "content": request.prompt},
            ],
            "stream": true,
            "stream_options": {"include_usage": true},
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        });
        let mut builder = self.client.post(&url);
        // Local servers (Ollama, LM Studio) need no key; OpenAI itself answers 401 without one.
        if let Some(key) = &self.settings.api_key {
            builder = builder.bearer_auth(key.expose());
        }
        let timeouts = self.settings.timeouts;
        let response = http::send(builder, &body, timeouts, &shown).await?;
        let status = response.status();
        if !status.is_success() {
            let headers = response.headers().clone();
            let text = response.text().await.unwrap_or_default();
            return Err(http::status_error(status, &headers, &text, &self.settings));
        }
        http::require_event_stream(&response)?;
        let mut events = http::events(response, timeouts);
        let mut parser = OpenAiEvents::new(self.settings.api_key.clone());
        while let Some(event) = events.next().await? {
            if let Some(done) = parser.feed(&event.data, on_chunk)? {
                return Ok(done);
            }
        }
        Err(http::cut_short())
    }
}

/// Reads the `data:` payloads of one Chat Completions stream, in order. It does no I/O, so
/// the property tests drive it with arbitrary input.
#[derive(Debug, Default)]
pub struct OpenAiEvents {
    text: String,
    usage: Option<Usage>,
    finish: FinishReason,
    seen: u32,
    key: Option<ApiKey>,
}

impl OpenAiEvents {
    /// `key` is scrubbed from any error text the server sends.
    pub fn new(key: Option<ApiKey>) -> OpenAiEvents {
        OpenAiEvents {
            key,
            ..OpenAiEvents::default()
        }
    }

    /// Takes one event's data; text goes to `on_chunk`. `Some` once the stream is complete
    /// (`[DONE]`); an error names the event it is about.
    pub fn feed(
        &mut self,
        data: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Option<Completion>, ProviderError> {
        self.seen += 1;
        let data = data.trim();
        if data == "[DONE]" {
            return Ok(Some(Completion {
                text: std::mem::take(&mut self.text),
                usage: self.usage,
                finish: self.finish,
            }));
        }
        if data.is_empty() {
            return Ok(None);
        }
        let value: Value =
            serde_json::from_str(data).map_err(|e| http::bad_event("chunk", self.seen, &e))?;
        if let Some(err) = value.get("error") {
            return Err(stream_error(err, self.key.as_ref()));
        }
        if let Some(delta) = value
            .pointer("/choices/0/delta/content")
            .and_then(Value::as_str)
            .filter(|d| !d.is_empty())
        {
            self.text.push_str(delta);
            on_chunk(delta);
        }
        match value
            .pointer("/choices/0/finish_reason")
            .and_then(Value::as_str)
        {
            Some("length") => self.finish = FinishReason::Length,
            Some("content_filter") => self.finish = FinishReason::Filtered,
            _ => {}
        }
        if let Some(u) = value.get("usage").filter(|u| !u.is_null()) {
            self.usage = Some(Usage {
                input_tokens: u.get("prompt_tokens").and_then(Value::as_u64).unwrap_or(0),
                output_tokens: u
                    .get("completion_tokens")
                    .and_then(Value::as_u64)
                    .unwrap_or(0),
            });
        }
        Ok(None)
    }
}

/// An `{"error": …}` object sent inside the stream.
fn stream_error(err: &Value, key: Option<&ApiKey>) -> ProviderError {
    let message = err
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("no details given");
    let message = key.map_or_else(|| message.to_string(), |k| k.scrub(message));
    ProviderError::new(
        ErrorClass::Server,
        format!("the provider stopped the answer with an error: {message}"),
    )
}

impl Provider for OpenAiProvider {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Openai
    }

    fn complete<'a>(
        &'a self,
        request: &'a CompletionRequest,
        on_chunk: ChunkSink<'a>,
    ) -> BoxFuture<'a, Result<Completion, ProviderError>> {
        http::within_total(self.settings.timeouts, self.stream(request, on_chunk)).boxed()
    }
}
