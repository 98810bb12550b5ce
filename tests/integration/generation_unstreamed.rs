//! Answers that arrive unstreamed and base URLs as people write them (issue #22): the
//! non-streamed response shapes read by the public parsers, the same through a real
//! generation against the loopback fault server (stored with usage, or failed when empty,
//! filtered or cut), `host`, `host/v1` and `host/v1/` reaching one endpoint, and a 404 that
//! names the URL it asked for.

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
