//! Generation in the TUI with no terminal: the course screen's `g`/`r`/`R` keys become the
//! right run requests (count, selection, instruction), runner events reduce to the jobs
//! panel's state (cancel shows `Cancelled`), snapshots of the panel and of a lesson streaming
//! (80×24, 120×40), and a TUI-initiated offline run through the real `GenerationBridge`
//! against a temp database that stores the lessons and shows the score change.

use std::time::Duration;

use crossterm::event::KeyCode;
use lectern::domain::course::ValidationStatus;
use lectern::domain::rubric::Rubric;
use lectern::generation::{AttemptSummary, JobEvent, JobTotals, Pricing, ProviderKind, Usage};
use lectern::services::{
    CostEstimate, Estimate, GenerateOptions, OnExisting, UnfinishedGeneration, import_snapshot,
    read_course_folder,
};
use lectern::storage::JobId;
use lectern::tui::{
    App, AppEvent, Cost, Dialog, GenerationBridge, GenerationEvent, GenerationRequest,
    GenerationSettings, JobKey, JobState, JobsDialog, Keymap, LessonState, Screen, Theme,
};

use crate::generation::fixture_course;
use crate::tui_harness::Harness;

/// The generation fixture (1.1 written, 1.2 and 1.3 planned), its course screen open.
fn course() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let folder = fixture_course(dir.path());
    let mut h = Harness::open(false, |store| {
        let snapshot = read_course_folder(&folder).unwrap();
        import_snapshot(store, &snapshot, Rubric::Creatoros, OnExisting::Fail).unwrap();
    });
    h.press(KeyCode::Enter);
    // The start-up look for interrupted runs is the bridge's business, not these tests'.
    let first = h.app.take_generation_requests();
    assert!(matches!(first[..], [GenerationRequest::FindUnfinished]));
    h
}

fn started(h: &mut Harness) -> (JobKey, Box<lectern::services::GenerateOptions>) {
    let mut requests = h.app.take_generation_requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    match requests.remove(0) {
        GenerationRequest::Start { key, options } => (key, options),
        other => panic!("expected a start, got {other:?}"),
    }
}

fn send(h: &mut Harness, event: GenerationEvent) {
    let requests = h.app.handle_event(AppEvent::Generation(event));
    h.answer(requests);
}

fn job(h: &mut Harness, key: JobKey, event: JobEvent) {
    send(
        h,
        GenerationEvent::Job {
            key,
            event: Box::new(event),
        },
    );
}

fn scored(lesson: &str, attempt: u32) -> JobEvent {
    JobEvent::AttemptScored {
        lesson_id: lesson.into(),
        summary: AttemptSummary {
            attempt,
            status: ValidationStatus::Failed,
            gps_valid: false,
            gps_points: 10,
            didatica_points: 40,
            failing_codes: vec!["GPS_MISSING_GOAL".into()],
            usage: None,
            retries: 0,
        },
    }
}

#[test]
fn g_confirms_count_provider_and_cost_then_asks_for_the_planned_lessons() {
    let mut h = course();
    h.keys("g");
    match h.app.jobs().dialog() {
        Some(JobsDialog::Confirm { plan, .. }) => {
            let ids: Vec<&str> = plan.lessons.iter().map(|l| l.lesson_id.as_str()).collect();
            assert_eq!(ids, ["1.2", "1.3"]);
        }
        other => panic!("expected the confirm dialog, got {other:?}"),
    }
    let screen = h.screen(120, 40);
    assert!(screen.contains("Generate 2 planned lessons"), "{screen}");
    assert!(screen.contains("offline") && screen.contains("offline-draft"));
    assert!(screen.contains("free"), "{screen}");
    // Esc asks nothing of the runtime.
    h.press(KeyCode::Esc);
    assert!(h.app.take_generation_requests().is_empty());
    h.keys("g").press(KeyCode::Enter);
    let (_, options) = started(&mut h);
    assert!(options.selection.missing && options.selection.lesson_ids.is_empty());
    assert_eq!(options.slug, "gen-course");
    assert_eq!(options.instruction, None);
}

