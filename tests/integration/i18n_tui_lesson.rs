//! Issue 18, phase 3: the lesson, search, history and editor screens in pt-BR. Snapshots at
//! 80×24 of each screen, dialog and state (the English ones elsewhere are unchanged), and the
//! words `update` writes (notifications) in the chosen language.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::i18n::{Lang, Texts};

use crate::tui_harness::{Harness, one_lesson_course};

const PT: Texts = Texts::new(Lang::PtBr);

fn pt_demo() -> Harness {
    Harness::open_in(PT, true, |_| {})
}

fn snap(name: &str, h: &Harness) {
    insta::assert_snapshot!(format!("pt_{name}_80x24"), h.screen(80, 24));
}

fn ctrl(h: &mut Harness, c: char) -> &mut Harness {
    h.press_with(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Every revision by Ana; the imported ones three hours old (as `history_screen.rs`).
fn pin_revisions(h: &Harness) {
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    conn.execute_batch(
        "UPDATE revisions SET author = 'Ana';
         UPDATE revisions SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 hours')
         WHERE source = 'imported';",
    )
    .unwrap();
}

#[test]
fn the_lesson_screen_in_portuguese() {
    let mut h = pt_demo();
    // Library → course → lesson 2.3 (misses its Position section) → first issue.
    h.press(KeyCode::Enter)
        .keys("jjjjj")
        .press(KeyCode::Enter)
        .keys("]");
    snap("lesson_issue_highlighted", &h);
    let screen = h.screen(80, 24);
    assert!(screen.contains("Notas"), "{screen}");
    assert!(!screen.contains("Issues ("), "{screen}");
    h.keys("w").press(KeyCode::Tab);
    snap("lesson_wrapped_issues_focused", &h);
    h.keys("?");
    snap("help_lesson", &h);
}

#[test]
fn a_lesson_that_passes_in_portuguese() {
    let mut h = pt_demo();
    // Library → course → its first lesson, which passes with no issue.
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    snap("lesson_no_issues", &h);
    h.keys("]");
    let note = h.app.notification().unwrap_or_default().to_string();
    assert_eq!(note, "esta lição não tem problemas");
}

#[test]
fn a_lesson_without_issues_and_a_whole_lesson_issue_in_portuguese() {
    const SHORT: &str = "# 1.1 - Uma aula sem quase nada\n\n## 🎯 G - GOAL\n\nTexto curto.\n";
    let mut h = Harness::open_in(PT, false, |s| {
        one_lesson_course(s, "curso", "Curso", "Uma aula", SHORT)
    });
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    snap("lesson_advice", &h);
}

#[test]
fn the_search_screen_in_portuguese() {
    let mut h = pt_demo();
    ctrl(&mut h, 'f');
    snap("search_empty", &h);
    h.type_text("gráfico").tick();
    snap("search_results", &h);
    let screen = h.screen(80, 24);
    assert!(screen.contains("Resultados"), "{screen}");
    assert!(screen.contains("· lição "), "{screen}");
    h.type_text(" xyzzyqua").tick();
    snap("search_nothing", &h);
}

/// The demo, its first lesson edited once in the lesson editor and saved, back on the course.
fn edited_demo() -> Harness {
    let mut h = pt_demo();
    h.press(KeyCode::Enter).keys("e");
    h.type_text("Frase nova da Ana. ");
    ctrl(&mut h, 's');
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(note.starts_with("lição 1.1 salva: "), "{note}");
    h.press(KeyCode::Esc);
    pin_revisions(&h);
    for _ in 0..16 {
        h.tick();
    }
    h
}

#[test]
fn the_history_screen_in_portuguese() {
    let mut h = edited_demo();
    h.keys("H");
    snap("history_list", &h);
    let screen = h.screen(80, 24);
    assert!(screen.contains("editada"), "{screen}");
    assert!(screen.contains("importada"), "{screen}");
    h.press(KeyCode::Enter);
    snap("history_diff", &h);
    let screen = h.screen(120, 40);
    assert!(screen.contains("importada 3 h → editada agora"), "{screen}");
    h.press(KeyCode::Esc).keys("j").keys("d");
    let screen = h.screen(120, 40);
    assert!(screen.contains("importada 3 h → texto atual"), "{screen}");
    h.press(KeyCode::Esc).keys("r");
    snap("history_restore_question", &h);
    h.keys("n").keys("k").keys("r");
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(note.contains("texto atual"), "{note}");
    h.press(KeyCode::Tab);
    snap("history_brief", &h);
}

// ---- The editors ----

const CURRICULUM: &str = include_str!("../fixtures/authoring/curriculum.yaml");
const JUMPY: &str = include_str!("../fixtures/authoring/curriculum_bloom_jump.yaml");

fn new_course(store: &mut lectern::storage::Store, curriculum: Option<&str>) {
    crate::editor_polish::course(store);
    if let Some(text) = curriculum {
        lectern::services::authoring::save_curriculum(store, "planilhas", text).unwrap();
    }
}

fn ticks(h: &mut Harness, n: u64) {
    for _ in 0..n {
        let requests = h.app.handle_event(lectern::tui::AppEvent::Tick);
        h.answer(requests);
    }
}

fn analysed(h: &mut Harness) {
    ticks(h, lectern::tui::ANALYSIS_PAUSE_TICKS);
}

#[test]
fn the_brief_editor_and_its_dialogs_in_portuguese() {
    let mut h = Harness::open_in(PT, false, |s| new_course(s, None));
    h.keys("e");
    analysed(&mut h);
    snap("brief_editor_template", &h);
    let screen = h.screen(80, 24);
    assert!(screen.contains("Completude"), "{screen}");
    // The typing keys in the help (F1) are in Portuguese too.
    h.press(KeyCode::Tab).keys("?");
    snap("help_editor", &h);
    h.press(KeyCode::Esc).press(KeyCode::Tab);
    // Search, then find and replace.
    ctrl(&mut h, 'f').type_text("curso");
    snap("brief_editor_search", &h);
    h.press(KeyCode::Esc);
    ctrl(&mut h, 'r').type_text("xyzzy");
    h.press(KeyCode::Enter);
    let note = h.app.notification().unwrap_or_default().to_string();
    assert_eq!(note, "“xyzzy” não encontrado");
    snap("brief_editor_replace", &h);
    h.press(KeyCode::Esc);
    // Typing, then leaving: the unsaved question.
    h.type_text("Nota ");
    h.press(KeyCode::Esc);
    snap("brief_editor_unsaved_dialog", &h);
    h.keys("d");
    let note = h.app.notification().unwrap_or_default().to_string();
    assert_eq!(note, "alterações descartadas");
    // A save says what it stored.
    h.keys("e");
    analysed(&mut h);
    h.type_text("Nota ");
    ctrl(&mut h, 's');
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(note.starts_with("briefing salvo (versão "), "{note}");
}

#[test]
fn a_draft_offered_back_in_portuguese() {
    let mut h = Harness::open_in(PT, false, |s| new_course(s, None));
    h.keys("e");
    analysed(&mut h);
    h.type_text("Rascunho importante ");
    ticks(
        &mut h,
        lectern::tui::DRAFT_EVERY_TICKS + lectern::tui::ANALYSIS_PAUSE_TICKS,
    );
    // "Crash": a fresh app on the same database, the editor reopened.
    h.app = lectern::tui::App::new(
        lectern::tui::Keymap::defaults_in(PT).unwrap(),
        lectern::tui::Theme::new(true).with_texts(PT),
        "db".into(),
    );
    let start = h.app.start();
    h.answer(start);
    h.keys("e");
    // The draft's age is the clock's: a slow machine takes a second or two.
    let screen = regex::Regex::new(r"há \d+ s")
        .unwrap()
        .replace(&h.screen(80, 24), "há 0 s")
        .into_owned();
    insta::assert_snapshot!("pt_brief_editor_restore_offer_80x24", screen);
}

#[test]
fn the_curriculum_editor_and_the_approval_in_portuguese() {
    let mut h = Harness::open_in(PT, false, |s| new_course(s, None));
    h.press(KeyCode::Enter).keys("c");
    h.type_text("title: Aula 1: Origem\n");
    analysed(&mut h);
    snap("curriculum_editor_yaml_error", &h);

    let mut h = Harness::open_in(PT, false, |s| new_course(s, Some(JUMPY)));
    h.press(KeyCode::Enter).keys("c");
    analysed(&mut h);
    snap("curriculum_editor_bloom_jump", &h);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("Salto de Bloom lembrar → avaliar"),
        "{screen}"
    );

    let mut h = Harness::open_in(PT, false, |s| new_course(s, Some(CURRICULUM)));
    h.press(KeyCode::Enter).keys("c");
    analysed(&mut h);
    h.press(KeyCode::Tab).keys("A");
    snap("curriculum_approval_dialog", &h);
    h.press(KeyCode::Tab);
    snap("curriculum_prompt_preview", &h);
    h.press(KeyCode::Tab);
    // "sim" approves in Portuguese.
    h.type_text("sim").press(KeyCode::Enter);
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(note.starts_with("currículo aprovado"), "{note}");
    let repo = h.store.read();
    let id = repo.require_course("planilhas").unwrap().id;
    assert_eq!(repo.lessons_of(id).unwrap().len(), 3);
}

#[test]
fn the_lesson_editor_and_a_save_conflict_in_portuguese() {
    use lectern::services::authoring;
    use lectern::storage::RevisionSource;
    const TEXT: &str = "# 1.1 - Intro\n\nlinha um\nlinha dois\nlinha três\n";
    let mut h = Harness::open_in(PT, false, |s| {
        new_course(s, Some(CURRICULUM));
        authoring::approve_curriculum(s, "planilhas", "2026-11-30T10:00:00Z").unwrap();
    });
    h.press(KeyCode::Enter).keys("e");
    h.type_text("# Aula 1.1\n\n## G - GOAL\nVoce vai somar celulas.\n");
    analysed(&mut h);
    snap("lesson_editor_live_issues", &h);

    let mut h = Harness::open_in(PT, false, |s| {
        one_lesson_course(s, "curso", "Curso", "Intro", TEXT)
    });
    h.press(KeyCode::Enter).keys("e");
    h.type_text("Minha ");
    let theirs = TEXT.replace("três", "três, de outra janela");
    authoring::save_lesson_as(
        &mut h.store,
        "curso",
        "1.1",
        &theirs,
        RevisionSource::CliSet,
    )
    .unwrap();
    // The dialog names when the other text was stored: pinned for the snapshot.
    rusqlite::Connection::open(&h.path)
        .unwrap()
        .execute(
            "UPDATE revisions SET created_at = '2026-01-02T03:04:05Z'",
            [],
        )
        .unwrap();
    ctrl(&mut h, 's');
    snap("editor_conflict_dialog", &h);
    h.keys("m");
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(note.starts_with("mesclado sem sobreposições"), "{note}");
}
