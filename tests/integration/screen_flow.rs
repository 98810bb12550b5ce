//! The TUI as a state machine, with no terminal: key sequences → actions → state.

use crossterm::event::KeyCode;
use lectern::tui::{CoursePane, LessonPane, Screen};

use crate::tui_harness::{Harness, draw};

fn course(h: &Harness) -> &lectern::tui::CourseScreen {
    match h.app.screen() {
        Screen::Course(c) => c,
        other => panic!("expected the course screen, got {}", other.title()),
    }
}

fn lesson(h: &Harness) -> &lectern::tui::LessonScreen {
    match h.app.screen() {
        Screen::Lesson(l) => l,
        other => panic!("expected the lesson screen, got {}", other.title()),
    }
}

#[test]
fn open_course_toggle_failing_open_lesson_jump_and_back() {
    let mut h = Harness::demo();
    assert!(
        matches!(h.app.screen(), Screen::Library(l) if l.selected_slug() == Some("planilhas-sem-medo"))
    );

    h.press(KeyCode::Enter);
    assert_eq!(h.app.depth(), 2);
    let c = course(&h);
    assert!(c.is_loaded());
    assert_eq!(c.selected_lesson().unwrap().lesson_id, "1.1");

    h.keys("f");
    assert!(course(&h).failing_only());
    assert_eq!(course(&h).selected_lesson().unwrap().lesson_id, "2.2");
    h.keys("j");
    assert_eq!(course(&h).selected_lesson().unwrap().lesson_id, "2.3");
    h.keys("j");
    assert_eq!(
        course(&h).selected_lesson().unwrap().lesson_id,
        "2.3",
        "stops at the end"
    );

    h.press(KeyCode::Tab);
    assert_eq!(course(&h).focus(), CoursePane::Summary);
    h.keys("h");
    assert_eq!(course(&h).focus(), CoursePane::Tree);

    h.press(KeyCode::Enter);
    assert_eq!(h.app.depth(), 3);
    assert_eq!(lesson(&h).lesson_id(), "2.3");
    assert_eq!(lesson(&h).highlighted_lines(), None);

    h.keys("]");
    let l = lesson(&h);
    assert_eq!(l.selected_issue_code(), Some("GPS-P-MISSING"));
    assert_eq!(l.highlighted_lines(), Some((19, 19)));
    assert_eq!(l.scroll(), 15, "three lines of context above the issue");

    h.keys("]");
    assert_ne!(lesson(&h).selected_issue_code(), Some("GPS-P-MISSING"));
    h.keys("[");
    assert_eq!(lesson(&h).selected_issue_code(), Some("GPS-P-MISSING"));

    h.keys("w");
    assert!(lesson(&h).wraps());
    h.press(KeyCode::Tab);
    assert_eq!(lesson(&h).focus(), LessonPane::Issues);

    h.keys("q");
    assert_eq!(h.app.depth(), 2);
    assert!(course(&h).failing_only(), "the course keeps its state");
    h.press(KeyCode::Esc);
    assert_eq!(h.app.depth(), 1);
    assert!(!h.app.should_quit());
    h.keys("q");
    assert!(h.app.should_quit());
}

#[test]
fn enter_on_an_issue_in_the_list_jumps_to_it() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("jjjj").press(KeyCode::Enter);
    assert_eq!(lesson(&h).lesson_id(), "2.2");
    h.keys("l").keys("jj").press(KeyCode::Enter);
    let l = lesson(&h);
    assert_eq!(l.selected_issue_code(), Some("DL-HOOK-FEW-OUTCOMES"));
    assert_eq!(l.highlighted_lines(), Some((10, 11)));
}

#[test]
fn filter_sort_and_quit_from_anywhere() {
    let mut h = Harness::demo();
    h.keys("/zzz");
    match h.app.screen() {
        Screen::Library(l) => {
            assert!(l.is_editing());
            assert_eq!(l.visible_count(), 0);
        }
        _ => panic!("library expected"),
    }
    // While typing, `q` is text, not "back".
    h.keys("q");
    assert!(!h.app.should_quit());
    h.press(KeyCode::Esc);
    match h.app.screen() {
        Screen::Library(l) => {
            assert_eq!(l.filter(), "");
            assert_eq!(l.visible_count(), 1);
        }
        _ => panic!("library expected"),
    }
    h.keys("sS");
    h.press(KeyCode::Enter).press(KeyCode::Enter).keys("Q");
    assert!(h.app.should_quit());
}

#[test]
fn help_opens_and_closes_without_changing_the_screen() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("?");
    assert!(h.app.help_open());
    h.keys("j");
    assert!(h.app.help_open(), "keys do not leak through the overlay");
    h.press(KeyCode::Esc);
    assert!(!h.app.help_open());
    assert_eq!(h.app.depth(), 2);
}

#[test]
fn rendering_twice_gives_the_same_buffer() {
    let mut h = Harness::demo();
    for keys in ["", "\n", "jjjjj", "\n", "]", "w"] {
        if keys == "\n" {
            h.press(KeyCode::Enter);
        } else {
            h.keys(keys);
        }
        for (w, rows) in [(80, 24), (120, 40)] {
            assert_eq!(draw(&h.app, w, rows), draw(&h.app, w, rows));
        }
    }
}

#[test]
fn a_planned_lesson_is_not_opened() {
    // The demo's 2.4 is listed in the curriculum but not written: Enter explains instead of
    // pushing a lesson screen with no content.
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("G");
    assert_eq!(course(&h).selected_lesson().unwrap().lesson_id, "2.4");
    h.press(KeyCode::Enter);
    assert_eq!(h.app.depth(), 2, "still on the course screen");
    assert!(h.app.notification().is_some(), "the author is told why");
    // A written lesson next to it still opens.
    h.keys("k").press(KeyCode::Enter);
    assert_eq!(lesson(&h).lesson_id(), "2.3");
}