#[test]
fn r_with_an_instruction_passes_it_in_the_options() {
    let mut h = course();
    h.keys("r");
    assert!(matches!(
        h.app.jobs().dialog(),
        Some(JobsDialog::Instruction { .. })
    ));
    // Letters type into the prompt here; none of them is taken as a key of the screen.
    h.keys("mais exemplos com Excel").press(KeyCode::Enter);
    let (_, options) = started(&mut h);
    assert_eq!(options.selection.lesson_ids, ["1.1"]);
    assert_eq!(
        options.instruction.as_deref(),
        Some("mais exemplos com Excel")
    );
    // An empty instruction is no instruction.
    let mut h = course();
    h.keys("r").press(KeyCode::Enter);
    assert_eq!(started(&mut h).1.instruction, None);
}

#[test]
fn big_r_offers_every_failing_lesson() {
    let mut h = course();
    h.keys("R");
    // 1.1's old text fails, so R has exactly one lesson to offer.
    match h.app.jobs().dialog() {
        Some(JobsDialog::Confirm { plan, .. }) => assert_eq!(plan.lessons.len(), 1),
        other => panic!("expected the confirm dialog, got {other:?}"),
    }
}

/// The course screen with `g`'s dialog open for `provider` and `model`, its estimate made
/// by the storage worker (served here synchronously).
fn g_dialog(provider: ProviderKind, model: Option<&str>) -> (Harness, Estimate) {
    let mut h = course();
    let mut options = GenerateOptions::offline();
    options.provider = provider;
    options.model = model.map(str::to_string);
    let blank = App::new(Keymap::defaults().unwrap(), Theme::new(true), String::new());
    let app = std::mem::replace(&mut h.app, blank);
    h.app = app.with_generation(GenerationSettings {
        options: Ok(options),
        pricing: Pricing::built_in().ok(),
    });
    h.keys("g");
    let estimate = match h.app.jobs().dialog() {
        Some(JobsDialog::Confirm {
            estimate: Some(Ok(estimate)),
            ..
        }) => (**estimate).clone(),
        other => panic!("expected the confirm dialog with its estimate, got {other:?}"),
    };
    (h, estimate)
}

#[test]
fn the_dialog_s_cost_is_the_prompts_tokens_times_the_pricing_table() {
    let (h, e) = g_dialog(ProviderKind::Openai, Some("gpt-4o-mini"));
    assert_eq!(e.requests, 2, "the two planned lessons");
    assert!(
        e.input_tokens > 500,
        "the prompts' tokens are counted: {e:?}"
    );
    let usage = Usage {
        input_tokens: e.input_tokens,
        output_tokens: e.output_tokens,
    };
    let priced = Pricing::built_in()
        .unwrap()
        .cost("gpt-4o-mini", Some(usage))
        .unwrap();
    assert_eq!(e.cost, CostEstimate::Usd { usd: priced });
    let screen = h.screen(120, 40);
    assert!(
        screen.contains(&format!("~{}", Cost::Usd(priced).label())),
        "{screen}"
    );
    assert!(
        screen.contains("no estimate yet (no measured run of this model)"),
        "{screen}"
    );
    for (w, r) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("g_dialog_priced_{w}x{r}"), h.screen(w, r));
    }

    let (h, e) = g_dialog(ProviderKind::Openai, Some("my-local-llama"));
    assert_eq!(e.cost, CostEstimate::UnknownPrice);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("unknown price: my-local-llama is not in the pricing table"),
        "{screen}"
    );
    assert!(!screen.contains("~$"), "never a made-up figure: {screen}");

    let (h, e) = g_dialog(ProviderKind::Offline, None);
    assert_eq!(e.cost, CostEstimate::Free);
    assert_eq!(e.seconds, Some(0.0));
    let screen = h.screen(120, 40);
    assert!(screen.contains("free, instant"), "{screen}");
    for (w, r) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("g_dialog_offline_{w}x{r}"), h.screen(w, r));
    }
}

