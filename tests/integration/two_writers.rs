//! Issue 21, lost updates: two writers on one database. Every save names the text it started
//! from; when the stored text moved on, the save refuses (CLI exit 1, typed conflict in the
//! services) and `--force` / `SaveBase::OnTop` stores on top with the other text in history.
//! Generation results and `validate` scores go through the same check.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lectern::domain::rubric::{Rubric, score_lesson};
use lectern::services::authoring::{self, AuthoringError};
use lectern::storage::{RevisionSource, SaveBase, Store, Target};
use predicates::prelude::*;

use super::generation::{PASSING, fixture_course};
use super::llm_server::{LlmServer, Reply};
use super::support::lectern;

const MINE: &str = "# 1.1 - Introdução\n\nO texto da autora, escrito no editor.\n";
const THEIRS: &str = "# 1.1 - Introdução\n\nO texto salvo por outra janela.\n";

/// An imported gen-course in a fresh home; returns (dir, home, db).
fn imported() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().to_path_buf();
    let course = fixture_course(&home);
    lectern(&home)
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success();
    let db = home.join("data/lectern/lectern.db");
    (dir, home, db)
}

fn lesson_text(db: &Path, id: &str) -> String {
    let (store, _) = Store::open(db).unwrap();
    authoring::load_lesson(&store, "gen-course", id)
        .unwrap()
        .text
}

/// Every text a target's history holds, oldest first.
fn history_texts(db: &Path, target: &Target) -> Vec<String> {
    let (store, _) = Store::open(db).unwrap();
    let repo = store.read();
    let course = repo.require_course("gen-course").unwrap().id;
    let mut texts: Vec<String> = repo
        .revisions_of(course, target)
        .unwrap()
        .iter()
        .map(|r| repo.text_by_sha(&r.sha256).unwrap())
        .collect();
    texts.reverse();
    texts
}

#[test]
fn a_save_from_a_stale_base_is_a_typed_conflict_and_on_top_keeps_the_other_in_history() {
    let (_dir, _home, db) = imported();
    let (mut store, _) = Store::open(&db).unwrap();
    let loaded = authoring::load_lesson(&store, "gen-course", "1.1").unwrap();
    authoring::save_lesson(&mut store, "gen-course", "1.1", THEIRS).unwrap();
    let base = SaveBase::Sha256(loaded.sha256.clone());
    let err = authoring::save_lesson_on(
        &mut store,
        "gen-course",
        "1.1",
        MINE,
        &base,
        RevisionSource::Edited,
    )
    .unwrap_err();
    let AuthoringError::Conflict(c) = err else {
        panic!("expected a conflict, got {err:?}");
    };
    assert_eq!(c.target, Target::Lesson("1.1".into()));
    assert_eq!(c.base, loaded.sha256);
    assert_eq!(c.current_text, THEIRS);
    assert_eq!(c.base_text.as_deref(), Some(loaded.text.as_str()));
    assert_eq!(c.head.as_ref().unwrap().source, "edited");
    assert!(
        c.to_string()
            .contains("lesson 1.1 changed since it was opened")
    );
    assert_eq!(lesson_text(&db, "1.1"), THEIRS, "nothing was saved");

    // Keep mine: on top, theirs stays in history.
    authoring::save_lesson_on(
        &mut store,
        "gen-course",
        "1.1",
        MINE,
        &SaveBase::OnTop,
        RevisionSource::Edited,
    )
    .unwrap();
    assert_eq!(lesson_text(&db, "1.1"), MINE);
    let texts = history_texts(&db, &Target::Lesson("1.1".into()));
    assert_eq!(texts[texts.len() - 2..], [THEIRS, MINE]);

    // A save from the current text goes through.
    let now = authoring::load_lesson(&store, "gen-course", "1.1").unwrap();
    authoring::save_lesson_on(
        &mut store,
        "gen-course",
        "1.1",
        THEIRS,
        &SaveBase::Sha256(now.sha256),
        RevisionSource::Edited,
    )
    .unwrap();
}

