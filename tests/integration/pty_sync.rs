//! Issue 14 end to end: the real binary in a pty (util-linux `script`), two homes (two
//! databases) on one server schema of the real PostgreSQL (`LECTERN_TEST_PG_URL`), `[sync]`
//! configured with a one-second poll. The second home's workbench shows a conflict (the
//! library's badge, `K`), resolves it with keep mine, and after `lectern sync` in both homes
//! both hold the same text. And the open workbench pulls the other home's edit by itself (the
//! poll) and pushes its own with the sync-now key (`Y`).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use super::pty::have_script;
use super::support::lectern;
use super::sync_core_support::ServerSchema;

const SLUG: &str = "seed-00000";

/// A home configured for `server`: the URL from the environment, the schema and a fast poll
/// from the config file.
fn configure(home: &Path, server: &ServerSchema) {
    let config = home.join("config/lectern/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!("[sync]\nschema = \"{}\"\npoll_seconds = 1\n", server.name),
    )
    .unwrap();
}

fn cli(home: &Path, server: &ServerSchema, args: &[&str]) -> (i32, String) {
    let out = lectern(home)
        .env("LECTERN_NO_DEMO", "1")
        .env("LECTERN_SYNC_URL", &server.url)
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

fn lesson(home: &Path, server: &ServerSchema, id: &str) -> String {
    let out = lectern(home)
        .env("LECTERN_NO_DEMO", "1")
        .env("LECTERN_SYNC_URL", &server.url)
        .args(["lesson", SLUG, id, "--print", "--raw"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn set_lesson(home: &Path, server: &ServerSchema, id: &str, text: &str) {
    let file = home.join("lesson.md");
    std::fs::write(&file, text).unwrap();
    let file = file.display().to_string();
    let (code, out) = cli(home, server, &["lesson", SLUG, id, "--set", &file]);
    assert_eq!(code, 0, "{out}");
}

/// Two homes holding the same library, synced.
fn two_homes(server: &ServerSchema) -> (tempfile::TempDir, tempfile::TempDir) {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    configure(a.path(), server);
    configure(b.path(), server);
    let (code, out) = cli(
        a.path(),
        server,
        &["dev", "seed", "--courses", "1", "--lessons", "2"],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(cli(a.path(), server, &["sync"]).0, 0);
    assert_eq!(cli(b.path(), server, &["sync"]).0, 0);
    (a, b)
}

/// The workbench of `home` in a 120×40 pty, running `during` (keys to type, pauses, checks)
/// with its stdin; returns the terminal output.
fn workbench(home: &Path, server: &ServerSchema, during: impl FnOnce(&mut dyn Write)) -> String {
    let bin = env!("CARGO_BIN_EXE_lectern");
    let line = format!("stty cols 120 rows 40; {bin}; echo; echo EXIT=$?");
    let mut child = Command::new("timeout")
        .args(["60", "script", "-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.join("home"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TERM", "xterm-256color")
        .env("LECTERN_NO_DEMO", "1")
        .env("LECTERN_SYNC_URL", &server.url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    during(&mut stdin);
    stdin.write_all(b"Q").unwrap();
    stdin.flush().unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.contains("EXIT=0"), "{out}");
    out
}

fn press(stdin: &mut dyn Write, pause_ms: u64, keys: &str) {
    std::thread::sleep(Duration::from_millis(pause_ms));
    stdin.write_all(keys.as_bytes()).unwrap();
    stdin.flush().unwrap();
}

#[test]
fn the_second_home_s_workbench_shows_the_conflict_keeps_mine_and_both_homes_converge() {
    if !have_script() {
        return;
    }
    let server = ServerSchema::new();
    let (a, b) = two_homes(&server);
    let (a, b) = (a.path(), b.path());
    let base = lesson(a, &server, "1.1");
    let ana = base.replacen("Goal", "Goal (ana)", 1);
    let bruno = base.replacen("Goal", "Goal (bruno)", 1);
    assert_ne!(ana, bruno);
    set_lesson(a, &server, "1.1", &ana);
    set_lesson(b, &server, "1.1", &bruno);
    assert_eq!(cli(a, &server, &["sync"]).0, 0);
    let (code, out) = cli(b, &server, &["sync"]);
    assert_eq!(code, 1, "the second sync finds the conflict: {out}");

    let out = workbench(b, &server, |stdin| {
        press(stdin, 3000, "K");
        press(stdin, 1500, "m");
        press(stdin, 1500, "");
    });
    assert!(out.contains("⇅!1"), "the library's badge:\n{out}");
    assert!(out.contains("Mine"), "the conflicts screen:\n{out}");
    assert!(out.contains("resolved"), "keep mine resolved it:\n{out}");

    assert_eq!(cli(b, &server, &["sync"]).0, 0);
    assert_eq!(cli(a, &server, &["sync"]).0, 0);
    assert_eq!(lesson(a, &server, "1.1"), bruno);
    assert_eq!(lesson(b, &server, "1.1"), bruno);
}

#[test]
fn the_open_workbench_pulls_the_other_home_s_edit_by_itself_and_y_pushes_its_own() {
    if !have_script() {
        return;
    }
    let server = ServerSchema::new();
    let (a, b) = two_homes(&server);
    let (a, b) = (a.path(), b.path());
    // Bruno's edit waits in his outbox; only his workbench will push it.
    let bruno = lesson(b, &server, "1.1").replacen("Goal", "Goal (bruno, pushed by Y)", 1);
    set_lesson(b, &server, "1.1", &bruno);
    let ana = lesson(a, &server, "1.2").replacen("Goal", "Goal (ana, pulled by the poll)", 1);
    let out = workbench(b, &server, |stdin| {
        press(stdin, 2500, "");
        set_lesson(a, &server, "1.2", &ana);
        assert_eq!(cli(a, &server, &["sync"]).0, 0);
        // No key: the one-second poll notices and pulls. Read while the workbench runs.
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while lesson(b, &server, "1.2") != ana {
            assert!(
                std::time::Instant::now() < deadline,
                "the poll never pulled ana's edit"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        assert_ne!(lesson(a, &server, "1.1"), bruno, "nothing pushed yet");
        press(stdin, 0, "Y");
        press(stdin, 3000, "");
    });
    assert!(out.contains("pulled"), "the poll said so:\n{out}");
    assert!(out.contains("synced"), "the key's sync said so:\n{out}");
    assert_eq!(cli(a, &server, &["sync"]).0, 0);
    assert_eq!(lesson(a, &server, "1.1"), bruno, "Y pushed bruno's edit");
}