/// The curriculum editor's approval checkpoint (`c`, then Ctrl-a) for `provider` and
/// `model`, its summary made by the storage worker with the TUI's configured options.
fn approve_dialog(provider: ProviderKind, model: Option<&str>) -> (Harness, Estimate) {
    let mut h = course();
    let mut options = GenerateOptions::offline();
    options.provider = provider;
    options.model = model.map(str::to_string);
    let blank = App::new(Keymap::defaults().unwrap(), Theme::new(true), String::new());
    let app = std::mem::replace(&mut h.app, blank);
    h.app = app.with_generation(GenerationSettings {
        options: Ok(options),
        pricing: Pricing::built_in().ok(),
    });
    h.keys("c")
        .press_with(KeyCode::Char('a'), crossterm::event::KeyModifiers::CONTROL);
    let Screen::Editor(editor) = h.app.screen() else {
        panic!("c did not open the curriculum editor")
    };
    let estimate = match editor.dialog() {
        Some(Dialog::Approve { summary, .. }) => summary.estimate.clone(),
        other => panic!("expected the approval checkpoint, got {other:?}"),
    };
    (h, estimate)
}

#[test]
fn the_approval_checkpoint_prices_the_configured_model_with_the_pricing_table() {
    let (h, e) = approve_dialog(ProviderKind::Openai, Some("gpt-4o-mini"));
    assert_eq!(
        e.model, "gpt-4o-mini",
        "the configured model, not a flat rate"
    );
    assert_eq!(e.requests, 3, "every lesson of the curriculum");
    let usage = Usage {
        input_tokens: e.input_tokens,
        output_tokens: e.output_tokens,
    };
    let priced = Pricing::built_in()
        .unwrap()
        .cost("gpt-4o-mini", Some(usage))
        .unwrap();
    assert_eq!(e.cost, CostEstimate::Usd { usd: priced });
    let screen = h.screen(120, 40);
    assert!(
        screen.contains(&format!("≈${priced:.4}")) && screen.contains("openai gpt-4o-mini"),
        "{screen}"
    );

    let (h, e) = approve_dialog(ProviderKind::Openai, Some("my-local-llama"));
    assert_eq!(e.cost, CostEstimate::UnknownPrice);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("my-local-llama is not in the pricing table"),
        "{screen}"
    );

    let (h, e) = approve_dialog(ProviderKind::Offline, None);
    assert_eq!(e.cost, CostEstimate::Free);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("Estimate: offline: free, instant"),
        "{screen}"
    );
    for (w, r) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("approve_offline_{w}x{r}"), h.screen(w, r));
    }
}

#[test]
fn an_unfinished_job_found_at_start_is_offered_and_resumed() {
    let mut h = course();
    send(
        &mut h,
        GenerationEvent::UnfinishedFound(Ok(vec![UnfinishedGeneration {
            slug: "gen-course".into(),
            course_title: "Curso de Teste".into(),
            job: JobId(3),
            provider: "offline".into(),
            model: "offline-draft".into(),
            pending: vec!["1.3".into()],
        }])),
    );
    let notice = h.app.notification().unwrap_or_default().to_string();
    assert!(
        notice.contains("1 lesson(s) left") && notice.contains("Enter resumes"),
        "{notice}"
    );
    h.keys("J").press(KeyCode::Enter);
    let (_, options) = started(&mut h);
    assert!(options.selection.resume);
    assert_eq!(options.slug, "gen-course");
    assert_eq!(h.app.jobs().jobs()[0].state, JobState::Starting);
}

