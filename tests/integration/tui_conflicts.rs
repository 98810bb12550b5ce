//! The conflicts screen through `App` with no terminal, on a replica synced through a real
//! PostgreSQL: `K` on the library lists every course's conflicts, `K` on the course that
//! course's; keep mine and keep theirs go through `resolve_conflict` on the worker, and the
//! merged text opens in the lesson editor with its markers, where saving resolves it.

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::services::authoring::save_lesson_as;
use lectern::services::seed_synthetic;
use lectern::storage::{RevisionSource, Store};
use lectern::tui::{App, Keymap, Screen, Theme};

use crate::sync_core_support::{Replica, ServerSchema};
use crate::tui_harness::Harness;

const SLUG: &str = "seed-00000";

fn lesson_text(first: &str) -> String {
    format!("# 1.1\n\n{first}\n\nmiddle line one\nmiddle line two\n\nend\n")
}

/// The workbench's database as bruno's replica, with one open conflict on lesson 1.1: ana's
/// edit reached the server first (theirs), bruno's (mine) overlaps it.
pub(crate) fn in_conflict() -> (Harness, ServerSchema, Replica) {
    let server = ServerSchema::new();
    let mut ana = Replica::new("ana");
    seed_synthetic(&mut ana.store, 1, 2).unwrap();
    server.sync(&mut ana.store);
    let h = Harness::open(false, |store: &mut Store| {
        store.set_author("bruno");
        server.sync(store);
        let ana_text = lesson_text("ana wrote this");
        save_lesson_as(
            &mut ana.store,
            SLUG,
            "1.1",
            &ana_text,
            RevisionSource::Edited,
        )
        .unwrap();
        server.sync(&mut ana.store);
        let mine = lesson_text("bruno wrote that");
        save_lesson_as(store, SLUG, "1.1", &mine, RevisionSource::Edited).unwrap();
        assert_eq!(server.sync(store).open_conflicts, 1);
    });
    (h, server, ana)
}

fn open_conflicts(h: &Harness) -> usize {
    h.store.read().sync_conflicts(true).unwrap().len()
}

fn stored_lesson(h: &Harness) -> String {
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    conn.query_row(
        "SELECT l.content_markdown FROM course_lessons l
         JOIN content_pieces c ON c.id = l.content_piece_id
         WHERE c.piece_slug = ?1 AND l.lesson_id = '1.1'",
        [SLUG],
        |r| r.get(0),
    )
    .unwrap()
}

fn shown(h: &Harness) -> Vec<(String, String)> {
    let Screen::Conflicts(c) = h.app.screen() else {
        panic!("not on the conflicts screen")
    };
    let rows = c.rows().unwrap();
    rows.iter()
        .map(|r| (r.course.clone(), r.target.clone()))
        .collect()
}

#[test]
fn capital_k_on_the_library_lists_conflicts_and_keep_mine_resolves() {
    let (mut h, _server, _ana) = in_conflict();
    h.keys("K");
    assert_eq!(shown(&h), [(SLUG.to_string(), "lesson/1.1".to_string())]);
    let Screen::Conflicts(c) = h.app.screen() else {
        unreachable!()
    };
    let row = &c.rows().unwrap()[0];
    assert_eq!(
        (row.mine_author.as_str(), row.theirs_author.as_str()),
        ("bruno", "ana")
    );
    assert!(
        !row.mine_diff.rows.is_empty(),
        "diffs computed on the worker"
    );
    let text = h.screen(120, 40);
    assert!(
        text.contains("Mine · bruno") && text.contains("m keep mine"),
        "{text}"
    );
    h.keys("m");
    assert_eq!(open_conflicts(&h), 0);
    assert!(stored_lesson(&h).contains("bruno wrote that"));
    assert!(shown(&h).is_empty(), "the list reloaded");
    assert!(h.app.notification().unwrap().contains("resolved"));
}

#[test]
fn capital_k_on_the_course_shows_its_conflicts_and_keep_theirs_resolves() {
    let (mut h, _server, _ana) = in_conflict();
    h.press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
    h.keys("K");
    let Screen::Conflicts(c) = h.app.screen() else {
        panic!("K did not open the conflicts")
    };
    assert_eq!(c.course(), Some(SLUG));
    assert_eq!(shown(&h).len(), 1);
    h.keys("t");
    assert_eq!(open_conflicts(&h), 0);
    assert!(stored_lesson(&h).contains("ana wrote this"));
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
}

#[test]
fn the_merged_text_opens_in_the_editor_and_saving_it_resolves() {
    let (mut h, _server, _ana) = in_conflict();
    h.keys("K");
    h.press(KeyCode::Enter);
    let Screen::Editor(editor) = h.app.screen() else {
        panic!("Enter did not open the editor")
    };
    let text = editor.text();
    assert!(
        text.contains("<<<<<<< mine") && text.contains(">>>>>>> theirs"),
        "{text}"
    );
    assert!(editor.is_dirty(), "the merged text is unsaved until Ctrl-s");
    assert_eq!(open_conflicts(&h), 1, "opening it resolves nothing");
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(open_conflicts(&h), 0);
    let stored = stored_lesson(&h);
    assert!(stored.contains("bruno wrote that") && stored.contains("ana wrote this"));
    // Back on the conflicts screen, the list is empty.
    h.press(KeyCode::Esc);
    assert!(shown(&h).is_empty());
}

#[test]
fn the_status_bar_shows_sync_only_when_configured_and_follows_a_resolution() {
    let (mut h, _server, _ana) = in_conflict();
    assert_eq!(
        h.app.sync_line(),
        None,
        "sync not configured: nothing shown"
    );
    // The badge before the course's title stays; the status bar says nothing of sync.
    let screen = h.screen(120, 40);
    assert!(!screen.lines().last().unwrap().contains('⇅'), "{screen}");
    // As `lectern` starts it when `[sync]` is configured.
    let blank = App::new(Keymap::defaults().unwrap(), Theme::new(true), String::new());
    let app = std::mem::replace(&mut h.app, blank);
    h.app = app.with_sync_status(true);
    let start = h.app.start();
    h.answer(start);
    let line = h.app.sync_line().unwrap().to_string();
    assert!(line.starts_with("⇅ "), "{line}");
    assert!(line.contains("1 conflict · synced just now"), "{line}");
    assert!(
        !line.contains('↓'),
        "nothing polled, nothing claimed: {line}"
    );
    for (w, r) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("sync_status_bar_{w}x{r}"), h.screen(w, r));
    }
    // Resolving writes a change to push and closes the conflict: the line follows.
    h.keys("K");
    h.keys("m");
    let after = h.app.sync_line().unwrap().to_string();
    assert!(!after.contains("conflict"), "{after}");
    assert_ne!(after, line);
}
