//! `lectern history`, `diff`, `restore`, `undo`, `lesson --rev` and `generate --failed`
//! through the real binary, and `kill -9` of the binary during a restore, an undo and a
//! bulk regeneration: afterwards each text is wholly before or wholly after, the database
//! passes `integrity_check` and history is complete.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;

use lectern::storage::{Store, Target};

use super::generation::{PASSING, fixture_course};
use super::llm_server::{LlmServer, Reply};
use super::support::lectern;

const DEMO: &str = "planilhas-sem-medo";
const OLD_TEXT: &str = "# 1.1 - Introdução\n\nTexto antigo escrito pela autora.\n";

fn stdout(home: &Path, args: &[&str]) -> String {
    let out = lectern(home).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn history_diff_restore_undo_and_rev_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let a = stdout(home, &["lesson", DEMO, "1.1", "--print"]);
    let b = a.replacen("Fundamentos da planilha", "Fundamentos da PLANILHA", 1);
    assert_ne!(a, b);
    let file = home.join("b.md");
    std::fs::write(&file, &b).unwrap();
    lectern(home)
        .args(["lesson", DEMO, "1.1", "--set"])
        .arg(&file)
        .assert()
        .success();

    let json: serde_json::Value =
        serde_json::from_str(&stdout(home, &["history", DEMO, "1.1", "--json"])).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{json}");
    for key in [
        "id",
        "parent",
        "created_at",
        "source",
        "author",
        "provider",
        "model",
        "gps_score",
        "didatica_score",
        "sha256",
    ] {
        assert!(rows[0].get(key).is_some(), "{key} missing: {}", rows[0]);
    }
    assert_eq!(rows[0]["source"], "cli-set");
    assert_eq!(rows[1]["source"], "imported");
    assert_eq!(rows[0]["parent"], rows[1]["id"]);
    let old_id = rows[1]["id"].as_str().unwrap().to_string();

    let diff = stdout(home, &["diff", DEMO, "1.1"]);
    assert!(
        diff.contains("-**Módulo:** 1 - Fundamentos da planilha"),
        "{diff}"
    );
    assert!(
        diff.contains("+**Módulo:** 1 - Fundamentos da PLANILHA"),
        "{diff}"
    );
    assert!(
        !diff.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    let words = stdout(home, &["diff", DEMO, "1.1", "--word"]);
    assert!(words.contains("[-planilha-]{+PLANILHA+}"), "{words}");

    assert_eq!(
        stdout(home, &["lesson", DEMO, "1.1", "--print", "--rev", "~1"]),
        a
    );
    let prefix = &old_id[..old_id.len() - 4];
    assert_eq!(
        stdout(home, &["lesson", DEMO, "1.1", "--print", "--rev", prefix]),
        a
    );

    let restored = stdout(home, &["restore", DEMO, "1.1", &old_id]);
    assert_eq!(restored.trim().len(), 36, "{restored}");
    assert_eq!(stdout(home, &["lesson", DEMO, "1.1", "--print"]), a);
    lectern(home)
        .args(["undo", DEMO])
        .assert()
        .success()
        .stdout(predicate::str::contains("restored"));
    assert_eq!(stdout(home, &["lesson", DEMO, "1.1", "--print"]), b);

    lectern(home)
        .args(["history", DEMO, "9.9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no history for `9.9`"));
    lectern(home)
        .args(["lesson", DEMO, "1.1", "--print", "--rev", "~9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lectern history"));
}

fn binary(home: &Path) -> Command {
    let mut cmd = super::support::lectern_process(home);
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

fn imported_course(home: &Path) -> PathBuf {
    let course = fixture_course(home);
    lectern(home)
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success();
    home.join("data/lectern/lectern.db")
}

/// Each lesson's current text, after checking the database and that the current text is
/// the head revision's.
fn texts(db: &Path) -> Vec<String> {
    let (store, _) = Store::open(db).unwrap();
    assert_eq!(store.pragma_text("integrity_check").unwrap(), "ok");
    let repo = store.read();
    let course = repo.require_course("gen-course").unwrap();
    repo.lessons_of(course.id)
        .unwrap()
        .into_iter()
        .map(|l| {
            let text = l.record.content_markdown.unwrap_or_default();
            let target = Target::Lesson(l.record.lesson_id);
            let head = repo.head_revision(course.id, &target).unwrap();
            let head = head.map(|h| repo.text_by_sha(&h.sha256).unwrap());
            assert_eq!(head.unwrap_or_default(), text, "{target}: current == head");
            text
        })
        .collect()
}

/// The lessons' current texts alone, safe to poll while another process writes.
fn current_texts(db: &Path) -> Vec<String> {
    let (store, _) = Store::open(db).unwrap();
    let repo = store.read();
    let course = repo.require_course("gen-course").unwrap();
    repo.lessons_of(course.id)
        .unwrap()
        .into_iter()
        .map(|l| l.record.content_markdown.unwrap_or_default())
        .collect()
}

fn kill_after(mut cmd: Command, delay: Duration) {
    let mut child = cmd.spawn().unwrap();
    std::thread::sleep(delay);
    let _ = child.kill();
    child.wait().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generate_failed_says_what_it_replaces_and_undo_brings_the_import_back() {
    let fast = Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::ZERO,
    };
    let server = LlmServer::start(vec![], Some(fast)).await;
    let base = format!("{}/v1", server.base);
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let db = imported_course(home);
        lectern(home)
            .args(["generate", "gen-course", "--failed", "--provider", "openai"])
            .args(["--base-url", &base])
            .assert()
            .success()
            .stderr(predicate::str::contains(
                "1 lesson(s) with imported text will be replaced",
            ));
        assert_eq!(texts(&db)[0], PASSING);
        lectern(home)
            .args(["undo", "gen-course"])
            .assert()
            .success();
        assert_eq!(
            stdout(home, &["lesson", "gen-course", "1.1", "--print"]),
            OLD_TEXT
        );
        // The offline provider never replaces it, and says so.
        lectern(home)
            .args([
                "generate",
                "gen-course",
                "--lesson",
                "1.1",
                "--provider",
                "offline",
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("never replaces"));
        assert_eq!(texts(&db)[0], OLD_TEXT);
        // It fills the planned lessons: drafts, counted apart and never as passed.
        lectern(home)
            .args(["generate", "gen-course", "--provider", "offline"])
            .assert()
            .success();
        let show: serde_json::Value =
            serde_json::from_str(&stdout(home, &["show", "gen-course", "--json"])).unwrap();
        assert_eq!(show["draft"], 2, "{show}");
        let origins: Vec<&str> = show["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["origin"].as_str().unwrap())
            .collect();
        assert_eq!(origins, ["imported", "offline-draft", "offline-draft"]);
        let list: serde_json::Value =
            serde_json::from_str(&stdout(home, &["list", "--json"])).unwrap();
        assert_eq!(list[0]["draft"], 2, "{list}");
        assert_eq!(
            list[0]["passed"], 0,
            "offline drafts never count as passed: {list}"
        );
        assert!(stdout(home, &["show", "gen-course"]).contains("draft"));
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_restore_undo_and_a_bulk_regeneration_leaves_whole_states() {
    let slow = Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::from_millis(30),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
    let base = format!("{}/v1", server.base);
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let db = imported_course(home);
        let before = texts(&db);

        // A bulk regeneration of all three lessons, killed once the first is stored.
        let mut cmd = binary(home);
        cmd.args([
            "generate",
            "gen-course",
            "--provider",
            "openai",
            "--base-url",
            &base,
        ])
        .args(["--lesson", "1.1", "--lesson", "1.2", "--lesson", "1.3"])
        .args(["--concurrency", "1"]);
        let mut child = cmd.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        // The generator is still writing here, so only the current texts are polled; heads
        // are compared with them once it is dead (two separate reads could straddle a write).
        while !current_texts(&db).contains(&PASSING.to_string()) {
            assert!(Instant::now() < deadline, "no lesson was ever stored");
            std::thread::sleep(Duration::from_millis(10));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let partial = texts(&db);
        for (now, was) in partial.iter().zip(&before) {
            assert!(now == was || now == PASSING, "half-written lesson: {now:?}");
        }

        // Undo and restore, each killed at a spread of moments.
        for (i, delay) in [0u64, 3, 8, 15, 30, 60, 120].into_iter().enumerate() {
            let ahead = texts(&db);
            let mut cmd = binary(home);
            if i % 2 == 0 {
                cmd.args(["undo", "gen-course"]);
            } else {
                cmd.args(["restore", "gen-course", "1.1", "~1"]);
            }
            kill_after(cmd, Duration::from_millis(delay));
            let after = texts(&db);
            let changed = after.iter().zip(&ahead).filter(|(a, b)| a != b).count();
            // Wholly before (nothing changed) or wholly after (the action's texts changed
            // together); partial state would show up as a current text that is not a head.
            assert!(changed <= 3, "{after:?}");
        }
        // History is complete: every text ever current is still there.
        let (store, _) = Store::open(&db).unwrap();
        let repo = store.read();
        let course = repo.require_course("gen-course").unwrap();
        let target = Target::Lesson("1.1".into());
        let history: Vec<String> = repo
            .revisions_of(course.id, &target)
            .unwrap()
            .iter()
            .map(|r| repo.text_by_sha(&r.sha256).unwrap())
            .collect();
        assert!(history.contains(&OLD_TEXT.to_string()));
        assert!(history.contains(&PASSING.to_string()));
    })
    .await
    .unwrap();
}
