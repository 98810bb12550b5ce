//! Issue 21, jobs: a course's generation has one owner (a lock file next to the database,
//! released by the OS when its process dies). While the owner lives, a second run and a
//! `--resume` are refused and the workbench does not offer the job as interrupted; once the
//! owner is killed, the job is resumable and every lesson is asked for once.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lectern::services::unfinished_generations;
use lectern::storage::Store;
use predicates::prelude::*;

use super::generation::{PASSING, fixture_course};
use super::llm_server::{LlmServer, Reply};
use super::support::lectern;

fn binary(home: &Path) -> Command {
    let mut cmd = super::support::lectern_process(home);
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

fn offered(db: &Path) -> usize {
    let (store, _) = Store::open(db).unwrap();
    unfinished_generations(&store).unwrap().len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_job_is_neither_run_twice_nor_resumed_and_a_dead_ones_is() {
    let slow = Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::from_millis(40),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
    let base = format!("{}/v1", server.base);
    let seen = server.clone();
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let course = fixture_course(home);
        lectern(home)
            .args(["--no-demo", "import"])
            .arg(&course)
            .assert()
            .success();
        let db = home.join("data/lectern/lectern.db");
        let args = [
            "generate",
            "gen-course",
            "--provider",
            "openai",
            "--base-url",
            &base,
            "--concurrency",
            "1",
        ];
        let mut owner = binary(home).args(args).spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while seen.requests().is_empty() {
            assert!(Instant::now() < deadline, "the model was never asked");
            std::thread::sleep(Duration::from_millis(10));
        }
        // The owner is alive: refused, whichever way it is asked.
        for extra in [None, Some("--resume")] {
            let mut second = lectern(home);
            second.args(args);
            if let Some(flag) = extra {
                second.arg(flag);
            }
            second
                .assert()
                .code(2)
                .stderr(predicate::str::contains(
                    "a generation of `gen-course` is already running",
                ))
                .stderr(predicate::str::contains(owner.id().to_string()));
        }
        assert_eq!(offered(&db), 0, "a live job is not offered as interrupted");
        let asked_before_kill = seen.requests().len();
        assert_eq!(asked_before_kill, 1, "the refused runs asked nothing");

        owner.kill().unwrap();
        owner.wait().unwrap();
        assert_eq!(offered(&db), 1, "the dead owner's job is offered");
        lectern(home).args(args).arg("--resume").assert().success();
        assert_eq!(offered(&db), 0);
    })
    .await
    .unwrap();
    let prompts: Vec<String> = server
        .requests()
        .iter()
        .map(|r| {
            r["messages"][1]["content"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let asked = |title: &str| {
        prompts
            .iter()
            .filter(|p| p.contains(&format!("Title: {title}")))
            .count()
    };
    // 1.2 was in flight when killed (asked again by the resume); 1.3 once.
    assert_eq!(asked("Segundo passo"), 2);
    assert_eq!(asked("Terceiro passo"), 1);
}

/// Item 8: `Retry-After: 1e30` used to panic the runner (and close the job with the lesson
/// still pending); now the attempt fails saying why, and the item is recorded as failed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_absurd_retry_after_fails_the_lesson_with_the_reason() {
    let limited = Reply::Status {
        code: 429,
        retry_after: Some("1e30"),
        body: "{\"error\": {\"message\": \"slow down\"}}".into(),
    };
    let server = LlmServer::start(vec![], Some(limited)).await;
    let base = format!("{}/v1", server.base);
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let course = fixture_course(home);
        lectern(home)
            .args(["--no-demo", "import"])
            .arg(&course)
            .assert()
            .success();
        let out = lectern(home)
            .args([
                "generate",
                "gen-course",
                "--lesson",
                "1.2",
                "--provider",
                "openai",
            ])
            .args(["--base-url", &base, "--json"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        assert!(stdout.contains("Retry-After"), "{stdout}");
        let db = home.join("data/lectern/lectern.db");
        let (store, _) = Store::open(&db).unwrap();
        let course = store.read().require_course("gen-course").unwrap().id;
        let job = store.read().unfinished_job(course).unwrap();
        assert!(job.is_none(), "the run finished");
        let status: String = rusqlite::Connection::open(&db)
            .unwrap()
            .query_row(
                "SELECT status FROM generation_job_items WHERE lesson_id = '1.2'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(status, "failed");
    })
    .await
    .unwrap();
}

/// Item 7: `--resume` continues with the job's provider, model and base URL, not the
/// config's (offline here); another one only with `--switch-provider`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resume_uses_the_recorded_provider_model_and_base_url() {
    let slow = Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::from_millis(40),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
    let base = format!("{}/v1", server.base);
    let seen = server.clone();
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        let course = fixture_course(home);
        lectern(home)
            .args(["--no-demo", "import"])
            .arg(&course)
            .assert()
            .success();
        let db = home.join("data/lectern/lectern.db");
        let mut first = binary(home)
            .args(["generate", "gen-course", "--provider", "openai"])
            .args([
                "--model",
                "my-model",
                "--base-url",
                &base,
                "--concurrency",
                "1",
            ])
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while seen.requests().is_empty() {
            assert!(Instant::now() < deadline, "the model was never asked");
            std::thread::sleep(Duration::from_millis(10));
        }
        first.kill().unwrap();
        first.wait().unwrap();
        lectern(home)
            .args([
                "generate",
                "gen-course",
                "--resume",
                "--provider",
                "offline",
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("--switch-provider"))
            .stderr(predicate::str::contains("provider openai, model my-model"));
        lectern(home)
            .args(["generate", "gen-course", "--resume"])
            .assert()
            .success();
        let (store, _) = Store::open(&db).unwrap();
        let id = store.read().require_course("gen-course").unwrap().id;
        for row in store.read().lessons_of(id).unwrap() {
            if row.record.lesson_id == "1.1" {
                continue;
            }
            let meta = store.read().generation_metadata(row.row_id).unwrap();
            assert_eq!(
                meta.provider.as_deref(),
                Some("openai"),
                "{}",
                row.record.lesson_id
            );
            assert_eq!(meta.model.as_deref(), Some("my-model"));
        }
    })
    .await
    .unwrap();
    assert!(server.requests().len() >= 3);
    for request in server.requests() {
        assert_eq!(request["model"], "my-model");
    }
}

/// Item 5: the library pages by key. A course another process adds between two pages,
/// before the page boundary, neither repeats a course nor skips one (with OFFSET the next
/// page would start one row early and show the last course again).
#[test]
fn library_pages_by_key_see_every_course_once_while_another_process_adds_one() {
    use lectern::domain::course::CourseStatus;
    use lectern::storage::NewCourse;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.db");
    let course = |slug: &str, title: &str| NewCourse {
        slug: slug.into(),
        title: title.into(),
        subtitle: None,
        keywords: vec![],
        status: CourseStatus::Draft,
    };
    let (mut reader, _) = Store::open(&db).unwrap();
    for (slug, title) in [("bb", "Bravo"), ("dd", "Delta"), ("ff", "Foxtrot")] {
        reader
            .write(|r| r.create_course(&course(slug, title)))
            .unwrap();
    }
    let first = reader.read().list_courses_after(false, None, 2).unwrap();
    let slugs = |page: &[lectern::storage::CourseSummary]| -> Vec<String> {
        page.iter().map(|c| c.slug.clone()).collect()
    };
    assert_eq!(slugs(&first), ["bb", "dd"]);
    let (mut other, _) = Store::open(&db).unwrap();
    other
        .write(|r| r.create_course(&course("aa", "Alfa")))
        .unwrap();
    let last = first.last().unwrap();
    let next = reader
        .read()
        .list_courses_after(false, Some((&last.title, &last.slug)), 2)
        .unwrap();
    assert_eq!(
        slugs(&next),
        ["ff"],
        "after Delta: Foxtrot only, nothing twice"
    );
    let by_offset = reader.read().list_courses_page(false, 2, 2).unwrap();
    assert_eq!(
        slugs(&by_offset),
        ["dd", "ff"],
        "what OFFSET paging would show"
    );
}
