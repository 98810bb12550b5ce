//! Issue 18, phase 3: the course screen, the jobs panel and the generation dialogs in pt-BR
//! (80×24 snapshots of each state) and their notifications. English snapshots of the same
//! screens (screens.rs, tui_generation.rs, tui_documents.rs) are unchanged.

use std::time::Duration;

use crossterm::event::KeyCode;
use lectern::domain::rubric::Rubric;
use lectern::generation::{JobEvent, Pricing, ProviderKind};
use lectern::i18n::{Lang, Texts};
use lectern::services::{
    GenerateOptions, OnExisting, UnfinishedGeneration, import_snapshot, read_course_folder,
};
use lectern::storage::JobId;
use lectern::tui::{
    App, AppEvent, GenerationBridge, GenerationEvent, GenerationRequest, GenerationSettings,
    JobKey, Keymap, Theme,
};

use crate::generation::fixture_course;
use crate::tui_harness::Harness;

const PT: Texts = Texts::new(Lang::PtBr);
const DEMO: &str = "planilhas-sem-medo";

fn pt_demo() -> Harness {
    Harness::open_in(PT, true, |_| {})
}

fn snap(name: &str, h: &Harness) {
    insta::assert_snapshot!(format!("pt_{name}_80x24"), h.screen(80, 24));
}

fn notice(h: &Harness) -> String {
    h.app.notification().unwrap_or_default().to_string()
}

/// The generation fixture (1.1 written and failing, 1.2 and 1.3 planned), its course open.
fn pt_course() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let folder = fixture_course(dir.path());
    let mut h = Harness::open_in(PT, false, |store| {
        let snapshot = read_course_folder(&folder).unwrap();
        import_snapshot(store, &snapshot, Rubric::Creatoros, OnExisting::Fail).unwrap();
    });
    h.press(KeyCode::Enter);
    let first = h.app.take_generation_requests();
    assert!(matches!(first[..], [GenerationRequest::FindUnfinished]));
    h
}

/// The demo course's screen, `research` emptied when `no_research`.
fn pt_demo_course(no_research: bool) -> Harness {
    let mut h = Harness::open_in(PT, true, |store| {
        if no_research {
            crate::tui_documents::empty_research(store, DEMO);
        }
    });
    h.press(KeyCode::Enter);
    h.app.take_generation_requests();
    h
}

/// `h`'s app started again from `settings`, in Portuguese.
fn with_generation(h: &mut Harness, settings: GenerationSettings) {
    let blank = App::new(
        Keymap::defaults_in(PT).unwrap(),
        Theme::new(true).with_texts(PT),
        String::new(),
    );
    let app = std::mem::replace(&mut h.app, blank);
    h.app = app.with_generation(settings);
}

fn send(h: &mut Harness, event: GenerationEvent) {
    let requests = h.app.handle_event(AppEvent::Generation(event));
    h.answer(requests);
}

fn started(h: &mut Harness) -> JobKey {
    match h.app.take_generation_requests().as_slice() {
        [GenerationRequest::Start { key, .. }] => *key,
        other => panic!("expected a start, got {other:?}"),
    }
}

/// Hands the app's requests to a real bridge until the first run ends.
fn run_through_bridge(h: &mut Harness) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let mut bridge = GenerationBridge::new(h.path.clone(), tx);
        let done = |h: &Harness| h.app.jobs().jobs().iter().all(|j| !j.state.is_live());
        loop {
            for request in h.app.take_generation_requests() {
                bridge.handle(request);
            }
            if done(h) {
                break;
            }
            let event = tokio::time::timeout(Duration::from_secs(60), rx.recv())
                .await
                .expect("the run reports within a minute")
                .expect("the bridge keeps the channel open");
            let requests = h.app.handle_event(event);
            h.answer(requests);
        }
    });
}

