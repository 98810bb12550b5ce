//! Real course layouts (issue 13): both curriculum layouts and a mixture, module folders with
//! glossaries, 1.2 < 1.10, research notes and binaries, and the messages an import leaves —
//! all checked through the stored data, the services and the CLI.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use lectern::domain::curriculum::parse_curriculum;
use lectern::domain::rubric::Rubric;
use lectern::services::{self, OnExisting};
use lectern::storage::{LessonRow, SearchKind, Store};

use crate::support;

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/course-layouts")
        .join(name)
}

pub fn imported(name: &str) -> (tempfile::TempDir, Store, services::CourseImport) {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = Store::open(&tmp.path().join("lectern.db")).unwrap().0;
    let snapshot = services::read_course_folder(&fixture(name)).unwrap();
    let report =
        services::import_snapshot(&mut store, &snapshot, Rubric::Creatoros, OnExisting::Update)
            .unwrap();
    (tmp, store, report)
}

/// `(lesson_id, module_number, title, file_path)` in stored order.
fn tree(store: &Store, slug: &str) -> Vec<(String, Option<u32>, String, Option<String>)> {
    let detail = services::course_detail(store, slug).unwrap();
    detail
        .lessons
        .iter()
        .map(|l| {
            let r = &l.record;
            (
                r.lesson_id.clone(),
                r.module_number,
                r.title.clone(),
                r.file_path.clone(),
            )
        })
        .collect()
}

fn ids(store: &Store, slug: &str) -> Vec<String> {
    tree(store, slug).into_iter().map(|t| t.0).collect()
}

/// The workbench draws a module header before each run of one module's lessons; correct data
/// has one run per module.
fn assert_each_module_once(rows: &[LessonRow], course: &str) {
    let mut seen = HashSet::new();
    let mut current = None;
    for r in rows {
        let m = r.record.module_number;
        if Some(m) != current {
            assert!(seen.insert(m), "{course}: module {m:?} starts twice");
            current = Some(m);
        }
    }
}

