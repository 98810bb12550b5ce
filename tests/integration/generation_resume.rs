//! Resume after `kill -9`: the real binary streams from the loopback server, is killed while
//! a lesson is in flight, and `lectern generate --resume` finishes the job — every planned
//! lesson stored exactly once with content and scores, none generated twice, none skipped.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lectern::storage::Store;

use super::generation::{PASSING, fixture_course};
use super::llm_server::{LlmServer, Reply};
use super::support::lectern;

fn binary(home: &Path) -> Command {
    super::support::lectern_process(home)
}

/// Lesson ids of gen-course that have content.
fn written(db: &Path) -> Vec<String> {
    let Ok((store, _)) = Store::open(db) else {
        return Vec::new();
    };
    let Ok(course) = store.read().require_course("gen-course") else {
        return Vec::new();
    };
    store
        .read()
        .lessons_of(course.id)
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.record.content_markdown.is_some())
        .map(|r| r.record.lesson_id)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_run_resumes_with_every_lesson_exactly_once() {
    let slow = Reply::OpenAi {
        text: PASSING.into(),
        usage: (100, 200),
        delay: Duration::from_millis(40),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
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
        let db = home.join("data/lectern/lectern.db");
        assert_eq!(written(&db), ["1.1"]);
        let args = [
            "generate",
            "gen-course",
            "--provider",
            "openai",
            "--base-url",
            &base,
        ];
        let mut child = binary(home)
            .args(args)
            .args(["--concurrency", "1", "--json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill once the first planned lesson is stored and the second is streaming.
        let deadline = Instant::now() + Duration::from_secs(30);
        while written(&db).len() < 2 {
            assert!(Instant::now() < deadline, "the first lesson never finished");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(300));
        child.kill().unwrap();
        child.wait().unwrap();
        assert_eq!(written(&db), ["1.1", "1.2"], "killed mid-way through 1.3");

        lectern(home)
            .args(args)
            .args(["--resume", "--json"])
            .assert()
            .success();
        lectern(home).args(args).arg("--resume").assert().code(2);

        let (store, _) = Store::open(&db).unwrap();
        let id = store.read().require_course("gen-course").unwrap().id;
        let rows = store.read().lessons_of(id).unwrap();
        assert_eq!(rows.len(), 3);
        for row in rows.iter().filter(|r| r.record.lesson_id != "1.1") {
            assert_eq!(row.record.content_markdown.as_deref(), Some(PASSING));
            assert!(row.record.score.as_ref().unwrap().gps_valid);
        }
        // A lesson generated twice would have two revisions.
        for lesson in ["1.2", "1.3"] {
            let target = lectern::storage::Target::Lesson(lesson.into());
            assert_eq!(store.read().revisions_of(id, &target).unwrap().len(), 1);
        }
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
    assert_eq!(
        asked("Segundo passo"),
        1,
        "1.2 was stored before the kill: not asked again"
    );
    assert_eq!(
        asked("Terceiro passo"),
        2,
        "1.3: the killed request and the resumed one"
    );
}
