//! Answers that arrive unstreamed and base URLs as people write them (issue #22): the
//! non-streamed response shapes read by the public parsers, the same through a real
//! generation against the loopback fault server (stored with usage, or failed when empty,
//! filtered or cut), `host`, `host/v1` and `host/v1/` reaching one endpoint, a 404 that
//! names the URL it asked for, and properties: a whole answer reads exactly as its stream, and
//! no body makes a parser panic (`LECTERN_FUZZ_CASES` raises the case count).

use std::sync::Mutex;

use lectern::generation::provider::{
    AnthropicEvents, FinishReason, OpenAiEvents, anthropic_endpoint, openai_endpoint,
};
use lectern::generation::{ApiKey, ErrorClass, JobEvent};
use lectern::storage::Store;

use super::fault_server::{Fault, FaultServer, WholeStop, Wire};
use super::generation::PASSING;
use super::generation_faults::{current_text, failed, fails_with, fault_opts, run, setup};

const WIRES: [Wire; 2] = [Wire::OpenAi, Wire::Anthropic];

/// Collects what a parser hands to its chunk callback.
fn sink() -> Mutex<Vec<String>> {
    Mutex::new(Vec::new())
}

#[test]
fn openai_chat_completion_is_read_like_a_stream() {
    let body = r##"{"id":"c","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop",
        "message":{"role":"assistant","content":"# Aula"}}],"usage":{"prompt_tokens":7,"completion_tokens":3}}"##;
    let chunks = sink();
    let on_chunk = |t: &str| chunks.lock().unwrap().push(t.to_string());
    let done = OpenAiEvents::new(None).feed_whole(body, &on_chunk).unwrap();
    assert_eq!(done.text, "# Aula");
    assert_eq!(done.finish, FinishReason::Complete);
    let usage = done.usage.unwrap();
    assert_eq!((usage.input_tokens, usage.output_tokens), (7, 3));
    assert_eq!(*chunks.lock().unwrap(), vec!["# Aula".to_string()]);

    let cut = body.replace("\"stop\"", "\"length\"");
    let done = OpenAiEvents::new(None).feed_whole(&cut, &|_| {}).unwrap();
    assert!(done.rejection().unwrap().contains("max_tokens"));
    let filtered = body.replace("\"stop\"", "\"content_filter\"");
    let done = OpenAiEvents::new(None)
        .feed_whole(&filtered, &|_| {})
        .unwrap();
    assert_eq!(done.finish, FinishReason::Filtered);
    let null = body.replace("\"# Aula\"", "null");
    let done = OpenAiEvents::new(None).feed_whole(&null, &|_| {}).unwrap();
    assert!(done.rejection().unwrap().contains("empty"));
}

#[test]
fn anthropic_message_is_read_like_a_stream() {
    let body = r##"{"id":"m","type":"message","role":"assistant","content":[{"type":"text","text":"# Au"},
        {"type":"tool_use","id":"t","name":"x","input":{}},{"type":"text","text":"la"}],
        "stop_reason":"end_turn","usage":{"input_tokens":2095,"output_tokens":503}}"##;
    let chunks = sink();
    let on_chunk = |t: &str| chunks.lock().unwrap().push(t.to_string());
    let done = AnthropicEvents::new(None)
        .feed_whole(body, &on_chunk)
        .unwrap();
    assert_eq!(done.text, "# Aula");
    assert_eq!(done.finish, FinishReason::Complete);
    let usage = done.usage.unwrap();
    assert_eq!((usage.input_tokens, usage.output_tokens), (2095, 503));
    assert_eq!(chunks.lock().unwrap().concat(), "# Aula");

    let cut = body.replace("end_turn", "max_tokens");
    let done = AnthropicEvents::new(None)
        .feed_whole(&cut, &|_| {})
        .unwrap();
    assert_eq!(done.finish, FinishReason::Length);
    let refused = body.replace("end_turn", "refusal");
    let done = AnthropicEvents::new(None)
        .feed_whole(&refused, &|_| {})
        .unwrap();
    assert!(done.rejection().unwrap().contains("content filter"));
    let empty = r#"{"type":"message","content":[],"stop_reason":"end_turn"}"#;
    let done = AnthropicEvents::new(None)
        .feed_whole(empty, &|_| {})
        .unwrap();
    assert_eq!(done.usage, None, "no usage reported: unknown, not zero");
    assert!(done.rejection().unwrap().contains("empty"));
}

