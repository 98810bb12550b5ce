//! Lesson generation end to end through the service, against the loopback LLM server: both
//! wire formats, retries, error classes, cost from usage, regenerate-until-pass with the
//! failing codes fed back, cancellation, and nothing partial ever stored.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lectern::domain::rubric::{Rubric, score_lesson};
use lectern::generation::provider::Timeouts;
use lectern::generation::{ErrorClass, JobEvent, ProviderKind, RetryPolicy};
use lectern::services::{
    GenerateOptions, LessonSelection, OnExisting, import_snapshot, read_course_folder,
    start_generation,
};
use lectern::storage::{LessonRow, Store};

use super::llm_server::{LlmServer, Reply};

pub const PASSING: &str =
    include_str!("../../assets/demo/planilhas-sem-medo/lessons/1.1-celulas-linhas-e-colunas.md");
pub const FAILING: &str = "# 1.2 - Segundo passo\n\nUm texto curto sem estrutura nenhuma.\n";
const OLD_TEXT: &str = "# 1.1 - Introdução\n\nTexto antigo escrito pela autora.\n";
const KEY: &str = "sk-test-secret-key-123456";

/// A course folder whose curriculum lists three lessons; only 1.1 has a file.
pub fn fixture_course(dir: &Path) -> PathBuf {
    let course = dir.join("gen-course");
    std::fs::create_dir_all(course.join("lessons")).unwrap();
    let lesson = |id: &str, title: &str, file: bool| {
        format!(
            "      - lesson_id: \"{id}\"\n        lesson_title: \"{title}\"\n{}        duration_minutes: 10\n        bloom_level: Apply\n        learning_objectives: [\"Aplicar {title}\"]\n        key_concepts: [\"base\", \"ideia\", \"prática\"]\n",
            if file {
                format!("        file_path: \"lessons/{id}-introducao.md\"\n")
            } else {
                String::new()
            }
        )
    };
    let yaml = format!(
        "title: \"Curso de Teste\"\nslug: gen-course\nmodules:\n  - module_id: 1\n    module_title: \"Primeiro módulo\"\n    lessons:\n{}{}{}",
        lesson("1.1", "Introdução", true),
        lesson("1.2", "Segundo passo", false),
        lesson("1.3", "Terceiro passo", false)
    );
    std::fs::write(course.join("curriculum.yaml"), yaml).unwrap();
    std::fs::write(course.join("lessons/1.1-introducao.md"), OLD_TEXT).unwrap();
    course
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    let course = fixture_course(dir.path());
    let db = dir.path().join("lectern.db");
    let (mut store, _) = Store::open(&db).unwrap();
    let snapshot = read_course_folder(&course).unwrap();
    import_snapshot(&mut store, &snapshot, Rubric::Creatoros, OnExisting::Fail).unwrap();
    (dir, db)
}

/// Options for a fake-model run against the loopback server at `base`.
pub fn generation_options(base: &str, ids: &[&str]) -> GenerateOptions {
    opts(ProviderKind::Openai, base, "gpt-4o-mini", ids)
}

fn opts(provider: ProviderKind, base: &str, model: &str, ids: &[&str]) -> GenerateOptions {
    GenerateOptions {
        texts: lectern::i18n::Texts::default(),
        slug: "gen-course".into(),
        selection: LessonSelection {
            lesson_ids: ids.iter().map(|s| s.to_string()).collect(),
            ..LessonSelection::default()
        },
        provider,
        model: Some(model.into()),
        base_url: Some(base.into()),
        base_url_from_env: false,
        api_key: Some(lectern::generation::ApiKey::new(KEY)),
        key_env: "TEST_KEY".into(),
        concurrency: 2,
        max_attempts: 1,
        retry: RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(50),
        },
        timeouts: Timeouts {
            connect: Duration::from_secs(2),
            first_token: Duration::from_secs(5),
            idle: Duration::from_secs(5),
            ..Timeouts::default()
        },
        max_tokens: 4000,
        temperature: 0.7,
        prompt_dir: None,
        pricing_file: None,
        instruction: None,
        explicit: Default::default(),
    }
}

async fn run(db: &Path, opts: &GenerateOptions) -> Vec<JobEvent> {
    let mut handle = start_generation(db, opts).unwrap();
    let mut events = Vec::new();
    while let Some(e) = handle.events.recv().await {
        events.push(e);
    }
    handle.join();
    events
}

