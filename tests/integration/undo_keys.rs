//! `u` after a bulk action (issue 12), through `App` with no terminal: a re-import from the
//! library's `i` and an archive each say "u undo" in the status line, and `u` on the library
//! takes that course's action back (checked in the database).

use std::path::Path;

use crossterm::event::KeyCode;

use crate::support::copy_dir;
use crate::tui_harness::Harness;

const DEMO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/demo/planilhas-sem-medo"
);

fn lesson_1_1(h: &Harness) -> String {
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    conn.query_row(
        "SELECT content_markdown FROM course_lessons WHERE lesson_id = '1.1'",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

fn status(h: &Harness) -> String {
    h.app.notification().unwrap_or_default().to_string()
}

#[test]
fn a_reimport_says_u_undo_and_u_on_the_library_takes_it_back() {
    let mut h = Harness::demo();
    let before = lesson_1_1(&h);
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("planilhas-sem-medo");
    copy_dir(Path::new(DEMO), &folder);
    let file = folder.join("lessons/1.1-celulas-linhas-e-colunas.md");
    let changed = format!(
        "{}\nUma linha nova no arquivo.\n",
        std::fs::read_to_string(&file).unwrap()
    );
    std::fs::write(&file, &changed).unwrap();

    h.keys("i").type_text(&folder.display().to_string());
    h.press(KeyCode::Enter);
    assert_ne!(lesson_1_1(&h), before, "re-imported:\n{}", status(&h));
    assert!(status(&h).ends_with("u undo"), "{}", status(&h));

    h.keys("u");
    assert_eq!(
        lesson_1_1(&h),
        before,
        "the imported text back: {}",
        status(&h)
    );
    assert!(status(&h).contains("undid"), "{}", status(&h));
}

#[test]
fn an_archive_says_u_undo_and_u_brings_the_course_back() {
    let mut h = Harness::demo();
    h.keys("d").keys("y");
    assert!(status(&h).ends_with("u undo"), "{}", status(&h));
    assert!(
        !h.screen(120, 40).contains("Planilhas sem Medo"),
        "archived"
    );
    h.keys("u");
    assert!(
        h.screen(120, 40).contains("Planilhas sem Medo"),
        "back in the library: {}\n{}",
        status(&h),
        h.screen(120, 40)
    );
}