#[test]
fn json_that_is_not_an_answer_is_a_bad_response_and_errors_hide_the_key() {
    let key = ApiKey::new("sk-secret-0123456789");
    let err = OpenAiEvents::new(Some(key.clone()))
        .feed_whole(r#"{"detail":"ok"}"#, &|_| {})
        .unwrap_err();
    assert_eq!(err.class, ErrorClass::BadResponse);
    assert!(err.message.contains("not a chat.completion"), "{err}");
    let err = AnthropicEvents::new(Some(key.clone()))
        .feed_whole(r#"{"detail":"ok"}"#, &|_| {})
        .unwrap_err();
    assert!(err.message.contains("not a message"), "{err}");
    let err = OpenAiEvents::new(None)
        .feed_whole("<html>", &|_| {})
        .unwrap_err();
    assert!(err.message.contains("unreadable answer"), "{err}");
    let echoed = r#"{"type":"error","error":{"type":"overloaded_error","message":"busy sk-secret-0123456789"}}"#;
    let err = AnthropicEvents::new(Some(key.clone()))
        .feed_whole(echoed, &|_| {})
        .unwrap_err();
    assert_eq!(err.class, ErrorClass::Server);
    assert!(!err.message.contains("sk-secret"), "{err}");
    let echoed = r#"{"error":{"message":"bad sk-secret-0123456789"}}"#;
    let err = OpenAiEvents::new(Some(key))
        .feed_whole(echoed, &|_| {})
        .unwrap_err();
    assert!(!err.message.contains("sk-secret"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unstreamed_answer_is_stored_with_its_usage_on_both_wires() {
    for wire in WIRES {
        let (_dir, db) = setup();
        let answer = Fault::Whole {
            text: PASSING.into(),
            stop: None,
        };
        let server = FaultServer::start(wire, vec![answer]).await;
        let events = run(&db, &fault_opts(wire, &server.base)).await;
        assert!(
            events.iter().any(|e| matches!(e, JobEvent::Chunk { .. })),
            "{wire:?}: the text reaches the screen too: {events:?}"
        );
        assert_eq!(current_text(&db), PASSING, "{wire:?}: {events:?}");
        let (store, _) = Store::open(&db).unwrap();
        let course = store.read().require_course("gen-course").unwrap();
        let rows = store.read().lessons_of(course.id).unwrap();
        let row = rows.iter().find(|r| r.record.lesson_id == "1.1").unwrap();
        let meta = store.read().generation_metadata(row.row_id).unwrap();
        assert_eq!(
            (meta.tokens_input, meta.tokens_output),
            (Some(11), Some(22)),
            "{wire:?}"
        );
        assert_eq!(server.hits(), 1, "{wire:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unstreamed_empty_filtered_or_cut_answer_is_a_failed_attempt() {
    let cases = [
        (None, "", "the answer was empty"),
        (Some(WholeStop::Filter), "", "content filter"),
        (
            Some(WholeStop::Length),
            &PASSING[..PASSING.len() / 3],
            "max_tokens",
        ),
    ];
    for wire in WIRES {
        for (stop, text, expected) in cases {
            let fault = Fault::Whole {
                text: text.into(),
                stop,
            };
            fails_with(wire, fault, ErrorClass::BadResponse, expected).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_v1_and_v1_slash_reach_the_same_endpoint_on_both_wires() {
    for wire in WIRES {
        let server = FaultServer::start(wire, vec![Fault::Good(PASSING.into())]).await;
        let root = server.root();
        let expected = match wire {
            Wire::OpenAi => "/v1/chat/completions",
            Wire::Anthropic => "/v1/messages",
        };
        for base in [root.clone(), format!("{root}/v1"), format!("{root}/v1/")] {
            let (_dir, db) = setup();
            let events = run(&db, &fault_opts(wire, &base)).await;
            assert_eq!(current_text(&db), PASSING, "{wire:?} {base}: {events:?}");
            assert_eq!(server.paths().last().unwrap(), expected, "{wire:?} {base}");
        }
        assert_eq!(server.paths().len(), 3);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_404_names_the_url_that_was_requested() {
    for wire in WIRES {
        let (_dir, db) = setup();
        let server = FaultServer::start(wire, vec![Fault::NotFound]).await;
        let base = format!("{}/api", server.root());
        let events = run(&db, &fault_opts(wire, &base)).await;
        let (class, message) = failed(&events);
        assert_eq!(class, ErrorClass::BadResponse);
        let url = match wire {
            Wire::OpenAi => openai_endpoint(&base),
            Wire::Anthropic => anthropic_endpoint(&base),
        };
        assert!(
            message.contains(&format!("no endpoint at {url}")) && message.contains("base_url"),
            "{wire:?}: {message}"
        );
        assert_eq!(server.hits(), 1, "a 404 is not retried");
    }
}

fn cases() -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases: std::env::var("LECTERN_FUZZ_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(128),
        failure_persistence: None,
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..proptest::test_runner::Config::default()
    }
}

/// The same answer as a stream (`pieces`) and as one object read the same, on both wires.
fn same_as_streamed(pieces: &[String], reason: usize, usage: (u64, u64)) {
    use serde_json::json;
    let text = pieces.concat();
    let (input, output) = usage;
    let openai_reason = ["stop", "length", "content_filter"][reason];
    let mut streamed = OpenAiEvents::new(None);
    for piece in pieces {
        let chunk = json!({"choices": [{"index": 0, "delta": {"content": piece}}]});
        assert!(
            streamed
                .feed(&chunk.to_string(), &|_| {})
                .unwrap()
                .is_none()
        );
    }
    let last = json!({"choices": [{"index": 0, "delta": {}, "finish_reason": openai_reason}],
        "usage": {"prompt_tokens": input, "completion_tokens": output}});
    assert!(streamed.feed(&last.to_string(), &|_| {}).unwrap().is_none());
    let done = streamed.feed("[DONE]", &|_| {}).unwrap();
    let whole = json!({"object": "chat.completion", "choices": [{"index": 0,
        "finish_reason": openai_reason, "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": input, "completion_tokens": output}});
    let read = OpenAiEvents::new(None)
        .feed_whole(&whole.to_string(), &|_| {})
        .unwrap();
    assert_eq!(Some(read), done);

    let anthropic_reason = ["end_turn", "max_tokens", "refusal"][reason];
    let mut streamed = AnthropicEvents::new(None);
    let start = json!({"type": "message_start", "message": {"usage": {"input_tokens": input}}});
    let mut events = vec![start];
    for piece in pieces {
        events.push(json!({"type": "content_block_delta", "index": 0,
            "delta": {"type": "text_delta", "text": piece}}));
    }
    events.push(
        json!({"type": "message_delta", "delta": {"stop_reason": anthropic_reason},
        "usage": {"output_tokens": output}}),
    );
    events.push(json!({"type": "message_stop"}));
    let mut done = None;
    for event in events {
        done = done.or(streamed.feed(&event.to_string(), &|_| {}).unwrap());
    }
    let whole = json!({"type": "message", "content": [{"type": "text", "text": text}],
        "stop_reason": anthropic_reason,
        "usage": {"input_tokens": input, "output_tokens": output}});
    let read = AnthropicEvents::new(None)
        .feed_whole(&whole.to_string(), &|_| {})
        .unwrap();
    assert_eq!(Some(read), done);
}

proptest::proptest! {
    #![proptest_config(cases())]

    #[test]
    fn a_whole_answer_reads_exactly_as_its_stream(
        pieces in proptest::collection::vec("\\PC{0,12}", 0..6),
        reason in 0usize..3,
        usage in (0u64..1_000_000, 0u64..1_000_000),
    ) {
        same_as_streamed(&pieces, reason, usage);
    }

    #[test]
    fn any_body_is_read_or_refused_without_panicking(body in "\\PC{0,200}") {
        let _ = OpenAiEvents::new(None).feed_whole(&body, &|_| {});
        let _ = AnthropicEvents::new(None).feed_whole(&body, &|_| {});
    }
}