#[test]
fn events_reduce_to_the_panel_and_cancel_shows_cancelled() {
    let mut h = course();
    h.keys("g").press(KeyCode::Enter);
    let (key, _) = started(&mut h);
    send(
        &mut h,
        GenerationEvent::JobStarted {
            key,
            job: JobId(7),
            lessons: vec!["1.2".into(), "1.3".into()],
        },
    );
    job(
        &mut h,
        key,
        JobEvent::Started {
            lesson_id: "1.2".into(),
            attempt: 1,
        },
    );
    for text in ["# 1.2 - Segundo passo\n", "Texto ", "que chega\n"] {
        job(
            &mut h,
            key,
            JobEvent::Chunk {
                lesson_id: "1.2".into(),
                attempt: 1,
                text: text.into(),
            },
        );
    }
    for _ in 0..6 {
        h.app.handle_event(AppEvent::Tick);
    }
    let panel = h.app.jobs();
    let run = &panel.jobs()[0];
    assert_eq!(run.state, JobState::Running);
    let lesson = &run.lessons[0];
    assert_eq!(lesson.state, LessonState::Streaming);
    assert_eq!(lesson.chars, 38);
    assert_eq!(lesson.lines, ["# 1.2 - Segundo passo", "Texto que chega"]);
    assert!((lesson.elapsed_seconds() - 1.5).abs() < 1e-9);
    assert_eq!(run.lessons[1].state, LessonState::Queued);
    // A second attempt starts from an empty text.
    job(&mut h, key, scored("1.2", 1));
    job(
        &mut h,
        key,
        JobEvent::Started {
            lesson_id: "1.2".into(),
            attempt: 2,
        },
    );
    let lesson = &h.app.jobs().jobs()[0].lessons[0];
    assert_eq!((lesson.attempt, lesson.chars), (2, 0));

    h.keys("J");
    assert!(h.app.jobs().is_open());
    h.keys("x");
    assert!(matches!(
        h.app.take_generation_requests()[..],
        [GenerationRequest::Cancel(k)] if k == key
    ));
    assert_eq!(h.app.jobs().jobs()[0].state, JobState::Cancelling);
    for id in ["1.2", "1.3"] {
        job(
            &mut h,
            key,
            JobEvent::Cancelled {
                lesson_id: id.into(),
            },
        );
    }
    job(
        &mut h,
        key,
        JobEvent::Finished {
            totals: JobTotals {
                lessons: 2,
                cancelled: 2,
                ..JobTotals::default()
            },
        },
    );
    assert_eq!(h.app.jobs().jobs()[0].state, JobState::Cancelled);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Cancelled 0/2"), "{screen}");
    assert!(screen.contains("generation cancelled"), "{screen}");
    // Nothing left to cancel.
    h.keys("X");
    assert!(h.app.take_generation_requests().is_empty());
}

/// A run of 1.2 and 1.3 with 1.2 half streamed and 1.3 waiting, 2 s in.
fn streaming(h: &mut Harness, text: &str) -> JobKey {
    h.keys("g").press(KeyCode::Enter);
    let (key, _) = started(h);
    send(
        h,
        GenerationEvent::JobStarted {
            key,
            job: JobId(1),
            lessons: vec!["1.2".into(), "1.3".into()],
        },
    );
    job(
        h,
        key,
        JobEvent::Started {
            lesson_id: "1.2".into(),
            attempt: 1,
        },
    );
    job(
        h,
        key,
        JobEvent::Chunk {
            lesson_id: "1.2".into(),
            attempt: 1,
            text: text.into(),
        },
    );
    for _ in 0..8 {
        h.app.handle_event(AppEvent::Tick);
    }
    key
}

const STREAMED: &str = "# 1.2 - Segundo passo\n\n## 🎯 Goal\n\nNo fim desta aula você \
    saberá\x1b[2J limpar a tela sem medo.\n\n## 📍 Position\n\nHoje você";

#[test]
fn jobs_panel_snapshots() {
    let mut h = course();
    streaming(&mut h, STREAMED);
    h.keys("J");
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("jobs_panel_{w}x{rows}"), h.screen(w, rows));
    }
}

#[test]
fn lesson_streaming_snapshots_keep_control_characters_out() {
    let mut h = course();
    streaming(&mut h, STREAMED);
    // Watch it: the panel's Enter opens the streaming lesson.
    h.keys("J").press(KeyCode::Enter);
    assert!(!h.app.jobs().is_open());
    for (w, rows) in [(80, 24), (120, 40)] {
        let screen = h.screen(w, rows);
        assert!(!screen.contains('\x1b'), "{screen}");
        insta::assert_snapshot!(format!("lesson_streaming_{w}x{rows}"), screen);
    }
    assert!(h.screen(120, 40).contains("saberá␛[2J limpar"));
}

