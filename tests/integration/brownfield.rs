//! `lectern import --from-db`: courses from a database written by the CreatorOS design.

use rusqlite::{Connection, params};
use serde_json::Value;

use crate::support;

/// The CreatorOS proposal's tables (creatoros-reference §9.1), as its SQLite DDL describes them.
const CREATOROS_DDL: &str = "
CREATE TABLE content_pieces (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL,
    content_type TEXT, piece_slug TEXT UNIQUE, persona_mind_id INTEGER, keywords TEXT,
    status TEXT DEFAULT 'draft', voice_fidelity_score REAL, created_at TEXT);
CREATE TABLE course_metadata (id INTEGER PRIMARY KEY AUTOINCREMENT,
    content_piece_id INTEGER UNIQUE REFERENCES content_pieces(id), full_brief TEXT,
    curriculum TEXT, course_outline TEXT, icp TEXT, course_type TEXT, tool_name TEXT);
CREATE TABLE course_lessons (id INTEGER PRIMARY KEY AUTOINCREMENT,
    content_piece_id INTEGER REFERENCES content_pieces(id), module_number INTEGER,
    lesson_number INTEGER, lesson_id TEXT, title TEXT, slug TEXT, content_markdown TEXT,
    word_count INTEGER, gps_valid INTEGER, gps_score REAL, didatica_score REAL,
    validation_status TEXT, file_path TEXT,
    UNIQUE (content_piece_id, module_number, lesson_number));
CREATE TABLE market_research (id INTEGER PRIMARY KEY AUTOINCREMENT,
    content_piece_id INTEGER UNIQUE REFERENCES content_pieces(id), market_analysis TEXT,
    content_gaps TEXT, differentiation TEXT, sources TEXT);
";

const GOOD: &str = "# 1.1 - Abertura\n\n## 🎯 G - GOAL\n\n✅ Você vai aprender\n\n## 🗺️ P - POSITION\n\nTalvez você esteja começando.\n\n## 🛤️ S - STEPS\n\n### Passo 1\n\nFaça.\n";

#[test]
fn courses_of_a_creatoros_database_are_imported_and_scored_without_touching_it() {
    let home = tempfile::tempdir().unwrap();
    let legacy = home.path().join("creatoros.db");
    {
        let conn = Connection::open(&legacy).unwrap();
        conn.execute_batch(CREATOROS_DDL).unwrap();
        conn.execute(
            "INSERT INTO content_pieces (title, content_type, piece_slug) VALUES (?1, 'course', ?2)",
            params!["Curso Legado", "curso-legado"],
        )
        .unwrap();
        let curriculum = r#"{"title": "Curso Legado", "modules": [{"module_id": 1, "module_title": "M1",
            "lessons": [{"lesson_id": "1.1", "lesson_title": "Abertura"},
                        {"lesson_id": "1.2", "lesson_title": "Segunda"},
                        {"lesson_id": "1.3", "lesson_title": "Ainda não escrita"}]}]}"#;
        conn.execute(
            "INSERT INTO course_metadata (content_piece_id, full_brief, curriculum) VALUES (1, ?1, ?2)",
            params!["# Brief\n", curriculum],
        )
        .unwrap();
        for (n, title, text) in [
            (1, "Abertura", GOOD),
            (2, "Segunda", "# 1.2 - Segunda\n\nTexto curto.\n"),
        ] {
            conn.execute(
                "INSERT INTO course_lessons (content_piece_id, module_number, lesson_number, lesson_id,
                    title, content_markdown, file_path) VALUES (1, 1, ?1, ?2, ?3, ?4, ?5)",
                params![n, format!("1.{n}"), title, text, format!("lessons/1.{n}-aula.md")],
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO market_research (content_piece_id, market_analysis) VALUES (1, '# Mercado\n')",
            [],
        )
        .unwrap();
    }
    let before = std::fs::read(&legacy).unwrap();
    let db = home.path().join("lectern.db");
    let out = support::lectern(home.path())
        .args(["--no-demo", "import", "--json", "--db"])
        .arg(&db)
        .arg("--from-db")
        .arg(&legacy)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let course = &report["courses"][0];
    assert_eq!(course["slug"], "curso-legado");
    assert_eq!(
        (course["lessons"].as_u64(), course["planned"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(
        std::fs::read(&legacy).unwrap(),
        before,
        "the legacy database is never modified"
    );

    let show = support::lectern(home.path())
        .args(["show", "curso-legado", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let detail: Value = serde_json::from_slice(&show.stdout).unwrap();
    let lessons = detail["lessons"].as_array().unwrap();
    let l11 = lessons.iter().find(|l| l["lesson_id"] == "1.1").unwrap();
    assert_eq!(l11["score"]["gps_points"], 30);
    assert_eq!(l11["file_path"], "lessons/1.1-aula.md");
    assert_eq!(detail["metadata"]["brief_markdown"], "# Brief\n");

    let not_creatoros = home.path().join("other.db");
    Connection::open(&not_creatoros)
        .unwrap()
        .execute_batch("CREATE TABLE x(y);")
        .unwrap();
    support::lectern(home.path())
        .args(["--no-demo", "import", "--db"])
        .arg(&db)
        .arg("--from-db")
        .arg(&not_creatoros)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no content_pieces table"));
}