#[test]
fn brief_and_curriculum_saves_check_their_base_too() {
    let (_dir, _home, db) = imported();
    let (mut store, _) = Store::open(&db).unwrap();
    let brief = authoring::load_brief(&store, "gen-course").unwrap();
    authoring::save_brief(&mut store, "gen-course", "# Outro curso\n").unwrap();
    let err = authoring::save_brief_on(
        &mut store,
        "gen-course",
        "# Meu curso\n",
        &SaveBase::Sha256(brief.sha256),
        RevisionSource::Edited,
    )
    .unwrap_err();
    assert!(matches!(err, AuthoringError::Conflict(ref c) if c.target == Target::Brief));

    let curriculum = authoring::load_curriculum(&store, "gen-course").unwrap();
    let theirs = curriculum
        .text
        .replace("Terceiro passo", "Terceiro passo, revisto");
    authoring::save_curriculum(&mut store, "gen-course", &theirs).unwrap();
    let mine = curriculum
        .text
        .replace("Segundo passo", "Segundo passo, meu");
    let err = authoring::save_curriculum_on(
        &mut store,
        "gen-course",
        &mine,
        &SaveBase::Sha256(curriculum.sha256),
        RevisionSource::Edited,
    )
    .unwrap_err();
    assert!(matches!(err, AuthoringError::Conflict(ref c) if c.target == Target::Curriculum));
    assert_eq!(
        authoring::load_curriculum(&store, "gen-course")
            .unwrap()
            .text,
        theirs
    );
}

/// The repro: `lesson --edit` with an editor still open while `generate --lesson`
/// stores a (paid) text. The editor's save is refused with exit 1 and kept as a draft; the
/// generated text stays current; `--edit --force` stores the person's text on top.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_edit_refuses_to_save_over_text_generated_meanwhile() {
    let reply = Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::ZERO,
    };
    let server = LlmServer::start(vec![], Some(reply)).await;
    let base = format!("{}/v1", server.base);
    tokio::task::spawn_blocking(move || {
        let (_dir, home, db) = imported();
        let go = home.join("go");
        let mine = home.join("mine.md");
        std::fs::write(&mine, MINE).unwrap();
        let editor = home.join("editor.sh");
        // Writes the person's text, then waits until the test lets it close.
        std::fs::write(
            &editor,
            format!(
                "#!/bin/sh\ncp '{}' \"$1\"\nwhile [ ! -e '{}' ]; do sleep 0.05; done\n",
                mine.display(),
                go.display()
            ),
        )
        .unwrap();
        Command::new("chmod")
            .arg("+x")
            .arg(&editor)
            .status()
            .unwrap();
        let editing = spawn(
            &home,
            &[("EDITOR", &editor)],
            &["lesson", "gen-course", "1.1", "--edit"],
        );
        lectern(&home)
            .args([
                "generate",
                "gen-course",
                "--lesson",
                "1.1",
                "--provider",
                "openai",
            ])
            .args(["--base-url", &base])
            .assert()
            .success();
        std::fs::write(&go, "").unwrap();
        let out = editing.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("lesson 1.1 changed since it was opened"),
            "{stderr}"
        );
        assert!(stderr.contains("generated by"), "{stderr}");
        assert!(
            stderr.contains("lectern lesson gen-course 1.1 --edit --force"),
            "{stderr}"
        );
        assert_eq!(lesson_text(&db, "1.1"), PASSING, "the generated text stays");

        // The person's text waits as a draft; --force stores it on top.
        std::fs::remove_file(&go).unwrap();
        let closing = home.join("close-now.sh");
        std::fs::write(&closing, "#!/bin/sh\nexit 0\n").unwrap();
        Command::new("chmod")
            .arg("+x")
            .arg(&closing)
            .status()
            .unwrap();
        lectern(&home)
            .env("EDITOR", &closing)
            .args(["lesson", "gen-course", "1.1", "--edit"])
            .assert()
            .code(1);
        lectern(&home)
            .env("EDITOR", &closing)
            .args(["lesson", "gen-course", "1.1", "--edit", "--force"])
            .assert()
            .success();
        assert_eq!(lesson_text(&db, "1.1"), MINE);
        let texts = history_texts(&db, &Target::Lesson("1.1".into()));
        assert!(
            texts.contains(&PASSING.to_string()),
            "generated text in history"
        );
    })
    .await
    .unwrap();
}

