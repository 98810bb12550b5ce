//! What the two HTTP providers share: the client, sending a request under the connect, send
//! and response-head timeouts, turning an HTTP status into an error class, `Retry-After`,
//! telling an event stream from a whole JSON answer (refusing anything else), reading SSE events under the first-token and
//! idle timeouts, and the whole-request deadline. Each timeout names its phase when it fires.

use std::future::Future;
use std::task::Poll;
use std::time::Duration;

use eventsource_stream::{Event, EventStreamError, Eventsource};
use futures_util::{Stream, StreamExt};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderMap};

use super::{ApiKey, ErrorClass, ProviderError};

/// How long to wait for each phase of a streamed answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing the TCP/TLS connection.
    pub connect: Duration,
    /// Handing the request to the connection once it is open.
    pub send: Duration,
    /// From the request sent to the status line and headers of the answer.
    pub response_head: Duration,
    /// From the response head to the first event of the answer (models can think a while).
    pub first_token: Duration,
    /// Longest silence between two events once the answer is streaming.
    pub idle: Duration,
    /// The whole request, connect to last event: a server dripping bytes never ends otherwise.
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            send: Duration::from_secs(30),
            response_head: Duration::from_secs(90),
            first_token: Duration::from_secs(90),
            idle: Duration::from_secs(30),
            total: Duration::from_secs(600),
        }
    }
}

/// Seconds as people read them: `90`, `0.3`.
fn secs(limit: Duration) -> String {
    format!("{}", limit.as_secs_f64())
}

fn timed_out(message: String) -> ProviderError {
    ProviderError::new(ErrorClass::Timeout, message)
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

/// Sends `body` as JSON and waits for the response head, each phase under its own timeout.
/// `url` is the address as shown to people (credentials removed).
pub(super) async fn send(
    builder: reqwest::RequestBuilder,
    body: &serde_json::Value,
    timeouts: Timeouts,
    url: &str,
) -> Result<reqwest::Response, ProviderError> {
    let bytes = serde_json::to_vec(body).map_err(|e| bad_json("request", &e))?;
    let length = bytes.len();
    // The body is handed over only once the connection is open, so its hand-over ends the
    // send phase and starts the wait for the response head.
    let (sent_tx, mut sent_rx) = tokio::sync::oneshot::channel::<()>();
    let mut pending = Some((bytes, sent_tx));
    let stream = futures_util::stream::poll_fn(move |_| {
        Poll::Ready(pending.take().map(|(bytes, sent)| {
            let _ = sent.send(());
            Ok::<Vec<u8>, std::io::Error>(bytes)
        }))
    });
    let request = builder
        .header(CONTENT_TYPE, "application/json")
        .header(CONTENT_LENGTH, length)
        .body(reqwest::Body::wrap_stream(stream))
        .send();
    let mut response = Box::pin(request);
    let sending = tokio::time::timeout(timeouts.connect + timeouts.send, async {
        tokio::select! {
            biased;
            result = &mut response => Some(result),
            _ = &mut sent_rx => None,
        }
    })
    .await
    .map_err(|_| {
        timed_out(format!(
            "the request was not sent within {} s",
            secs(timeouts.connect + timeouts.send)
        ))
    })?;
    let result = match sending {
        Some(result) => result,
        None => tokio::time::timeout(timeouts.response_head, &mut response)
            .await
            .map_err(|_| {
                timed_out(format!(
                    "no response head within {} s",
                    secs(timeouts.response_head)
                ))
            })?,
    };
    result.map_err(|e| send_error(&e, url, timeouts))
}

/// Runs a whole request under the total deadline.
pub(super) async fn within_total<T>(
    timeouts: Timeouts,
    request: impl Future<Output = Result<T, ProviderError>>,
) -> Result<T, ProviderError> {
    tokio::time::timeout(timeouts.total, request)
        .await
        .map_err(|_| {
            timed_out(format!(
                "the whole request took longer than {} s",
                secs(timeouts.total)
            ))
        })?
}

/// What a successful answer's body holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Body {
    /// Server-sent events (or no content type at all, which servers streaming SSE omit).
    Events,
    /// One complete JSON answer: some servers (LiteLLM's Anthropic route) ignore
    /// `stream: true` and send the non-streamed response shape.
    Whole,
}

/// Which reader a 200 needs. Anything that is neither an event stream nor JSON (an HTML page
/// from a wrong base URL or a captive portal) is refused before reading it.
pub(super) fn body_kind(response: &reqwest::Response) -> Result<Body, ProviderError> {
    let Some(value) = response.headers().get(CONTENT_TYPE) else {
        return Ok(Body::Events);
    };
    let mime = value
        .to_str()
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match mime.as_str() {
        "text/event-stream" => return Ok(Body::Events),
        "application/json" => return Ok(Body::Whole),
        _ => {}
    }
    let shown: String = mime.chars().filter(|c| !c.is_control()).take(80).collect();
    Err(ProviderError::new(
        ErrorClass::BadResponse,
        format!("the server answered {shown}, not an event stream (is base_url right?)"),
    ))
}

/// The whole body of an unstreamed answer, under the first-token timeout (the model writes
/// the whole answer before the server sends a byte of it, so that is the wait it replaces).
pub(super) async fn whole_body(
    response: reqwest::Response,
    timeouts: Timeouts,
) -> Result<String, ProviderError> {
    tokio::time::timeout(timeouts.first_token, response.text())
        .await
        .map_err(|_| {
            timed_out(format!(
                "no complete answer within {} s",
                secs(timeouts.first_token)
            ))
        })?
        .map_err(|e| {
            ProviderError::new(
                ErrorClass::Network,
                format!("the connection broke mid-answer: {}", root_cause(&e)),
            )
        })
}

/// Failures before any answer arrived (DNS, refused connection, connect timeout).
pub(super) fn send_error(err: &reqwest::Error, url: &str, timeouts: Timeouts) -> ProviderError {
    if err.is_timeout() {
        timed_out(format!(
            "no connection to {url} within {} s",
            secs(timeouts.connect)
        ))
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

/// Classifies a non-success status; `body` is the server's text (scrubbed of the key here), `url`
/// the address that was requested, as shown to people.
pub(super) fn status_error(
    status: StatusCode,
    headers: &HeaderMap,
    body: &str,
    settings: &HttpSettings,
    url: &str,
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
        // A wrong base URL is the usual cause, so the message shows the URL that was built.
        404 => ProviderError::new(
            ErrorClass::BadResponse,
            format!(
                "the server has no endpoint at {url} (HTTP 404: {detail}); check base_url (e.g. http://host:port or http://host:port/v1)"
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

pub(super) use super::retry_after::retry_after;

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
            (self.timeouts.idle, "no event between chunks within")
        } else {
            (self.timeouts.first_token, "no first token within")
        };
        let item = tokio::time::timeout(limit, self.inner.next())
            .await
            .map_err(|_| timed_out(format!("{phase} {} s", secs(limit))))?;
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

/// JSON we cannot read.
pub(super) fn bad_json(what: &str, err: &serde_json::Error) -> ProviderError {
    ProviderError::new(
        ErrorClass::BadResponse,
        format!("the provider sent an unreadable {what}: {err}"),
    )
}

/// An event of the stream whose JSON we cannot read, located by its position in the stream.
pub(super) fn bad_event(what: &str, index: u32, err: &serde_json::Error) -> ProviderError {
    ProviderError::new(
        ErrorClass::BadResponse,
        format!("the provider sent an unreadable {what} (stream event {index}): {err}"),
    )
}
