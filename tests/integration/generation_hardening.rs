//! Issue #17 through the real binary: a silent server ends the run with exit 1 and a closed
//! job, a filtered answer never replaces the author's text, an interrupted job is closed by
//! the next run and a `--resume` never pays twice, and credentials in a base URL are refused
//! on the command line and never stored or shown when they come from the environment.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lectern::storage::{NewJob, Store};
use serde_json::json;

use super::fault_server::{Fault, FaultServer, Wire};
use super::generation::{PASSING, fixture_course};
use super::llm_server::{LlmServer, Reply};
use super::support::lectern;

/// A home with gen-course imported; returns the database path.
fn imported(home: &Path) -> PathBuf {
    let course = fixture_course(home);
    lectern(home)
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success();
    home.join("data/lectern/lectern.db")
}

fn text_of(db: &Path, id: &str) -> Option<String> {
    let (store, _) = Store::open(db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let rows = store.read().lessons_of(course.id).unwrap();
    rows.into_iter()
        .find(|r| r.record.lesson_id == id)
        .unwrap()
        .record
        .content_markdown
}

fn job_statuses(db: &Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT status, settings FROM generation_jobs ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A job left `running` by a `kill -9` before any of its lessons was done.
fn killed_job(db: &Path, lessons: &[&str]) -> lectern::storage::JobId {
    let (mut store, _) = Store::open(db).unwrap();
    let course = store.read().require_course("gen-course").unwrap();
    let sha = store
        .read()
        .metadata(course.id)
        .unwrap()
        .unwrap_or_default()
        .curriculum_yaml
        .map(|y| lectern::domain::text::sha256_hex(y.as_bytes()));
    let job = NewJob {
        provider: "openai".into(),
        model: "gpt-4o-mini".into(),
        settings: json!({}),
        curriculum_sha256: sha,
        lesson_ids: lessons.iter().map(|s| s.to_string()).collect(),
    };
    store
        .write(|repo| repo.create_job(course.id, &job))
        .unwrap()
}

fn openai_passing() -> Reply {
    Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::ZERO,
    }
}

fn write_config(home: &Path, body: &str) {
    let dir = home.join("config/lectern");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), body).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_never_answers_ends_the_run_with_exit_1_and_a_closed_job() {
    let server = FaultServer::start(Wire::OpenAi, vec![Fault::NeverAnswers]).await;
    let base = server.base.clone();
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let db = imported(home);
        write_config(
            home,
            "[generation]\nresponse_head_timeout_secs = 1\nmax_retries = 0\nmax_attempts = 1\n",
        );
        let out = lectern(home)
            .args([
                "generate",
                "gen-course",
                "--lesson",
                "1.1",
                "--provider",
                "openai",
            ])
            .args(["--base-url", &base])
            .timeout(Duration::from_secs(60))
            .assert()
            .code(1);
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(stdout.contains("no response head within 1 s"), "{stdout}");
        assert_eq!(job_statuses(&db)[0].0, "finished");
        assert!(text_of(&db, "1.1").unwrap().contains("Texto antigo"));
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_filtered_answer_exits_1_and_keeps_the_authors_text() {
    let server = FaultServer::start(Wire::Anthropic, vec![Fault::ContentFilter]).await;
    let base = server.base.clone();
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let db = imported(home);
        let out = lectern(home)
            .env("ANTHROPIC_API_KEY", "sk-ant-test-123456")
            .args(["generate", "gen-course", "--lesson", "1.1"])
            .args(["--provider", "anthropic", "--base-url", &base])
            .args(["--max-attempts", "2"])
            .assert()
            .code(1);
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(stdout.contains("content filter"), "{stdout}");
        assert!(
            stdout.contains("gave an unusable answer; regenerating"),
            "{stdout}"
        );
        assert!(text_of(&db, "1.1").unwrap().contains("Texto antigo"));
    })
    .await
    .unwrap();
    assert_eq!(server.hits(), 2, "two attempts");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_run_closes_the_killed_job_so_resume_does_not_pay_twice() {
    let server = LlmServer::start(vec![], Some(openai_passing())).await;
    let base = format!("{}/v1", server.base);
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let db = imported(home);
        killed_job(&db, &["1.2", "1.3"]);
        let args = [
            "generate",
            "gen-course",
            "--provider",
            "openai",
            "--base-url",
            &base,
        ];
        let out = lectern(home).args(args).arg("--missing").assert().success();
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(
            stderr.contains("closed interrupted generation job 1"),
            "{stderr}"
        );
        lectern(home).args(args).arg("--resume").assert().code(2);
        let statuses: Vec<String> = job_statuses(&db).into_iter().map(|s| s.0).collect();
        assert_eq!(statuses, ["finished", "finished"]);
    })
    .await
    .unwrap();
    assert_eq!(server.requests().len(), 2, "1.2 and 1.3, once each");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resume_skips_lessons_a_later_run_generated() {
    let server = LlmServer::start(vec![], Some(openai_passing())).await;
    let base = format!("{}/v1", server.base);
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let db = imported(home);
        let killed = killed_job(&db, &["1.2", "1.3"]);
        // A later job (say, the TUI's, from before new runs closed stale ones) did 1.2.
        let later = killed_job(&db, &["1.2"]);
        let (mut store, _) = Store::open(&db).unwrap();
        store
            .write(|repo| {
                repo.finish_job_item(later, "1.2", "done", &json!([]), None, None)?;
                repo.set_job_status(later, "finished")
            })
            .unwrap();
        drop(store);
        lectern(home)
            .args([
                "generate",
                "gen-course",
                "--provider",
                "openai",
                "--base-url",
                &base,
            ])
            .arg("--resume")
            .assert()
            .success();
        assert!(killed.0 < later.0);
    })
    .await
    .unwrap();
    let asked: Vec<String> = server
        .requests()
        .iter()
        .map(|r| {
            r["messages"][1]["content"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(asked.len(), 1, "only 1.3 is generated");
    assert!(asked[0].contains("Terceiro passo"));
}

#[test]
fn a_base_url_with_credentials_on_the_command_line_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = imported(home);
    let out = lectern(home)
        .args(["generate", "gen-course", "--provider", "openai"])
        .args(["--base-url", "http://alice:hunter2pw@127.0.0.1:9/v1"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("LECTERN_BASE_URL"), "{stderr}");
    assert!(stderr.contains("http://127.0.0.1:9/v1"), "{stderr}");
    assert!(!stderr.contains("hunter2pw"), "{stderr}");
    assert!(job_statuses(&db).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_base_url_with_credentials_from_the_environment_is_used_but_never_stored() {
    let server = LlmServer::start(vec![], Some(openai_passing())).await;
    let authority = server.base.trim_start_matches("http://").to_string();
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let db = imported(home);
        let url = format!("http://alice:hunter2pw@{authority}/v1");
        let out = lectern(home)
            .env("LECTERN_BASE_URL", &url)
            .args([
                "generate",
                "gen-course",
                "--lesson",
                "1.2",
                "--provider",
                "openai",
            ])
            .assert()
            .success();
        let output = out.get_output();
        let shown = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!shown.contains("hunter2pw"), "{shown}");
        let jobs = job_statuses(&db);
        assert_eq!(jobs.len(), 1);
        assert!(!jobs[0].1.contains("hunter2pw"), "{}", jobs[0].1);
        assert!(
            jobs[0].1.contains(&format!("http://{authority}/v1")),
            "{}",
            jobs[0].1
        );
        assert_eq!(text_of(&db, "1.2").as_deref(), Some(PASSING));
    })
    .await
    .unwrap();
}
