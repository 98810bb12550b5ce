//! Issue 12 on the course screen: the regeneration dialogs say how many lessons with a
//! person's or an import's text they would replace, and offline drafts carry their own badge
//! (tree, header, library) and never count as passed.

use crossterm::event::{KeyCode, KeyModifiers};

use crate::tui_harness::Harness;

/// The number after `prefix` in the first place it appears on screen.
fn count_after(screen: &str, prefix: &str) -> u32 {
    let at = screen
        .find(prefix)
        .unwrap_or_else(|| panic!("{prefix:?} in:\n{screen}"));
    screen[at + prefix.len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

#[test]
fn big_r_says_how_many_lessons_with_imported_text_it_replaces() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter);
    let failing = count_after(&h.screen(120, 40), "✗");
    h.keys("R");
    let screen = h.screen(120, 40);
    let expected = format!(
        "{failing} lesson{} with imported text will be replaced",
        if failing == 1 { "" } else { "s" }
    );
    assert!(screen.contains(&expected), "{expected:?} in:\n{screen}");
    assert!(screen.contains("history, `u` undoes"), "{screen}");
}

#[test]
fn r_on_a_lesson_a_person_edited_says_so() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("e");
    h.type_text("Escrito pela autora. ");
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    h.press(KeyCode::Esc).keys("r");
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("1 lesson with a person's text will be replaced; its text stays"),
        "{screen}"
    );
}

#[test]
fn offline_drafts_have_their_own_badge_and_never_count_as_passed() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter);
    let before = h.screen(120, 40);
    let passed = count_after(&before, "✓");
    // A passing lesson whose text an offline provider wrote.
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    conn.execute(
        "UPDATE course_lessons SET origin = 'offline-draft' WHERE id = (
             SELECT id FROM course_lessons WHERE validation_status = 'passed'
             ORDER BY sort_order LIMIT 1)",
        [],
    )
    .unwrap();
    h.press(KeyCode::Esc).keys("r");
    let library = h.screen(120, 40);
    assert!(
        library.contains("7 ◌1"),
        "a draft count in the library:\n{library}"
    );
    assert!(
        library.contains("2/1/2"),
        "the draft is not among the passed:\n{library}"
    );
    h.press(KeyCode::Enter);
    let course = h.screen(120, 40);
    assert!(course.contains("◌1 offline draft"), "{course}");
    assert_eq!(
        count_after(&course, "✓"),
        passed - 1,
        "not counted as passed:\n{course}"
    );
    assert!(
        course.contains("│◌ ") || course.contains("◌ "),
        "its own badge:\n{course}"
    );
}