#[test]
fn cli_set_with_force_stores_on_top() {
    let (_dir, home, db) = imported();
    let file = home.join("mine.md");
    std::fs::write(&file, MINE).unwrap();
    lectern(&home)
        .args(["lesson", "gen-course", "1.1", "--force", "--set"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("saved lesson 1.1"));
    assert_eq!(lesson_text(&db, "1.1"), MINE);
}

/// A lesson a person saves while the model writes it keeps the person's text; the generated
/// text is kept in its history (not current) and reported.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generation_result_never_overwrites_a_lesson_changed_while_the_model_wrote() {
    let slow = Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::from_millis(30),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
    let base = format!("{}/v1", server.base);
    let seen = server.clone();
    tokio::task::spawn_blocking(move || {
        let (_dir, home, db) = imported();
        let child = spawn(
            &home,
            &[],
            &[
                "generate",
                "gen-course",
                "--lesson",
                "1.2",
                "--provider",
                "openai",
                "--base-url",
                &base,
                "--json",
            ],
        );
        let deadline = Instant::now() + Duration::from_secs(30);
        while seen.requests().is_empty() {
            assert!(Instant::now() < deadline, "the model was never asked");
            std::thread::sleep(Duration::from_millis(10));
        }
        let file = home.join("person.md");
        let person = "# 1.2 - Segundo passo\n\nEscrito pela autora durante a geração.\n";
        std::fs::write(&file, person).unwrap();
        lectern(&home)
            .args(["lesson", "gen-course", "1.2", "--set"])
            .arg(&file)
            .assert()
            .success();
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains("changed since it was opened"), "{stdout}");
        assert!(stdout.contains("kept in its history"), "{stdout}");
        assert_eq!(lesson_text(&db, "1.2"), person);
        let texts = history_texts(&db, &Target::Lesson("1.2".into()));
        assert_eq!(texts[texts.len() - 2..], [PASSING, person]);
        assert_eq!(seen.requests().len(), 1, "asked once, not again");
    })
    .await
    .unwrap();
}

/// `validate SLUG` scores outside its write transaction; a lesson saved in between is
/// scored again from its stored text, never given the old text's scores.
#[test]
fn validate_never_writes_scores_of_replaced_text() {
    let (_dir, _home, db) = imported();
    let blocker = rusqlite::Connection::open(&db).unwrap();
    blocker.execute_batch("BEGIN IMMEDIATE").unwrap();
    blocker
        .execute(
            "UPDATE course_lessons SET content_markdown = ?1 WHERE lesson_id = '1.1'",
            [PASSING],
        )
        .unwrap();
    let db2 = db.clone();
    let validating = std::thread::spawn(move || {
        let (mut store, _) = Store::open(&db2).unwrap();
        lectern::services::validate_stored(&mut store, "gen-course", Rubric::default()).unwrap()
    });
    // The validation reads (the old text) and then waits for the write lock.
    std::thread::sleep(Duration::from_millis(700));
    blocker.execute_batch("COMMIT").unwrap();
    let done = validating.join().unwrap();
    let expected = score_lesson(PASSING, Rubric::default());
    let reported = done.lessons.iter().find(|l| l.lesson_id == "1.1").unwrap();
    assert_eq!(reported.gps.score, expected.gps.score);
    let (store, _) = Store::open(&db).unwrap();
    let course = store.read().require_course("gen-course").unwrap().id;
    let row = store
        .read()
        .lessons_of(course)
        .unwrap()
        .into_iter()
        .find(|l| l.record.lesson_id == "1.1")
        .unwrap();
    let stored = row.record.score.unwrap();
    assert_eq!(stored.gps_points, expected.gps.score);
    assert_eq!(stored.didatica_points, expected.didatica.score);
}