fn module_titles(store: &Store, slug: &str) -> Vec<(u64, String)> {
    let detail = services::course_detail(store, slug).unwrap();
    let curriculum = detail.metadata.unwrap().curriculum.unwrap();
    curriculum["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["number"].as_u64().unwrap(),
                m["title"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn codes(report: &services::CourseImport) -> Vec<&str> {
    report
        .warnings
        .iter()
        .map(|w| w.issue.code.as_str())
        .collect()
}

#[test]
fn curriculum_as_a_list_of_modules_links_files_keeps_titles_and_extras() {
    let (_tmp, store, report) = imported("curriculum-list");
    assert!(
        !codes(&report).contains(&"IMPORT-UNLISTED-LESSON"),
        "{report:?}"
    );
    assert!(!codes(&report).contains(&"CURRICULUM-NO-MODULES"));
    // The unnumbered file the curriculum links is placed by its entry, without a warning.
    assert!(!codes(&report).contains(&"IMPORT-UNNUMBERED-LESSON"));
    assert_eq!(
        module_titles(&store, "curriculum-list"),
        [
            (1, "Primeiros Canteiros".into()),
            (2, "Regas e Pragas".into())
        ]
    );
    let rows = tree(&store, "curriculum-list");
    let got: Vec<(&str, Option<u32>, &str)> = rows
        .iter()
        .map(|(id, m, title, _)| (id.as_str(), *m, title.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("1.1", Some(1), "Escolhendo o Lugar"),
            ("1.2", Some(1), "Preparando a Terra"),
            ("boas-vindas", Some(1), "Boas-vindas à Horta"),
            ("1.10", Some(1), "Colheita"),
            ("2.1", Some(2), "Quanto Regar"),
            ("2.2", Some(2), "Pragas Comuns"),
        ]
    );
    let detail = services::course_detail(&store, "curriculum-list").unwrap();
    let first = &detail.lessons[0].record;
    assert_eq!(
        (first.duration_minutes, first.bloom_level.as_deref()),
        (Some(5), Some("Lembrar"))
    );
    assert_eq!(detail.lessons[1].record.duration_minutes, Some(60));
    // Keys lectern does not interpret are kept with the lesson in the stored curriculum.
    let curriculum = detail.metadata.unwrap().curriculum.unwrap();
    let lesson = &curriculum["modules"][0]["lessons"][0];
    assert_eq!(
        lesson["extra"]["steps"],
        serde_json::json!(["olhar o sol", "medir"])
    );
    assert_eq!(lesson["extra"]["reflection"], "Onde bate sol de manhã?");
    assert_eq!(curriculum["modules"][0]["duration_minutes"], 90);
    // A `file:` naming a missing file is a warning with its line.
    let missing = report
        .warnings
        .iter()
        .find(|w| w.issue.message.contains("lessons/2.2-pragas-comuns.md"))
        .unwrap();
    assert_eq!(
        (missing.file.as_str(), missing.issue.line_start),
        ("curriculum.yaml", Some(38))
    );
}

#[test]
fn modules_with_counts_and_a_top_level_day_list_match_their_files() {
    let (_tmp, store, report) = imported("modules-and-days");
    assert!(
        !codes(&report).contains(&"CURRICULUM-LESSON-COUNT"),
        "{report:?}"
    );
    assert_eq!(
        module_titles(&store, "modules-and-days"),
        [(1, "Fermentação".into()), (2, "Formas e Sabores".into())]
    );
    let rows = tree(&store, "modules-and-days");
    let got: Vec<(&str, Option<u32>, &str, bool)> = rows
        .iter()
        .map(|(id, m, title, file)| {
            let has_file = file.is_some();
            (id.as_str(), *m, title.as_str(), has_file)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("1.1", Some(1), "O Fermento Natural", true),
            ("1.2", Some(1), "Farinhas", false),
            ("1.3", Some(1), "Sova", false),
            ("1.4", Some(1), "Primeira Fornada", true),
            ("2.1", Some(2), "Pão de Forma", false),
            ("2.2", Some(2), "Focaccia", false),
            ("2.3", Some(2), "Pão de Fermentação Longa", true),
            // Module 3 is not in the curriculum: the final group, with a warning.
            ("3.1", None, "Extra Sem Módulo", true),
        ]
    );
    // The tree front ends draw: titled modules, then the final group.
    let detail = services::course_detail(&store, "modules-and-days").unwrap();
    let groups: Vec<(String, usize)> = services::module_groups(&detail)
        .into_iter()
        .map(|g| (g.title, g.lessons.len()))
        .collect();
    assert_eq!(
        groups,
        [
            ("1 · Fermentação".to_string(), 4),
            ("2 · Formas e Sabores".to_string(), 3),
            (services::NOT_IN_CURRICULUM.to_string(), 1),
        ]
    );
    let outside = report
        .warnings
        .iter()
        .find(|w| w.issue.code == "IMPORT-NOT-IN-CURRICULUM")
        .unwrap();
    assert_eq!(outside.file, "lessons/3.1-bonus-sem-modulo.md");
    // The workbench's `Enter` on that message opens lesson 3.1; a curriculum one opens none.
    let detail = services::course_detail(&store, "modules-and-days").unwrap();
    let messages = services::course_messages(&store, "modules-and-days").unwrap();
    let about = |code: &str| messages.iter().find(|m| m.code == code).unwrap();
    let target = services::message_lesson(&detail.lessons, about("IMPORT-NOT-IN-CURRICULUM"));
    assert_eq!(target, Some(("3.1".to_string(), None)));
    let planned = about("IMPORT-PLANNED-ONLY");
    assert_eq!(services::message_lesson(&detail.lessons, planned), None);
    let unlisted: Vec<&str> = report
        .warnings
        .iter()
        .filter(|w| w.issue.code == "IMPORT-UNLISTED-LESSON")
        .map(|w| w.file.as_str())
        .collect();
    assert_eq!(unlisted, ["lessons/3.1-bonus-sem-modulo.md"]);
}

#[test]
fn a_map_of_modules_mixed_with_a_top_level_list() {
    let (_tmp, store, report) = imported("mixed-map");
    assert_eq!(
        module_titles(&store, "mixed-map"),
        [(1, "Aberturas".into()), (2, "Finais".into())]
    );
    assert_eq!(ids(&store, "mixed-map"), ["1.1", "1.2", "2.1", "2.2"]);
    assert!(!codes(&report).contains(&"IMPORT-UNLISTED-LESSON"));
    assert!(
        !codes(&report).contains(&"CURRICULUM-NUMBERING"),
        "{report:?}"
    );
    let titles: Vec<String> = tree(&store, "mixed-map").into_iter().map(|t| t.2).collect();
    assert_eq!(titles[3], "Torre contra Peão");
}

#[test]
fn without_a_curriculum_glossaries_close_their_module_folder() {
    let (_tmp, store, _) = imported("glossary-folders");
    let rows = tree(&store, "glossary-folders");
    let got: Vec<(&str, Option<u32>)> = rows.iter().map(|(id, m, ..)| (id.as_str(), *m)).collect();
    assert_eq!(
        got,
        [
            ("1.1", Some(1)),
            ("1.2", Some(1)),
            ("1.10", Some(1)),
            ("glossario-modulo-01", Some(1)),
            ("2.1", Some(2)),
            ("2.2", Some(2)),
            ("glossario-modulo-02", Some(2)),
            ("BONUS-afinacao", None),
        ]
    );
    let detail = services::course_detail(&store, "glossary-folders").unwrap();
    assert_each_module_once(&detail.lessons, "glossary-folders");
    let titles: Vec<String> = services::module_groups(&detail)
        .into_iter()
        .map(|g| g.title)
        .collect();
    assert_eq!(titles, ["Module 1", "Module 2", "Other lessons"]);
}

#[test]
fn research_notes_are_kept_searchable_and_exported_byte_for_byte() {
    let (tmp, store, report) = imported("curriculum-list");
    let binary = report
        .warnings
        .iter()
        .find(|w| w.issue.code == "IMPORT-BINARY-RESEARCH")
        .unwrap();
    assert_eq!(binary.file, "research/diagrama.png");
    let hits = store.read().search("tomate cereja", 10).unwrap();
    let hit = hits
        .iter()
        .find(|h| h.kind == SearchKind::Research)
        .unwrap();
    assert_eq!(hit.title, "research: notas-brutas.txt");
    let out = tmp.path().join("out");
    services::export_folder(&store, "curriculum-list", &out, false).unwrap();
    let note = "research/notas-brutas.txt";
    assert_eq!(
        std::fs::read(out.join(note)).unwrap(),
        std::fs::read(fixture("curriculum-list").join(note)).unwrap()
    );
    assert!(!out.join("research/diagrama.png").exists());
    // The folder still matches the database: the skipped binary is no difference.
    let check = services::check_against(&store, "curriculum-list", &fixture("curriculum-list"));
    assert!(check.unwrap().is_clean());
}

/// Every corpus course: the order has each module once, and no lesson its curriculum lists
/// (by path, file name or number) is called unlisted.
#[test]
fn corpus_courses_have_no_false_unlisted_warnings_and_one_run_per_module() {
    let Some(corpus) = support::corpus_dir("corpus_courses_have_no_false_unlisted") else {
        return;
    };
    for dir in services::course_folders(&corpus).unwrap() {
        let snapshot = services::read_course_folder(&dir).unwrap();
        let plan = services::plan_course(&snapshot, Rubric::Creatoros).unwrap();
        let name = &snapshot.name;
        let listed: Vec<(Option<String>, String)> = snapshot
            .file("curriculum.yaml")
            .map(|f| parse_curriculum(&String::from_utf8_lossy(&f.bytes)).unwrap())
            .map(|c| {
                c.lessons()
                    .filter(|l| !l.from_count)
                    .map(|l| (l.file_path.clone(), l.lesson_id.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for w in plan
            .warnings
            .iter()
            .filter(|w| w.issue.code == "IMPORT-UNLISTED-LESSON")
        {
            let file_name = w.file.rsplit('/').next().unwrap();
            let named = listed.iter().any(|(path, _)| {
                path.as_deref()
                    .is_some_and(|p| p == w.file || p.rsplit('/').next() == Some(file_name))
            });
            assert!(
                !named,
                "{name}: {} is listed by path: {}",
                w.file, w.issue.message
            );
        }
        let mut lessons = plan.lessons.clone();
        lessons.sort_by_key(|l| l.sort_order);
        let mut seen = HashSet::new();
        let mut current = None;
        for l in &lessons {
            if Some(l.module_number) != current {
                assert!(
                    seen.insert(l.module_number),
                    "{name}: {:?} twice",
                    l.module_number
                );
                current = Some(l.module_number);
            }
        }
    }
}
