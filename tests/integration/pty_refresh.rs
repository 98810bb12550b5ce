//! Issue 20, "the library stays current": the real binary in a pty shows a course that
//! `lectern import` (another process) stored while it was open, with no key pressed in
//! between — the workbench polls SQLite's `data_version` on its tick. And the same through
//! `App`: another connection's write reloads the library and the open course, keeping the
//! selection.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use crossterm::event::KeyCode;
use lectern::storage::Store;
use lectern::tui::Screen;

use super::generation::fixture_course;
use super::pty::have_script;
use crate::tui_harness::{Harness, one_lesson_course};

#[test]
fn a_cli_import_shows_in_the_open_workbench_without_a_key() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_lectern");
    let db = dir.path().join("lectern.db");
    let course = fixture_course(dir.path());
    let line = format!(
        "stty cols 120 rows 40; {bin} --db {}; echo; echo EXIT=$?",
        db.display()
    );
    let env = |c: &mut Command| {
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", dir.path().join("home"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_STATE_HOME", dir.path().join("state"))
            .env("TERM", "xterm-256color");
    };
    let mut workbench = Command::new("timeout");
    workbench.args(["30", "script", "-qec", &line, "/dev/null"]);
    env(&mut workbench);
    let mut child = workbench
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    let mut import = Command::new(bin);
    import.arg("--db").arg(&db).arg("import").arg(&course);
    env(&mut import);
    let status = import
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "the CLI import worked");
    // No key: the workbench must notice by itself, then Q quits.
    std::thread::sleep(Duration::from_millis(2500));
    stdin.write_all(b"Q").unwrap();
    stdin.flush().unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.contains("EXIT=0"), "{out}");
    assert!(
        out.contains("Curso de Teste"),
        "the imported course was drawn before Q"
    );
}

fn library(h: &Harness) -> &lectern::tui::LibraryScreen {
    match h.app.screen() {
        Screen::Library(l) => l,
        other => panic!("expected the library, got {}", other.title()),
    }
}

#[test]
fn another_connection_s_write_reloads_the_library_keeping_the_selection() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "b-curso", "B curso", "Intro", "# 1.1\n\nTexto.\n");
        one_lesson_course(s, "c-curso", "C curso", "Intro", "# 1.1\n\nTexto.\n");
    });
    h.press(KeyCode::Down);
    assert_eq!(library(&h).selected_slug(), Some("c-curso"));
    for _ in 0..8 {
        h.tick();
    }
    // Another process (another connection on the same file) adds a course before both.
    let (mut other, _) = Store::open(&h.path).unwrap();
    one_lesson_course(
        &mut other,
        "a-curso",
        "A curso",
        "Intro",
        "# 1.1\n\nTexto.\n",
    );
    assert_eq!(library(&h).visible_count(), 2, "not before the tick");
    for _ in 0..8 {
        h.tick();
    }
    assert_eq!(library(&h).visible_count(), 3, "reloaded without a key");
    assert_eq!(
        library(&h).selected_slug(),
        Some("c-curso"),
        "selection kept"
    );
}

#[test]
fn an_idle_workbench_does_not_redraw_for_the_poll() {
    let mut h = Harness::open(false, |s| {
        one_lesson_course(s, "b-curso", "B curso", "Intro", "# 1.1\n\nTexto.\n");
    });
    for _ in 0..8 {
        h.tick();
    }
    h.app.take_dirty();
    for _ in 0..8 {
        h.tick();
    }
    assert!(!h.app.take_dirty(), "nothing changed, nothing to draw");
}