#[test]
fn the_watch_screen_shows_its_own_keys_and_the_lesson_s_do_nothing_there() {
    let mut h = course();
    streaming(&mut h, STREAMED);
    h.keys("J").press(KeyCode::Enter);
    // The run's notification leaves the bar after its ticks.
    for _ in 0..20 {
        h.tick();
    }
    let footer = h.screen(120, 40).lines().last().unwrap().to_string();
    assert!(
        footer.contains("Esc leave (the run goes on)") && footer.contains("J jobs (x cancels)"),
        "{footer}"
    );
    assert!(
        !footer.contains("wrap") && !footer.contains("edit"),
        "{footer}"
    );
    for (w, rows) in [(80, 24), (120, 40)] {
        let footer = h.screen(w, rows).lines().last().unwrap().to_string();
        insta::assert_snapshot!(format!("watch_footer_{w}x{rows}"), footer);
    }
    // `e` would edit the lesson screen underneath: not while its text is being written.
    h.keys("e");
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    h.keys("?");
    let help = h.screen(120, 40);
    assert!(help.contains("Watching a lesson being written"), "{help}");
    assert!(
        help.contains("the jobs panel, where x cancels the run"),
        "{help}"
    );
    assert!(!help.contains("wrap long lines"), "{help}");
    insta::assert_snapshot!("watch_help_120x40", help);
}

#[test]
fn tui_run_through_the_bridge_stores_lessons_and_shows_the_score_change() {
    let mut h = course();
    // 1.1 holds an earlier offline draft (the offline provider rewrites only its own drafts
    // and planned lessons): regenerate it with the lesson screen open.
    as_offline_draft(&h, "1.1");
    h.keys("r").press(KeyCode::Enter);
    h.press(KeyCode::Enter);
    assert!(h.screen(120, 40).contains("Texto antigo"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let mut bridge = GenerationBridge::new(h.path.clone(), tx);
        let done = |h: &Harness| {
            h.app
                .jobs()
                .jobs()
                .first()
                .is_some_and(|j| !j.state.is_live())
        };
        while !done(&h) {
            for request in h.app.take_generation_requests() {
                bridge.handle(request);
            }
            let event = tokio::time::timeout(Duration::from_secs(60), rx.recv())
                .await
                .expect("the run reports within a minute")
                .expect("the bridge keeps the channel open");
            let requests = h.app.handle_event(event);
            h.answer(requests);
        }
    });
    let run = &h.app.jobs().jobs()[0];
    assert_eq!(run.state, JobState::Finished, "{run:?}");
    let lesson = &run.lessons[0];
    assert!(matches!(lesson.state, LessonState::Done(_)), "{lesson:?}");
    // Stored: the database has the offline draft, scored.
    let rows = {
        let repo = h.store.read();
        let course = repo.require_course("gen-course").unwrap();
        repo.lessons_of(course.id).unwrap()
    };
    let stored = rows.iter().find(|r| r.record.lesson_id == "1.1").unwrap();
    let text = stored.record.content_markdown.as_deref().unwrap();
    assert!(!text.contains("Texto antigo"), "{text}");
    assert!(stored.record.score.is_some());
    // The lesson screen was rebuilt from the stored row, under the score change line.
    let screen = h.screen(120, 40);
    assert!(!screen.contains("Texto antigo"), "{screen}");
    assert!(screen.contains("Generated · GPS"), "{screen}");
    assert!(screen.contains("✗ failed →"), "{screen}");
    // Rebuilt like any opened lesson: its new text is highlighted too.
    match h.app.screen() {
        lectern::tui::Screen::Lesson(l) => assert!(l.is_highlighted(), "no highlighting"),
        other => panic!("expected the lesson, got {}", other.title()),
    }
}

/// Marks lesson `id` of the harness's course as an earlier offline draft: the offline
/// provider rewrites only its own drafts and planned lessons.
pub fn as_offline_draft(h: &Harness, id: &str) {
    rusqlite::Connection::open(&h.path)
        .unwrap()
        .execute(
            "UPDATE course_lessons SET origin = 'offline-draft' WHERE lesson_id = ?1",
            [id],
        )
        .unwrap();
}
