//! Property tests (issue 17, fuzzing) for the outside input import reads here: lesson-file
//! bytes (any bytes, UTF-8/UTF-16 byte-order marks) and the rows of a CreatorOS database
//! (`import --from-db`), through a real SQLite file and in memory. No input panics, every path
//! stays inside the course folder, no lesson is dropped, and a refusal names file:line:column.
//!
//! CI runs a few hundred cases (48 through real SQLite files); the long local run sets the
//! count for every property here: `LECTERN_FUZZ_CASES=1000000 cargo test --test integration
//! hardening_fs_props::` (the real-database property is best given fewer, it writes a file
//! per case).

use std::path::Path;

use lectern::domain::rubric::Rubric;
use lectern::domain::text::{Encoding, decode};
use lectern::services::{FolderSnapshot, SnapshotFile, plan_course, snapshot_from_legacy};
use lectern::storage::{LegacyCourse, LegacyLesson};
use proptest::prelude::*;
use rusqlite::{Connection, params};

fn cases(default: u32) -> u32 {
    std::env::var("LECTERN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Pieces hostile text is made of: byte-order marks, NUL, controls, separators, `..`.
const FRAGMENTS: &[&str] = &[
    "\u{FEFF}",
    "\0",
    "\r\n",
    "\n",
    "/",
    "\\",
    "..",
    ".",
    ":",
    "C:",
    "lessons/",
    "research/",
    "# ",
    "## ",
    "---\n",
    "title: ",
    "&a ",
    "*a",
    "[",
    "]",
    "{",
    "}",
    "é",
    "😀",
    "\u{1b}[2J",
    " ",
    "-",
    "1.1",
    ".md",
    "%",
    "\u{202E}",
];

fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..max).prop_map(|v| v.concat()),
        ".{0,40}",
    ]
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

/// Lesson-file bytes: anything, UTF-8 text with or without a BOM, UTF-16 with its BOM, and
/// bytes after a BOM (a BOM followed by garbage).
fn lesson_bytes() -> impl Strategy<Value = Vec<u8>> {
    let boms: &[&[u8]] = &[b"", b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"];
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        hostile_text(30).prop_map(String::into_bytes),
        (hostile_text(30), any::<bool>()).prop_map(|(t, be)| utf16(&t, be)),
        (
            prop::sample::select(boms),
            prop::collection::vec(any::<u8>(), 0..100)
        )
            .prop_map(|(bom, rest)| [bom, &rest].concat()),
    ]
}

fn check_decoding(bytes: &[u8]) -> Result<(), TestCaseError> {
    let d = decode(bytes);
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let (false, Ok(text)) = (utf16, std::str::from_utf8(body)) {
        prop_assert_eq!(&d.text, text, "valid UTF-8 must be read as is");
        prop_assert!(d.decode_error.is_none());
    }
    if let Some(e) = &d.decode_error {
        prop_assert_eq!(d.encoding, Encoding::Windows1252);
        prop_assert_eq!(
            bytes.get(e.offset),
            Some(&e.byte),
            "error offset points at the byte"
        );
        prop_assert!(
            e.line >= 1 && e.column >= 1,
            "refusal without a location: {e:?}"
        );
    }
    Ok(())
}

/// A snapshot with a small curriculum and the given lesson files.
fn course(lessons: Vec<(String, Vec<u8>)>) -> FolderSnapshot {
    let mut files = vec![SnapshotFile {
        rel_path: "curriculum.yaml".into(),
        bytes: b"modules:\n  - module_id: 1\n    lessons:\n      - lesson_id: \"1.1\"\n".to_vec(),
    }];
    files.extend(lessons.into_iter().map(|(name, bytes)| SnapshotFile {
        rel_path: format!("lessons/{name}.md"),
        bytes,
    }));
    files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    files.dedup_by(|a, b| a.rel_path == b.rel_path);
    FolderSnapshot {
        name: "fuzz".into(),
        source: None,
        files,
        skipped_links: Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(512)))]

    #[test]
    fn lesson_bytes_always_decode(bytes in lesson_bytes()) {
        check_decoding(&bytes)?;
    }

    #[test]
    fn utf16_with_its_mark_reads_back_exactly(text in ".{0,60}", be in any::<bool>()) {
        let d = decode(&utf16(&text, be));
        prop_assert_eq!(d.text, text);
    }

    #[test]
    fn any_lesson_files_plan_without_panic(
        lessons in prop::collection::vec(("[a-z0-9.\\- ]{1,12}", lesson_bytes()), 0..6)
    ) {
        let n = course(lessons.clone()).files.len() - 1;
        let plan = plan_course(&course(lessons), Rubric::Creatoros);
        let plan = plan.map_err(|r| TestCaseError::fail(format!("refused: {r}")))?;
        prop_assert_eq!(plan.lessons.iter().filter(|l| l.content_markdown.is_some()).count(), n);
        prop_assert!(plan.warnings.iter().all(|w| !w.file.is_empty()));
    }
}

