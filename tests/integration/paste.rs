//! Bracketed paste (issue 12) through `App` with no terminal: a paste is ONE edit in the
//! lesson editor (one undo step, line breaks as LF, keys after it act after it) and in every
//! one-line field (library filter, import prompt, search, palette, the editor's find prompt).

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::tui::Screen;

use crate::tui_harness::{Harness, one_lesson_course};

const LESSON: &str = "# Aula\n\nTexto original.\n";

/// Library → Enter (course) → Enter (lesson 1.1) → `e`: the lesson editor, loaded.
fn lesson_editor() -> Harness {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "colar", "Colar texto", "Primeira aula", LESSON)
    });
    h.press(KeyCode::Enter).press(KeyCode::Enter).keys("e");
    assert!(
        matches!(h.app.screen(), Screen::Editor(_)),
        "editor open:\n{}",
        h.screen(120, 40)
    );
    h
}

fn editor_text(h: &Harness) -> String {
    match h.app.screen() {
        Screen::Editor(e) => e.text(),
        _ => panic!("no editor open:\n{}", h.screen(120, 40)),
    }
}

#[test]
fn a_paste_is_one_edit_with_lf_line_breaks_and_one_undo_step() {
    let mut h = lesson_editor();
    let pasted: String = (0..500)
        .map(|n| format!("Linha {n} colada do chat.\r\n"))
        .collect();
    h.paste(&pasted);
    let expected = format!("{}{LESSON}", pasted.replace("\r\n", "\n"));
    assert_eq!(editor_text(&h), expected);
    // Keys typed after the paste land after it (the cursor ends where the paste ended).
    h.type_text("fim");
    assert!(editor_text(&h).contains("Linha 499 colada do chat.\nfim# Aula"));
    // Undo: the three typed keys, then the whole paste in one step.
    for _ in 0..3 {
        h.press_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    }
    assert_eq!(editor_text(&h), expected);
    h.press_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(editor_text(&h), LESSON);
}

#[test]
fn a_lone_cr_is_a_line_break_and_the_editor_is_dirty() {
    let mut h = lesson_editor();
    h.paste("um\rdois\r");
    assert!(editor_text(&h).starts_with("um\ndois\n# Aula"));
    assert!(h.app.screen().title().ends_with(" *"), "marked unsaved");
}

#[test]
fn a_paste_then_ctrl_s_saves_all_of_it() {
    let mut h = lesson_editor();
    let pasted = "Parágrafo colado inteiro.\n".repeat(2000);
    h.paste(&pasted);
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let conn = rusqlite::Connection::open(&h.path).unwrap();
    let stored: String = conn
        .query_row(
            "SELECT content_markdown FROM course_lessons WHERE lesson_id = '1.1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, format!("{pasted}{LESSON}"));
}

#[test]
fn the_find_prompt_takes_a_paste_on_one_line() {
    let mut h = lesson_editor();
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL);
    h.paste("Texto\r\n");
    match h.app.screen() {
        Screen::Editor(e) => assert_eq!(e.search_query(), Some("Texto")),
        _ => panic!("no editor open"),
    }
    assert_eq!(editor_text(&h), LESSON, "the text itself is untouched");
}

#[test]
fn one_line_fields_take_a_paste_whole() {
    // Library filter: `/`, paste, the table narrows at once.
    let mut h = Harness::demo();
    h.keys("/").paste("Planilhas\n");
    assert!(h.screen(120, 40).contains("Planilhas"));
    let Screen::Library(library) = h.app.screen() else {
        panic!("library")
    };
    assert_eq!(library.filter(), "Planilhas");

    // Import prompt: `i`, a pasted path with its trailing newline dropped.
    let mut h = Harness::demo();
    h.keys("i").paste("/tmp/cursos\n");
    let Screen::Library(library) = h.app.screen() else {
        panic!("library")
    };
    match library.dialog() {
        Some(lectern::tui::LibraryDialog::Import(prompt)) => {
            assert_eq!(prompt.input, "/tmp/cursos")
        }
        other => panic!("import prompt open: {other:?}"),
    }

    // Search: Ctrl-f, paste, the query is the pasted words.
    let mut h = Harness::demo();
    h.press_with(KeyCode::Char('f'), KeyModifiers::CONTROL)
        .paste("enquadramento\r\n");
    let Screen::Search(search) = h.app.screen() else {
        panic!("search")
    };
    assert_eq!(search.query(), "enquadramento");

    // Palette: `:`, paste, the query is set and matched once.
    let mut h = Harness::demo();
    h.keys(":").paste("help");
    assert_eq!(h.app.palette().map(|p| p.query()), Some("help"));

    // Outside a text field a paste does nothing (no key is replayed from it).
    let mut h = Harness::demo();
    let before = h.screen(120, 40);
    h.paste("q");
    assert!(!h.app.should_quit());
    assert_eq!(h.screen(120, 40), before);
}

#[test]
fn a_megabyte_paste_turns_soft_wrap_off_and_a_normal_text_keeps_it() {
    let mut h = lesson_editor();
    let wraps = |h: &Harness| match h.app.screen() {
        Screen::Editor(e) => e.wraps(),
        _ => panic!("no editor open"),
    };
    assert!(wraps(&h), "a lesson of usual size wraps");
    h.paste(&"Uma linha longa colada de uma conversa com o modelo.\n".repeat(20_000));
    assert!(
        !wraps(&h),
        "a megabyte does not (each edit would re-wrap all of it)"
    );
    h.press_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    h.type_text("x");
    assert!(wraps(&h), "back to a usual size, wrapped again");
}

#[test]
fn the_dialogs_take_a_paste_too() {
    // New course: the title pasted whole, the slug suggested from it.
    let mut h = Harness::demo();
    h.keys("n").paste("Excel para quem tem pressa\n");
    let Screen::Library(library) = h.app.screen() else {
        panic!("library")
    };
    let dialog = library.new_course().expect("new-course dialog open");
    assert_eq!(dialog.title(), "Excel para quem tem pressa");
    assert_eq!(dialog.slug(), "excel-para-quem-tem-pressa");

    // `r`'s instruction prompt: one line, pasted at once.
    let mut h = Harness::demo();
    h.press(KeyCode::Enter)
        .keys("r")
        .paste("Use exemplos\r\nde supermercado");
    match h.app.jobs().dialog() {
        Some(lectern::tui::JobsDialog::Instruction { text, .. }) => {
            assert_eq!(text, "Use exemplos de supermercado")
        }
        other => panic!("instruction prompt open: {other:?}"),
    }
}