fn lesson(db: &Path, id: &str) -> LessonRow {
    let (store, _) = Store::open(db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let rows = store.read().lessons_of(course.id).unwrap();
    rows.into_iter().find(|r| r.record.lesson_id == id).unwrap()
}

/// How many revisions lesson `id` has.
fn versions(db: &Path, id: &str) -> usize {
    let (store, _) = Store::open(db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let target = lectern::storage::Target::Lesson(id.into());
    store.read().revisions_of(course.id, &target).unwrap().len()
}

fn failure(events: &[JobEvent]) -> (ErrorClass, String) {
    events
        .iter()
        .find_map(|e| match e {
            JobEvent::Failed { class, message, .. } => Some((*class, message.clone())),
            _ => None,
        })
        .expect("a Failed event")
}

fn retries(events: &[JobEvent]) -> Vec<(ErrorClass, u64)> {
    events
        .iter()
        .filter_map(|e| match e {
            JobEvent::Retried {
                class, delay_ms, ..
            } => Some((*class, *delay_ms)),
            _ => None,
        })
        .collect()
}

fn openai(text: &str) -> Reply {
    Reply::OpenAi {
        text: text.into(),
        usage: (1000, 2000),
        delay: Duration::ZERO,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openai_stream_is_stored_with_scores_usage_and_cost() {
    let (_dir, db) = setup();
    let server = LlmServer::start(vec![openai(PASSING)], None).await;
    let o = opts(
        ProviderKind::Openai,
        &format!("{}/v1", server.base),
        "gpt-4o-mini",
        &["1.2"],
    );
    let events = run(&db, &o).await;
    assert!(events.iter().any(|e| matches!(e, JobEvent::Chunk { .. })));
    let row = lesson(&db, "1.2");
    assert_eq!(row.record.content_markdown.as_deref(), Some(PASSING));
    assert!(row.record.score.as_ref().unwrap().gps_valid);
    let (store, _) = Store::open(&db).unwrap();
    let meta = store.read().generation_metadata(row.row_id).unwrap();
    assert_eq!(meta.provider.as_deref(), Some("openai"));
    assert_eq!(
        (meta.tokens_input, meta.tokens_output),
        (Some(1000), Some(2000))
    );
    let cost = meta.cost_usd.unwrap();
    assert!((cost - 0.00135).abs() < 1e-9, "{cost}");
    let req = &server.requests()[0];
    assert_eq!(req["stream"], true);
    assert_eq!(req["stream_options"]["include_usage"], true);
    assert!(
        req["messages"][1]["content"]
            .as_str()
            .unwrap()
            .contains("Segundo passo")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anthropic_stream_is_stored_and_unknown_model_cost_stays_unknown() {
    let (_dir, db) = setup();
    let reply = |model_usage| Reply::Anthropic {
        text: PASSING.into(),
        usage: model_usage,
        delay: Duration::ZERO,
    };
    let server = LlmServer::start(vec![reply((500, 1500)), reply((10, 10))], None).await;
    let o = opts(
        ProviderKind::Anthropic,
        &server.base,
        "claude-haiku-4-5",
        &["1.2"],
    );
    run(&db, &o).await;
    let (store, _) = Store::open(&db).unwrap();
    let meta = store
        .read()
        .generation_metadata(lesson(&db, "1.2").row_id)
        .unwrap();
    assert!((meta.cost_usd.unwrap() - 0.008).abs() < 1e-9, "{meta:?}");
    assert_eq!(meta.tokens_output, Some(1500));
    let o = opts(
        ProviderKind::Anthropic,
        &server.base,
        "some-new-model",
        &["1.3"],
    );
    run(&db, &o).await;
    let meta = store
        .read()
        .generation_metadata(lesson(&db, "1.3").row_id)
        .unwrap();
    assert_eq!(meta.cost_usd, None, "unknown model: cost unknown, not 0");
    assert_eq!(server.requests()[0]["stream"], true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_honours_retry_after_and_server_error_is_retried() {
    let (_dir, db) = setup();
    let limited = Reply::Status {
        code: 429,
        retry_after: Some("1"),
        body: "{\"error\":{\"message\":\"slow down\"}}".into(),
    };
    let broken = Reply::Status {
        code: 500,
        retry_after: None,
        body: "oops".into(),
    };
    let server = LlmServer::start(vec![limited, broken, openai(PASSING)], None).await;
    let o = opts(ProviderKind::Openai, &server.base, "gpt-4o-mini", &["1.2"]);
    let events = run(&db, &o).await;
    let seen = retries(&events);
    assert_eq!(seen.len(), 2, "{events:?}");
    assert_eq!(seen[0], (ErrorClass::RateLimit, 1000));
    assert_eq!(seen[1].0, ErrorClass::Server);
    assert_eq!(server.requests().len(), 3);
    let (store, _) = Store::open(&db).unwrap();
    let meta = store
        .read()
        .generation_metadata(lesson(&db, "1.2").row_id)
        .unwrap();
    assert_eq!(meta.retry_count, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cut_stream_stores_nothing_and_keeps_previous_content() {
    let (_dir, db) = setup();
    let server = LlmServer::start(
        vec![Reply::OpenAiCut {
            text: PASSING.into(),
            keep: 3,
        }],
        None,
    )
    .await;
    let mut o = opts(ProviderKind::Openai, &server.base, "gpt-4o-mini", &["1.1"]);
    o.retry.max_retries = 0;
    let events = run(&db, &o).await;
    assert_eq!(failure(&events).0, ErrorClass::Network, "{events:?}");
    assert_eq!(
        lesson(&db, "1.1").record.content_markdown.as_deref(),
        Some(OLD_TEXT)
    );
    assert_eq!(versions(&db, "1.1"), 1, "only the imported text");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_sse_is_a_bad_response_without_retry() {
    let (_dir, db) = setup();
    let server = LlmServer::start(vec![Reply::Malformed, openai(PASSING)], None).await;
    let o = opts(ProviderKind::Openai, &server.base, "gpt-4o-mini", &["1.2"]);
    let events = run(&db, &o).await;
    assert_eq!(failure(&events).0, ErrorClass::BadResponse);
    assert_eq!(server.requests().len(), 1);
    assert_eq!(lesson(&db, "1.2").record.content_markdown, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_key_is_an_auth_error_that_never_shows_the_key() {
    let (_dir, db) = setup();
    let body = format!("{{\"error\":{{\"message\":\"Incorrect API key provided: {KEY}\"}}}}");
    let server = LlmServer::start(
        vec![Reply::Status {
            code: 401,
            retry_after: None,
            body,
        }],
        None,
    )
    .await;
    let o = opts(ProviderKind::Openai, &server.base, "gpt-4o-mini", &["1.2"]);
    let events = run(&db, &o).await;
    let (class, message) = failure(&events);
    assert_eq!(class, ErrorClass::Auth);
    assert!(
        !message.contains(KEY) && message.contains("TEST_KEY"),
        "{message}"
    );
    assert_eq!(server.requests().len(), 1, "auth errors are not retried");
    let (store, _) = Store::open(&db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let job = store.read().unfinished_job(course.id).unwrap();
    assert!(job.is_none(), "a job whose lessons failed is finished");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_answer_is_regenerated_with_its_issue_codes_in_the_prompt() {
    let (_dir, db) = setup();
    let server = LlmServer::start(vec![openai(FAILING), openai(PASSING)], None).await;
    let mut o = opts(ProviderKind::Openai, &server.base, "gpt-4o-mini", &["1.2"]);
    o.max_attempts = 2;
    run(&db, &o).await;
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let second = requests[1]["messages"][1]["content"].as_str().unwrap();
    let first_failures = score_lesson(FAILING, Rubric::Creatoros).issues;
    assert!(!first_failures.is_empty());
    for issue in first_failures
        .iter()
        .filter(|i| i.severity == lectern::domain::issue::Severity::Error)
    {
        assert!(
            second.contains(&issue.code),
            "{} missing from:\n{second}",
            issue.code
        );
    }
    assert!(
        !requests[0]["messages"][1]["content"]
            .as_str()
            .unwrap()
            .contains("FEEDBACK")
    );
    let row = lesson(&db, "1.2");
    assert_eq!(row.record.content_markdown.as_deref(), Some(PASSING));
    let (store, _) = Store::open(&db).unwrap();
    let meta = store.read().generation_metadata(row.row_id).unwrap();
    assert_eq!((meta.retry_count, meta.tokens_input), (1, Some(2000)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_mid_stream_keeps_previous_content_and_the_job_resumable() {
    let (_dir, db) = setup();
    let slow = Reply::OpenAi {
        text: PASSING.into(),
        usage: (1, 1),
        delay: Duration::from_millis(100),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
    let o = opts(ProviderKind::Openai, &server.base, "gpt-4o-mini", &["1.1"]);
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
    assert_eq!(
        lesson(&db, "1.1").record.content_markdown.as_deref(),
        Some(OLD_TEXT)
    );
    assert_eq!(versions(&db, "1.1"), 1, "only the imported text");
    let (store, _) = Store::open(&db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let job = store.read().unfinished_job(course.id).unwrap().unwrap();
    assert_eq!(job.status, "cancelled");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_drafts_every_planned_lesson_and_never_replaces_imported_text() {
    let (_dir, db) = setup();
    let mut o = opts(ProviderKind::Offline, "", "offline-draft", &[]);
    o.api_key = None;
    run(&db, &o).await;
    for id in ["1.2", "1.3"] {
        let row = lesson(&db, id);
        let text = row.record.content_markdown.unwrap();
        assert!(text.contains("Rascunho offline"), "{text}");
        assert!(row.record.score.unwrap().gps_valid);
    }
    assert_eq!(
        lesson(&db, "1.1").record.content_markdown.as_deref(),
        Some(OLD_TEXT)
    );
    assert_eq!(lesson(&db, "1.2").origin.as_deref(), Some("offline-draft"));
    let o = opts(ProviderKind::Offline, "", "offline-draft", &["1.1"]);
    let err = start_generation(&db, &o).err().expect("refused");
    assert!(err.to_string().contains("never replaces"), "{err}");
    assert_eq!(
        lesson(&db, "1.1").record.content_markdown.as_deref(),
        Some(OLD_TEXT)
    );
    assert_eq!(versions(&db, "1.1"), 1, "only the imported text");
    // Its own drafts it may rewrite; the draft before stays in history.
    let o = opts(ProviderKind::Offline, "", "offline-draft", &["1.2"]);
    run(&db, &o).await;
    assert!(versions(&db, "1.2") >= 1);
}