/// The real binary as a plain process (to run it while the test does something else).
fn spawn(home: &Path, env: &[(&str, &Path)], args: &[&str]) -> std::process::Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lectern"));
    cmd.env_clear()
        .env("HOME", home.join("home"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Item 9: the approval names the curriculum its summary showed.
#[test]
fn approval_of_a_curriculum_changed_since_its_summary_fails() {
    let (_dir, _home, db) = imported();
    let (mut store, _) = Store::open(&db).unwrap();
    let summary = authoring::approval_summary(&store, "gen-course", "offline").unwrap();
    let text = authoring::load_curriculum(&store, "gen-course")
        .unwrap()
        .text;
    assert_eq!(
        summary.curriculum_sha256,
        lectern::domain::text::sha256_hex(text.as_bytes())
    );
    let changed = text.replace("Terceiro passo", "Terceiro passo, outro");
    authoring::save_curriculum(&mut store, "gen-course", &changed).unwrap();
    let seen = SaveBase::Sha256(summary.curriculum_sha256.clone());
    let err =
        authoring::approve_curriculum_seen(&mut store, "gen-course", "2026-01-01T00:00:00Z", &seen)
            .unwrap_err();
    assert!(
        err.to_string()
            .contains("the curriculum changed since you opened this summary"),
        "{err}"
    );
    let course = store.read().require_course("gen-course").unwrap().id;
    assert_eq!(store.read().curriculum_approved_at(course).unwrap(), None);
    let fresh = authoring::approval_summary(&store, "gen-course", "offline").unwrap();
    let seen = SaveBase::Sha256(fresh.curriculum_sha256);
    authoring::approve_curriculum_seen(&mut store, "gen-course", "2026-01-01T00:00:00Z", &seen)
        .unwrap();
}

/// Item 14: a save records the text that changed, not a snapshot of every lesson.
#[test]
fn a_save_records_one_revision_and_no_course_snapshot() {
    let (_dir, _home, db) = imported();
    let (mut store, _) = Store::open(&db).unwrap();
    let course = store.read().require_course("gen-course").unwrap().id;
    let count = |store: &Store| {
        let revisions = store.read().course_revisions(course).unwrap().len();
        let snapshots: i64 = rusqlite::Connection::open(&db)
            .unwrap()
            .query_row("SELECT count(*) FROM course_versions", [], |r| r.get(0))
            .unwrap();
        (revisions, snapshots)
    };
    let before = count(&store);
    authoring::save_lesson(&mut store, "gen-course", "1.1", MINE).unwrap();
    let after = count(&store);
    assert_eq!(after, (before.0 + 1, before.1));
    let last = &store.read().course_revisions(course).unwrap()[0];
    assert_eq!(last.target, "lesson/1.1");
}

/// Item 15: a save keeps the imported file's hash, so export reports an edited lesson as
/// changed, never "byte-for-byte as imported".
#[test]
fn export_reports_an_edited_lesson_as_changed() {
    let (_dir, home, _db) = imported();
    let export = |to: &str| {
        let out = lectern(&home)
            .args(["export", "gen-course", "--force", "--to"])
            .arg(home.join(to))
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let before = export("before");
    assert!(before.contains("byte-for-byte as imported"), "{before}");
    assert!(!before.contains("changed since import"), "{before}");
    let file = home.join("mine.md");
    std::fs::write(&file, MINE).unwrap();
    lectern(&home)
        .args(["lesson", "gen-course", "1.1", "--set"])
        .arg(&file)
        .assert()
        .success();
    let after = export("after");
    assert!(after.contains("1 changed since import"), "{after}");
}
