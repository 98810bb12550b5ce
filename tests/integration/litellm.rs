//! Lesson generation against LiteLLM's proxy, a real server nobody here wrote (issue #22),
//! started by `litellm_proxy.rs` with mock models: both routes (Chat Completions streamed;
//! Messages streamed and answered unstreamed), regenerate-until-pass through the proxy's
//! fallback, tokens and cost recorded from the proxy's usage, cancellation mid-stream, and a
//! 401 for a wrong key that never shows the key.

use std::path::Path;
use std::time::Duration;

use lectern::generation::{ApiKey, ErrorClass, JobEvent, ProviderKind, RetryPolicy};
use lectern::services::{GenerateOptions, LessonSelection, start_generation};
use lectern::storage::{GenerationMetadata, Store};

use super::generation::{FAILING, PASSING};
use super::generation_faults::{current_text, failed, job_status, run, setup};
use super::litellm_proxy::{
    ANTHROPIC_MODEL, ANTHROPIC_STREAMED_MODEL, OPENAI_MODEL, PROXY_KEY, REGENERATE_MODEL,
    SLOW_MODEL, proxy,
};

/// Lesson 1.1 (which has the author's text) through the proxy at `base` with `model`.
fn opts(provider: ProviderKind, base: &str, model: &str, key: &str) -> GenerateOptions {
    let mut o = GenerateOptions::offline();
    o.slug = "gen-course".into();
    o.selection = LessonSelection {
        lesson_ids: vec!["1.1".into()],
        ..LessonSelection::default()
    };
    o.provider = provider;
    o.model = Some(model.into());
    o.base_url = Some(base.into());
    o.api_key = Some(ApiKey::new(key));
    o.key_env = "LITELLM_TEST_KEY".into();
    o.concurrency = 1;
    o.max_attempts = 1;
    o.retry = RetryPolicy {
        max_retries: 0,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(10),
    };
    // A loaded CI machine is slow; these only stop a hang from stalling the suite.
    o.timeouts.first_token = Duration::from_secs(60);
    o.timeouts.idle = Duration::from_secs(60);
    o.timeouts.total = Duration::from_secs(120);
    o
}

