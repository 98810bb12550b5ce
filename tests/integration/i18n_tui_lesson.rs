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
