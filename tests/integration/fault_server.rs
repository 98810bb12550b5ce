//! A misbehaving LLM server on loopback (raw tokio TCP, so it can also refuse to answer at
//! all), playing each fault found by the hardening campaign (issue #17) against both wire
//! formats: never answers, 200 + HTML, empty choices, content filter, length cut, blank
//! answer, stall after headers, slow drip; plus whole JSON answers to a streamed request (as
//! LiteLLM's proxy sends) and a 404. It records each request's path. `generation_faults.rs`
//! and `generation_unstreamed.rs` play them against a real generation.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::generation::PASSING;

/// The two wire formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wire {
    OpenAi,
    Anthropic,
}

/// One misbehaviour (or a good answer, to follow a fault).
#[derive(Debug, Clone)]
pub enum Fault {
    /// Reads the request and never writes a byte.
    NeverAnswers,
    /// 200 with an HTML page, as a wrong base URL or a captive portal gives.
    Html,
    /// A well-formed stream with no text in it (`choices: []`, no content block).
    EmptyChoices,
    /// Stopped by the provider's filter before any text.
    ContentFilter,
    /// Part of the text, then the max-tokens stop.
    LengthCut,
    /// Only whitespace as content.
    Blank,
    /// Event-stream headers, then silence.
    StallAfterHeaders,
    /// A complete answer, a few bytes at a time with `gap` between writes.
    SlowDrip { gap: Duration },
    /// A complete answer.
    Good(String),
    /// 200 `application/json` with the non-streamed response shape, ending as `stop` says
    /// (`None` for a normal end).
    Whole {
        text: String,
        stop: Option<WholeStop>,
    },
    /// 404 with FastAPI's body, as a server without that route answers.
    NotFound,
}

/// How a whole (unstreamed) answer ends, besides normally.
#[derive(Debug, Clone, Copy)]
pub enum WholeStop {
    Filter,
    Length,
}

/// The server: plays `faults` in order, then repeats the last one.
pub struct FaultServer {
    pub base: String,
    hits: Arc<AtomicUsize>,
    paths: Arc<Mutex<Vec<String>>>,
}

impl FaultServer {
    pub async fn start(wire: Wire, faults: Vec<Fault>) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&hits);
        let paths = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&paths);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let n = counter.fetch_add(1, Ordering::SeqCst);
                let fault = faults[n.min(faults.len() - 1)].clone();
                tokio::spawn(serve(socket, wire, fault, Arc::clone(&seen)));
            }
        });
        let base = match wire {
            Wire::OpenAi => format!("http://{addr}/v1"),
            Wire::Anthropic => format!("http://{addr}"),
        };
        FaultServer { base, hits, paths }
    }

    /// `http://127.0.0.1:PORT`, without any path.
    pub fn root(&self) -> String {
        self.base.trim_end_matches("/v1").to_string()
    }

    /// The path of each request received so far, in order of arrival.
    pub fn paths(&self) -> Vec<String> {
        self.paths.lock().unwrap().clone()
    }

    /// Requests received so far.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

/// Reads one request (head and `content-length` body); returns its path.
async fn read_request(socket: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let path = head.split_whitespace().nth(1).unwrap_or("").to_string();
    let head = head.to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Some(path)
}

const SSE_HEAD: &str = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\nconnection: close\r\n\r\n";

async fn serve(mut socket: TcpStream, wire: Wire, fault: Fault, paths: Arc<Mutex<Vec<String>>>) {
    let Some(path) = read_request(&mut socket).await else {
        return;
    };
    paths.lock().unwrap().push(path);
    let body = match fault {
        Fault::NeverAnswers => {
            // Hold the connection open until the client gives up.
            let mut sink = [0u8; 64];
            while matches!(socket.read(&mut sink).await, Ok(n) if n > 0) {}
            return;
        }
        Fault::Html => {
            let page = "<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>";
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{page}",
                page.len()
            );
            let _ = socket.write_all(reply.as_bytes()).await;
            return;
        }
        Fault::StallAfterHeaders => {
            let _ = socket.write_all(SSE_HEAD.as_bytes()).await;
            let mut sink = [0u8; 64];
            while matches!(socket.read(&mut sink).await, Ok(n) if n > 0) {}
            return;
        }
        Fault::EmptyChoices => stream(wire, &[], None),
        Fault::ContentFilter => stream(wire, &[], Some(Stop::Filter)),
        Fault::LengthCut => stream(wire, &[&PASSING[..PASSING.len() / 3]], Some(Stop::Length)),
        Fault::Blank => stream(wire, &["  \n", "\n\t "], None),
        Fault::SlowDrip { gap } => {
            // Small events, each well inside the idle timeout; only the total is exceeded.
            let chars: Vec<char> = PASSING.chars().collect();
            let pieces: Vec<String> = chars.chunks(40).map(|c| c.iter().collect()).collect();
            let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
            let body = stream(wire, &pieces, None);
            if socket.write_all(SSE_HEAD.as_bytes()).await.is_err() {
                return;
            }
            for piece in body.as_bytes().chunks(64) {
                tokio::time::sleep(gap).await;
                if socket.write_all(piece).await.is_err() {
                    return;
                }
            }
            return;
        }
        Fault::Good(text) => stream(wire, &[&text], None),
        Fault::Whole { text, stop } => {
            let body = whole(wire, &text, stop);
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(reply.as_bytes()).await;
            return;
        }
        Fault::NotFound => {
            let body = "{\"detail\":\"Not Found\"}";
            let reply = format!(
                "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(reply.as_bytes()).await;
            return;
        }
    };
    let _ = socket.write_all(SSE_HEAD.as_bytes()).await;
    let _ = socket.write_all(body.as_bytes()).await;
    let _ = socket.shutdown().await;
}

