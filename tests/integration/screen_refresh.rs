//! One source of truth for screens (issue 12): after a write every screen on the stack that
//! shows the course or lesson reloads it. The repro from the issue: lesson view → `e` → fix
//! the Steps heading → `Ctrl-s` → `Esc`: the lesson view and the course tree show the new
//! GPS at once, without reopening the course.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::tui::Screen;

use crate::tui_harness::{Harness, one_lesson_course};

/// Goal and Position present; the Steps heading misnamed, so GPS fails on S.
const LESSON: &str = "## Etapas\n### Um\nFaça isto.\n### Dois\nDepois aquilo.\n\n\
## G - GOAL\n✅ Você vai montar uma planilha. Por que isso importa: economizar tempo.\n\n\
## P - POSITION\nEu sei que parece difícil. Se você nunca usou, tudo bem.\n";

fn course_tree(h: &mut Harness) -> String {
    h.screen(120, 40)
}

#[test]
fn a_saved_fix_reaches_the_lesson_view_and_the_course_tree_below_the_editor() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "gps", "Curso GPS", "Aula sem passos", LESSON)
    });
    h.press(KeyCode::Enter);
    let tree_before = course_tree(&mut h);
    assert!(
        tree_before.contains("✗S"),
        "fails on S first:\n{tree_before}"
    );
    h.press(KeyCode::Enter);
    let view_before = h.screen(120, 40);
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    assert!(
        view_before.contains("✗S"),
        "lesson view fails on S:\n{view_before}"
    );

    // `e`, the fix typed at the top, Ctrl-s, Esc: back on the lesson view.
    h.keys("e");
    h.type_text("## S - STEPS");
    h.press(KeyCode::Enter);
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    h.press(KeyCode::Esc);
    let view_after = h.screen(120, 40);
    let Screen::Lesson(lesson) = h.app.screen() else {
        panic!("back on the lesson view:\n{view_after}")
    };
    assert!(
        lesson.text_lines()[0].starts_with("## S - STEPS"),
        "new text shown"
    );
    assert!(
        !view_after.contains("✗S"),
        "lesson view reloaded:\n{view_after}"
    );

    // Esc again: the course tree below shows the new score too, no reopen needed.
    h.press(KeyCode::Esc);
    let tree_after = course_tree(&mut h);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
    assert!(
        !tree_after.contains("✗S"),
        "course tree reloaded:\n{tree_after}"
    );
}

#[test]
fn a_reloaded_lesson_view_keeps_the_readers_place() {
    let long: String = (0..80).map(|n| format!("Linha {n} do texto.\n")).collect();
    let text = format!("{LESSON}{long}");
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "gps", "Curso GPS", "Aula longa", &text)
    });
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    h.press(KeyCode::PageDown);
    let Screen::Lesson(lesson) = h.app.screen() else {
        panic!("lesson view")
    };
    let scroll = lesson.scroll();
    assert!(scroll > 0);
    h.keys("e");
    h.press(KeyCode::End).type_text(" editado");
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    h.press(KeyCode::Esc);
    let Screen::Lesson(lesson) = h.app.screen() else {
        panic!("lesson view")
    };
    assert_eq!(lesson.scroll(), scroll, "same place after the reload");
    assert!(lesson.text_lines()[0].ends_with(" editado"));
}

#[test]
fn the_library_behind_a_course_reloads_after_a_save() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "gps", "Curso GPS", "Aula sem passos", LESSON)
    });
    let before = h.screen(120, 40);
    h.press(KeyCode::Enter).keys("e");
    h.type_text("## S - STEPS");
    h.press(KeyCode::Enter);
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    h.press(KeyCode::Esc).press(KeyCode::Esc);
    let shown = h.screen(120, 40);
    assert!(matches!(h.app.screen(), Screen::Library(_)));
    assert_ne!(before, shown, "the library shows the new scores");
    // A manual reload finds nothing newer than what is shown.
    h.keys("r");
    assert_eq!(h.screen(120, 40), shown);
}
