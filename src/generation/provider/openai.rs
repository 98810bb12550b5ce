//! OpenAI-compatible Chat Completions with SSE streaming (`stream: true`, usage through
//! `stream_options.include_usage`). The base URL is configurable, so OpenAI, Ollama,
//! LM Studio, vLLM and OpenRouter all work.

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use serde_json::{Value, json};

use super::http::{self, HttpSettings};
use super::{
    ChunkSink, Completion, CompletionRequest, ErrorClass, Provider, ProviderError, ProviderKind,
    Usage,
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
        let mut builder = self.client.post(&url).json(&body);
        // Local servers (Ollama, LM Studio) need no key; OpenAI itself answers 401 without one.
        if let Some(key) = &self.settings.api_key {
            builder = builder.bearer_auth(key.expose());
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
        let mut usage = None;
        while let Some(event) = events.next().await? {
            let data = event.data.trim();
            if data == "[DONE]" {
                return Ok(Completion { text, usage });
            }
            if data.is_empty() {
                continue;
            }
            let value: Value =
                serde_json::from_str(data).map_err(|e| http::bad_json("chunk", &e))?;
            if let Some(err) = value.get("error") {
                return Err(stream_error(err, &self.settings));
            }
            if let Some(delta) = value
                .pointer("/choices/0/delta/content")
                .and_then(Value::as_str)
                .filter(|d| !d.is_empty())
            {
                text.push_str(delta);
                on_chunk(delta);
            }
            if let Some(u) = value.get("usage").filter(|u| !u.is_null()) {
                usage = Some(Usage {
                    input_tokens: u.get("prompt_tokens").and_then(Value::as_u64).unwrap_or(0),
                    output_tokens: u
                        .get("completion_tokens")
                        .and_then(Value::as_u64)
                        .unwrap_or(0),
                });
            }
        }
        Err(http::cut_short())
    }
}

/// An `{"error": …}` object sent inside the stream.
fn stream_error(err: &Value, settings: &HttpSettings) -> ProviderError {
    let message = err
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("no details given");
    let message = settings
        .api_key
        .as_ref()
        .map_or_else(|| message.to_string(), |k| k.scrub(message));
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
        self.stream(request, on_chunk).boxed()
    }
}
