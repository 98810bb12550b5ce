//! The `$EDITOR` hand-off (issue 6) driven through `App`: a small shell script stands in for
//! the person's editor (saving by rename, as vim and many GUI editors do), the terminal is a
//! recorder, and the editor screen must pick the change up as unsaved text.

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyModifiers};
use lectern::services::authoring::{self, NewCourseRequest};
use lectern::storage::Store;
use lectern::tui::{ANALYSIS_PAUSE_TICKS, AppEvent, Screen};

use crate::tui_harness::Harness;

fn course(store: &mut Store) {
    authoring::create_course(
        store,
        &NewCourseRequest {
            slug: "planilhas".into(),
            title: "Planilhas do zero".into(),
            created_date: "2026-11-30".into(),
        },
    )
    .unwrap();
}

/// Writes an executable shell script into `dir` and returns its path.
pub fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

fn editor_text(h: &Harness) -> String {
    match h.app.screen() {
        Screen::Editor(e) => e.text(),
        _ => panic!("no editor open"),
    }
}

fn ticks(h: &mut Harness, n: u64) {
    for _ in 0..n {
        let requests = h.app.handle_event(AppEvent::Tick);
        h.answer(requests);
    }
}

#[test]
fn a_rename_saving_editor_changes_come_back_as_unsaved_text() {
    let tools = tempfile::tempdir().unwrap();
    let editor = script(
        tools.path(),
        "append.sh",
        r#"{ cat "$1"; printf 'Linha escrita no editor externo.\n'; } > "$1.new" && mv "$1.new" "$1""#,
    );
    let mut h = Harness::open(false, course);
    h.external_editor = Some(editor.display().to_string());
    h.keys("e");
    let saved = authoring::load_brief(&h.store, "planilhas").unwrap().text;
    // `E` types in the text; Ctrl-o (or `E` from the panel) hands off.
    h.press_with(KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(h.terminal_log, ["suspend", "resume"]);
    let text = editor_text(&h);
    assert!(
        text.ends_with("Linha escrita no editor externo.\n"),
        "{text}"
    );
    assert!(matches!(h.app.screen(), Screen::Editor(e) if e.is_dirty()));
    assert!(h.app.notification().unwrap().contains("unsaved"));
    assert_eq!(
        authoring::load_brief(&h.store, "planilhas").unwrap().text,
        saved,
        "nothing stored before Ctrl-s"
    );
    ticks(&mut h, ANALYSIS_PAUSE_TICKS);
    h.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        authoring::load_brief(&h.store, "planilhas").unwrap().text,
        text
    );

    // From the side panel `E` hands off too.
    h.press(KeyCode::Tab).keys("E");
    assert_eq!(h.terminal_log.len(), 4);
    assert!(editor_text(&h).ends_with("externo.\nLinha escrita no editor externo.\n"));
}

#[test]
fn an_unchanged_file_or_a_failing_editor_leaves_the_text_alone() {
    let tools = tempfile::tempdir().unwrap();
    let mut h = Harness::open(false, course);
    h.keys("e");
    let before = editor_text(&h);

    h.external_editor = Some(
        script(tools.path(), "noop.sh", "exit 0")
            .display()
            .to_string(),
    );
    h.press_with(KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(editor_text(&h), before);
    assert!(matches!(h.app.screen(), Screen::Editor(e) if !e.is_dirty()));
    assert!(h.app.notification().unwrap().contains("no change"));

    let failing = script(tools.path(), "fail.sh", "echo lixo > \"$1\"; exit 3");
    h.external_editor = Some(failing.display().to_string());
    h.press_with(KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(editor_text(&h), before, "a failed edit is not loaded");
    assert_eq!(h.terminal_log, ["suspend", "resume", "suspend", "resume"]);
    assert!(h.app.notification().unwrap().contains("exited with"));
}

#[test]
fn plain_e_types_in_the_text() {
    let mut h = Harness::open(false, course);
    h.external_editor = Some("false".into());
    h.keys("e");
    h.keys("E");
    assert!(h.terminal_log.is_empty());
    assert!(editor_text(&h).starts_with('E'));
}
