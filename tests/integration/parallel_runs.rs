//! `validate` and `import` on a pool of threads (`--jobs`): the same output in the same order
//! whatever the number of threads, and a refused course still refused alone.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::Sandbox;
use crate::support::copy_dir;

const DEMO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/demo/planilhas-sem-medo"
);

/// A folder of eight courses made from the demo under their own slugs, each a little
/// different (lessons dropped from some), and one whose curriculum cannot be parsed.
fn folder_of_courses(sandbox: &Sandbox) -> PathBuf {
    let root = sandbox.path("cursos");
    for n in 0..8 {
        let name = format!("copia-{n}");
        let dir = root.join(&name);
        copy_dir(Path::new(DEMO), &dir);
        let brief = dir.join("COURSE-BRIEF.md");
        let text = std::fs::read_to_string(&brief).unwrap();
        std::fs::write(&brief, text.replace("planilhas-sem-medo", &name)).unwrap();
        if n % 3 == 1 {
            std::fs::remove_file(dir.join("lessons/2.3-graficos-que-contam.md")).unwrap();
        }
        if n == 5 {
            std::fs::write(
                dir.join("curriculum.yaml"),
                "modules:\n  - title: Um\n    lessons:\n      - lesson_title: Aula 1.1: Origem\n",
            )
            .unwrap();
        }
    }
    root
}

fn run(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, Vec<u8>) {
    let out = sandbox.cmd().arg("--no-demo").args(args).output().unwrap();
    (out.status.code(), out.stdout)
}

#[test]
fn validate_prints_the_same_in_the_same_order_with_one_or_four_jobs() {
    let sandbox = Sandbox::new();
    let root = folder_of_courses(&sandbox);
    let mut folders = vec![root.to_str().unwrap().to_string()];
    if let Some(corpus) = crate::support::corpus_dir("validate_prints_the_same_with_jobs") {
        folders.push(corpus.to_str().unwrap().to_string());
    }
    for folder in &folders {
        for json in [true, false] {
            let mut args = vec!["validate", folder.as_str()];
            if json {
                args.push("--json");
            }
            let one = run(&sandbox, &[&args[..], &["--jobs", "1"]].concat());
            let four = run(&sandbox, &[&args[..], &["--jobs", "4"]].concat());
            assert_eq!(one.0, four.0, "{folder} json={json}");
            assert!(
                one.1 == four.1,
                "{folder} json={json}: output differs between --jobs 1 and --jobs 4"
            );
            if json {
                let lines: Vec<Value> = String::from_utf8(one.1)
                    .unwrap()
                    .lines()
                    .map(|l| serde_json::from_str(l).unwrap())
                    .collect();
                let (summary, lessons) = lines.split_last().unwrap();
                let courses = summary["summary"]["courses"].as_array().unwrap();
                assert_eq!(summary["summary"]["lessons"], lessons.len());
                // Lessons come course by course, in the order of the courses in the summary.
                let mut order: Vec<&Value> = lessons.iter().map(|l| &l["course"]).collect();
                order.dedup();
                let names: Vec<&Value> = courses.iter().map(|c| &c["course"]).collect();
                assert_eq!(order, names);
            }
        }
    }
}

#[test]
fn import_with_four_jobs_reports_and_stores_what_one_job_does_and_refuses_alone() {
    let sandbox = Sandbox::new();
    let root = folder_of_courses(&sandbox);
    let root = root.to_str().unwrap();
    let mut reports = Vec::new();
    let mut libraries = Vec::new();
    for jobs in ["1", "4"] {
        let db = sandbox.path(&format!("jobs-{jobs}.db"));
        let db = db.to_str().unwrap();
        let (status, stdout) = run(
            &sandbox,
            &["--db", db, "import", root, "--json", "--jobs", jobs],
        );
        assert_eq!(status, Some(1), "one course is refused: exit 1");
        let report: Value = serde_json::from_slice(&stdout).unwrap();
        let (_, list) = run(&sandbox, &["--db", db, "list", "--json"]);
        let list: Value = serde_json::from_slice(&list).unwrap();
        let slugs: Vec<String> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    c["slug"], c["lessons"], c["avg_didatica"], c["failed"]
                )
            })
            .collect();
        reports.push(report);
        libraries.push(slugs);
    }
    assert_eq!(reports[0], reports[1]);
    assert_eq!(libraries[0], libraries[1]);
    let refused = reports[1]["refused"].as_array().unwrap();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(refused[0]["path"].as_str().unwrap().ends_with("copia-5"));
    let stored: Vec<&Value> = reports[1]["courses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["slug"])
        .collect();
    let expected: Vec<String> = [0, 1, 2, 3, 4, 6, 7].map(|n| format!("copia-{n}")).to_vec();
    assert_eq!(stored, expected.iter().collect::<Vec<_>>());
    assert_eq!(libraries[1].len(), 7, "the refused course wrote nothing");
    assert!(libraries[1].iter().all(|c| !c.contains("copia-5")));
}

/// `validate_folders_then`'s step runs where the course was scored: on the pool's threads
/// with several jobs (so `validate --json` encodes on every core and only writes on the
/// caller's), on the caller's thread with one; each course's result still comes in order.
#[test]
fn the_step_after_scoring_runs_on_the_scoring_threads() {
    use std::ops::ControlFlow;

    use lectern::domain::rubric::Rubric;
    use lectern::services::{self, ValidateOptions};

    let sandbox = Sandbox::new();
    let root = folder_of_courses(&sandbox);
    let caller = std::thread::current().id();
    for jobs in [1, 3] {
        let mut seen = Vec::new();
        services::validate_folders_then(
            services::course_folders(&root).unwrap(),
            ValidateOptions {
                rubric: Rubric::Creatoros,
                sha256: false,
                jobs,
            },
            |course| (course.unwrap().course, std::thread::current().id()),
            |(course, thread)| {
                seen.push((course, thread));
                ControlFlow::Continue(())
            },
        );
        let names: Vec<&str> = seen.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(
            names,
            (0..8).map(|n| format!("copia-{n}")).collect::<Vec<_>>()
        );
        let on_caller = seen.iter().filter(|(_, t)| *t == caller).count();
        assert_eq!(on_caller, if jobs == 1 { 8 } else { 0 }, "jobs {jobs}");
    }
}
