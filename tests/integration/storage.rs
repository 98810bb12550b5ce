//! The SQLite store on real temp-file databases: migrations, repositories, transactions, FTS.

use lectern::domain::course::{CourseStatus, LessonStatus, ValidationStatus};
use lectern::domain::issue::{Issue, Severity};
use lectern::storage::{
    LATEST_VERSION, LessonRecord, MIGRATIONS, MetadataRecord, NewCourse, ScoreRecord, Store,
    StoreError,
};
use rusqlite::Connection;
use serde_json::json;

fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lectern.db");
    (dir, path)
}

fn new_course(slug: &str) -> NewCourse {
    NewCourse {
        slug: slug.into(),
        title: format!("Curso {slug}"),
        subtitle: None,
        keywords: vec!["planilhas".into()],
        status: CourseStatus::Draft,
    }
}

fn lesson(n: u32, content: &str, status: ValidationStatus) -> LessonRecord {
    LessonRecord {
        lesson_id: format!("1.{n}"),
        module_number: Some(1),
        lesson_number: Some(n),
        sort_order: n,
        title: format!("Aula 1.{n}: Introdução"),
        slug: Some(format!("aula-{n}")),
        content_markdown: Some(content.to_string()),
        word_count: content.split_whitespace().count() as u32,
        bloom_level: Some("Apply".into()),
        learning_objectives: vec!["Usar fórmulas".into()],
        key_concepts: vec![],
        duration_minutes: Some(15),
        status: LessonStatus::Draft,
        file_path: Some(format!("lessons/1.{n}-aula.md")),
        content_sha256: Some("a".repeat(64)),
        source_encoding: Some("utf-8".into()),
        score: Some(ScoreRecord {
            rubric: "creatoros".into(),
            gps_valid: status != ValidationStatus::Failed,
            gps_points: if status == ValidationStatus::Failed {
                20
            } else {
                30
            },
            didatica_points: 40 + n,
            validation_status: status,
            issues: vec![Issue {
                code: "GPS-P-MISSING".into(),
                severity: Severity::Error,
                element: "position".into(),
                message: "Missing P (Position) section".into(),
                hint: "Add a Position section".into(),
                line_start: Some(3),
                line_end: Some(3),
                args: Default::default(),
            }],
            details: json!({"gps": {"score": 20}}),
        }),
    }
}

#[test]
fn new_database_is_migrated_to_latest_with_wal_and_foreign_keys() {
    let (_dir, path) = temp_db();
    let (store, report) = Store::open(&path).unwrap();
    assert_eq!(
        (report.from, report.to, report.backup.clone()),
        (0, LATEST_VERSION, None)
    );
    assert!(report.created());
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(store.pragma_text("journal_mode").unwrap(), "wal");
    assert_eq!(store.pragma_text("foreign_keys").unwrap(), "1");
    assert_ne!(store.pragma_text("busy_timeout").unwrap(), "0");
}

#[test]
fn reopening_is_idempotent() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let (store, report) = Store::open(&path).unwrap();
    assert_eq!(
        (report.from, report.to, report.backup.clone()),
        (LATEST_VERSION, LATEST_VERSION, None)
    );
    assert!(!report.created());
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn a_v0_database_with_data_is_backed_up_then_migrated() {
    let (dir, path) = temp_db();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('keep me');")
            .unwrap();
    }
    let (store, report) = Store::open(&path).unwrap();
    let backup = report.backup.clone().expect("a backup is made");
    assert_eq!(backup, dir.path().join("lectern.db.bak-v0"));
    assert_eq!((report.from, report.to), (0, LATEST_VERSION));
    let old = Connection::open(&backup).unwrap();
    let body: String = old
        .query_row("SELECT body FROM notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(body, "keep me");
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 0, "the backup is the database as it was");
    assert!(store.read().list_courses(true).unwrap().is_empty());
}

#[test]
fn a_database_from_a_newer_lectern_is_refused_untouched() {
    let (_dir, path) = temp_db();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future(x); INSERT INTO future VALUES (1);")
            .unwrap();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 5)
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::TooNew { found, .. } if found == LATEST_VERSION + 5));
    let msg = err.to_string();
    assert!(
        msg.contains("newer than this lectern supports") && msg.contains("untouched"),
        "{msg}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "file bytes changed");
    assert!(!path.with_extension("db-wal").exists());
}

