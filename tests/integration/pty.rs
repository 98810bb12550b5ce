//! End to end: the real `lectern` binary in a pseudo-terminal (util-linux `script` provides
//! it), driven by keys: open the demo course, go to a failing lesson, jump to its first issue,
//! quit; review → lesson → back → search → hit → quit — then check the terminal was given
//! back (alternate screen left, cursor shown, line discipline cooked again). Also SIGTERM.
//! Skipped with a notice where `script` is missing.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

pub(crate) fn have_script() -> bool {
    let found = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        eprintln!("note: pty tests skipped: util-linux `script` is not installed");
    }
    found
}

/// Runs `shell` inside a 120×40 pty, typing `keys` (each after its pause); returns the
/// terminal output.
fn in_pty(dir: &Path, shell: &str, keys: &[(u64, &str)]) -> String {
    let line = format!("stty cols 120 rows 40; {shell}; echo; echo EXIT=$?; stty -a");
    let mut child = Command::new("timeout")
        .args(["30", "script", "-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.join("home"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for (pause_ms, text) in keys {
        std::thread::sleep(Duration::from_millis(*pause_ms));
        stdin.write_all(text.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    // Keep stdin open until the child is done: closing it early would end `script`.
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub(crate) fn assert_restored(out: &str) {
    let tail = &out[out
        .rfind("\x1b[?1049h")
        .expect("entered the alternate screen")..];
    assert!(tail.contains("\x1b[?1049l"), "left the alternate screen");
    assert!(tail.contains("\x1b[?25h"), "cursor shown again");
    let flags: Vec<&str> = tail.split_whitespace().collect();
    assert!(flags.contains(&"icanon"), "canonical mode back:\n{tail}");
    assert!(flags.contains(&"echo"), "echo back:\n{tail}");
}

#[test]
fn open_the_demo_go_to_a_failing_lesson_and_quit() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_lectern");
    let db = dir.path().join("lectern.db");
    let shell = format!("{bin} --db {}", db.display());
    // Library → Enter (course) → `f` failing only → Enter (first failing lesson) → `]` → Q.
    let keys = [
        (2000, "\r"),
        (700, "f"),
        (400, "\r"),
        (700, "]"),
        (400, "Q"),
    ];
    let out = in_pty(dir.path(), &shell, &keys);
    assert!(out.contains("Planilhas sem Medo"), "library drawn:\n{out}");
    assert!(out.contains("failing only"), "failing-only toggled");
    assert!(out.contains("Issues (18)"), "lesson 2.2 opened:\n{out}");
    assert!(out.contains("EXIT=0"), "clean exit:\n{out}");
    assert_restored(&out);
}

#[test]
fn review_a_lesson_then_search_and_open_a_hit_and_quit() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_lectern");
    let db = dir.path().join("lectern.db");
    let shell = format!("{bin} --db {}", db.display());
    // Library → `R` review → Enter expands the first code, `j` its lesson, Enter opens it →
    // Esc back to the review → Ctrl-f → a word only lesson 2.3 has → Enter opens it → Q.
    let keys = [
        (2000, "R"),
        (700, "\r"),
        (300, "j"),
        (300, "\r"),
        (700, "\x1b"),
        (700, "\x06"),
        (500, "enquadramento"),
        (1000, "\r"),
        (1000, "Q"),
    ];
    let out = in_pty(dir.path(), &shell, &keys);
    // Tokens without spaces: only changed cells are redrawn, so a space equal to the one
    // already there breaks a phrase apart in the output.
    assert!(out.contains("GPS-P-NO-EMPATHY"), "review drawn:\n{out}");
    assert!(
        out.contains("(18)"),
        "lesson 2.2 opened from the review:\n{out}"
    );
    assert!(
        out.contains("enquadramento"),
        "the search hit drawn:\n{out}"
    );
    // Lesson 2.3's Didática title; lesson 2.2 (the only other one opened) scores 10/100.
    assert!(
        out.contains("90/100"),
        "lesson 2.3 opened from search:\n{out}"
    );
    assert!(out.contains("EXIT=0"), "clean exit:\n{out}");
    assert_restored(&out);
}

#[test]
fn sigterm_restores_the_terminal() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_lectern");
    let db = dir.path().join("lectern.db");
    // The subshell signals the shell that `exec` turns into lectern.
    let shell = format!(
        "sh -c '(sleep 2; kill -TERM $$) & exec {bin} --db {}'",
        db.display()
    );
    let out = in_pty(dir.path(), &shell, &[(4000, "")]);
    assert!(out.contains("Planilhas sem Medo"), "library drawn:\n{out}");
    assert!(out.contains("EXIT=0"), "SIGTERM is a clean exit:\n{out}");
    assert_restored(&out);
}
