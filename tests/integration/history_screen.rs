//! The history screen (issue 12) through `App` with no terminal, on the demo course (seeded
//! by import, so every lesson starts with an `imported` revision): `H` lists revisions,
//! `Enter`/`d` show word diffs, `r` restores after asking (the imported bytes come back), `u`
//! on the course undoes the restore. Snapshots at 80×24 and 120×40, in colour (with a style
//! assertion) and with `NO_COLOR` (`[-old-]{+new+}` markers).

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::tui::{App, Keymap, Screen, Theme};

use crate::tui_harness::{Harness, draw, text_of};

const ADDED: &str = "Frase nova da Ana.";

/// The first lesson's id and stored text.
fn first_lesson(h: &Harness) -> (String, String) {
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    conn.query_row(
        "SELECT lesson_id, content_markdown FROM course_lessons
         WHERE content_markdown IS NOT NULL ORDER BY sort_order LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

fn lesson_text(h: &Harness, id: &str) -> String {
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    conn.query_row(
        "SELECT content_markdown FROM course_lessons WHERE lesson_id = ?1",
        [id],
        |r| r.get(0),
    )
    .unwrap()
}

/// Every revision by Ana; the imported ones three hours old, so ages read the same on every
/// run (the ones written now say "now").
fn pin_revisions(h: &Harness) {
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    conn.execute_batch(
        "UPDATE revisions SET author = 'Ana';
         UPDATE revisions SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 hours')
         WHERE source = 'imported';",
    )
    .unwrap();
}

/// The demo in a new app (`color` false = `NO_COLOR`), its first lesson edited once in the
/// lesson editor (a sentence typed at the top, saved), back on the course screen.
fn edited_demo(color: bool) -> (Harness, String, String) {
    let mut h = Harness::demo();
    h.app = App::new(
        Keymap::defaults().unwrap(),
        Theme::new(color),
        "~/lectern/demo.db".into(),
    );
    let start = h.app.start();
    h.answer(start);
    let (id, original) = first_lesson(&h);
    h.press(KeyCode::Enter).keys("e");
    h.type_text(&format!("{ADDED} "));
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
    pin_revisions(&h);
    // The save's notification times out, so the status bar shows the screen's keys.
    for _ in 0..16 {
        h.tick();
    }
    (h, id, original)
}

fn snap_both(name: &str, h: &Harness) {
    for (w, rows) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("{name}_{w}x{rows}"), h.screen(w, rows));
    }
}

#[test]
fn big_h_lists_the_revisions_newest_first() {
    let (mut h, id, _) = edited_demo(true);
    h.keys("H");
    let Screen::History(history) = h.app.screen() else {
        panic!("history open:\n{}", h.screen(120, 40))
    };
    assert_eq!(history.target().target, id);
    let rows = history.rows().unwrap();
    let sources: Vec<&str> = rows.iter().map(|r| r.source.as_str()).collect();
    assert_eq!(sources, ["edited", "imported"]);
    assert_eq!(rows[0].added, 1, "one line changed: {:?}", rows[0]);
    assert!(rows[1].didatica.is_some(), "scores of the imported text");
    snap_both("history_list", &h);
}

#[test]
fn enter_shows_the_word_diff_against_the_revision_before_in_colour() {
    let (mut h, _, _) = edited_demo(true);
    h.keys("H").press(KeyCode::Enter);
    let screen = h.screen(120, 40);
    assert!(screen.contains("imported 3 h → edited now"), "{screen}");
    assert!(screen.contains(ADDED), "{screen}");
    // The added words carry the theme's diff style, and no markers are drawn in colour.
    let buffer = draw(&h.app, 120, 40);
    let (x, y) = h.find(120, 40, ADDED);
    assert_eq!(buffer[(x, y)].style().fg, Theme::new(true).diff_added.fg);
    assert!(!text_of(&buffer).contains("{+"));
    snap_both("history_diff", &h);
}

