//! Each server misbehaviour of `fault_server.rs`, against both wire formats, through a real
//! generation with short configured timeouts (never timed assertions): each fault fails the
//! attempt with its name, follows the retry policy, and never replaces the lesson's text.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lectern::generation::{ErrorClass, JobEvent, ProviderKind, RetryPolicy};
use lectern::services::{
    GenerateOptions, LessonSelection, OnExisting, import_snapshot, read_course_folder,
    start_generation,
};
use lectern::storage::Store;

use super::fault_server::{Fault, FaultServer, Wire};
use super::generation::{PASSING, fixture_course};

const OLD_TEXT_MARK: &str = "Texto antigo escrito pela autora.";

pub fn setup() -> (tempfile::TempDir, PathBuf) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    let course = fixture_course(dir.path());
    let db = dir.path().join("lectern.db");
    let (mut store, _) = Store::open(&db).unwrap();
    let snapshot = read_course_folder(&course).unwrap();
    import_snapshot(
        &mut store,
        &snapshot,
        lectern::domain::rubric::Rubric::Creatoros,
        OnExisting::Fail,
    )
    .unwrap();
    (dir, db)
}

/// Options for lesson 1.1 (which has the author's text) with short timeouts and fast retries.
pub fn fault_opts(wire: Wire, base: &str) -> GenerateOptions {
    let mut o = GenerateOptions::offline();
    o.slug = "gen-course".into();
    o.selection = LessonSelection {
        lesson_ids: vec!["1.1".into()],
        ..LessonSelection::default()
    };
    o.provider = match wire {
        Wire::OpenAi => ProviderKind::Openai,
        Wire::Anthropic => ProviderKind::Anthropic,
    };
    o.model = Some("test-model".into());
    o.base_url = Some(base.into());
    o.api_key = Some(lectern::generation::ApiKey::new("sk-fault-key-123456"));
    o.concurrency = 1;
    o.max_attempts = 2;
    o.retry = RetryPolicy {
        max_retries: 1,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(10),
    };
    let ms = Duration::from_millis;
    o.timeouts.connect = ms(500);
    o.timeouts.send = ms(500);
    o.timeouts.response_head = ms(300);
    o.timeouts.first_token = ms(300);
    o.timeouts.idle = ms(300);
    o.timeouts.total = Duration::from_secs(20);
    o
}

/// Runs the options to the end; a guard turns a hang into a failure instead of a stuck suite.
pub async fn run(db: &Path, o: &GenerateOptions) -> Vec<JobEvent> {
    let mut handle = start_generation(db, o).unwrap();
    let collect = async {
        let mut events = Vec::new();
        while let Some(e) = handle.events.recv().await {
            events.push(e);
        }
        events
    };
    let events = tokio::time::timeout(Duration::from_secs(60), collect)
        .await
        .expect("generation hung: a timeout did not fire");
    handle.join();
    events
}

pub fn failed(events: &[JobEvent]) -> (ErrorClass, String) {
    events
        .iter()
        .find_map(|e| match e {
            JobEvent::Failed { class, message, .. } => Some((*class, message.clone())),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no Failed event in {events:?}"))
}

pub fn current_text(db: &Path) -> String {
    let (store, _) = Store::open(db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let rows = store.read().lessons_of(course.id).unwrap();
    let row = rows.iter().find(|r| r.record.lesson_id == "1.1").unwrap();
    row.record.content_markdown.clone().unwrap_or_default()
}

pub fn job_status(db: &Path) -> String {
    let (store, _) = Store::open(db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    match store.read().unfinished_job(course.id).unwrap() {
        Some(job) => job.status,
        None => "finished".into(),
    }
}

/// Plays `fault` for every request and checks the failure names `expected` (lower case) and
/// the author's text survives.
pub async fn fails_with(wire: Wire, fault: Fault, class: ErrorClass, expected: &str) {
    let (_dir, db) = setup();
    let server = FaultServer::start(wire, vec![fault.clone()]).await;
    let events = run(&db, &fault_opts(wire, &server.base)).await;
    let (got_class, message) = failed(&events);
    assert_eq!(got_class, class, "{wire:?} {fault:?}: {message}");
    assert!(
        message.to_lowercase().contains(expected),
        "{wire:?} {fault:?}: `{message}` does not say `{expected}`"
    );
    assert!(
        current_text(&db).contains(OLD_TEXT_MARK),
        "{wire:?} {fault:?}: the author's text was replaced"
    );
    assert_eq!(job_status(&db), "finished", "{wire:?} {fault:?}");
    assert!(server.hits() >= 1);
}

const WIRES: [Wire; 2] = [Wire::OpenAi, Wire::Anthropic];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_never_answers_fails_on_the_response_head_timeout() {
    for wire in WIRES {
        fails_with(
            wire,
            Fault::NeverAnswers,
            ErrorClass::Timeout,
            "no response head within 0.3 s",
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stall_after_headers_fails_on_the_first_token_timeout() {
    for wire in WIRES {
        fails_with(
            wire,
            Fault::StallAfterHeaders,
            ErrorClass::Timeout,
            "no first token within 0.3 s",
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn html_with_200_names_the_content_type_and_the_base_url() {
    for wire in WIRES {
        fails_with(
            wire,
            Fault::Html,
            ErrorClass::BadResponse,
            "the server answered text/html, not an event stream (is base_url right?)",
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_filtered_blank_and_cut_answers_are_failed_attempts() {
    let cases = [
        (Fault::EmptyChoices, "the answer was empty"),
        (Fault::Blank, "the answer was empty"),
        (Fault::ContentFilter, "content filter"),
        (Fault::LengthCut, "max_tokens"),
    ];
    for wire in WIRES {
        for (fault, expected) in cases.clone() {
            fails_with(wire, fault, ErrorClass::BadResponse, expected).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unusable_answer_is_retried_like_a_failing_score_and_a_good_one_kept() {
    for wire in WIRES {
        let (_dir, db) = setup();
        let faults = vec![Fault::LengthCut, Fault::Good(PASSING.into())];
        let server = FaultServer::start(wire, faults).await;
        let events = run(&db, &fault_opts(wire, &server.base)).await;
        assert!(
            events
                .iter()
                .any(|e| matches!(e, JobEvent::Started { attempt: 2, .. })),
            "{wire:?}: no second attempt in {events:?}"
        );
        assert_eq!(current_text(&db), PASSING, "{wire:?}");
        assert_eq!(server.hits(), 2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_drip_is_cut_by_the_whole_request_timeout() {
    for wire in WIRES {
        let (_dir, db) = setup();
        let server = FaultServer::start(
            wire,
            vec![Fault::SlowDrip {
                gap: Duration::from_millis(20),
            }],
        )
        .await;
        let mut o = fault_opts(wire, &server.base);
        o.timeouts.total = Duration::from_millis(400);
        let events = run(&db, &o).await;
        let (class, message) = failed(&events);
        assert_eq!(class, ErrorClass::Timeout, "{wire:?}: {message}");
        assert!(
            message.contains("whole request took longer than 0.4 s"),
            "{wire:?}: {message}"
        );
        assert!(current_text(&db).contains(OLD_TEXT_MARK));
        // One try plus one retry per attempt, two attempts are not made for a timeout.
        assert_eq!(server.hits(), 2, "{wire:?}");
    }
}