fn metadata(db: &Path) -> GenerationMetadata {
    let (store, _) = Store::open(db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let rows = store.read().lessons_of(course.id).unwrap();
    let row = rows.iter().find(|r| r.record.lesson_id == "1.1").unwrap();
    store.read().generation_metadata(row.row_id).unwrap()
}

/// Generates, scores and stores the lesson; returns the recorded metadata.
async fn generates(o: &GenerateOptions) -> GenerationMetadata {
    let (_dir, db) = setup();
    let events = run(&db, o).await;
    assert_eq!(current_text(&db), PASSING, "{events:?}");
    assert!(
        events.iter().any(|e| matches!(e, JobEvent::Chunk { .. })),
        "{events:?}"
    );
    let score = events.iter().find_map(|e| match e {
        JobEvent::AttemptScored { summary, .. } => Some(summary.clone()),
        _ => None,
    });
    assert!(score.unwrap().gps_valid, "{events:?}");
    metadata(&db)
}

/// Cost as assets/pricing.toml prices it (USD per million tokens).
fn priced(meta: &GenerationMetadata, input: f64, output: f64) -> f64 {
    let tokens = |n: Option<u64>| n.unwrap() as f64 / 1e6;
    tokens(meta.tokens_input) * input + tokens(meta.tokens_output) * output
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litellm_chat_completions_stream_generates_with_tokens_and_cost() {
    let Some(proxy) = proxy("litellm_chat_completions_stream") else {
        return;
    };
    let base = format!("{}/v1", proxy.base);
    let meta = generates(&opts(ProviderKind::Openai, &base, OPENAI_MODEL, PROXY_KEY)).await;
    assert_eq!(meta.provider.as_deref(), Some("openai"));
    assert!(meta.tokens_input.unwrap() > 0 && meta.tokens_output.unwrap() > 0);
    let cost = meta.cost_usd.unwrap();
    assert!((cost - priced(&meta, 0.15, 0.60)).abs() < 1e-12, "{meta:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litellm_messages_answered_unstreamed_generates_with_the_servers_usage() {
    let Some(proxy) = proxy("litellm_messages_unstreamed") else {
        return;
    };
    let o = opts(
        ProviderKind::Anthropic,
        &proxy.base,
        ANTHROPIC_MODEL,
        PROXY_KEY,
    );
    let meta = generates(&o).await;
    assert_eq!(meta.provider.as_deref(), Some("anthropic"));
    // The usage LiteLLM 1.82.6 reports for a mocked message: the server's numbers, not ours.
    assert_eq!(
        (meta.tokens_input, meta.tokens_output),
        (Some(2095), Some(503))
    );
    let cost = meta.cost_usd.unwrap();
    assert!((cost - priced(&meta, 1.0, 5.0)).abs() < 1e-12, "{meta:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litellm_messages_streamed_generates_with_base_url_ending_in_v1() {
    let Some(proxy) = proxy("litellm_messages_streamed") else {
        return;
    };
    let base = format!("{}/v1/", proxy.base);
    let o = opts(
        ProviderKind::Anthropic,
        &base,
        ANTHROPIC_STREAMED_MODEL,
        PROXY_KEY,
    );
    let meta = generates(&o).await;
    assert!(meta.tokens_output.unwrap() > 0, "{meta:?}");
    assert_eq!(meta.cost_usd, None, "a model without a price: cost unknown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litellm_failing_lesson_is_regenerated_until_it_passes() {
    let Some(proxy) = proxy("litellm_regenerate_until_pass") else {
        return;
    };
    let (_dir, db) = setup();
    let mut o = opts(
        ProviderKind::Openai,
        &proxy.base,
        REGENERATE_MODEL,
        PROXY_KEY,
    );
    o.max_attempts = 2;
    let events = run(&db, &o).await;
    let scored: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            JobEvent::AttemptScored { summary, .. } => Some(summary.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(scored.len(), 2, "{events:?}");
    assert!(!scored[0].failing_codes.is_empty(), "{FAILING} should fail");
    assert!(scored[1].gps_valid);
    assert_eq!(current_text(&db), PASSING);
    let meta = metadata(&db);
    assert_eq!(meta.retry_count, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litellm_cancelling_mid_stream_keeps_the_authors_text() {
    let Some(proxy) = proxy("litellm_cancel_mid_stream") else {
        return;
    };
    let (_dir, db) = setup();
    let o = opts(ProviderKind::Openai, &proxy.base, SLOW_MODEL, PROXY_KEY);
    let mut handle = start_generation(&db, &o).unwrap();
    let mut events = Vec::new();
    while let Some(e) = handle.events.recv().await {
        if matches!(e, JobEvent::Chunk { .. }) {
            handle.cancel.cancel();
        }
        events.push(e);
    }
    handle.join();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, JobEvent::Cancelled { .. })),
        "{events:?}"
    );
    assert!(current_text(&db).contains("Texto antigo escrito pela autora."));
    assert_eq!(job_status(&db), "cancelled");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn litellm_wrong_key_is_a_401_on_both_routes_and_never_shown() {
    let Some(proxy) = proxy("litellm_wrong_key") else {
        return;
    };
    let wrong = "sk-wrong-key-for-the-proxy-987654321";
    for (provider, model) in [
        (ProviderKind::Openai, OPENAI_MODEL),
        (ProviderKind::Anthropic, ANTHROPIC_MODEL),
    ] {
        let (_dir, db) = setup();
        let events = run(&db, &opts(provider, &proxy.base, model, wrong)).await;
        let (class, message) = failed(&events);
        assert_eq!(class, ErrorClass::Auth, "{provider:?}: {message}");
        assert!(message.contains("HTTP 401"), "{message}");
        assert!(message.contains("LITELLM_TEST_KEY"), "{message}");
        assert!(
            !format!("{events:?}").contains(wrong),
            "{provider:?}: the key was shown"
        );
        assert!(current_text(&db).contains("Texto antigo escrito pela autora."));
    }
}
