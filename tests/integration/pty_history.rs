//! History, restore and undo end to end (issue 12): the real binary in a pty (util-linux
//! `script`) on the demo course (imported lessons). `H` opens a lesson's history, `Enter`
//! shows a word diff, `r` then `y` restores the imported text; `R` with a real model (a
//! loopback server speaking the OpenAI wire format) replaces the failing lessons, and `u`
//! gives every imported text back byte for byte. Checked in the database. Skipped with a
//! notice where `script` is missing.

use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::Duration;

use crate::generation::PASSING;
use crate::llm_server::{LlmServer, Reply};
use crate::pty::{assert_restored, have_script};
use crate::pty_authoring::{send, wait_for};

const TYPED: &str = "Frase que a autora escreveu.";

/// `lectern` with `args` in a 120×40 pty.
fn spawn(dir: &Path, args: &str) -> (Child, ChildStdin) {
    let bin = env!("CARGO_BIN_EXE_lectern");
    let line = format!("stty cols 120 rows 40; {bin} {args}; echo; echo EXIT=$?; stty -a");
    let mut child = Command::new("timeout")
        .args(["90", "script", "-qec", &line, "/dev/null"])
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
    let stdin = child.stdin.take().unwrap();
    (child, stdin)
}

/// Every lesson's id and text, in course order.
fn lessons(db: &Path) -> Vec<(String, Option<String>)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT lesson_id, content_markdown FROM course_lessons ORDER BY sort_order")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A new demo database (made by a first run of the binary, then quit).
fn demo(dir: &Path, db: &Path) {
    let (child, mut stdin) = spawn(dir, &format!("--db {}", db.display()));
    send(&mut stdin, 2000, "Q");
    child.wait_with_output().unwrap();
}

#[test]
fn big_h_opens_history_enter_shows_a_diff_r_restores() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lectern.db");
    demo(dir.path(), &db);
    let (first, original) = lessons(&db).into_iter().find(|(_, t)| t.is_some()).unwrap();
    let original = original.unwrap();
    // Course → `e` (first lesson's editor) → type → Ctrl-s → Esc → `H` → Enter (diff) →
    // Esc (close it) → `j` (the imported revision) → `r` → `y`.
    let (child, mut stdin) = spawn(dir.path(), &format!("--db {}", db.display()));
    send(&mut stdin, 2000, "\r");
    send(&mut stdin, 700, "e");
    send(&mut stdin, 1000, TYPED);
    send(&mut stdin, 300, "\x13");
    let query = format!("SELECT content_markdown FROM course_lessons WHERE lesson_id = '{first}'");
    assert!(
        wait_for(&db, &query, |t| t.starts_with(TYPED)),
        "the edit saved"
    );
    send(&mut stdin, 300, "\x1b");
    send(&mut stdin, 700, "H");
    send(&mut stdin, 1000, "\r");
    send(&mut stdin, 1000, "\x1b");
    send(&mut stdin, 300, "j");
    send(&mut stdin, 300, "r");
    send(&mut stdin, 700, "y");
    let restored = wait_for(&db, &query, |t| t == original);
    send(&mut stdin, 1000, "Q");
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.contains("Revisions"), "history drawn:\n{out}");
    assert!(out.contains("edited"), "the edit listed:\n{out}");
    // Tokens without spaces: only changed cells are redrawn (see pty.rs).
    assert!(
        out.contains("Diff") && out.contains("→"),
        "the diff drawn:\n{out}"
    );
    assert!(out.contains("Restore"), "restore asked first:\n{out}");
    assert!(restored, "the imported text restored byte for byte:\n{out}");
    assert!(out.contains("EXIT=0"), "clean exit:\n{out}");
    assert_restored(&out);
}

#[test]
fn big_r_with_a_model_then_u_gives_back_every_imported_text_byte_for_byte() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lectern.db");
    demo(dir.path(), &db);
    let before = lessons(&db);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let reply = Reply::OpenAi {
        text: PASSING.to_string(),
        usage: (100, 200),
        delay: Duration::ZERO,
    };
    let server = runtime.block_on(LlmServer::start(Vec::new(), Some(reply)));
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[generation]\nprovider = \"openai\"\nmodel = \"test-model\"\nbase_url = \"{}/v1\"\n\
             max_attempts = 1\nmax_retries = 0\n",
            server.base
        ),
    )
    .unwrap();
    // Course → `R` (every failing lesson) → the dialog says what it replaces → `y` → wait
    // until stored → `u` → wait until every text is back → Q.
    let args = format!("--db {} --config {}", db.display(), config.display());
    let (child, mut stdin) = spawn(dir.path(), &args);
    send(&mut stdin, 2000, "\r");
    send(&mut stdin, 1000, "R");
    send(&mut stdin, 1000, "y");
    let count = "SELECT CAST(count(*) AS TEXT) FROM course_lessons WHERE content_markdown = ";
    let replaced_query = format!("{count}'{}'", PASSING.replace('\'', "''"));
    let replaced = wait_for(&db, &replaced_query, |n| n.parse::<u32>().unwrap_or(0) > 0);
    // Let the run finish (the status line then offers `u`).
    std::thread::sleep(Duration::from_secs(3));
    let during = lessons(&db);
    send(&mut stdin, 300, "u");
    let done = (0..75).any(|_| {
        std::thread::sleep(Duration::from_millis(200));
        lessons(&db) == before
    });
    send(&mut stdin, 700, "Q");
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(replaced, "the model's lessons stored:\n{out}");
    assert_ne!(during, before, "R replaced lessons");
    assert!(
        out.contains("replaced;"),
        "the dialog said what R replaces:\n{out}"
    );
    assert!(out.contains("undo"), "the status line offered undo:\n{out}");
    assert!(done, "every imported text back byte for byte:\n{out}");
    assert!(out.contains("EXIT=0"), "clean exit:\n{out}");
    assert_restored(&out);
}
