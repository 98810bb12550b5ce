//! End to end for the editors (issue 6): the real binary in a pseudo-terminal (util-linux
//! `script`). Crash test: type into the demo brief, wait until the draft is in the database,
//! `kill -9`, start again, restore, save — the typed text is the saved brief. And the
//! `$EDITOR` hand-off with a scripted editor that saves by rename, and a 200 KB bracketed paste
//! followed at once by `Ctrl-s` (issue 12): all of it is stored. Skipped with a notice where
//! `script` is missing.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use crate::pty::{assert_restored, have_script};

const TYPED: &str = "Texto digitado antes do kill";

/// `lectern` in a 120×40 pty; its pid is written to `pid` (the shell `exec`s into it).
fn spawn(dir: &Path, db: &Path, pid: &Path, editor: Option<&Path>) -> (Child, ChildStdin) {
    let bin = env!("CARGO_BIN_EXE_lectern");
    let line = format!(
        "stty cols 120 rows 40; sh -c 'echo $$ > {}; exec {bin} --db {}'; echo; echo EXIT=$?; stty -a",
        pid.display(),
        db.display()
    );
    let mut command = Command::new("timeout");
    command
        .args(["60", "script", "-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.join("home"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(editor) = editor {
        command.env("EDITOR", editor);
    }
    let mut child = command.spawn().unwrap();
    let stdin = child.stdin.take().unwrap();
    (child, stdin)
}

pub(crate) fn send(stdin: &mut ChildStdin, pause_ms: u64, keys: &str) {
    std::thread::sleep(Duration::from_millis(pause_ms));
    stdin.write_all(keys.as_bytes()).unwrap();
    stdin.flush().unwrap();
}

/// Polls `query` (one text column) read-only until `done` says yes, for up to 15 s.
pub(crate) fn wait_for(db: &Path, query: &str, done: impl Fn(&str) -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
        if let Ok(conn) = rusqlite::Connection::open_with_flags(db, flags)
            && let Ok(text) = conn.query_row(query, [], |r| r.get::<_, String>(0))
            && done(&text)
        {
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    false
}

fn brief(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT brief_markdown FROM course_metadata LIMIT 1",
        [],
        |r| r.get::<_, Option<String>>(0),
    )
    .unwrap()
    .unwrap_or_default()
}

#[test]
fn a_draft_survives_kill_9_and_is_restored_and_saved() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lectern.db");
    let pid = dir.path().join("pid");
    // First run: Library → `e` (demo brief) → type; the draft lands within a few seconds.
    let (child, mut stdin) = spawn(dir.path(), &db, &pid, None);
    send(&mut stdin, 2500, "e");
    send(&mut stdin, 1000, TYPED);
    let drafted = wait_for(&db, "SELECT text FROM drafts WHERE kind = 'brief'", |t| {
        t.contains(TYPED)
    });
    let lectern_pid = std::fs::read_to_string(&pid).unwrap();
    Command::new("kill")
        .args(["-KILL", lectern_pid.trim()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    assert!(
        drafted,
        "no draft written:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!brief(&db).contains(TYPED), "nothing saved before the kill");

    // Second run: `e` offers the draft; `r` restores, Ctrl-s saves, Esc leaves, Q quits.
    let (child, mut stdin) = spawn(dir.path(), &db, &pid, None);
    send(&mut stdin, 2500, "e");
    send(&mut stdin, 1000, "r");
    send(&mut stdin, 500, "\x13");
    let saved = wait_for(
        &db,
        "SELECT brief_markdown FROM course_metadata LIMIT 1",
        |t| t.contains(TYPED),
    );
    send(&mut stdin, 300, "\x1b");
    send(&mut stdin, 700, "Q");
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.contains("Unsaved draft found"),
        "restore offered:\n{out}"
    );
    assert!(saved, "typed text saved:\n{out}");
    assert!(brief(&db).starts_with(TYPED));
    assert!(out.contains("EXIT=0"), "clean exit:\n{out}");
    assert_restored(&out);
}

fn editor_script(dir: &Path) -> PathBuf {
    let path = dir.join("editor.sh");
    let body = "#!/bin/sh\n{ cat \"$1\"; printf 'Linha do editor externo\\n'; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n";
    std::fs::write(&path, body).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

#[test]
fn ctrl_o_hands_the_brief_to_editor_and_takes_the_change_back() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lectern.db");
    let pid = dir.path().join("pid");
    let editor = editor_script(dir.path());
    let (child, mut stdin) = spawn(dir.path(), &db, &pid, Some(&editor));
    send(&mut stdin, 2500, "e");
    send(&mut stdin, 1000, "\x0f");
    send(&mut stdin, 1500, "\x13");
    let saved = wait_for(
        &db,
        "SELECT brief_markdown FROM course_metadata LIMIT 1",
        |t| t.contains("Linha do editor externo"),
    );
    send(&mut stdin, 300, "\x1b");
    send(&mut stdin, 700, "Q");
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(saved, "edited text saved:\n{out}");
    // Suspended (main screen) and resumed (alternate screen again) around the editor.
    assert!(
        out.matches("\x1b[?1049h").count() >= 2,
        "TUI resumed:\n{out}"
    );
    assert!(out.contains("EXIT=0"), "clean exit:\n{out}");
    assert_restored(&out);
}

#[test]
fn a_200_kb_bracketed_paste_then_ctrl_s_stores_all_of_it() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lectern.db");
    let pid = dir.path().join("pid");
    let mut pasted = String::new();
    let mut n = 0;
    while pasted.len() < 200 * 1024 {
        pasted.push_str(&format!("Linha {n} do texto colado no editor.\r\n"));
        n += 1;
    }
    let expected = pasted.replace("\r\n", "\n");
    // Library → Enter (course) → `f` failing only → Enter (lesson 2.2) → `e` (its editor) →
    // the paste and Ctrl-s in one write, as a person pressing Ctrl-s right after pasting.
    let (child, mut stdin) = spawn(dir.path(), &db, &pid, None);
    send(&mut stdin, 2500, "\r");
    send(&mut stdin, 700, "f");
    send(&mut stdin, 400, "\r");
    send(&mut stdin, 700, "e");
    send(&mut stdin, 1500, &format!("\x1b[200~{pasted}\x1b[201~\x13"));
    let query = "SELECT content_markdown FROM course_lessons WHERE lesson_id = '2.2'";
    let saved = wait_for(&db, query, |t| t.starts_with(&expected));
    send(&mut stdin, 300, "\x1b");
    send(&mut stdin, 700, "Q");
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(saved, "the whole paste stored:\n{}", tail(&out));
    assert!(out.contains("\x1b[?2004h"), "bracketed paste enabled");
    assert!(out.contains("EXIT=0"), "clean exit:\n{}", tail(&out));
    assert_restored(&out);
    let tail_after = &out[out.rfind("\x1b[?1049h").unwrap()..];
    assert!(
        tail_after.contains("\x1b[?2004l"),
        "bracketed paste disabled on the way out"
    );
}

/// The last few KB of a pty transcript: enough to see the last screens.
fn tail(out: &str) -> &str {
    let mut start = out.len().saturating_sub(6000);
    while !out.is_char_boundary(start) {
        start += 1;
    }
    &out[start..]
}