#[test]
fn pt_br_course_screen() {
    let mut h = pt_demo();
    h.press(KeyCode::Enter).keys("jjjj");
    snap("course_with_failures", &h);
    h.keys("f");
    snap("course_failing_only", &h);
    h.keys("f").keys("G");
    snap("course_planned_lesson", &h);
    h.press(KeyCode::Enter);
    assert_eq!(
        notice(&h),
        "a lição 2.4 está planejada no currículo, mas ainda não tem conteúdo"
    );
    h.keys("?");
    snap("help_course", &h);
}

#[test]
fn pt_br_course_header_with_messages_and_an_empty_course() {
    let h = pt_course();
    snap("course_header_messages", &h);
    // A new course: no lessons yet, and nothing failing to show.
    let mut h = Harness::open_in(PT, false, |store| {
        lectern::services::authoring::create_course(
            store,
            &lectern::services::authoring::NewCourseRequest {
                slug: "vazio".into(),
                title: "Curso vazio".into(),
                created_date: "2026-11-30".into(),
            },
        )
        .unwrap();
    });
    h.press(KeyCode::Enter);
    snap("course_empty", &h);
    h.keys("f");
    assert_eq!(notice(&h), "nenhuma lição reprovada neste curso");
    snap("course_empty_failing_only", &h);
    // A module the curriculum does not name is headed in Portuguese too.
    let mut h = Harness::open_in(PT, false, |store| {
        crate::tui_harness::one_lesson_course(store, "um", "Um curso", "Abertura", "# Abertura\n")
    });
    h.press(KeyCode::Enter);
    let screen = h.screen(80, 24);
    assert!(screen.contains("Módulo 1"), "{screen}");
    assert!(!screen.contains("Module"), "{screen}");
}

#[test]
fn pt_br_generation_dialogs() {
    let mut h = pt_course();
    h.keys("g");
    snap("g_dialog_offline", &h);
    h.press(KeyCode::Esc).keys("R");
    snap("big_r_dialog_offline", &h);
    h.press(KeyCode::Esc).keys("r").type_text("mais exemplos");
    snap("r_dialog_offline", &h);
    h.press(KeyCode::Esc);

    let mut options = GenerateOptions::offline();
    options.provider = ProviderKind::Openai;
    options.model = Some("gpt-4o-mini".into());
    with_generation(
        &mut h,
        GenerationSettings {
            options: Ok(options),
            pricing: Pricing::built_in().ok(),
        },
    );
    h.keys("g");
    snap("g_dialog_priced", &h);
    let screen = h.screen(80, 24);
    assert!(screen.contains("tabela de preços"), "{screen}");
    h.press(KeyCode::Esc).keys("r");
    snap("r_dialog_priced", &h);
}

#[test]
fn pt_br_document_dialogs() {
    let mut h = pt_demo_course(false);
    h.keys("C");
    snap("curriculum_dialog", &h);
    let mut h = pt_demo_course(true);
    h.keys("M");
    snap("research_dialog", &h);
}

#[test]
fn pt_br_jobs_panel_and_a_lesson_streaming() {
    let mut h = pt_demo();
    h.keys("J");
    snap("jobs_empty", &h);

    let mut h = pt_course();
    h.keys("X");
    assert_eq!(notice(&h), "nenhuma geração em andamento para cancelar");
    h.keys("g").press(KeyCode::Enter);
    assert_eq!(
        notice(&h),
        "gerando 2 lições com offline offline-draft — J mostra o progresso, x cancela"
    );
    let key = started(&mut h);
    send(
        &mut h,
        GenerationEvent::JobStarted {
            key,
            job: JobId(1),
            lessons: vec!["1.2".into(), "1.3".into()],
        },
    );
    for event in [
        JobEvent::Started {
            lesson_id: "1.2".into(),
            attempt: 1,
        },
        JobEvent::Chunk {
            lesson_id: "1.2".into(),
            attempt: 1,
            text: "# 1.2 - Segundo passo\n\n## 🎯 Goal\n\nNo fim desta aula você".into(),
        },
    ] {
        send(
            &mut h,
            GenerationEvent::Job {
                key,
                event: Box::new(event),
            },
        );
    }
    for _ in 0..8 {
        h.app.handle_event(AppEvent::Tick);
    }
    h.keys("J");
    snap("jobs_panel", &h);
    h.press(KeyCode::Enter);
    snap("lesson_streaming", &h);
    h.keys("J").keys("x");
    assert_eq!(notice(&h), "cancelando a geração; as lições salvas ficam");
    snap("jobs_panel_cancelling", &h);
}

