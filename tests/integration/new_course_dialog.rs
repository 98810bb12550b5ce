//! The Library's `n` (issue 6) and the Lesson screen's `e`, through `App`: the new-course
//! dialog suggests a folded unique slug, refuses a taken one, creates the course through the
//! worker and opens its brief editor; `e` on a lesson opens the lesson editor.

use crossterm::event::KeyCode;
use lectern::services::authoring;
use lectern::tui::{EditorTarget, Screen};

use crate::tui_harness::Harness;

fn snap_both(name: &str, h: &Harness) {
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("{name}_{w}x{rows}"), h.screen(w, rows));
    }
}

#[test]
fn n_creates_a_course_and_opens_its_brief() {
    let mut h = Harness::demo();
    h.keys("n").keys("Planilhas sem Medo");
    let Screen::Library(library) = h.app.screen() else {
        panic!("library expected")
    };
    let dialog = library.new_course().unwrap();
    // The demo course has the plain slug; the suggestion steps aside.
    assert_eq!(dialog.slug(), "planilhas-sem-medo-2");
    snap_both("new_course_dialog", &h);

    // A taken slug is refused in the dialog, nothing created.
    h.press(KeyCode::Tab);
    h.press(KeyCode::Backspace).press(KeyCode::Backspace);
    h.press(KeyCode::Enter);
    assert!(h.screen(120, 40).contains("exists"));
    assert!(h.app.depth() == 1);

    for _ in 0..30 {
        h.press(KeyCode::Backspace);
    }
    h.keys("planilhas-agil").press(KeyCode::Enter);
    match h.app.screen() {
        Screen::Editor(e) => assert_eq!(
            *e.target(),
            EditorTarget::Brief {
                slug: "planilhas-agil".into()
            }
        ),
        _ => panic!("the brief editor opens on the new course"),
    }
    let brief = authoring::load_brief(&h.store, "planilhas-agil").unwrap();
    assert!(
        brief.text.contains("course_slug: planilhas-agil"),
        "{}",
        brief.text
    );
    h.press(KeyCode::Esc);
    assert!(
        h.screen(120, 40).contains("planilhas-agil"),
        "listed behind"
    );
}

#[test]
fn esc_closes_the_dialog_and_q_types_in_it() {
    let mut h = Harness::demo();
    h.keys("n").keys("Q");
    assert!(!h.app.should_quit(), "Q is a letter of the title here");
    h.press(KeyCode::Esc);
    let Screen::Library(library) = h.app.screen() else {
        panic!("library expected")
    };
    assert!(library.new_course().is_none());
}

#[test]
fn e_on_the_lesson_screen_opens_the_lesson_editor() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Lesson(_)));
    h.keys("e");
    match h.app.screen() {
        Screen::Editor(e) => {
            assert!(
                matches!(e.target(), EditorTarget::Lesson { slug, .. } if slug == "planilhas-sem-medo")
            );
            assert!(!e.text().is_empty(), "the lesson's text is loaded");
        }
        _ => panic!("the lesson editor opens"),
    }
}
