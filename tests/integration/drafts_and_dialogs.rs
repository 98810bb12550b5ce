//! Issue 12 on the course screen: the regeneration dialogs say how many lessons with a
//! person's or an import's text they would replace, and offline drafts carry their own badge
//! (tree, header, library) and never count as passed.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::generation::{Pricing, ProviderKind};
use lectern::services::GenerateOptions;
use lectern::tui::{App, GenerationSettings, Keymap, Theme};

use crate::tui_harness::Harness;

/// The demo in an app configured for a real model (`openai`, `gpt-4o-mini`).
fn demo_with_a_model() -> Harness {
    let mut h = Harness::demo();
    let mut options = GenerateOptions::offline();
    options.provider = ProviderKind::Openai;
    options.model = Some("gpt-4o-mini".into());
    let settings = GenerationSettings {
        options: Ok(options),
        pricing: Pricing::built_in().ok(),
    };
    h.app = App::new(Keymap::defaults().unwrap(), Theme::new(true), "demo".into())
        .with_generation(settings);
    let start = h.app.start();
    h.answer(start);
    h
}

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
    let mut h = demo_with_a_model();
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
    let mut h = demo_with_a_model();
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
fn with_the_offline_provider_big_r_says_it_leaves_them_as_they_are() {
    let mut h = Harness::demo();
    h.press(KeyCode::Enter).keys("R");
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("with imported text will be left as they are"),
        "{screen}"
    );
    assert!(!screen.contains("will be replaced"), "{screen}");
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