#[test]
fn pt_br_unfinished_runs_found_at_start() {
    let mut h = pt_course();
    let unfinished = |job: i64, pending: &[&str]| UnfinishedGeneration {
        slug: "gen-course".into(),
        course_title: "Curso de Teste".into(),
        job: JobId(job),
        provider: "offline".into(),
        model: "offline-draft".into(),
        pending: pending.iter().map(|s| s.to_string()).collect(),
    };
    send(
        &mut h,
        GenerationEvent::UnfinishedFound(Ok(vec![
            unfinished(3, &["1.2", "1.3"]),
            unfinished(4, &["1.3"]),
        ])),
    );
    assert_eq!(
        notice(&h),
        "geração não terminada de Curso de Teste (faltam 2 lições) e mais 1 — J, depois Enter \
         retoma"
    );
    h.keys("J");
    snap("jobs_interrupted", &h);
}

#[test]
fn pt_br_documents_as_jobs_and_the_recorded_jobs() {
    let mut h = pt_demo_course(true);
    h.keys("C").press(KeyCode::Enter);
    assert!(notice(&h).starts_with("gerando o currículo de Planilhas sem Medo com offline"));
    run_through_bridge(&mut h);
    h.keys("M").press(KeyCode::Enter);
    run_through_bridge(&mut h);
    for _ in 0..20 {
        h.tick();
    }
    h.keys("J");
    snap("jobs_with_documents", &h);

    // A new session on the same database: the runs are recorded jobs now.
    h.app = App::new(
        Keymap::defaults_in(PT).unwrap(),
        Theme::new(true).with_texts(PT),
        "~/lectern/demo.db".into(),
    );
    let start = h.app.start();
    h.answer(start);
    h.keys("J");
    snap("jobs_recorded", &h);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("· currículo · concluído 1/1 · grátis · offline offline-draft"),
        "{screen}"
    );
}

#[test]
fn pt_br_a_regenerated_lesson_shows_its_score_change() {
    let mut h = pt_course();
    crate::tui_generation::as_offline_draft(&h, "1.1");
    h.keys("r").press(KeyCode::Enter);
    h.press(KeyCode::Enter);
    run_through_bridge(&mut h);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Gerada · GPS"), "{screen}");
    assert!(screen.contains("✗ reprovada →"), "{screen}");
    assert!(screen.contains("· tentativa 1 · grátis ·"), "{screen}");
    assert!(
        notice(&h).starts_with("geração concluída: 1 de 1 lição salva"),
        "{}",
        notice(&h)
    );
}

/// The sentence about replaced text agrees in number with the count, in both languages.
#[test]
fn the_replaced_text_sentences_agree_in_number() {
    use lectern::tr;
    let en = Texts::new(Lang::En);
    let offline =
        |t: Texts, n: usize, whose: &str| tr!(t, "tui-jobs-replaced-offline", n = n, whose = whose);
    assert!(
        offline(en, 1, "imported")
            .starts_with("1 lesson with imported text will be left as it is:")
    );
    assert!(
        offline(en, 2, "both")
            .starts_with("2 lessons with a person's or imported text will be left as they are:")
    );
    assert!(
        offline(PT, 1, "person").starts_with("1 lição com texto de uma pessoa ficará como está:")
    );
    assert!(
        offline(PT, 3, "imported").starts_with("3 lições com texto importado ficarão como estão:")
    );
    let online = tr!(en, "tui-jobs-replaced", n = 1, whose = "person");
    assert!(
        online.starts_with("1 lesson with a person's text will be replaced; its text"),
        "{online}"
    );
}
