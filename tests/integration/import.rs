//! Importing real CreatorOS folders (the corpus) and the odd ones, through the services and
//! the CLI, on temp-file databases.

use std::collections::HashMap;
use std::path::Path;

use lectern::domain::rubric::Rubric;
use lectern::services::{self, ImportOutcome, OnExisting};
use lectern::storage::Store;
use serde_json::Value;

use crate::support;
use crate::support::copy_dir;

fn fresh_store(dir: &Path) -> Store {
    Store::open(&dir.join("lectern.db")).unwrap().0
}

fn import(store: &mut Store, folder: &Path) -> services::CourseImport {
    let snapshot = services::read_course_folder(folder).unwrap();
    services::import_snapshot(store, &snapshot, Rubric::Creatoros, OnExisting::Update).unwrap()
}

fn md_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(md_files(&path));
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    out
}

#[test]
fn every_corpus_course_imports_with_its_files_hashes_and_reference_scores() {
    let Some(corpus) = support::corpus_dir("every_corpus_course_imports") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut store = fresh_store(tmp.path());
    let reference: HashMap<(String, String), Value> =
        std::fs::read_to_string(corpus.join("reference-scores.jsonl"))
            .unwrap()
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                (
                    (
                        v["course"].as_str().unwrap().to_string(),
                        v["path"].as_str().unwrap().to_string(),
                    ),
                    v,
                )
            })
            .collect();
    let mut problems = Vec::new();
    let mut checked = 0;
    for folder in services::course_folders(&corpus).unwrap() {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let report = import(&mut store, &folder);
        let files = md_files(&folder.join("lessons"));
        assert_eq!(
            report.lessons,
            files.len(),
            "{name}: lessons imported vs .md files on disk"
        );
        let repo = store.read();
        let course = repo.require_course(&report.slug).unwrap();
        let rows = repo.lessons_of(course.id).unwrap();
        for row in rows.iter().filter(|r| r.record.content_markdown.is_some()) {
            let path = row.record.file_path.clone().unwrap();
            let r = &reference[&(name.clone(), path.clone())];
            assert_eq!(
                row.record.content_sha256.as_deref(),
                r["sha256"].as_str(),
                "{name}/{path}"
            );
            if !r["decode_error"].is_null() {
                assert_eq!(
                    row.record.source_encoding.as_deref(),
                    Some("windows-1252"),
                    "{path}"
                );
                continue;
            }
            checked += 1;
            let s = row.record.score.as_ref().unwrap();
            let got = (s.gps_points, s.gps_valid, s.didatica_points);
            let want = (
                r["gps"]["score"].as_u64().unwrap() as u32,
                r["gps"]["valid"].as_bool().unwrap(),
                r["didatica"]["score"].as_u64().unwrap() as u32,
            );
            if got != want {
                problems.push(format!("{name}/{path}: stored {got:?}, reference {want:?}"));
            }
            if s.details["didatica"]["element_scores"] != r["didatica"]["element_scores"] {
                problems.push(format!("{name}/{path}: element scores differ"));
            }
        }
    }
    assert!(checked >= 200, "only {checked} lessons checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn crlf_lessons_keep_their_line_endings_in_storage() {
    let Some(corpus) = support::corpus_dir("crlf_lessons_keep_their_line_endings") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut store = fresh_store(tmp.path());
    let folder = corpus.join("agencia-ia");
    let report = import(&mut store, &folder);
    let repo = store.read();
    let rows = repo
        .lessons_of(repo.require_course(&report.slug).unwrap().id)
        .unwrap();
    let stored = rows
        .iter()
        .find(|r| r.record.content_markdown.is_some())
        .unwrap();
    let on_disk = std::fs::read(folder.join(stored.record.file_path.as_ref().unwrap())).unwrap();
    let text = stored.record.content_markdown.as_ref().unwrap();
    assert!(
        on_disk.windows(2).any(|w| w == b"\r\n"),
        "fixture expectation: CRLF file"
    );
    assert_eq!(
        text.as_bytes(),
        on_disk.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&on_disk)
    );
}

fn odd(name: &str) -> Option<std::path::PathBuf> {
    support::corpus_odd_dir(name).map(|d| d.join(name))
}

