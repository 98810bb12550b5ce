//! Curriculum and research runs as jobs: `kill -9` during a research run against the loopback
//! server, then `--resume` asks only for the missing reports; a curriculum answer that does
//! not parse, and a report without its title section, are retried with the error in the next
//! prompt; `--instruction` reaches the prompts (and offline says it ignores it); every kind
//! of job is listed with its stable id.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;

use lectern::services::authoring::{Replace, check_curriculum};
use lectern::services::{generate_curriculum, generate_research};
use lectern::storage::{JobKind, Store};

use super::generation_docs::{SLUG, course_with_brief, lectern, llm_opts, openai};
use super::llm_server::{LlmServer, Reply};

fn process(dir: &Path) -> Command {
    let mut cmd = super::support::lectern_process(dir);
    cmd.env("LECTERN_DB", dir.join("l.db"))
        .env("LECTERN_NO_DEMO", "1");
    cmd
}

/// Items of the course's newest research job: (name, status).
fn research_items(db: &Path) -> Vec<(String, String)> {
    let Ok((store, _)) = Store::open(db) else {
        return Vec::new();
    };
    let Some(job) = store
        .read()
        .recent_jobs(10)
        .unwrap_or_default()
        .into_iter()
        .find(|j| j.kind == JobKind::Research)
    else {
        return Vec::new();
    };
    store
        .read()
        .job_items(job.id)
        .unwrap_or_default()
        .into_iter()
        .map(|i| (i.lesson_id, i.status))
        .collect()
}

fn done(db: &Path) -> Vec<String> {
    research_items(db)
        .into_iter()
        .filter(|(_, s)| s == "done")
        .map(|(n, _)| n)
        .collect()
}