fn legacy_lesson() -> impl Strategy<Value = LegacyLesson> {
    (
        hostile_text(4),
        hostile_text(6),
        prop::option::of(hostile_text(8)),
        prop_oneof![Just(String::new()), hostile_text(20)],
    )
        .prop_map(
            |(lesson_id, title, file_path, content_markdown)| LegacyLesson {
                lesson_id,
                title,
                file_path,
                content_markdown,
            },
        )
}

fn curriculum_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        hostile_text(20),
        Just(r#"{"modules": [{"module_id": 1, "lessons": [{"lesson_id": "1.1"}]}]}"#.into()),
    ])
}

/// What must hold for any course read from a CreatorOS database.
fn check_legacy(course: &LegacyCourse, snapshot: &FolderSnapshot) -> Result<(), TestCaseError> {
    for f in &snapshot.files {
        let p = &f.rel_path;
        let bad = p.starts_with('/')
            || p.contains('\\')
            || p.contains('\0')
            || p.split('/').any(|s| matches!(s, "" | "." | ".."));
        prop_assert!(!bad, "unsafe path {p:?}");
    }
    let written = course
        .lessons
        .iter()
        .filter(|l| !l.content_markdown.is_empty())
        .count();
    let files = snapshot.under("lessons/").count();
    prop_assert_eq!(files, written, "a lesson was dropped or duplicated");
    if let Err(r) = plan_course(snapshot, Rubric::Creatoros) {
        prop_assert!(
            r.file == "curriculum.yaml" && r.curriculum.line >= 1 && r.curriculum.column >= 1,
            "refusal without a location: {r}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn creatoros_rows_in_memory(
        lessons in prop::collection::vec(legacy_lesson(), 0..8),
        curriculum in curriculum_text(),
        brief in prop::option::of(hostile_text(10)),
    ) {
        let course = LegacyCourse {
            slug: "fuzz".into(),
            title: "Fuzz".into(),
            brief_markdown: brief,
            curriculum,
            outline_markdown: None,
            lessons,
            research: Vec::new(),
        };
        check_legacy(&course, &snapshot_from_legacy(&course, Path::new("x.db")))?;
    }
}

const CREATOROS_DDL: &str = "
CREATE TABLE content_pieces (id INTEGER PRIMARY KEY, title TEXT, content_type TEXT,
    piece_slug TEXT);
CREATE TABLE course_metadata (content_piece_id INTEGER, full_brief TEXT, curriculum TEXT);
CREATE TABLE course_lessons (content_piece_id INTEGER, module_number INTEGER,
    lesson_number INTEGER, lesson_id TEXT, title TEXT, content_markdown TEXT, file_path TEXT);
";

proptest! {
    // Each case writes and reads a real SQLite file: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(cases(48)))]

    #[test]
    fn creatoros_rows_through_a_real_database(
        lessons in prop::collection::vec(legacy_lesson(), 0..6),
        curriculum in curriculum_text(),
        numbers in prop::collection::vec(prop::option::of(-3i64..3), 12),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("creatoros.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(CREATOROS_DDL).unwrap();
        conn.execute(
            "INSERT INTO content_pieces VALUES (1, 'Fuzz', 'course', 'fuzz')", [],
        ).unwrap();
        conn.execute(
            "INSERT INTO course_metadata VALUES (1, NULL, ?1)", params![curriculum],
        ).unwrap();
        for (i, l) in lessons.iter().enumerate() {
            conn.execute(
                "INSERT INTO course_lessons VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
                params![numbers[2 * i], numbers[2 * i + 1], l.lesson_id, l.title,
                        l.content_markdown, l.file_path],
            ).unwrap();
        }
        drop(conn);
        let snapshots = lectern::services::snapshots_from_creatoros_db(&path)
            .map_err(|e| TestCaseError::fail(format!("refused: {e}")))?;
        prop_assert_eq!(snapshots.len(), 1);
        let read = lectern::storage::read_creatoros_db(&path).unwrap();
        check_legacy(&read[0], &snapshots[0])?;
    }
}
