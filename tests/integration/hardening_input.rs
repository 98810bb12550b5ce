//! Issue #17, hostile input and concurrency, against the real binary: YAML alias bombs are
//! refused quickly in bounded memory (item 2), untrusted text never reaches the terminal raw
//! (item 6), processes opening a new database at once all succeed (item 7) and concurrent
//! writers wait their turn (item 8).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lectern::storage::{Store, StoreError};

use super::support::Sandbox;

/// Nine levels of nine aliases: 387 million nodes once expanded.
fn billion_laughs() -> String {
    let mut text = String::from("title: Bomba\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..=9 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    text.push_str("modules: *a9\n");
    text
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn lesson(title: &str) -> String {
    format!("# {title}\n\n## 🎯 G - GOAL\n\nVocê vai aprender.\n\n## 🛤️ S - STEPS\n\nPasso.\n")
}

/// Runs the binary with its address space capped at 1 GiB: a bomb that expands aborts the
/// process instead of the machine, and the test fails on the exit code and the message.
fn capped(sandbox: &Sandbox, args: &[&str]) -> (i32, String, Duration) {
    let started = Instant::now();
    let output = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1048576 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env_clear()
        .env("LECTERN_DB", sandbox.path("lectern.db"))
        .env("HOME", sandbox.path("home"))
        .env("XDG_CONFIG_HOME", sandbox.path("config"))
        .env("XDG_STATE_HOME", sandbox.path("state"))
        .env("XDG_DATA_HOME", sandbox.path("data"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    (
        output.status.code().unwrap_or(-1),
        stderr,
        started.elapsed(),
    )
}

#[test]
fn a_curriculum_alias_bomb_is_refused_quickly_with_its_location() {
    let sandbox = Sandbox::new();
    let course = sandbox.path("bomba");
    write(&course.join("curriculum.yaml"), &billion_laughs());
    write(&course.join("lessons/1.1-aula.md"), &lesson("Aula 1.1"));
    let folder = course.to_str().unwrap();

    let (code, out, took) = capped(&sandbox, &["import", folder]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("curriculum.yaml:6:10: too many aliases"),
        "{out}"
    );
    assert!(took < Duration::from_secs(20), "took {took:?}");

    let (code, out, _) = capped(&sandbox, &["validate", folder]);
    assert!(code <= 1, "{out}");
    assert!(out.contains("too many aliases"), "{out}");

    // `curriculum --set` on a stored course refuses the same file and changes nothing.
    write(&sandbox.path("ok/lessons/1.1-aula.md"), &lesson("Aula 1.1"));
    let (code, out, _) = capped(&sandbox, &["import", sandbox.path("ok").to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let bomb = course.join("curriculum.yaml");
    let (code, out, took) = capped(
        &sandbox,
        &["curriculum", "ok", "--set", bomb.to_str().unwrap()],
    );
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("too many aliases"), "{out}");
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn a_front_matter_alias_bomb_is_a_located_warning_not_an_exhausted_machine() {
    let sandbox = Sandbox::new();
    let course = sandbox.path("fm");
    let mut front = String::from("---\n");
    front.push_str(&billion_laughs().replace("modules: *a9\n", ""));
    front.push_str("---\n");
    write(
        &course.join("lessons/1.1-aula.md"),
        &(front + &lesson("Aula 1.1")),
    );
    let (code, out, took) = capped(&sandbox, &["validate", course.to_str().unwrap()]);
    assert!(code <= 1, "{out}");
    assert!(out.contains("too many aliases"), "{out}");
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

/// Starts `n` copies of the binary at once against one database and waits for all of them.
fn all_at_once(db: &Path, home: &Path, n: usize, args: &[&str]) -> Vec<std::process::Output> {
    let children: Vec<_> = (0..n)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_lectern"))
                .args(args)
                .env_clear()
                .env("LECTERN_DB", db)
                .env("HOME", home)
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("XDG_STATE_HOME", home.join("state"))
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect()
}

#[test]
fn processes_opening_a_new_database_at_once_all_succeed_and_seed_the_demo_once() {
    let sandbox = Sandbox::new();
    for trial in 0..4 {
        let db = sandbox.path(&format!("race-{trial}.db"));
        let outputs = all_at_once(&db, &sandbox.path("home"), 6, &["list", "--json"]);
        for out in &outputs {
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "trial {trial}: {stderr}");
            assert!(!stderr.contains("CREATE TABLE"), "SQL shown: {stderr}");
        }
        let (store, _) = Store::open(&db).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            lectern::storage::LATEST_VERSION
        );
        let courses = store.read().list_courses(true).unwrap();
        assert_eq!(courses.len(), 1, "the demo course is seeded exactly once");
    }
}

#[test]
fn concurrent_writers_wait_for_a_long_write_instead_of_failing() {
    let sandbox = Sandbox::new();
    let db = sandbox.path("busy.db");
    Store::open(&db).unwrap();
    for n in 0..4 {
        write(
            &sandbox.path(&format!("c{n}/lessons/1.1-aula.md")),
            &lesson(&format!("Aula {n}")),
        );
    }
    // Another writer holds the write lock for longer than the old five-second limit.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(7));
        holder.execute_batch("COMMIT").unwrap();
    });
    let children: Vec<_> = (0..4)
        .map(|n| {
            let folder = sandbox.path(&format!("c{n}"));
            let mut cmd = sandbox.cmd();
            cmd.env("LECTERN_DB", &db)
                .args(["import", folder.to_str().unwrap()])
                .timeout(Duration::from_secs(120));
            cmd
        })
        .map(|mut cmd| std::thread::spawn(move || cmd.output().unwrap()))
        .collect();
    releaser.join().unwrap();
    for child in children {
        let out = child.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let (store, _) = Store::open(&db).unwrap();
    assert_eq!(store.read().list_courses(true).unwrap().len(), 4);
}

#[test]
fn a_lock_that_outlasts_the_wait_is_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("locked.db");
    let (mut store, _) = Store::open(&db).unwrap();
    store.set_busy_timeout(Duration::from_millis(300)).unwrap();
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = store
        .write(|_| Ok::<_, StoreError>(()))
        .expect_err("still locked");
    let message = err.to_string();
    assert!(matches!(err, StoreError::Busy { .. }), "{message}");
    assert!(message.contains("wait for that command"), "{message}");
    assert!(message.contains("locked.db"), "{message}");
}
