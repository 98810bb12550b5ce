//! OpenAI-compatible Chat Completions with SSE streaming (`stream: true`, usage through
//! `stream_options.include_usage`), and the whole `chat.completion` object from a server that
//! answers without streaming. The base URL is configurable, so OpenAI, Ollama, LM Studio,
//! vLLM, OpenRouter and LiteLLM all work.

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use serde_json::{Value, json};

use super::answer::{AnswerParser, read_answer};
use super::endpoint::{openai_endpoint, without_userinfo};
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
        openai_endpoint(&self.settings.base_url)
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
        let mut parser = OpenAiEvents::new(self.settings.api_key.clone());
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

impl AnswerParser for OpenAiEvents {
    fn feed(
        &mut self,
        data: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Option<Completion>, ProviderError> {
        OpenAiEvents::feed(self, data, on_chunk)
    }

    fn feed_whole(
        &mut self,
        body: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError> {
        OpenAiEvents::feed_whole(self, body, on_chunk)
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
        self.read_finish_and_usage(&value);
        Ok(None)
    }

    /// The whole answer of a server that ignored `stream: true` and sent one `chat.completion`
    /// object (`application/json`): text, finish reason and usage are read as from a stream,
    /// and the text reaches `on_chunk` in one piece.
    pub fn feed_whole(
        &mut self,
        body: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError> {
        let value: Value = serde_json::from_str(body)
            .map_err(|e| http::bad_json("answer (application/json)", &e))?;
        if let Some(err) = value.get("error").filter(|e| !e.is_null()) {
            return Err(stream_error(err, self.key.as_ref()));
        }
        if !value.get("choices").is_some_and(Value::is_array) {
            return Err(ProviderError::new(
                ErrorClass::BadResponse,
                "the server answered application/json without `choices`, not a chat.completion (is base_url right?)",
            ));
        }
        if let Some(text) = value
            .pointer("/choices/0/message/content")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
        {
            self.text.push_str(text);
            on_chunk(text);
        }
        self.read_finish_and_usage(&value);
        Ok(Completion {
            text: std::mem::take(&mut self.text),
            usage: self.usage,
            finish: self.finish,
        })
    }

    /// `finish_reason` and `usage`, which a chunk and a whole answer carry in the same places.
    fn read_finish_and_usage(&mut self, value: &Value) {
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