#[test]
fn migration_list_matches_the_migrations_folder() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".sql")
                .to_string()
        })
        .collect();
    files.sort();
    let listed: Vec<&str> = MIGRATIONS.iter().map(|m| m.name).collect();
    assert_eq!(files, listed);
    // `user_version` counts applied migrations, so migration N must be the Nth file.
    for (i, name) in listed.iter().enumerate() {
        assert_eq!(
            name[..4].parse::<usize>().unwrap(),
            i + 1,
            "out of sequence: {listed:?}"
        );
    }
}

#[test]
fn course_metadata_and_lessons_round_trip() {
    let (_dir, path) = temp_db();
    let (mut store, _) = Store::open(&path).unwrap();
    let lessons = vec![
        lesson(
            1,
            "## 🎯 G - GOAL\nFórmulas de planilha",
            ValidationStatus::Passed,
        ),
        lesson(2, "texto", ValidationStatus::Failed),
    ];
    let meta = MetadataRecord {
        brief_markdown: Some("# Brief\r\n".into()),
        curriculum_yaml: Some("modules: []\n".into()),
        curriculum: Some(json!({"modules": []})),
        total_lessons: 2,
        rubric: "creatoros".into(),
        brief_fields: json!({"title": "Curso"}),
        ..MetadataRecord::default()
    };
    let meta = MetadataRecord {
        icp: json!({}),
        learning_objectives: json!([]),
        voice: json!({}),
        format: json!({}),
        commercial: json!({}),
        context: json!({}),
        ..meta
    };
    let id = store
        .write(|repo| -> Result<_, StoreError> {
            let id = repo.create_course(&new_course("planilhas"))?;
            repo.upsert_metadata(id, &meta)?;
            repo.upsert_lessons(id, &lessons)?;
            Ok(id)
        })
        .unwrap();
    drop(store);

    let (store, _) = Store::open(&path).unwrap();
    let repo = store.read();
    let course = repo.require_course("planilhas").unwrap();
    assert_eq!(course.id, id);
    assert_eq!(course.keywords, vec!["planilhas".to_string()]);
    assert_eq!(repo.metadata(id).unwrap().unwrap(), meta);
    let rows = repo.lessons_of(id).unwrap();
    let back: Vec<LessonRecord> = rows.into_iter().map(|r| r.record).collect();
    assert_eq!(back, lessons);

    let list = repo.list_courses(false).unwrap();
    assert_eq!(list.len(), 1);
    let s = &list[0];
    assert_eq!(
        (s.lessons, s.passed, s.warning, s.failed, s.planned),
        (2, 1, 0, 1, 0)
    );
    assert!(
        (s.avg_gps.unwrap() - (1.0 + 0.67) / 2.0).abs() < 1e-9,
        "{:?}",
        s.avg_gps
    );
    assert!(
        (s.avg_didatica.unwrap() - 0.415).abs() < 1e-9,
        "{:?}",
        s.avg_didatica
    );
}

#[test]
fn a_batch_of_twenty_lessons_is_one_transaction() {
    let (_dir, path) = temp_db();
    let (mut store, _) = Store::open(&path).unwrap();
    let mut lessons: Vec<_> = (1..=20)
        .map(|n| lesson(n, "texto", ValidationStatus::Passed))
        .collect();
    lessons[19].content_sha256 = Some("not a sha".into()); // violates the CHECK constraint
    let result = store.write(|repo| -> Result<_, StoreError> {
        let id = repo.create_course(&new_course("lote"))?;
        repo.upsert_lessons(id, &lessons)
    });
    assert!(result.is_err());
    let repo = store.read();
    assert!(
        repo.course_by_slug("lote").unwrap().is_none(),
        "course must be rolled back"
    );
    let count: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM course_lessons", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0, "no lesson of the failed batch may remain");
}

#[test]
fn upsert_updates_in_place_and_scores_can_be_replaced_or_cleared() {
    let (_dir, path) = temp_db();
    let (mut store, _) = Store::open(&path).unwrap();
    let id = store.write(|r| r.create_course(&new_course("c"))).unwrap();
    let first = lesson(1, "primeira versão", ValidationStatus::Failed);
    let ids = store
        .write(|r| r.upsert_lessons(id, std::slice::from_ref(&first)))
        .unwrap();
    let mut second = lesson(1, "segunda versão", ValidationStatus::Passed);
    second.title = "Novo título".into();
    let ids2 = store
        .write(|r| r.upsert_lessons(id, std::slice::from_ref(&second)))
        .unwrap();
    assert_eq!(ids, ids2, "same (course, lesson_id) updates the same row");
    store.write(|r| r.update_scores(ids[0], None)).unwrap();
    let rows = store.read().lessons_of(id).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].record.title, "Novo título");
    assert_eq!(rows[0].record.score, None);
    let err = store.write(|r| r.update_scores(999, None)).unwrap_err();
    assert!(err.to_string().contains("999"));
}