fn table_count(store: &Store, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_malformed_curriculum_refuses_the_course_and_writes_nothing() {
    let Some(folder) = odd("malformed-curriculum-yaml") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut store = fresh_store(tmp.path());
    let snapshot = services::read_course_folder(&folder).unwrap();
    let err =
        services::import_snapshot(&mut store, &snapshot, Rubric::Creatoros, OnExisting::Update)
            .unwrap_err()
            .to_string();
    assert!(err.contains("curriculum.yaml:17:31"), "{err}");
    assert!(err.contains("quote"), "{err}");
    for table in [
        "content_pieces",
        "course_metadata",
        "course_lessons",
        "market_research",
    ] {
        assert_eq!(table_count(&store, table), 0, "{table} must stay empty");
    }
    // Quoting the title fixes it.
    let fixed = tmp.path().join("fixed/malformed-curriculum-yaml");
    copy_dir(&folder, &fixed);
    let yaml = std::fs::read_to_string(fixed.join("curriculum.yaml")).unwrap();
    let mut lines: Vec<String> = yaml.lines().map(String::from).collect();
    lines[16] = lines[16].replace(
        "lesson_title: Aula 1.2: Origem e Rota",
        "lesson_title: \"Aula 1.2: Origem e Rota\"",
    );
    std::fs::write(fixed.join("curriculum.yaml"), lines.join("\n") + "\n").unwrap();
    let report = import(&mut store, &fixed);
    assert_eq!(
        (report.outcome, report.lessons),
        (ImportOutcome::Created, 2)
    );
}

#[test]
fn latin1_lessons_are_decoded_with_a_located_warning_and_their_original_hash() {
    let Some(folder) = odd("latin1-lessons") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut store = fresh_store(tmp.path());
    let report = import(&mut store, &folder);
    let enc: Vec<_> = report
        .warnings
        .iter()
        .filter(|w| w.issue.code == "IMPORT-NOT-UTF8")
        .collect();
    assert_eq!(enc.len(), 2, "{:?}", report.warnings);
    let first = enc
        .iter()
        .find(|w| w.file.ends_with("1.1-introducao-a-didatica.md"))
        .unwrap();
    assert!(
        first.issue.message.contains("line 1, column 20"),
        "{}",
        first.issue.message
    );
    assert!(first.issue.message.contains("Windows-1252"));
    let second = enc
        .iter()
        .find(|w| w.file.ends_with("1.2-criacao-de-exercicios.md"))
        .unwrap();
    assert!(
        second.issue.message.contains("line 1, column 17"),
        "{}",
        second.issue.message
    );
    let repo = store.read();
    let rows = repo
        .lessons_of(repo.require_course(&report.slug).unwrap().id)
        .unwrap();
    let l11 = rows.iter().find(|r| r.record.lesson_id == "1.1").unwrap();
    let text = l11.record.content_markdown.as_ref().unwrap();
    assert!(
        text.starts_with("# Aula 1.1: Introdução à Didática"),
        "{text}"
    );
    assert!(!text.contains('\u{FFFD}'));
    let bytes = std::fs::read(folder.join("lessons/1.1-introducao-a-didatica.md")).unwrap();
    assert_eq!(
        l11.record.content_sha256.as_deref(),
        Some(lectern::domain::text::sha256_hex(&bytes).as_str())
    );
    let score = l11.record.score.as_ref().unwrap();
    assert_eq!((score.gps_points, score.didatica_points), (30, 60));
}

#[test]
fn a_listed_lesson_missing_on_disk_is_planned_never_scored_zero() {
    let Some(folder) = odd("missing-listed-lesson") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut store = fresh_store(tmp.path());
    let report = import(&mut store, &folder);
    let w = report
        .warnings
        .iter()
        .find(|w| w.issue.code == "IMPORT-PLANNED-ONLY")
        .unwrap();
    assert_eq!(w.file, "curriculum.yaml");
    assert!(
        w.issue.message.contains("1.3")
            && w.issue.message.contains("lessons/1.3-rota-sem-desvios.md")
    );
    assert_eq!((report.lessons, report.planned), (2, 1));
    let repo = store.read();
    let rows = repo
        .lessons_of(repo.require_course(&report.slug).unwrap().id)
        .unwrap();
    let planned = rows.iter().find(|r| r.record.lesson_id == "1.3").unwrap();
    assert_eq!(
        (
            planned.record.content_markdown.as_ref(),
            planned.record.score.as_ref()
        ),
        (None, None)
    );
    for id in ["1.1", "1.2"] {
        let l = rows.iter().find(|r| r.record.lesson_id == id).unwrap();
        let s = l.record.score.as_ref().unwrap();
        assert_eq!((s.gps_points, s.didatica_points), (30, 60), "{id}");
    }
    let summary = &repo.list_courses(false).unwrap()[0];
    assert_eq!(
        (summary.lessons, summary.planned, summary.failed),
        (3, 1, 2)
    );
}

#[test]
fn two_files_with_the_same_number_are_both_kept() {
    let Some(folder) = odd("duplicate-lesson-number") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut store = fresh_store(tmp.path());
    let report = import(&mut store, &folder);
    let w = report
        .warnings
        .iter()
        .find(|w| w.issue.code == "IMPORT-DUPLICATE-LESSON-NUMBER")
        .expect("duplicate warning");
    assert!(
        w.issue.message.contains("1.1-destino-antes-de-tudo.md"),
        "{}",
        w.issue.message
    );
    assert!(
        w.issue.message.contains("1.1-sete-elementos-da-aula.md"),
        "{}",
        w.issue.message
    );
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.issue.code == "IMPORT-AMBIGUOUS-CURRICULUM-ENTRY")
    );
    let repo = store.read();
    let rows = repo
        .lessons_of(repo.require_course(&report.slug).unwrap().id)
        .unwrap();
    let paths: Vec<_> = rows
        .iter()
        .filter_map(|r| r.record.file_path.clone())
        .collect();
    let a = paths
        .iter()
        .position(|p| p.ends_with("1.1-destino-antes-de-tudo.md"))
        .unwrap();
    let b = paths
        .iter()
        .position(|p| p.ends_with("1.1-sete-elementos-da-aula.md"))
        .unwrap();
    assert!(a < b, "file-name order: {paths:?}");
    assert_ne!(rows[a].record.lesson_id, rows[b].record.lesson_id);
}

