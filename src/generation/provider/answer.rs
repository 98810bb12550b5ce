//! Sending one streamed completion request and reading its answer, the same for every HTTP
//! provider: the status checked (with the provider's error body, key scrubbed), then either
//! the SSE events fed to the provider's parser one by one, or — from a server that ignored
//! `stream: true` — the whole JSON answer fed at once. Only the request body, the headers and
//! the parser differ between OpenAI-compatible servers and Anthropic.

use serde_json::Value;

use super::http::{self, Body, HttpSettings};
use super::{ChunkSink, Completion, ProviderError};

/// Reads a provider's answer format without doing I/O (so property tests can drive it).
pub(super) trait AnswerParser {
    /// One event's data; `Some` once the answer is complete.
    fn feed(
        &mut self,
        data: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Option<Completion>, ProviderError>;
    /// A whole non-streamed answer.
    fn feed_whole(
        &mut self,
        body: &str,
        on_chunk: ChunkSink<'_>,
    ) -> Result<Completion, ProviderError>;
}

/// Posts `body` with `builder` (URL and headers set) and reads the answer with `parser`.
/// `shown` is the URL as errors may print it (no userinfo).
pub(super) async fn read_answer(
    builder: reqwest::RequestBuilder,
    body: &Value,
    settings: &HttpSettings,
    shown: &str,
    parser: &mut impl AnswerParser,
    on_chunk: ChunkSink<'_>,
) -> Result<Completion, ProviderError> {
    let timeouts = settings.timeouts;
    let response = http::send(builder, body, timeouts, shown).await?;
    let status = response.status();
    if !status.is_success() {
        let headers = response.headers().clone();
        let text = response.text().await.unwrap_or_default();
        return Err(http::status_error(status, &headers, &text, settings, shown));
    }
    if http::body_kind(&response)? == Body::Whole {
        let body = http::whole_body(response, timeouts).await?;
        return parser.feed_whole(&body, on_chunk);
    }
    let mut events = http::events(response, timeouts);
    while let Some(event) = events.next().await? {
        if let Some(done) = parser.feed(&event.data, on_chunk)? {
            return Ok(done);
        }
    }
    Err(http::cut_short())
}
