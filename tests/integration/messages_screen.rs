//! The workbench's messages screen (issue 13) through `App` with no terminal: a course
//! imported with warnings (`tests/fixtures/tui-messages`) shows them on `m`, `Enter` opens the
//! lesson at the message's line, a re-import replaces them and the open list reloads; the
//! header counts them, the import's status line offers `m` (and a folder-of-courses summary
//! wraps instead of being cut), and the tree ends with the "Not in the curriculum" group.

use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;
use lectern::domain::rubric::Rubric;
use lectern::services::{self, OnExisting};
use lectern::tui::{Screen, StorageRequest};

use crate::support::copy_dir;
use crate::tui_harness::Harness;

const SLUG: &str = "horta-com-avisos";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui-messages/horta-com-avisos")
}

/// The fixture imported before the app starts, its course screen open.
fn course_open() -> Harness {
    let mut h = Harness::open(false, |store| {
        let snapshot = services::read_course_folder(&fixture()).unwrap();
        services::import_snapshot(store, &snapshot, Rubric::Creatoros, OnExisting::Update).unwrap();
    });
    h.press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
    h
}

fn messages_open() -> Harness {
    let mut h = course_open();
    h.keys("m");
    assert!(matches!(h.app.screen(), Screen::Messages(_)));
    h
}

fn rows(h: &Harness) -> Vec<String> {
    let Screen::Messages(m) = h.app.screen() else {
        panic!("not on the messages screen")
    };
    m.rows()
        .unwrap()
        .iter()
        .map(|r| format!("{} {}", r.message.code, r.location))
        .collect()
}

#[test]
fn m_on_the_course_lists_its_messages_snapshots() {
    let mut h = messages_open();
    assert_eq!(
        rows(&h),
        [
            "IMPORT-NOT-UTF8 lessons/1.1-o-lugar.md:5:33",
            "IMPORT-PLANNED-ONLY curriculum.yaml:17",
            "IMPORT-UNLISTED-LESSON lessons/3.1-extra-sem-modulo.md",
            "IMPORT-NOT-IN-CURRICULUM lessons/3.1-extra-sem-modulo.md",
        ]
    );
    for (w, r) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("messages_screen_{w}x{r}"), h.screen(w, r));
    }
    // The selected message is shown whole below the list, whatever the width.
    h.keys("j");
    let narrow = h.screen(80, 24);
    assert!(narrow.contains("kept as a planned lesson"), "{narrow}");
    h.press(KeyCode::Esc);
    assert!(matches!(h.app.screen(), Screen::Course(_)));
}

#[test]
fn the_course_header_counts_the_messages() {
    let h = course_open();
    assert!(h.screen(120, 40).contains("4 messages · m"));
    assert!(h.screen(80, 24).contains("4 messages · m"));
}

#[test]
fn enter_opens_the_lesson_at_the_messages_line() {
    let mut h = messages_open();
    h.press(KeyCode::Enter);
    let Screen::Lesson(lesson) = h.app.screen() else {
        panic!("Enter did not open the lesson")
    };
    assert_eq!(lesson.lesson_id(), "1.1");
    assert_eq!(lesson.highlighted_lines(), Some((5, 5)));
    // The file's line 5 is the lesson's line 5: the one with the Windows-1252 byte.
    assert!(
        lesson.text_lines()[4].contains("manhã"),
        "{:?}",
        lesson.text_lines()
    );
    // A message about the curriculum opens nothing and says why.
    h.press(KeyCode::Esc).keys("j");
    h.press(KeyCode::Enter);
    assert!(matches!(h.app.screen(), Screen::Messages(_)));
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(
        note.contains("curriculum.yaml:17 is not a lesson"),
        "{note}"
    );
}

#[test]
fn a_reimport_replaces_the_messages_and_the_open_list_reloads() {
    let tmp = tempfile::tempdir().unwrap();
    let course = tmp.path().join(SLUG);
    copy_dir(&fixture(), &course);
    let mut h = Harness::empty();
    h.answer(vec![StorageRequest::ImportFolder(course.clone())]);
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(
        note.contains("imported horta-com-avisos (3 lessons, 4 warnings) · m messages"),
        "{note}"
    );
    // `m` on the library opens the course the import warned about.
    h.keys("m");
    assert_eq!(rows(&h).len(), 4);

    // The author fixes the encoding and writes lesson 2.1, then imports again.
    let text = "# O Lugar\n\n## Objetivo\n\nEscolher onde o sol bate de manhã.\n";
    std::fs::write(course.join("lessons/1.1-o-lugar.md"), text).unwrap();
    std::fs::write(
        course.join("lessons/2.1-quanto-regar.md"),
        "# Quanto Regar\n\nTexto.\n",
    )
    .unwrap();
    h.answer(vec![StorageRequest::ImportFolder(course)]);
    assert!(matches!(h.app.screen(), Screen::Messages(_)));
    assert_eq!(
        rows(&h),
        [
            "IMPORT-UNLISTED-LESSON lessons/3.1-extra-sem-modulo.md",
            "IMPORT-NOT-IN-CURRICULUM lessons/3.1-extra-sem-modulo.md",
        ]
    );
}

#[test]
fn a_folder_of_courses_summary_wraps_instead_of_being_cut() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), &tmp.path().join(SLUG));
    let second = tmp.path().join("horta-na-varanda-do-apartamento");
    copy_dir(&fixture(), &second);
    let yaml = second.join("curriculum.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &yaml,
        text.replace("Horta com Avisos", "Horta na Varanda do Apartamento"),
    )
    .unwrap();
    let mut h = Harness::empty();
    h.answer(vec![StorageRequest::ImportFolder(tmp.path().to_path_buf())]);
    let note = h.app.notification().unwrap_or_default().to_string();
    assert!(
        note.starts_with(
            "imported 2 courses (6 lessons, 8 warnings in 2 of them) · m messages of "
        ),
        "{note}"
    );
    let screen = h.screen(80, 24);
    let shown: String = screen
        .lines()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = note.split_whitespace().collect();
    let shown_words: Vec<&str> = shown.split_whitespace().filter(|w| *w != "•").collect();
    assert!(
        shown_words.ends_with(&words),
        "the whole summary is on screen:\n{screen}"
    );
}

#[test]
fn lessons_outside_every_module_close_the_tree_under_not_in_the_curriculum() {
    let h = course_open();
    let screen = h.screen(120, 40);
    let line_of = |needle: &str| {
        screen
            .lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not drawn:\n{screen}"))
    };
    assert!(line_of("1 · Canteiros") < line_of("✗ 1.1 O Lugar"));
    assert!(line_of("2 · Regas") < line_of("2.1 Quanto Regar"));
    assert!(line_of("2.1 Quanto Regar") < line_of("Not in the curriculum"));
    assert!(line_of("Not in the curriculum") < line_of("3.1 Extra Sem Módulo"));
    assert!(!screen.contains("Module 0"), "{screen}");
    assert_eq!(screen.matches("1 · Canteiros").count(), 1);
}
