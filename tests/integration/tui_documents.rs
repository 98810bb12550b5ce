//! The course screen's `C` (curriculum) and `M` (market research) with no terminal: the key
//! opens a confirm dialog naming the provider and what it replaces, Enter queues the request,
//! Esc drops it; snapshots of the dialog (80×24, 120×40); and both documents generated
//! offline through the real `GenerationBridge` on a temp database, with the result notified
//! and the course reloaded.

use std::time::Duration;

use crossterm::event::KeyCode;
use lectern::storage::{ResearchRecord, Store};
use lectern::tui::{
    DocumentKind, GenerationBridge, GenerationEvent, GenerationRequest, JobsDialog, Screen,
};

use crate::tui_harness::Harness;

const SLUG: &str = "planilhas-sem-medo";

/// The demo course's screen, the start-up request for interrupted runs taken.
fn demo_course() -> Harness {
    open_demo(Harness::demo())
}

/// The demo course with its market research emptied.
fn demo_without_research() -> Harness {
    open_demo(Harness::open(true, |store| empty_research(store, SLUG)))
}

/// Empties course `slug`'s market research.
pub fn empty_research(store: &mut lectern::storage::Store, slug: &str) {
    let course = store.read().require_course(slug).unwrap();
    let empty = ResearchRecord {
        research_summary: serde_json::json!({}),
        ..ResearchRecord::default()
    };
    store
        .write(|repo| repo.upsert_research(course.id, &empty))
        .unwrap();
}

fn open_demo(mut h: Harness) -> Harness {
    h.press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Course(c) if c.slug() == SLUG));
    let first = h.app.take_generation_requests();
    assert!(matches!(first[..], [GenerationRequest::FindUnfinished]));
    h
}

fn document_request(h: &mut Harness) -> (DocumentKind, bool, String) {
    let mut requests = h.app.take_generation_requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    match requests.remove(0) {
        GenerationRequest::Document {
            kind,
            options,
            replace,
            ..
        } => (kind, replace, options.slug.clone()),
        other => panic!("expected a document, got {other:?}"),
    }
}

#[test]
fn c_asks_naming_provider_and_replacement_then_requests_the_curriculum() {
    let mut h = demo_course();
    h.keys("C");
    let Some(JobsDialog::Document { plan, options, .. }) = h.app.jobs().dialog() else {
        panic!(
            "expected the document dialog, got {:?}",
            h.app.jobs().dialog()
        );
    };
    assert_eq!(plan.kind, DocumentKind::Curriculum);
    assert!(plan.exists, "the demo course has a curriculum");
    assert_eq!(options.provider.as_str(), "offline");
    let screen = h.screen(120, 40);
    assert!(screen.contains("Generate the curriculum of"), "{screen}");
    assert!(screen.contains("offline"), "{screen}");
    assert!(screen.contains("kept as a version"), "{screen}");
    // Nothing runs until confirmed; Esc drops it.
    assert!(h.app.take_generation_requests().is_empty());
    h.press(KeyCode::Esc);
    assert!(h.app.jobs().dialog().is_none());
    assert!(h.app.take_generation_requests().is_empty());
    assert!(
        matches!(h.app.screen(), Screen::Course(_)),
        "Esc only closed the dialog"
    );

    h.keys("C").press(KeyCode::Enter);
    assert!(h.app.jobs().dialog().is_none());
    assert_eq!(
        document_request(&mut h),
        (DocumentKind::Curriculum, true, SLUG.to_string())
    );
    assert!(h.screen(120, 40).contains("generating the curriculum"));
    // A second `C` while it runs is refused.
    h.keys("C");
    assert!(h.app.jobs().dialog().is_none());
    assert!(h.screen(120, 40).contains("already being generated"));
}

#[test]
fn m_on_a_course_without_research_says_so_and_requests_the_reports() {
    let mut h = demo_without_research();
    h.keys("M");
    let Some(JobsDialog::Document { plan, .. }) = h.app.jobs().dialog() else {
        panic!("expected the document dialog");
    };
    assert_eq!(plan.kind, DocumentKind::Research);
    assert!(!plan.exists);
    assert!(h.screen(120, 40).contains("no market research yet"));
    h.keys("y");
    assert_eq!(
        document_request(&mut h),
        (DocumentKind::Research, false, SLUG.to_string())
    );
}

#[test]
fn document_dialog_snapshots() {
    let mut h = demo_course();
    h.keys("C");
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("curriculum_dialog_{w}x{rows}"), h.screen(w, rows));
    }
    let mut h = demo_without_research();
    h.keys("M");
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("research_dialog_{w}x{rows}"), h.screen(w, rows));
    }
}

/// Hands the app's requests to a real bridge until it reports the document.
fn run_through_bridge(h: &mut Harness) -> GenerationEvent {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let mut bridge = GenerationBridge::new(h.path.clone(), tx);
        for request in h.app.take_generation_requests() {
            bridge.handle(request);
        }
        let event = tokio::time::timeout(Duration::from_secs(60), rx.recv())
            .await
            .expect("the document is reported within a minute")
            .expect("the bridge keeps the channel open");
        let lectern::tui::AppEvent::Generation(done) = event else {
            panic!("expected a generation event, got {event:?}");
        };
        let requests = h
            .app
            .handle_event(lectern::tui::AppEvent::Generation(done.clone()));
        // The course reloads through the same `serve` the worker thread runs.
        assert!(
            requests
                .iter()
                .any(|r| matches!(r, lectern::tui::StorageRequest::LoadCourse(s) if s == SLUG)),
            "{requests:?}"
        );
        h.answer(requests);
        done
    })
}

