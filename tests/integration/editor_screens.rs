//! The authoring editors (issue 6) driven through `App` with no terminal: snapshots of the
//! brief, curriculum and lesson editors and their dialogs, and the state machine (debounced
//! completeness, save, discard, draft restore after a "crash").

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::services::authoring::{self, DraftKey, NewCourseRequest};
use lectern::storage::Store;
use lectern::tui::{
    ANALYSIS_PAUSE_TICKS, Analysis, App, AppEvent, DRAFT_EVERY_TICKS, Keymap, Screen, Theme,
};

use crate::tui_harness::Harness;

const CURRICULUM: &str = include_str!("../fixtures/authoring/curriculum.yaml");

fn course(store: &mut Store, curriculum: bool) {
    authoring::create_course(
        store,
        &NewCourseRequest {
            slug: "planilhas".into(),
            title: "Planilhas do zero".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap();
    if curriculum {
        authoring::save_curriculum(store, "planilhas", CURRICULUM).unwrap();
    }
}

fn ticks(h: &mut Harness, n: u64) {
    for _ in 0..n {
        let requests = h.app.handle_event(AppEvent::Tick);
        h.answer(requests);
    }
}

fn snap_both(name: &str, h: &Harness) {
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("{name}_{w}x{rows}"), h.screen(w, rows));
    }
}

fn brief_percent(h: &Harness) -> Option<u8> {
    match h.app.screen() {
        Screen::Editor(e) => match e.analysis() {
            Some(Analysis::Brief { percent, .. }) => Some(*percent),
            _ => None,
        },
        _ => None,
    }
}

fn editor_text(h: &Harness) -> String {
    match h.app.screen() {
        Screen::Editor(e) => e.text(),
        _ => panic!("no editor open"),
    }
}

/// Library → `e` → brief editor, analysed.
fn open_brief(curriculum: bool) -> Harness {
    let mut h = Harness::open(false, |s| course(s, curriculum));
    h.keys("e");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    h
}

#[test]
fn brief_editor_template_and_half_filled() {
    let h = open_brief(false);
    assert!(brief_percent(&h).is_some());
    snap_both("brief_editor_template", &h);

    // The first half of the template's blanks answered, saved, then opened.
    let mut h = Harness::open(false, |s| {
        course(s, false);
        let mut text = authoring::load_brief(s, "planilhas").unwrap().text;
        for n in 0..40 {
            text = text.replacen(
                "___",
                &format!("resposta numero {n} escrita pela autora do curso"),
                1,
            );
        }
        text = text.replacen("[ ] Padrão", "[x] Padrão", 1);
        authoring::save_brief(s, "planilhas", &text).unwrap();
    });
    h.keys("e");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    let percent = brief_percent(&h).unwrap();
    assert!((30..=80).contains(&percent), "{percent}");
    snap_both("brief_editor_half_filled", &h);
}

#[test]
fn typing_updates_completeness_only_after_the_pause() {
    let mut h = open_brief(false);
    let before = brief_percent(&h).unwrap();
    // Fill the §7 prose answers: jump there and type meaningful words.
    h.press(KeyCode::Tab);
    for _ in 0..6 {
        h.keys("j");
    }
    h.press(KeyCode::Enter);
    for _ in 0..4 {
        h.press(KeyCode::Down);
    }
    h.press(KeyCode::End);
    for _ in 0..3 {
        h.press(KeyCode::Backspace);
    }
    h.keys("Curso nasceu de oficinas presenciais com professores da rede publica");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS - 1);
    assert_eq!(brief_percent(&h), Some(before), "not before the pause");
    ticks(&mut h, 1);
    assert!(
        brief_percent(&h).unwrap() > before,
        "{:?} vs {before}",
        brief_percent(&h)
    );
}

#[test]
fn unsaved_dialog_then_save_and_discard() {
    let mut h = open_brief(false);
    h.keys("Nota ");
    h.press(KeyCode::Esc);
    snap_both("brief_editor_unsaved_dialog", &h);
    // Cancel keeps editing; save stores the text and closes.
    h.keys("c");
    assert!(matches!(h.app.screen(), Screen::Editor(e) if e.is_dirty()));
    let typed = editor_text(&h);
    h.press(KeyCode::Esc).keys("s");
    assert!(matches!(h.app.screen(), Screen::Library(_)));
    assert_eq!(
        authoring::load_brief(&h.store, "planilhas").unwrap().text,
        typed
    );

    // Discard really discards: text unchanged, draft gone.
    h.keys("e");
    h.keys("Lixo ");
    ticks(&mut h, DRAFT_EVERY_TICKS + ANALYSIS_PAUSE_TICKS);
    assert!(
        authoring::load_draft(&h.store, &DraftKey::brief("planilhas"))
            .unwrap()
            .is_some()
    );
    h.press(KeyCode::Esc).keys("d");
    assert!(matches!(h.app.screen(), Screen::Library(_)));
    assert_eq!(
        authoring::load_brief(&h.store, "planilhas").unwrap().text,
        typed
    );
    assert!(
        authoring::load_draft(&h.store, &DraftKey::brief("planilhas"))
            .unwrap()
            .is_none()
    );
}

