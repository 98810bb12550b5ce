//! What the two HTTP providers share: the client, sending a request under the connect, send
//! and response-head timeouts, turning an HTTP status into an error class, `Retry-After`,
//! refusing a body that is not an event stream, reading SSE events under the first-token and
//! idle timeouts, and the whole-request deadline. Each timeout names its phase when it fires.

use std::future::Future;
use std::task::Poll;
use std::time::Duration;

use eventsource_stream::{Event, EventStreamError, Eventsource};
use futures_util::{Stream, StreamExt};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderMap, RETRY_AFTER};

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
            secs(timeouts.send)
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

/// A 200 whose body is not an event stream (an HTML page from a wrong base URL or a proxy, a
/// JSON body from a server ignoring `stream: true`) is refused before reading it as SSE.
pub(super) fn require_event_stream(response: &reqwest::Response) -> Result<(), ProviderError> {
    let Some(value) = response.headers().get(CONTENT_TYPE) else {
        return Ok(());
    };
    let mime = value
        .to_str()
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if mime == "text/event-stream" {
        return Ok(());
    }
    let shown: String = mime.chars().filter(|c| !c.is_control()).take(80).collect();
    Err(ProviderError::new(
        ErrorClass::BadResponse,
        format!("the server answered {shown}, not an event stream (is base_url right?)"),
    ))
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

/// `Retry-After` as seconds or an HTTP-date (a date in the past means now). Values too large
/// for a `Duration` (`1e30`) saturate instead of panicking; the retry policy then refuses to
/// wait that long and says so.
pub(super) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0)
            .then(|| Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX));
    }
    let at =
        time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc2822).ok()?;
    let wait = at - time::OffsetDateTime::now_utc();
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod retry_after_tests {
    use super::*;

    fn header(value: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            RETRY_AFTER,
            reqwest::header::HeaderValue::from_static(value),
        );
        h
    }

    #[test]
    fn huge_seconds_saturate_and_dates_are_read() {
        assert_eq!(retry_after(&header("1e30")), Some(Duration::MAX));
        assert_eq!(
            retry_after(&header("2.5")),
            Some(Duration::from_millis(2500))
        );
        assert_eq!(retry_after(&header("-1")), None);
        let past = retry_after(&header("Sun, 06 Nov 1994 08:49:37 GMT"));
        assert_eq!(past, Some(Duration::ZERO));
        let future = retry_after(&header("Fri, 01 Jan 2100 00:00:00 GMT")).unwrap();
        assert!(future > Duration::from_secs(365 * 24 * 3600));
    }
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

/// `url` without the `user:password@` part, for storing and showing. Credentials in a URL end
/// up in job records, logs and error messages, so nothing outside the request keeps them.
pub fn without_userinfo(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    match authority.rfind('@') {
        Some(at) => format!("{scheme}://{}{tail}", &authority[at + 1..]),
        None => url.to_string(),
    }
}

/// Whether `url` carries a `user[:password]@` part.
pub fn has_userinfo(url: &str) -> bool {
    without_userinfo(url) != url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_is_removed_and_nothing_else() {
        assert_eq!(
            without_userinfo("http://user:pw@host:8080/v1?x=a@b"),
            "http://host:8080/v1?x=a@b"
        );
        assert_eq!(without_userinfo("https://a@b@host/v1"), "https://host/v1");
        assert_eq!(without_userinfo("http://host/v1/a@b"), "http://host/v1/a@b");
        assert_eq!(without_userinfo("not a url"), "not a url");
        assert!(has_userinfo("http://k@h"));
        assert!(!has_userinfo("http://h/@"));
    }
}