/// The curriculum's revisions, newest first, as `source provider`.
fn versions(store: &Store) -> Vec<String> {
    let repo = store.read();
    let course = repo.require_course(SLUG).unwrap();
    repo.revisions_of(course.id, &lectern::storage::Target::Curriculum)
        .unwrap()
        .into_iter()
        .map(|v| format!("{} {}", v.source, v.provider.unwrap_or_default()))
        .collect()
}

#[test]
fn offline_curriculum_and_research_through_the_bridge_are_stored_and_reported() {
    let mut h = demo_without_research();
    let before = versions(&h.store);

    h.keys("C").press(KeyCode::Enter);
    let done = run_through_bridge(&mut h);
    let GenerationEvent::DocumentDone { kind, result, .. } = &done else {
        panic!("{done:?}");
    };
    assert_eq!(*kind, DocumentKind::Curriculum);
    let text = result.as_ref().expect("stored");
    assert!(text.contains("module"), "{text}");
    assert!(text.contains("lesson"), "{text}");
    let after = versions(&h.store);
    // Newest first: the generated text; the demo's stays in history before it.
    assert_eq!(after.len(), before.len() + 1, "{after:?}");
    assert_eq!(after[0], "generated offline");
    assert_eq!(after[1..], before[..]);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("curriculum generated (offline)"),
        "{screen}"
    );

    h.keys("M").press(KeyCode::Enter);
    let done = run_through_bridge(&mut h);
    let GenerationEvent::DocumentDone { result, .. } = &done else {
        panic!("{done:?}");
    };
    assert!(result.as_ref().unwrap().contains("4 reports"), "{done:?}");
    let research: ResearchRecord = {
        let repo = h.store.read();
        let course = repo.require_course(SLUG).unwrap();
        repo.research(course.id).unwrap().unwrap()
    };
    for report in [
        &research.market_analysis,
        &research.content_gaps,
        &research.differentiation,
        &research.sources,
    ] {
        assert!(report.as_deref().is_some_and(|t| !t.trim().is_empty()));
    }
    // The reloaded course knows it has research now: `M` says it replaces it.
    h.keys("M");
    let Some(JobsDialog::Document { plan, .. }) = h.app.jobs().dialog() else {
        panic!("expected the document dialog");
    };
    assert!(plan.exists);
    assert!(h.screen(120, 40).contains("Replaces the four stored"));
}

#[test]
fn curriculum_and_research_runs_are_jobs_in_j_with_their_spending_and_x_cancels_one() {
    let mut h = demo_without_research();
    h.keys("C").press(KeyCode::Enter);
    run_through_bridge(&mut h);
    h.keys("M").press(KeyCode::Enter);
    run_through_bridge(&mut h);
    // The notifications leave the bar after their ticks.
    for _ in 0..20 {
        h.tick();
    }
    h.keys("J");
    let jobs = h.app.jobs().jobs();
    assert_eq!(jobs.len(), 2, "{jobs:?}");
    assert!(
        jobs.iter()
            .all(|j| j.state == lectern::tui::JobState::Finished)
    );
    assert!(
        jobs.iter().all(|j| j.job.is_some() && j.spent.is_some()),
        "each run is a recorded job with what it spent: {jobs:?}"
    );
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("curriculum") && screen.contains("market research"),
        "{screen}"
    );
    assert!(
        screen.contains("est. free"),
        "the estimate beside the actual: {screen}"
    );
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("jobs_with_documents_{w}x{rows}"), h.screen(w, rows));
    }

    // A run under way: `x` in the panel asks the bridge to cancel it by its key.
    h.keys("J");
    h.keys("M").press(KeyCode::Enter);
    let requests = h.app.take_generation_requests();
    let key = match &requests[..] {
        [GenerationRequest::Document { key, .. }] => *key,
        other => panic!("expected the research request, got {other:?}"),
    };
    h.keys("J").keys("x");
    let cancel = h.app.take_generation_requests();
    assert!(
        matches!(cancel[..], [GenerationRequest::Cancel(k)] if k == key),
        "{cancel:?}"
    );
    let job = h.app.jobs().jobs().last().unwrap();
    assert_eq!(job.state, lectern::tui::JobState::Cancelling);
}

#[test]
fn j_lists_the_jobs_earlier_sessions_recorded_by_their_job_id() {
    let mut h = demo_without_research();
    h.keys("C").press(KeyCode::Enter);
    run_through_bridge(&mut h);
    let recorded = lectern::services::recent_jobs(&h.store, 10).unwrap();
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    let id = recorded[0].id.0;
    // A new session of the workbench on the same database.
    let blank = lectern::tui::App::new(
        lectern::tui::Keymap::defaults().unwrap(),
        lectern::tui::Theme::new(true),
        "~/lectern/demo.db".into(),
    );
    h.app = blank;
    let start = h.app.start();
    h.answer(start);
    h.keys("J");
    assert!(h.app.jobs().jobs().is_empty(), "no run of this session");
    let screen = h.screen(120, 40);
    assert!(screen.contains("Recorded jobs (newest first)"), "{screen}");
    assert!(
        screen.contains(&format!(
            "job {id} {SLUG} · curriculum · finished 1/1 · free · offline offline-draft"
        )),
        "{screen}"
    );
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("jobs_recorded_{w}x{rows}"), h.screen(w, rows));
    }
}
