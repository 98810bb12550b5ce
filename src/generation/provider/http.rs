//! What the two HTTP providers share: the client with its connect timeout, turning an HTTP
//! status into an error class, `Retry-After`, and reading SSE events under the first-token and
//! idle timeouts.

use std::time::Duration;

use eventsource_stream::{Event, EventStreamError, Eventsource};
use futures_util::{Stream, StreamExt};
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};

use super::{ApiKey, ErrorClass, ProviderError};

/// How long to wait for each phase of a streamed answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing the TCP/TLS connection.
    pub connect: Duration,
    /// From sending the request to the first event of the answer (models can think a while).
    pub first_token: Duration,
    /// Longest silence between two events once the answer is streaming.
    pub idle: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            first_token: Duration::from_secs(90),
            idle: Duration::from_secs(30),
        }
    }
}

/// Everything an HTTP provider needs besides its request.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub base_url: String,
    pub api_key: Option<ApiKey>,
    /// The variable the key came from, named in auth errors so the author knows what to fix.
    pub key_env: String,
    pub timeouts: Timeouts,
}

pub(super) fn client(timeouts: Timeouts) -> Result<reqwest::Client, ProviderError> {
    reqwest::Client::builder()
        .connect_timeout(timeouts.connect)
        .build()
        .map_err(|e| ProviderError::new(ErrorClass::Network, format!("cannot set up HTTP: {e}")))
}

/// Failures before any answer arrived (DNS, refused connection, connect timeout).
pub(super) fn send_error(err: &reqwest::Error, url: &str) -> ProviderError {
    if err.is_timeout() {
        ProviderError::new(
            ErrorClass::Timeout,
            format!("connecting to {url} timed out"),
        )
    } else {
        ProviderError::new(
            ErrorClass::Network,
            format!("cannot reach {url}: {}", root_cause(err)),
        )
    }
}

fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current = err;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}

/// Classifies a non-success status; `body` is the server's text (scrubbed of the key here).
pub(super) fn status_error(
    status: StatusCode,
    headers: &HeaderMap,
    body: &str,
    settings: &HttpSettings,
) -> ProviderError {
    let detail = settings
        .api_key
        .as_ref()
        .map_or_else(|| body.to_string(), |k| k.scrub(body));
    let detail = server_message(&detail);
    let code = status.as_u16();
    let mut err = match code {
        // The body of an auth error may echo part of the key, so it is never shown.
        401 | 403 => ProviderError::new(
            ErrorClass::Auth,
            format!(
                "the provider refused the API key (HTTP {code}); check {}",
                settings.key_env
            ),
        ),
        429 => ProviderError::new(
            ErrorClass::RateLimit,
            format!("the provider is rate limiting requests (HTTP 429): {detail}"),
        ),
        500..=599 => ProviderError::new(
            ErrorClass::Server,
            format!("the provider had a server error (HTTP {code}): {detail}"),
        ),
        _ => ProviderError::new(
            ErrorClass::BadResponse,
            format!("the provider rejected the request (HTTP {code}): {detail}"),
        ),
    };
    err.retry_after = retry_after(headers);
    err
}

/// The `error.message` of a JSON error body, else the body cut to a readable length.
fn server_message(body: &str) -> String {
    let parsed: Option<serde_json::Value> = serde_json::from_str(body).ok();
    let message = parsed
        .as_ref()
        .and_then(|v| v.pointer("/error/message").and_then(|m| m.as_str()))
        .map(str::to_string)
        .unwrap_or_else(|| body.trim().chars().take(200).collect());
    if message.is_empty() {
        "no details given".to_string()
    } else {
        message
    }
}

/// `Retry-After` in seconds (the HTTP-date form is rare from LLM APIs and is ignored).
pub(super) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let secs: f64 = value.parse().ok()?;
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

/// SSE events of a streaming response, each awaited under the first-token or idle timeout.
pub(super) struct TimedEvents<S> {
    inner: S,
    timeouts: Timeouts,
    seen_first: bool,
}

pub(super) fn events(
    response: reqwest::Response,
    timeouts: Timeouts,
) -> TimedEvents<impl Stream<Item = Result<Event, EventStreamError<reqwest::Error>>> + Unpin> {
    TimedEvents {
        inner: Box::pin(response.bytes_stream().eventsource()),
        timeouts,
        seen_first: false,
    }
}

impl<S> TimedEvents<S>
where
    S: Stream<Item = Result<Event, EventStreamError<reqwest::Error>>> + Unpin,
{
    /// The next event; `Ok(None)` when the server closed the stream.
    pub(super) async fn next(&mut self) -> Result<Option<Event>, ProviderError> {
        let (limit, phase) = if self.seen_first {
            (self.timeouts.idle, "the stream went silent")
        } else {
            (self.timeouts.first_token, "no answer arrived")
        };
        let item = tokio::time::timeout(limit, self.inner.next())
            .await
            .map_err(|_| {
                ProviderError::new(
                    ErrorClass::Timeout,
                    format!("{phase} for {} s", limit.as_secs_f64()),
                )
            })?;
        self.seen_first = true;
        match item {
            None => Ok(None),
            Some(Ok(event)) => Ok(Some(event)),
            Some(Err(EventStreamError::Transport(e))) => Err(ProviderError::new(
                ErrorClass::Network,
                format!("the connection broke mid-answer: {}", root_cause(&e)),
            )),
            Some(Err(e)) => Err(ProviderError::new(
                ErrorClass::BadResponse,
                format!("the stream is not valid server-sent events: {e}"),
            )),
        }
    }
}

/// A stream that closed before its end marker: the answer is incomplete and is discarded.
pub(super) fn cut_short() -> ProviderError {
    ProviderError::new(
        ErrorClass::Network,
        "the stream ended before the answer was complete; nothing was kept",
    )
}

/// An event whose JSON we cannot read.
pub(super) fn bad_json(what: &str, err: &serde_json::Error) -> ProviderError {
    ProviderError::new(
        ErrorClass::BadResponse,
        format!("the provider sent an unreadable {what}: {err}"),
    )
}
