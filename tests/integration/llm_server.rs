//! A loopback HTTP server speaking the real OpenAI Chat Completions and Anthropic Messages
//! streaming wire formats, with scripted replies (timed chunks, cut streams, error statuses)
//! and a record of every request body it received.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use futures_util::StreamExt;

/// One scripted reply.
#[derive(Debug, Clone)]
pub enum Reply {
    /// An OpenAI stream of `text` in chunks, then usage and `[DONE]`.
    OpenAi {
        text: String,
        usage: (u64, u64),
        delay: Duration,
    },
    /// An Anthropic stream of `text`, with usage in message_start / message_delta.
    Anthropic {
        text: String,
        usage: (u64, u64),
        delay: Duration,
    },
    /// The first `keep` chunks of an OpenAI stream, then the connection breaks.
    OpenAiCut { text: String, keep: usize },
    /// `data:` lines that are not JSON.
    Malformed,
    Status {
        code: u16,
        retry_after: Option<&'static str>,
        body: String,
    },
}

#[derive(Default)]
struct Inner {
    script: VecDeque<Reply>,
    /// Served when the script is empty.
    fallback: Option<Reply>,
    requests: Vec<serde_json::Value>,
}

#[derive(Clone, Default)]
pub struct LlmServer {
    inner: Arc<Mutex<Inner>>,
    pub base: String,
}

impl LlmServer {
    /// Starts on 127.0.0.1 with the given replies (then `fallback`, if any).
    pub async fn start(script: Vec<Reply>, fallback: Option<Reply>) -> LlmServer {
        let inner = Arc::new(Mutex::new(Inner {
            script: script.into(),
            fallback,
            requests: Vec::new(),
        }));
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&inner));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        LlmServer {
            inner,
            base: format!("http://{addr}"),
        }
    }

    pub fn requests(&self) -> Vec<serde_json::Value> {
        self.inner.lock().unwrap().requests.clone()
    }
}

async fn handle(State(inner): State<Arc<Mutex<Inner>>>, body: String) -> Response {
    let reply = {
        let mut inner = inner.lock().unwrap();
        inner
            .requests
            .push(serde_json::from_str(&body).unwrap_or(serde_json::Value::Null));
        inner.script.pop_front().or_else(|| inner.fallback.clone())
    };
    match reply {
        None => status(500, None, "script exhausted".into()),
        Some(Reply::Status {
            code,
            retry_after,
            body,
        }) => status(code, retry_after, body),
        Some(Reply::OpenAi { text, usage, delay }) => {
            sse(openai_events(&text, usage), delay, false)
        }
        Some(Reply::Anthropic { text, usage, delay }) => {
            sse(anthropic_events(&text, usage), delay, false)
        }
        Some(Reply::OpenAiCut { text, keep }) => {
            let events: Vec<String> = openai_events(&text, (1, 1))
                .into_iter()
                .take(keep)
                .collect();
            sse(events, Duration::from_millis(5), true)
        }
        Some(Reply::Malformed) => sse(
            vec![
                "data: {\"choices\": [{\"delta\": {\"content\": \"Hel\n\n".into(),
                "data: [DONE]\n\n".into(),
            ],
            Duration::ZERO,
            false,
        ),
    }
}

fn status(code: u16, retry_after: Option<&'static str>, body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(code).unwrap();
    if let Some(after) = retry_after {
        response
            .headers_mut()
            .insert("retry-after", HeaderValue::from_static(after));
    }
    response
}

fn chunks(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(60).map(|c| c.iter().collect()).collect()
}

pub fn openai_events(text: &str, (input, output): (u64, u64)) -> Vec<String> {
    let mut events: Vec<String> = chunks(text)
        .into_iter()
        .map(|c| {
            let v = serde_json::json!({"id": "c1", "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": {"content": c}, "finish_reason": null}]});
            format!("data: {v}\n\n")
        })
        .collect();
    let usage = serde_json::json!({"id": "c1", "choices": [],
        "usage": {"prompt_tokens": input, "completion_tokens": output, "total_tokens": input + output}});
    events.push(format!("data: {usage}\n\n"));
    events.push("data: [DONE]\n\n".into());
    events
}

pub fn anthropic_events(text: &str, (input, output): (u64, u64)) -> Vec<String> {
    let ev = |name: &str, v: serde_json::Value| format!("event: {name}\ndata: {v}\n\n");
    let mut events = vec![
        ev(
            "message_start",
            serde_json::json!({"type": "message_start", "message": {"id": "m1",
            "role": "assistant", "content": [], "usage": {"input_tokens": input, "output_tokens": 1}}}),
        ),
        ev(
            "content_block_start",
            serde_json::json!({"type": "content_block_start", "index": 0,
            "content_block": {"type": "text", "text": ""}}),
        ),
        ev("ping", serde_json::json!({"type": "ping"})),
    ];
    for c in chunks(text) {
        events.push(ev(
            "content_block_delta",
            serde_json::json!({"type": "content_block_delta",
            "index": 0, "delta": {"type": "text_delta", "text": c}}),
        ));
    }
    events.push(ev(
        "content_block_stop",
        serde_json::json!({"type": "content_block_stop", "index": 0}),
    ));
    events.push(ev(
        "message_delta",
        serde_json::json!({"type": "message_delta",
        "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": output}}),
    ));
    events.push(ev(
        "message_stop",
        serde_json::json!({"type": "message_stop"}),
    ));
    events
}

fn sse(events: Vec<String>, delay: Duration, break_at_end: bool) -> Response {
    let items: Vec<Result<Bytes, std::io::Error>> = events
        .into_iter()
        .map(|e| Ok(Bytes::from(e)))
        .chain(break_at_end.then(|| Err(std::io::Error::other("connection dropped"))))
        .collect();
    let stream = futures_util::stream::iter(items).then(move |item| async move {
        tokio::time::sleep(delay).await;
        item
    });
    let mut response = Response::new(Body::from_stream(stream));
    response.headers_mut().insert(
        "content-type",
        HeaderValue::from_static("text/event-stream"),
    );
    response
}
