//! `services::import_sources`, what `lectern import` and the workbench's `i` run: courses
//! planned on a second thread and stored one transaction each, in the order given, with the
//! write-ahead log checkpointed by a second connection meanwhile.

use std::path::Path;

use lectern::domain::rubric::Rubric;
use lectern::services::{
    self, FolderSnapshot, ImportOptions, ImportSource, OnExisting, SnapshotFile,
};
use lectern::storage::Store;

fn lesson(number: usize, filler_bytes: usize) -> String {
    let mut text = format!(
        "# Aula 1.{number}\n\n## 🎯 G - GOAL\n\nVocê vai aprender a planilha {number}.\n\n\
         ## 🗺️ P - POSITION\n\nTalvez você nunca tenha usado.\n\n## 🛤️ S - STEPS\n\n### Passo 1\n\n"
    );
    let mut word = 0;
    while text.len() < filler_bytes {
        text.push_str(&format!("palavra{word} "));
        word += 1;
    }
    text.push('\n');
    text
}

fn course(name: &str, lessons: usize, filler_bytes: usize) -> FolderSnapshot {
    FolderSnapshot {
        name: name.to_string(),
        source: None,
        files: (1..=lessons)
            .map(|n| SnapshotFile {
                rel_path: format!("lessons/1.{n}-aula.md"),
                bytes: lesson(n, filler_bytes).into_bytes(),
            })
            .collect(),
        skipped_links: Vec::new(),
    }
}

fn source(snapshot: FolderSnapshot) -> ImportSource {
    ImportSource::Snapshot {
        label: snapshot.name.clone(),
        snapshot,
    }
}

fn options(dry_run: bool) -> ImportOptions {
    ImportOptions {
        rubric: Rubric::Creatoros,
        on_existing: OnExisting::Update,
        dry_run,
    }
}

fn course_count(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM content_pieces", [], |r| r.get(0))
        .unwrap()
}

fn with_bad_curriculum(name: &str) -> FolderSnapshot {
    let mut snapshot = course(name, 1, 200);
    snapshot.files.insert(
        0,
        SnapshotFile {
            rel_path: "curriculum.yaml".to_string(),
            bytes:
                b"modules:\n  - title: Um\n    lessons:\n      - lesson_title: Aula 1.1: Origem\n"
                    .to_vec(),
        },
    );
    snapshot
}

#[test]
fn courses_are_stored_in_the_order_given_and_a_refused_one_does_not_stop_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lectern.db");
    let mut store = Store::open(&db).unwrap().0;
    let sources = || {
        vec![
            source(course("zeta", 2, 300)),
            source(with_bad_curriculum("quebrado")),
            source(course("alfa", 3, 300)),
        ]
    };

    let dry = services::import_sources(&mut store, sources(), options(true));
    assert_eq!(course_count(&db), 0, "a dry run writes nothing");
    assert_eq!(dry.courses.len(), 2);

    let run = services::import_sources(&mut store, sources(), options(false));
    let slugs: Vec<(&str, usize)> = run
        .courses
        .iter()
        .map(|c| (c.slug.as_str(), c.lessons))
        .collect();
    assert_eq!(slugs, [("zeta", 2), ("alfa", 3)]);
    assert_eq!(run.refused.len(), 1, "{:?}", run.refused);
    assert_eq!(run.refused[0].path, "quebrado");
    assert!(
        run.refused[0].error.contains("curriculum.yaml:4:"),
        "{}",
        run.refused[0].error
    );
    assert_eq!(course_count(&db), 2);
}

#[test]
fn a_large_import_is_checkpointed_in_the_background_and_automatic_checkpoints_come_back() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("lectern.db");
    let mut store = Store::open(&db).unwrap().0;
    let empty_size = std::fs::metadata(&db).unwrap().len();
    // ~6 MB of lessons: the log passes SQLite's 1,000-page threshold more than once.
    let sources = (0..24)
        .map(|i| source(course(&format!("curso-{i:02}"), 4, 60_000)))
        .collect();

    let run = services::import_sources(&mut store, sources, options(false));

    assert!(run.refused.is_empty(), "{:?}", run.refused);
    assert_eq!(run.courses.len(), 24);
    // The writer's own automatic checkpoints are off during the run, so data can only have
    // reached the database file (with the store still open) through the background checkpoints.
    let size = std::fs::metadata(&db).unwrap().len();
    assert!(
        size > empty_size + 2_000_000,
        "database file {size} bytes (empty: {empty_size}): the log was never checkpointed"
    );
    assert_eq!(store.pragma_text("wal_autocheckpoint").unwrap(), "1000");
}