/// How a scripted stream ends, besides normally.
#[derive(Clone, Copy)]
enum Stop {
    Filter,
    Length,
}

/// The full event stream for `pieces` of text, in the wire format's real shape.
fn stream(wire: Wire, pieces: &[&str], stop: Option<Stop>) -> String {
    let mut out = String::new();
    match wire {
        Wire::OpenAi => {
            let data = |v: serde_json::Value| format!("data: {v}\n\n");
            if pieces.is_empty() && stop.is_none() {
                out.push_str(&data(serde_json::json!({"id": "c1", "choices": []})));
            }
            for piece in pieces {
                out.push_str(&data(serde_json::json!({"id": "c1", "choices": [
                    {"index": 0, "delta": {"content": piece}, "finish_reason": null}]})));
            }
            let reason = match stop {
                None => "stop",
                Some(Stop::Filter) => "content_filter",
                Some(Stop::Length) => "length",
            };
            out.push_str(&data(serde_json::json!({"id": "c1", "choices": [
                {"index": 0, "delta": {}, "finish_reason": reason}]})));
            out.push_str(&data(serde_json::json!({"id": "c1", "choices": [],
                "usage": {"prompt_tokens": 10, "completion_tokens": 20}})));
            out.push_str("data: [DONE]\n\n");
        }
        Wire::Anthropic => {
            let ev = |name: &str, v: serde_json::Value| format!("event: {name}\ndata: {v}\n\n");
            out.push_str(&ev(
                "message_start",
                serde_json::json!({"type": "message_start",
                "message": {"id": "m1", "role": "assistant", "content": [],
                "usage": {"input_tokens": 10, "output_tokens": 1}}}),
            ));
            if !pieces.is_empty() {
                out.push_str(&ev(
                    "content_block_start",
                    serde_json::json!({
                    "type": "content_block_start", "index": 0,
                    "content_block": {"type": "text", "text": ""}}),
                ));
                for piece in pieces {
                    out.push_str(&ev(
                        "content_block_delta",
                        serde_json::json!({
                        "type": "content_block_delta", "index": 0,
                        "delta": {"type": "text_delta", "text": piece}}),
                    ));
                }
                out.push_str(&ev(
                    "content_block_stop",
                    serde_json::json!({"type": "content_block_stop", "index": 0}),
                ));
            }
            let reason = match stop {
                None => "end_turn",
                Some(Stop::Filter) => "refusal",
                Some(Stop::Length) => "max_tokens",
            };
            out.push_str(&ev(
                "message_delta",
                serde_json::json!({"type": "message_delta",
                "delta": {"stop_reason": reason}, "usage": {"output_tokens": 20}}),
            ));
            out.push_str(&ev(
                "message_stop",
                serde_json::json!({"type": "message_stop"}),
            ));
        }
    }
    out
}

/// The non-streamed response shape of each wire format (`chat.completion`, `message`).
fn whole(wire: Wire, text: &str, stop: Option<WholeStop>) -> String {
    match wire {
        Wire::OpenAi => {
            let reason = match stop {
                None => "stop",
                Some(WholeStop::Filter) => "content_filter",
                Some(WholeStop::Length) => "length",
            };
            serde_json::json!({"id": "c1", "object": "chat.completion", "model": "test-model",
                "choices": [{"index": 0, "finish_reason": reason,
                    "message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 22, "total_tokens": 33}})
            .to_string()
        }
        Wire::Anthropic => {
            let reason = match stop {
                None => "end_turn",
                Some(WholeStop::Filter) => "refusal",
                Some(WholeStop::Length) => "max_tokens",
            };
            let content = if text.is_empty() {
                serde_json::json!([])
            } else {
                serde_json::json!([{"type": "text", "text": text}])
            };
            serde_json::json!({"id": "m1", "type": "message", "role": "assistant",
                "model": "test-model", "content": content, "stop_reason": reason,
                "stop_sequence": null,
                "usage": {"input_tokens": 11, "output_tokens": 22}})
            .to_string()
        }
    }
}