#[test]
fn ctrl_s_saves_and_a_draft_is_offered_back_after_a_crash() {
    let mut h = open_brief(false);
    h.keys("Rascunho importante ");
    ticks(&mut h, DRAFT_EVERY_TICKS + ANALYSIS_PAUSE_TICKS);
    let typed = editor_text(&h);
    // "Crash": a fresh app on the same database, the editor reopened.
    h.app = App::new(Keymap::defaults().unwrap(), Theme::new(true), "db".into());
    let start = h.app.start();
    h.answer(start);
    h.keys("e");
    assert!(matches!(h.app.screen(), Screen::Editor(e) if e.dialog().is_some()));
    insta::assert_snapshot!("brief_editor_restore_offer_80x24", h.screen(80, 24));
    h.keys("r");
    assert_eq!(editor_text(&h), typed);
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        authoring::load_brief(&h.store, "planilhas").unwrap().text,
        typed
    );
    assert!(
        authoring::load_draft(&h.store, &DraftKey::brief("planilhas"))
            .unwrap()
            .is_none()
    );
}

#[test]
fn curriculum_editor_shows_a_yaml_error_and_the_approval_dialog() {
    let mut h = Harness::open(false, |s| course(s, false));
    h.press(KeyCode::Enter).keys("c");
    h.keys("title: Aula 1: Origem\n");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    snap_both("curriculum_editor_yaml_error", &h);
    // Ctrl-s refuses while it does not parse.
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(
        authoring::load_curriculum(&h.store, "planilhas")
            .unwrap()
            .text
            .is_empty()
    );

    let mut h = Harness::open(false, |s| course(s, true));
    h.press(KeyCode::Enter).keys("c");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    h.press(KeyCode::Tab).keys("A");
    snap_both("curriculum_approval_dialog", &h);
    h.keys("yes").press(KeyCode::Enter);
    let id = h.store.read().require_course("planilhas").unwrap().id;
    assert_eq!(h.store.read().lessons_of(id).unwrap().len(), 3);
}

#[test]
fn lesson_editor_shows_live_scores_and_issues() {
    let mut h = Harness::open(false, |s| {
        course(s, true);
        authoring::approve_curriculum(s, "planilhas", "2026-11-30T10:00:00Z").unwrap();
    });
    h.press(KeyCode::Enter).keys("e");
    h.keys("# Aula 1.1\n\n## G - GOAL\nVoce vai somar celulas.\n");
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    assert!(
        matches!(h.app.screen(), Screen::Editor(e) if matches!(e.analysis(), Some(Analysis::Lesson { issues, .. }) if !issues.is_empty()))
    );
    snap_both("lesson_editor_live_issues", &h);
}

#[test]
fn the_approval_checkpoint_estimates_for_the_configured_provider() {
    use lectern::tui::{
        AuthoringRequest, EditorAction, EditorCommand, EditorScreen, EditorTarget, Effect,
        StorageRequest,
    };
    let target = EditorTarget::Curriculum {
        slug: "curso".into(),
    };
    let mut options = lectern::services::GenerateOptions::offline();
    options.provider = lectern::generation::ProviderKind::Openai;
    options.model = Some("gpt-4o-mini".into());
    let mut editor = EditorScreen::new(target)
        .with_provider("openai")
        .with_options(Some(&options));
    match editor.update(EditorAction::Command(EditorCommand::Approve)) {
        Some(Effect::Storage(StorageRequest::Authoring(AuthoringRequest::ApprovalSummary {
            provider,
            options: Some(configured),
            ..
        }))) => {
            assert_eq!(provider, "openai");
            assert_eq!(configured.0.model.as_deref(), Some("gpt-4o-mini"));
        }
        other => panic!("expected the approval summary request, got {other:?}"),
    }
}
