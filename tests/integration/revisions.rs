//! Revisions at the service level (issue 12): a property test over random edits, saves,
//! regenerations (offline and a fake model on loopback), restores, undos, archives and
//! re-imports — every text ever current stays retrievable byte for byte and the current text
//! is always the head revision's — and the migration of `course_versions` snapshots.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use proptest::prelude::*;

use lectern::domain::course::CourseStatus;
use lectern::domain::rubric::Rubric;
use lectern::generation::ProviderKind;
use lectern::services::authoring::{save_brief, save_lesson_as};
use lectern::services::history::{restore_revision, undo_last_action};
use lectern::services::{OnExisting, import_snapshot, read_course_folder, start_generation};
use lectern::storage::{MIGRATIONS, RevisionSource, Store, Target};

use super::generation::{PASSING, fixture_course, generation_options};
use super::llm_server::{LlmServer, Reply};

const SLUG: &str = "gen-course";
const LESSONS: [&str; 3] = ["1.1", "1.2", "1.3"];

#[derive(Debug, Clone)]
enum Op {
    Edit(usize, u8),
    Brief(u8),
    Regenerate { lesson: usize, offline: bool },
    Restore(usize, usize),
    Undo,
    Archive,
    Reimport(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3usize, any::<u8>()).prop_map(|(l, n)| Op::Edit(l, n)),
        any::<u8>().prop_map(Op::Brief),
        (0..3usize, any::<bool>()).prop_map(|(lesson, offline)| Op::Regenerate { lesson, offline }),
        (0..3usize, 0..4usize).prop_map(|(l, n)| Op::Restore(l, n)),
        Just(Op::Undo),
        Just(Op::Archive),
        any::<u8>().prop_map(Op::Reimport),
    ]
}

struct World {
    _dir: tempfile::TempDir,
    db: PathBuf,
    folder: PathBuf,
    store: Store,
    runtime: tokio::runtime::Runtime,
    server: LlmServer,
    /// Every text each target ever held, by target key.
    seen: HashMap<String, HashSet<String>>,
}

impl World {
    fn new() -> World {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let dir = tempfile::tempdir().unwrap();
        let folder = fixture_course(dir.path());
        let db = dir.path().join("lectern.db");
        let (store, _) = Store::open(&db).unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let fallback = Reply::OpenAi {
            text: PASSING.into(),
            usage: (10, 20),
            delay: Duration::ZERO,
        };
        let server = runtime.block_on(LlmServer::start(vec![], Some(fallback)));
        let mut world = World {
            _dir: dir,
            db,
            folder,
            store,
            runtime,
            server,
            seen: HashMap::new(),
        };
        world.reimport();
        world.observe();
        world
    }

    fn reimport(&mut self) {
        let snapshot = read_course_folder(&self.folder).unwrap();
        import_snapshot(
            &mut self.store,
            &snapshot,
            Rubric::Creatoros,
            OnExisting::Update,
        )
        .unwrap();
    }

    fn apply(&mut self, op: &Op) {
        let store = &mut self.store;
        match op {
            Op::Edit(l, n) => {
                let text = format!("# {}\n\nTexto {n} da autora.\r\nLinha {n}\n", LESSONS[*l]);
                save_lesson_as(store, SLUG, LESSONS[*l], &text, RevisionSource::CliSet).unwrap();
            }
            Op::Brief(n) => {
                save_brief(store, SLUG, &format!("# Curso {n}\n\nPara quem começa.\n")).unwrap();
            }
            Op::Regenerate { lesson, offline } => {
                let mut opts = generation_options(&self.server.base, &[LESSONS[*lesson]]);
                if *offline {
                    opts.provider = ProviderKind::Offline;
                    opts.api_key = None;
                }
                let db = self.db.clone();
                self.runtime.block_on(async move {
                    // The offline provider refuses lessons it may not replace: that is fine.
                    if let Ok(mut handle) = start_generation(&db, &opts) {
                        while handle.events.recv().await.is_some() {}
                        handle.join();
                    }
                });
            }
            Op::Restore(l, back) => {
                let _ = restore_revision(store, SLUG, LESSONS[*l], &format!("~{back}"));
            }
            Op::Undo => {
                let _ = undo_last_action(store, SLUG);
            }
            Op::Archive => {
                store
                    .write(|repo| {
                        let course = repo.require_course(SLUG)?;
                        let next = match course.status {
                            CourseStatus::Archived => CourseStatus::Draft,
                            _ => CourseStatus::Archived,
                        };
                        repo.set_course_status(course.id, next)
                    })
                    .unwrap();
            }
            Op::Reimport(n) => {
                let file = self.folder.join("lessons/1.1-introducao.md");
                std::fs::write(
                    file,
                    format!("# 1.1 - Introdução\n\nVersão {n} do arquivo.\n"),
                )
                .unwrap();
                self.reimport();
            }
        }
        self.observe();
    }

    fn current(&self) -> Vec<(Target, String)> {
        let repo = self.store.read();
        let course = repo.require_course(SLUG).unwrap();
        let mut out: Vec<(Target, String)> = repo
            .lessons_of(course.id)
            .unwrap()
            .into_iter()
            .map(|l| {
                let text = l.record.content_markdown.unwrap_or_default();
                (Target::Lesson(l.record.lesson_id), text)
            })
            .collect();
        let brief = repo
            .metadata(course.id)
            .unwrap()
            .and_then(|m| m.brief_markdown);
        out.push((Target::Brief, brief.unwrap_or_default()));
        out.push((Target::Status, course.status.as_str().to_string()));
        out
    }

    fn observe(&mut self) {
        for (target, text) in self.current() {
            self.seen.entry(target.key()).or_default().insert(text);
        }
    }

