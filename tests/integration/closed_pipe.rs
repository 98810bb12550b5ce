//! Every printing command exits quietly when its reader closes stdout early (`| head -1`):
//! status 0 or 141 (128 + SIGPIPE), no panic, no backtrace, nothing on stderr.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::Sandbox;

const DEMO: &str = "planilhas-sem-medo";

/// Runs lectern with `args`, its stdout read by a reader that closes the pipe after
/// `lines_read` lines (0: before the command writes anything, so its first write meets the
/// closed pipe). Returns the exit status and stderr.
fn run_closing_after(home: &Path, args: &[&str], lines_read: usize) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env_clear()
        .env("HOME", home.join("home"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    if lines_read > 0 {
        let mut reader = BufReader::new(stdout);
        for _ in 0..lines_read {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
        }
    } else {
        drop(stdout);
    }
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (child.wait().unwrap().code(), stderr)
}

#[test]
fn printing_commands_exit_quietly_when_the_reader_stops() {
    let sandbox = Sandbox::new();
    let home = sandbox.path("");
    // A library big enough that `list` and `search` outrun the pipe's buffer after one line.
    let (status, stderr) = run_closing_after(
        &home,
        &["dev", "seed", "--courses", "800", "--lessons", "2"],
        1,
    );
    assert_eq!(status, Some(0), "{stderr}");
    let demo_folder = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/demo/planilhas-sem-medo"
    );
    let commands: [&[&str]; 9] = [
        &["list"],
        &["list", "--json"],
        &["show", DEMO],
        &["validate", demo_folder],
        &["validate", demo_folder, "--json"],
        &["search", "a", "--limit", "2000"],
        &["search", "planilha", "--json"],
        &["export", DEMO, "--format", "json", "--to", "-"],
        &["history", DEMO],
    ];
    for args in commands {
        for lines_read in [0, 1] {
            let (status, stderr) = run_closing_after(&home, args, lines_read);
            assert!(
                stderr.is_empty(),
                "{args:?} (reader closed after {lines_read} lines) wrote to stderr: {stderr}"
            );
            let allowed: &[i32] = if lines_read == 0 { &[141] } else { &[0, 141] };
            assert!(
                status.is_some_and(|s| allowed.contains(&s)),
                "{args:?} (reader closed after {lines_read} lines) exited with {status:?}"
            );
        }
    }
}
