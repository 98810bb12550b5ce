//! Property tests for the parsers of what a provider sends back (issue #17's fuzzing): SSE
//! framing, the OpenAI and Anthropic event parsers, and the price table. None may panic, SSE
//! framing must not depend on where the network split the bytes, and every refusal says where
//! it is (stream event N, or line/column of the table).
//!
//! CI runs a few hundred cases each; the long run raises the count:
//! `LECTERN_FUZZ_CASES=1000000 cargo test --test integration generation_props::`

use std::sync::Mutex;

use eventsource_stream::Eventsource;
use futures_util::{FutureExt, StreamExt};
use lectern::generation::Pricing;
use lectern::generation::provider::{AnthropicEvents, OpenAiEvents};
use proptest::prelude::*;
use serde_json::{Value, json};

fn config() -> ProptestConfig {
    let cases = std::env::var("LECTERN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        // ChaCha (the default) dominates an unoptimised run; XorShift is ample for inputs.
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

/// Every event of `chunks`, read as one SSE stream: data of each event, or the error text.
fn frame(chunks: Vec<Vec<u8>>) -> Vec<Result<(String, String), String>> {
    let stream = futures_util::stream::iter(chunks.into_iter().map(Ok::<_, std::io::Error>));
    stream
        .eventsource()
        .map(|item| item.map(|e| (e.event, e.data)).map_err(|e| e.to_string()))
        .collect::<Vec<_>>()
        .now_or_never()
        .expect("an in-memory stream is always ready")
}

/// `bytes` cut at the given positions (taken modulo the length).
fn split(bytes: &[u8], cuts: &[usize]) -> Vec<Vec<u8>> {
    let mut at: Vec<usize> = cuts
        .iter()
        .map(|c| c % (bytes.len() + 1))
        .chain([0, bytes.len()])
        .collect();
    at.sort_unstable();
    at.dedup();
    at.windows(2).map(|w| bytes[w[0]..w[1]].to_vec()).collect()
}

/// Text with what breaks framing: newlines of every kind, colons, accents, emoji.
fn tricky_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\r".to_string()),
            Just(":".to_string()),
            Just("data: ".to_string()),
            Just("ção".to_string()),
            Just("🎯".to_string()),
            "[a-z ]{0,8}",
            any::<String>(),
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

/// A JSON value shaped like a provider event, with the keys the parsers look at.
fn event_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        tricky_text().prop_map(Value::from),
        Just(json!("length")),
        Just(json!("content_filter")),
        Just(json!("max_tokens")),
        Just(json!("message_stop")),
        Just(json!("content_block_delta")),
        Just(json!("message_delta")),
        Just(json!("message_start")),
        Just(json!("error")),
    ];
    let keys = prop_oneof![
        Just("choices"),
        Just("delta"),
        Just("content"),
        Just("finish_reason"),
        Just("usage"),
        Just("prompt_tokens"),
        Just("completion_tokens"),
        Just("error"),
        Just("message"),
        Just("type"),
        Just("text"),
        Just("stop_reason"),
        Just("input_tokens"),
        Just("output_tokens"),
        Just("0"),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((keys.clone(), inner), 0..5).prop_map(|pairs| {
                Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

/// One event's data: JSON shaped like an event, broken JSON, `[DONE]` or anything at all.
fn event_data() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => event_json().prop_map(|v| v.to_string()),
        1 => event_json().prop_map(|v| {
            let s = v.to_string();
            s.chars().take(s.chars().count() / 2).collect()
        }),
        1 => Just("[DONE]".to_string()),
        1 => any::<String>(),
    ]
}

/// Feeds `data` to a parser the way the providers do; checks what must always hold.
fn check_parser(
    data: &[String],
    mut feed: impl FnMut(&str, &(dyn Fn(&str) + Send + Sync)) -> Result<Option<String>, String>,
) -> Result<(), TestCaseError> {
    let streamed = Mutex::new(String::new());
    let sink = |chunk: &str| streamed.lock().unwrap().push_str(chunk);
    for (i, d) in data.iter().enumerate() {
        match feed(d, &sink) {
            Ok(None) => {}
            Ok(Some(text)) => {
                prop_assert_eq!(&text, &*streamed.lock().unwrap());
                return Ok(());
            }
            Err(message) => {
                let located = message.contains(&format!("(stream event {})", i + 1))
                    || message.contains("stopped the answer with an error");
                prop_assert!(located, "event {}: unlocated error `{}`", i + 1, message);
                return Ok(());
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn sse_events_survive_any_split_of_the_bytes(
        events in proptest::collection::vec(("[a-z_]{0,12}", tricky_text()), 0..6),
        cuts in proptest::collection::vec(any::<usize>(), 0..12),
    ) {
        let mut text = String::new();
        for (name, data) in &events {
            if !name.is_empty() {
                text.push_str(&format!("event: {name}\n"));
            }
            for line in data.split('\n') {
                text.push_str(&format!("data: {line}\n"));
            }
            text.push('\n');
        }
        let whole = frame(vec![text.clone().into_bytes()]);
        let pieces = frame(split(text.as_bytes(), &cuts));
        prop_assert_eq!(whole, pieces);
    }

    #[test]
    fn sse_framing_of_arbitrary_bytes_never_panics(
        bytes in proptest::collection::vec(any::<u8>(), 0..256),
        cuts in proptest::collection::vec(any::<usize>(), 0..8),
    ) {
        let whole = frame(vec![bytes.clone()]);
        let pieces = frame(split(&bytes, &cuts));
        if std::str::from_utf8(&bytes).is_ok() {
            prop_assert_eq!(whole, pieces);
        }
    }

    #[test]
    fn openai_events_never_panic_and_locate_errors(
        data in proptest::collection::vec(event_data(), 0..8),
    ) {
        let mut parser = OpenAiEvents::new(None);
        check_parser(&data, |d, sink| {
            parser
                .feed(d, sink)
                .map(|done| done.map(|c| c.text))
                .map_err(|e| e.message)
        })?;
    }

    #[test]
    fn anthropic_events_never_panic_and_locate_errors(
        data in proptest::collection::vec(event_data(), 0..8),
    ) {
        let mut parser = AnthropicEvents::new(None);
        check_parser(&data, |d, sink| {
            parser
                .feed(d, sink)
                .map(|done| done.map(|c| c.text))
                .map_err(|e| e.message)
        })?;
    }

    #[test]
    fn price_tables_never_panic_and_refusals_name_a_line(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("checked = \"2025-01-01\"".to_string()),
                Just("[models.gpt]".to_string()),
                Just("[models]".to_string()),
                Just("input = 1.5".to_string()),
                Just("output = -3".to_string()),
                Just("output = \"x\"".to_string()),
                Just("extra = 1".to_string()),
                Just("[models.\"a.b\"]".to_string()),
                "[a-z_\\[\\]=\". 0-9]{0,20}",
                any::<String>(),
            ],
            0..10,
        ),
    ) {
        let text = lines.join("\n");
        if let Err(e) = Pricing::parse(&text, "pricing.toml") {
            let message = e.to_string();
            // Located as FILE:LINE:COLUMN.
            let at = message.strip_prefix("pricing.toml:").unwrap_or("");
            let line = at.split(':').next().unwrap_or("");
            prop_assert!(
                !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()),
                "unlocated: {}",
                message
            );
        }
    }
}