    fn check(&self) {
        let repo = self.store.read();
        let course = repo.require_course(SLUG).unwrap();
        for (target, text) in self.current() {
            let history = repo.revisions_of(course.id, &target).unwrap();
            let texts: HashSet<String> = history
                .iter()
                .map(|r| repo.text_by_sha(&r.sha256).unwrap())
                .collect();
            let head = history
                .first()
                .map(|h| repo.text_by_sha(&h.sha256).unwrap());
            assert_eq!(head.unwrap_or_default(), text, "{target} current == head");
            for old in &self.seen[&target.key()] {
                assert!(
                    old.is_empty() || texts.contains(old),
                    "{target}: a text once current is missing from history: {old:?}"
                );
            }
        }
        assert_eq!(self.store.pragma_text("integrity_check").unwrap(), "ok");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn every_text_ever_current_stays_in_history(ops in proptest::collection::vec(op(), 1..14)) {
        let mut world = World::new();
        for op in &ops {
            world.apply(op);
        }
        world.check();
    }
}

#[test]
fn undo_of_a_model_run_brings_back_the_imported_text_byte_for_byte() {
    let mut world = World::new();
    let imported = world.current();
    world.apply(&Op::Regenerate {
        lesson: 0,
        offline: false,
    });
    let after = world.current();
    assert_ne!(after[0], imported[0], "the model replaced 1.1");
    let undone = undo_last_action(&mut world.store, SLUG).unwrap();
    assert_eq!(undone.source, "generated");
    world.observe();
    assert_eq!(world.current(), imported);
    world.check();
}

fn v8_database(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    for m in &MIGRATIONS[..8] {
        conn.execute_batch(m.sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 8).unwrap();
    conn.execute_batch(
        r#"INSERT INTO content_pieces (piece_slug, title) VALUES ('velho', 'Curso velho');
        INSERT INTO course_metadata (content_piece_id, brief_markdown) VALUES (1, 'brief atual');
        INSERT INTO course_lessons (content_piece_id, lesson_id, title, content_markdown,
            generation_provider)
            VALUES (1, '1.1', 'Um', 'texto atual' || char(10), NULL),
                   (1, '1.2', 'Dois', 'rascunho offline' || char(10), 'offline');
        INSERT INTO course_versions (content_piece_id, version_number, metadata_snapshot,
            lessons_snapshot, changed_by, change_summary, created_at) VALUES
            (1, 1, '{"brief_markdown": "brief v1"}',
             '[{"lesson_id": "1.1", "content_markdown": "texto v1\n",
                "score": {"gps_points": 15, "didatica_points": 40}}]',
             'author', 'lesson 1.1 saved', '2026-01-01T00:00:00Z'),
            (1, 2, 'null', '[{"lesson_id": "1.1", "content_markdown": "texto v2\n"}]',
             'generate', 'generation replaced lesson 1.1', '2026-02-01T00:00:00Z');"#,
    )
    .unwrap();
}

#[test]
fn course_versions_snapshots_come_out_as_history() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    v8_database(&db);
    for _ in 0..2 {
        // Opened twice: the backfill runs once.
        let (store, report) = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let _ = report;
        let repo = store.read();
        let course = repo.require_course("velho").unwrap();
        let texts = |target: Target| -> Vec<String> {
            let mut rows = repo.revisions_of(course.id, &target).unwrap();
            rows.reverse();
            rows.iter()
                .map(|r| repo.text_by_sha(&r.sha256).unwrap())
                .collect()
        };
        assert_eq!(
            texts(Target::Lesson("1.1".into())),
            ["texto v1\n", "texto v2\n", "texto atual\n"]
        );
        assert_eq!(texts(Target::Brief), ["brief v1", "brief atual"]);
        let first = repo
            .revisions_of(course.id, &Target::Lesson("1.1".into()))
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(
            (first.created_at.as_str(), first.author.as_str()),
            ("2026-01-01T00:00:00Z", "author")
        );
        assert_eq!(first.gps_score, Some(0.5));
        let drafts = repo.lessons_of(course.id).unwrap();
        assert!(drafts[1].is_draft(), "an offline text stays a draft");
        assert!(!drafts[0].is_draft());
    }
}

#[test]
fn saves_changing_one_line_store_small_deltas_and_identical_text_once() {
    let mut world = World::new();
    let mut lines: Vec<String> = (0..260)
        .map(|i| format!("Linha {i}: o autor explica com calma um passo da planilha.\n"))
        .collect();
    let blobs = |store: &Store| -> i64 {
        let conn = rusqlite::Connection::open(store.path()).unwrap();
        conn.query_row(
            "SELECT coalesce(sum(length(data)), 0) FROM revision_blobs",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    save_lesson_as(
        &mut world.store,
        SLUG,
        "1.2",
        &lines.concat(),
        RevisionSource::CliSet,
    )
    .unwrap();
    let before = blobs(&world.store);
    let saves = 60;
    for save in 0..saves {
        lines[(save * 37) % 260] = format!("Linha reescrita na gravação {save}.\n");
        save_lesson_as(
            &mut world.store,
            SLUG,
            "1.2",
            &lines.concat(),
            RevisionSource::CliSet,
        )
        .unwrap();
    }
    let per_save = (blobs(&world.store) - before) / saves as i64;
    // The budget is 8 KB per save of a 20 KB lesson (8 MB per 1,000); deltas take far less.
    assert!(per_save < 1024, "{per_save} bytes per save");
    // Saving the same text again stores nothing new.
    let again = blobs(&world.store);
    let id = RevisionSource::Edited;
    save_lesson_as(&mut world.store, SLUG, "1.2", &lines.concat(), id).unwrap();
    assert_eq!(blobs(&world.store), again);
    world.observe();
    world.check();
}