const REPORTS: [&str; 4] = [
    "market-analysis",
    "content-gaps",
    "differentiation",
    "sources",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_research_run_resumes_asking_only_for_the_missing_reports() {
    let text = format!("# Relatório\n\n{}", "Uma linha de pesquisa. ".repeat(40));
    let slow = Reply::OpenAi {
        text,
        usage: (300, 500),
        delay: Duration::from_millis(25),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
    let base = format!("{}/v1", server.base);
    let (done_at_kill, job_id) = tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        course_with_brief(home);
        let db = home.join("l.db");
        let args = [
            "generate",
            SLUG,
            "--research",
            "--provider",
            "openai",
            "--model",
            "gpt-4o-mini",
            "--base-url",
            &base,
        ];
        let mut child = process(home)
            .args(args)
            .args(["--concurrency", "1", "--json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while done(&db).len() < 2 {
            assert!(Instant::now() < deadline, "two reports never arrived");
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(100));
        child.kill().unwrap();
        child.wait().unwrap();
        let done_at_kill = done(&db);
        assert!((2..4).contains(&done_at_kill.len()), "{done_at_kill:?}");
        {
            let (store, _) = Store::open(&db).unwrap();
            let course = store.read().require_course(SLUG).unwrap();
            // Nothing is stored until all four have arrived.
            assert_eq!(store.read().research(course.id).unwrap(), None);
        }
        let out = lectern(home)
            .args(args)
            .args(["--resume", "--json"])
            .assert()
            .success();
        let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_eq!(report["resumed_done"], done_at_kill.len());
        assert_eq!(done(&db).len(), 4);
        let (store, _) = Store::open(&db).unwrap();
        let course = store.read().require_course(SLUG).unwrap();
        let research = store.read().research(course.id).unwrap().unwrap();
        assert!(research.sources.unwrap().starts_with("# Relatório"));
        let jobs = store.read().recent_jobs(10).unwrap();
        assert_eq!(jobs.len(), 1, "the resume continued the same job");
        assert_eq!(jobs[0].status, "finished");
        assert_eq!(report["job"], jobs[0].id.0);
        // Nothing left to resume.
        lectern(home)
            .args(args)
            .arg("--resume")
            .assert()
            .code(2)
            .stderr(predicate::str::contains("no unfinished research job"));
        (done_at_kill, jobs[0].id.0)
    })
    .await
    .unwrap();
    assert!(job_id > 0);
    let asked = |name: &str| {
        server
            .requests()
            .iter()
            .filter(|r| r.to_string().contains(&format!("`{name}.md`")))
            .count()
    };
    for name in REPORTS {
        if done_at_kill.iter().any(|d| d == name) {
            assert_eq!(
                asked(name),
                1,
                "{name} arrived before the kill: not asked again"
            );
        } else {
            // Asked on resume, and at most once more: the request the kill cut.
            assert!((1..=2).contains(&asked(name)), "{name}: {}", asked(name));
        }
    }
    let total: usize = REPORTS.iter().map(|n| asked(n)).sum();
    assert!(total <= 5, "{total} requests");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_curriculum_that_does_not_parse_is_asked_again_with_the_parse_error() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    let malformed = "title: \"Planilhas\"\nmodules:\n  - module_id: 1\n    lessons: [\n      lesson_id: \"1.1\"\n";
    let good = "title: \"Planilhas\"\nmodules:\n  - module_id: 1\n    module_title: \"Base\"\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: \"Células\"\n        duration_minutes: 30\n";
    let server = LlmServer::start(vec![openai(malformed), openai(good)], None).await;
    let (mut store, _) = Store::open(&dir.path().join("l.db")).unwrap();
    let mut opts = llm_opts(&server.base);
    opts.max_attempts = 2;
    opts.instruction = Some("use exemplos de padaria".into());
    let done = generate_curriculum(&mut store, &opts, Replace::Refuse)
        .await
        .unwrap();
    assert_eq!(done.saved.lessons, 1);
    let prompts: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r["messages"][1]["content"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(prompts.len(), 2);
    let error = check_curriculum(malformed).unwrap_err().to_string();
    assert!(!prompts[0].contains("WAS REFUSED"));
    assert!(prompts[1].contains("YOUR PREVIOUS ANSWER (attempt 1) WAS REFUSED"));
    assert!(prompts[1].contains(&error), "{error}\n{}", prompts[1]);
    assert!(
        prompts
            .iter()
            .all(|p| p.contains("use exemplos de padaria"))
    );
    // The job recorded both attempts and their cost.
    let job = store.read().recent_jobs(5).unwrap().remove(0);
    assert_eq!(
        (job.kind, job.status.as_str()),
        (JobKind::Curriculum, "finished")
    );
    assert_eq!(done.run.job, job.id);
    assert_eq!((job.tokens_input, job.tokens_output), (1600, 800));
    assert!(job.cost_usd.is_some_and(|c| c > 0.0));
    let item = &store.read().job_items(job.id).unwrap()[0];
    assert_eq!(item.attempts.as_array().unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_without_its_title_section_is_asked_again_with_the_error() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    let answers = [
        "Mercado sem título",
        "# Mercado",
        "# Lacunas",
        "# Dif",
        "# Fontes",
    ];
    let server = LlmServer::start(answers.into_iter().map(openai).collect(), None).await;
    let (mut store, _) = Store::open(&dir.path().join("l.db")).unwrap();
    let mut opts = llm_opts(&server.base);
    opts.max_attempts = 2;
    opts.concurrency = 1;
    let done = generate_research(&mut store, &opts, Replace::Refuse)
        .await
        .unwrap();
    assert_eq!(done.reports.len(), 4);
    let requests = server.requests();
    assert_eq!(requests.len(), 5);
    let second = requests[1]["messages"][1]["content"].as_str().unwrap();
    assert!(second.contains("`market-analysis.md`"));
    assert!(
        second.contains("lacks its required title section"),
        "{second}"
    );
    let course = store.read().require_course(SLUG).unwrap();
    let research = store.read().research(course.id).unwrap().unwrap();
    assert_eq!(research.market_analysis.as_deref(), Some("# Mercado"));
}

#[test]
fn offline_runs_name_the_instruction_they_ignore_and_every_kind_is_a_listed_job() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    course_with_brief(home);
    lectern(home)
        .args([
            "generate",
            SLUG,
            "--curriculum",
            "--instruction",
            "mais humor",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "offline drafts ignore instructions",
        ))
        .stdout(predicate::str::contains("estimate: offline: free, instant"));
    lectern(home)
        .args(["generate", SLUG, "--research", "--yes", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("estimate").not());
    lectern(home)
        .args(["curriculum", SLUG, "--approve", "--yes"])
        .assert()
        .success();
    lectern(home)
        .args(["generate", SLUG, "--instruction", "mais humor"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "offline drafts ignore instructions",
        ));
    let (store, _) = Store::open(&home.join("l.db")).unwrap();
    let jobs = store.read().recent_jobs(10).unwrap();
    let kinds: Vec<JobKind> = jobs.iter().map(|j| j.kind).collect();
    assert_eq!(
        kinds,
        [JobKind::Lessons, JobKind::Research, JobKind::Curriculum]
    );
    let mut ids: Vec<i64> = jobs.iter().map(|j| j.id.0).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    assert!(
        jobs.iter()
            .all(|j| j.status == "finished" && j.done == j.items)
    );
    assert_eq!(jobs[1].items, 4);
    // The research prompts carry the instruction once each.
    let out = lectern(home)
        .args([
            "generate",
            SLUG,
            "--research",
            "--show-prompt",
            "--instruction",
            "XYZ-42",
        ])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert_eq!(text.matches("XYZ-42").count(), 4, "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_research_run_is_left_resumable_and_resume_finishes_it() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().unwrap();
    course_with_brief(dir.path());
    let slow = Reply::OpenAi {
        text: format!("# Relatório\n\n{}", "Texto. ".repeat(60)),
        usage: (100, 200),
        delay: Duration::from_millis(30),
    };
    let server = LlmServer::start(vec![], Some(slow)).await;
    let db = dir.path().join("l.db");
    let (mut store, _) = Store::open(&db).unwrap();
    let mut opts = llm_opts(&server.base);
    opts.concurrency = 1;
    let cancel = tokio_util::sync::CancellationToken::new();
    let stop = cancel.clone();
    let watched = db.clone();
    tokio::spawn(async move {
        while done(&watched).is_empty() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        stop.cancel();
    });
    let err =
        lectern::services::generate_research_with(&mut store, &opts, Replace::Refuse, &cancel)
            .await
            .unwrap_err();
    let lectern::services::DocumentError::Interrupted(job) = err else {
        panic!("expected an interruption, got {err:?}");
    };
    let listed = store.read().recent_jobs(5).unwrap().remove(0);
    assert_eq!((listed.id.0, listed.status.as_str()), (job, "cancelled"));
    let before = done(&db).len();
    assert!((1..4).contains(&before), "{before}");
    opts.selection.resume = true;
    let finished = generate_research(&mut store, &opts, Replace::Refuse)
        .await
        .unwrap();
    assert_eq!(finished.run.job.0, job);
    assert_eq!(finished.run.resumed_done, before);
    assert_eq!(store.read().recent_jobs(5).unwrap()[0].status, "finished");
}