#[test]
fn duplicate_slug_is_refused_and_archived_courses_leave_the_default_list() {
    let (_dir, path) = temp_db();
    let (mut store, _) = Store::open(&path).unwrap();
    let id = store
        .write(|r| r.create_course(&new_course("dup")))
        .unwrap();
    let err = store
        .write(|r| r.create_course(&new_course("dup")))
        .unwrap_err();
    assert!(matches!(err, StoreError::SlugTaken(ref s) if s == "dup"));
    store
        .write(|r| r.set_course_status(id, CourseStatus::Archived))
        .unwrap();
    assert!(store.read().list_courses(false).unwrap().is_empty());
    assert_eq!(
        store.read().list_courses(true).unwrap()[0].status,
        CourseStatus::Archived
    );
}

#[test]
fn deleting_a_course_cascades_to_its_lessons() {
    let (_dir, path) = temp_db();
    let (mut store, _) = Store::open(&path).unwrap();
    let id = store.write(|r| r.create_course(&new_course("x"))).unwrap();
    store
        .write(|r| r.upsert_lessons(id, &[lesson(1, "a", ValidationStatus::Passed)]))
        .unwrap();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn.execute("DELETE FROM content_pieces WHERE id = ?1", [id.0])
        .unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM course_lessons", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn full_text_search_finds_lessons_and_courses_ignoring_accents() {
    let (_dir, path) = temp_db();
    let (mut store, _) = Store::open(&path).unwrap();
    let id = store
        .write(|r| r.create_course(&new_course("busca")))
        .unwrap();
    let mut l = lesson(
        1,
        "Aqui falamos de formatação condicional em planilhas.",
        ValidationStatus::Passed,
    );
    l.title = "Formatação que ajuda".into();
    store.write(|r| r.upsert_lessons(id, &[l])).unwrap();
    let hits = store.read().search("formatacao", 10).unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].lesson_id.as_deref(), Some("1.1"));
    assert!(
        hits[0].snippet.contains('\u{2}'),
        "match is marked: {:?}",
        hits[0].snippet
    );
    // Briefs are searchable too.
    let brief = MetadataRecord {
        brief_markdown: Some("Público: contadores autônomos".into()),
        rubric: "creatoros".into(),
        brief_fields: json!({}),
        icp: json!({}),
        learning_objectives: json!([]),
        voice: json!({}),
        format: json!({}),
        commercial: json!({}),
        context: json!({}),
        ..MetadataRecord::default()
    };
    store.write(|r| r.upsert_metadata(id, &brief)).unwrap();
    let hits = store.read().search("autonomos", 10).unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].kind, lectern::storage::SearchKind::Brief);
    let courses = store.read().search("planilhas", 10).unwrap();
    assert!(
        courses
            .iter()
            .any(|h| h.kind == lectern::storage::SearchKind::Course)
    );
    // FTS syntax in user input is taken literally, never an error.
    assert!(store.read().search("\"AND OR (", 10).unwrap().is_empty());
    // Words joined by punctuation are separate terms (no phrase queries in this index).
    assert_eq!(
        store
            .read()
            .search("condicional-planilhas", 10)
            .unwrap()
            .len(),
        1
    );
    // Updated content is re-indexed by the triggers.
    let mut l2 = lesson(1, "agora sobre gráficos", ValidationStatus::Passed);
    l2.title = "Gráficos".into();
    store.write(|r| r.upsert_lessons(id, &[l2])).unwrap();
    assert!(store.read().search("condicional", 10).unwrap().is_empty());
    assert_eq!(store.read().search("graficos", 10).unwrap().len(), 1);
}

/// The bundled SQLite is built with the options `.cargo/config.toml` passes it (no memory
/// statistics and their mutex, alloca for small buffers): losing that file or the variable
/// would silently make every write a little slower (docs/benchmarks.md, eighth pass).
#[test]
fn the_bundled_sqlite_has_the_recommended_options() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    for option in ["DEFAULT_MEMSTATUS=0", "USE_ALLOCA"] {
        let used: bool = conn
            .query_row("SELECT sqlite_compileoption_used(?1)", [option], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(used, "SQLite built without {option}");
    }
}