#[test]
fn reimporting_updates_in_place_and_keeps_the_replaced_text_as_a_version() {
    let Some(folder) = odd("missing-listed-lesson") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("c/missing-listed-lesson");
    copy_dir(&folder, &copy);
    let mut store = fresh_store(tmp.path());
    let first = import(&mut store, &copy);
    let again = import(&mut store, &copy);
    assert_eq!(
        (again.outcome, again.saved_version),
        (ImportOutcome::Updated, None),
        "nothing changed"
    );
    let lesson = md_files(&copy.join("lessons")).into_iter().min().unwrap();
    let original = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, format!("{original}\nUma linha nova.\n")).unwrap();
    let third = import(&mut store, &copy);
    assert_eq!(third.saved_version, Some(1));
    let repo = store.read();
    assert_eq!(
        repo.list_courses(true).unwrap().len(),
        1,
        "never a duplicate course"
    );
    let course = repo.require_course(&first.slug).unwrap();
    let reimported: Vec<_> = repo
        .course_revisions(course.id)
        .unwrap()
        .into_iter()
        .filter(|r| r.source == "reimported")
        .collect();
    assert_eq!(reimported.len(), 1, "{reimported:?}");
    let target = lectern::storage::Target::from_key(&reimported[0].target);
    let before = &repo.revisions_of(course.id, &target).unwrap()[1];
    assert_eq!(reimported[0].parent.as_deref(), Some(before.id.as_str()));
    assert_eq!(repo.text_by_sha(&before.sha256).unwrap(), original);
}

#[test]
fn cli_import_reports_refusals_with_exit_1_and_dry_run_writes_nothing() {
    let Some(odd_root) = support::corpus_odd_dir("cli_import") else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("i.db");
    let out = support::lectern(home.path())
        .args(["--no-demo", "import", "--dry-run", "--json", "--db"])
        .arg(&db)
        .arg(&odd_root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "one course is refused");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["courses"].as_array().unwrap().len(), 3);
    assert!(
        report["refused"][0]["error"]
            .as_str()
            .unwrap()
            .contains("curriculum.yaml:17:31")
    );
    let list = support::lectern(home.path())
        .args(["list", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&list.stdout).unwrap(),
        serde_json::json!([])
    );

    let out = support::lectern(home.path())
        .args(["--no-demo", "import", "--db"])
        .arg(&db)
        .arg(odd_root.join("latin1-lessons"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("latin1-lessons") && stdout.contains("created: 2 lesson(s)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1.1-introducao-a-didatica.md:1"),
        "{stdout}"
    );
}