#[test]
fn no_color_marks_the_diff_with_brackets() {
    let (mut h, _, _) = edited_demo(false);
    h.keys("H").press(KeyCode::Enter);
    let screen = h.screen(120, 40);
    assert!(screen.contains(&format!("{{+{ADDED}")), "{screen}");
    snap_both("history_diff_no_color", &h);
    h.press(KeyCode::Esc);
    snap_both("history_list_no_color", &h);
}

#[test]
fn d_diffs_an_older_revision_against_the_current_text() {
    let (mut h, _, _) = edited_demo(true);
    h.keys("H").keys("j").keys("d");
    let screen = h.screen(120, 40);
    assert!(screen.contains("imported 3 h → current text"), "{screen}");
    assert!(screen.contains(ADDED), "{screen}");
    // Esc closes the diff, a second Esc leaves the history.
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::History(h) if h.diff().is_none()));
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
}

#[test]
fn r_asks_then_restores_the_imported_bytes_and_u_undoes_it() {
    let (mut h, id, original) = edited_demo(true);
    assert_ne!(lesson_text(&h, &id), original);
    h.keys("H").keys("j").keys("r");
    let Screen::History(history) = h.app.screen() else {
        panic!("history")
    };
    assert!(history.is_confirming());
    snap_both("history_restore_question", &h);
    // `n` leaves everything as it was.
    h.keys("n");
    assert_ne!(lesson_text(&h, &id), original);
    h.keys("r").keys("y");
    assert_eq!(lesson_text(&h, &id), original, "imported bytes back");
    let status = h.app.notification().unwrap_or_default().to_string();
    assert!(
        status.contains("restored") && status.contains("u undo"),
        "{status}"
    );
    let Screen::History(history) = h.app.screen() else {
        panic!("history")
    };
    let sources: Vec<&str> = history
        .rows()
        .unwrap()
        .iter()
        .map(|r| r.source.as_str())
        .collect();
    assert_eq!(
        sources,
        ["restored", "edited", "imported"],
        "a new revision"
    );

    // Back on the course, `u` takes the restore back: the edited text is current again.
    h.press(KeyCode::Esc).keys("u");
    assert!(lesson_text(&h, &id).starts_with(ADDED));
    let status = h.app.notification().unwrap_or_default().to_string();
    assert!(status.contains("undid"), "{status}");
}

#[test]
fn tab_moves_to_the_brief_history_and_the_newest_revision_cannot_be_restored() {
    let (mut h, _, _) = edited_demo(true);
    h.keys("H").press(KeyCode::Tab);
    let Screen::History(history) = h.app.screen() else {
        panic!("history")
    };
    assert_eq!(history.target().target, "brief");
    assert!(h.screen(120, 40).contains("Brief"));
    h.keys("r");
    let status = h.app.notification().unwrap_or_default().to_string();
    assert!(status.contains("current text"), "{status}");
}

#[test]
fn big_h_on_the_lesson_view_opens_its_history() {
    let (mut h, id, _) = edited_demo(true);
    h.press(KeyCode::Enter).keys("H");
    let Screen::History(history) = h.app.screen() else {
        panic!("history from the lesson view:\n{}", h.screen(120, 40))
    };
    assert_eq!(history.target().target, id);
}

#[test]
fn a_text_never_stored_has_an_empty_history_not_an_error() {
    use lectern::services::authoring::{NewCourseRequest, create_course};
    let mut h = Harness::open(false, |s| {
        create_course(
            s,
            &NewCourseRequest {
                slug: "novo".into(),
                title: "Curso novo".into(),
                created_date: "2026-12-07".into(),
            },
        )
        .unwrap();
    });
    // No lesson yet: `H` opens the brief's history; Tab moves to the curriculum, never saved.
    h.press(KeyCode::Enter).keys("H");
    let Screen::History(history) = h.app.screen() else {
        panic!("history:\n{}", h.screen(120, 40))
    };
    assert_eq!(history.target().target, "brief");
    assert_eq!(
        history.rows().map(<[_]>::len),
        Some(1),
        "the template brief"
    );
    h.press(KeyCode::Tab);
    let screen = h.screen(120, 40);
    assert!(screen.contains("No revision yet"), "{screen}");
    assert!(!screen.contains("Cannot load"), "{screen}");
}
