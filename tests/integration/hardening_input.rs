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
        // A database being created holds nothing to protect: no process backs it up (two
        // backing up at once once wrote into each other's copy).
        let backups: Vec<_> = std::fs::read_dir(sandbox.path(""))
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .contains(&format!("race-{trial}.db.bak"))
            })
            .collect();
        assert!(backups.is_empty(), "trial {trial}: {backups:?}");
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

/// A title that writes the clipboard (OSC 52), clears the screen, hides a link (OSC 8) and
/// carries CR, BS and a one-byte CSI (U+009B), as YAML escapes.
const EVIL_TITLE_YAML: &str = r#""Evil \e]52;c;ZWNobyBwd25lZA==\a \e[2J \e]8;;http://x\e\\link\e]8;;\e\\ a\rb\bc \u009b31m and a long tail""#;

fn evil_course(sandbox: &Sandbox) -> std::path::PathBuf {
    let course = sandbox.path("evil-course");
    write(
        &course.join("curriculum.yaml"),
        &format!(
            "title: {EVIL_TITLE_YAML}\nmodules:\n  - title: Um\n    lessons:\n      - id: \"1.1\"\n        title: Aula\n"
        ),
    );
    write(
        &course.join("lessons/1.1-aula.md"),
        "# Aula 1.1 \x1b]52;c;cHduZWQ=\x07\n\n## 🎯 G - GOAL\n\nTexto \x1b[2J aqui.\n",
    );
    course
}

fn assert_no_controls(out: &str, what: &str) {
    for c in out.chars() {
        assert!(
            c == '\n' || !(c.is_control()),
            "{what} wrote {:?} to the terminal:\n{out}",
            c
        );
    }
}

fn run_ok(sandbox: &Sandbox, args: &[&str]) -> String {
    let out = sandbox
        .cmd()
        .env("LECTERN_DB", sandbox.path("lectern.db"))
        .env("LECTERN_NO_DEMO", "1")
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?}: {err}");
    text + &err
}

#[test]
fn escape_sequences_in_course_data_never_reach_the_terminal_from_the_cli() {
    let sandbox = Sandbox::new();
    let course = evil_course(&sandbox);
    let import = run_ok(&sandbox, &["import", course.to_str().unwrap()]);
    assert_no_controls(&import, "import");
    assert!(import.contains("␛]52;c;"), "{import}");

    let list = run_ok(&sandbox, &["list"]);
    assert_no_controls(&list, "list");
    assert!(list.contains("Evil ␛]52"), "{list}");
    // The title column is cut after sanitising: the status column stays aligned.
    let width_before = |line: &str, word: &str| {
        lectern::domain::display_text::text_width(&line[..line.find(word).unwrap()])
    };
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(
        width_before(lines[0], "STATUS"),
        width_before(lines[1], "draft"),
        "{list}"
    );
    assert!(list.contains('…'), "the long title is cut: {list}");

    let show = run_ok(&sandbox, &["show", "evil-course"]);
    assert_no_controls(&show, "show");
    for shown in ["␛[2J", "a␍b␈c", "\u{FFFD}31m", "␛]8;;http://x␛\\link"] {
        assert!(show.contains(shown), "{shown} missing:\n{show}");
    }

    // --json stays exact: the title comes back byte for byte.
    let json = run_ok(&sandbox, &["list", "--json"]);
    let courses: serde_json::Value = serde_json::from_str(&json).unwrap();
    let title = courses[0]["title"].as_str().unwrap();
    assert!(title.starts_with("Evil \x1b]52;c;ZWNobyBwd25lZA==\x07 \x1b[2J"));
    assert!(title.contains("a\rb\x08c \u{9b}31m"));

    // Error messages quote what the user typed; that is sanitised too.
    let out = sandbox
        .cmd()
        .env("LECTERN_DB", sandbox.path("lectern.db"))
        .args(["show", "no\x1b]52;c;eA==\x07pe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_no_controls(&err, "the error report");
    assert!(err.contains("no␛]52;c;eA==␇pe"), "{err}");
}

#[test]
fn print_is_byte_exact_into_a_pipe_and_neutralised_on_a_terminal_unless_raw() {
    let sandbox = Sandbox::new();
    let course = evil_course(&sandbox);
    run_ok(&sandbox, &["import", course.to_str().unwrap()]);
    let piped = run_ok(&sandbox, &["lesson", "evil-course", "1.1", "--print"]);
    assert!(
        piped.contains("\x1b]52;c;cHduZWQ=\x07"),
        "a pipe gets the bytes"
    );

    if !super::pty::have_script() {
        return;
    }
    let in_terminal = |extra: &str| {
        let line = format!(
            "{} lesson evil-course 1.1 --print {extra}",
            env!("CARGO_BIN_EXE_lectern")
        );
        let out = Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", sandbox.path("home"))
            .env("LECTERN_DB", sandbox.path("lectern.db"))
            .env("TERM", "xterm-256color")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = in_terminal("");
    assert!(shown.contains("Aula 1.1 ␛]52;c;cHduZWQ=␇"), "{shown:?}");
    assert!(!shown.contains("\x1b]52"), "{shown:?}");
    assert!(!shown.contains("\x1b[2J"), "{shown:?}");
    let raw = in_terminal("--raw");
    assert!(
        raw.contains("\x1b]52;c;cHduZWQ=\x07"),
        "--raw forces bytes: {raw:?}"
    );
}

#[test]
fn import_from_db_refuses_slugs_that_are_not_kebab_case() {
    let sandbox = Sandbox::new();
    let legacy = sandbox.path("creatoros.db");
    let conn = rusqlite::Connection::open(&legacy).unwrap();
    conn.execute_batch(
        "CREATE TABLE content_pieces (id INTEGER PRIMARY KEY, slug TEXT, title TEXT);
         INSERT INTO content_pieces VALUES (1, '../../escape', 'Fuga');
         INSERT INTO content_pieces VALUES (2, 'tit' || char(27) || ']52;c;eA==' || char(7), 'Eco');
         INSERT INTO content_pieces VALUES (3, 'curso-bom', 'Bom');",
    )
    .unwrap();
    drop(conn);
    let out = sandbox
        .cmd()
        .env("LECTERN_DB", sandbox.path("lectern.db"))
        .env("LECTERN_NO_DEMO", "1")
        .args(["import", "--from-db", legacy.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_no_controls(&err, "import --from-db");
    assert_eq!(err.matches("is not a valid slug").count(), 2, "{err}");
    let (store, _) = Store::open(&sandbox.path("lectern.db")).unwrap();
    let slugs: Vec<String> = store
        .read()
        .list_courses(true)
        .unwrap()
        .into_iter()
        .map(|c| c.slug)
        .collect();
    assert_eq!(slugs, ["curso-bom"]);
}

#[test]
fn a_failing_migration_names_itself_without_printing_sql() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("odd.db");
    // Version 0, but a table of the first migration already there: migration 1 must fail.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("CREATE TABLE minds (x); CREATE TABLE content_pieces (x);")
        .unwrap();
    drop(conn);
    let err = Store::open(&db).err().expect("migration fails");
    let message = format!(
        "{err} {:?}",
        std::error::Error::source(&err).map(|s| s.to_string())
    );
    assert!(
        message.contains("migration 1 (0001_init) failed"),
        "{message}"
    );
    assert!(!message.contains("CREATE "), "SQL shown: {message}");
}
