//! Issue 17, file-system items of import and check: every skipped link and misread file is
//! reported (12), and a re-import keeps lessons that exist only in the database (13). Real
//! files in temp folders, the real binary.

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use lectern::storage::{LessonRecord, Store, StoreError};
use serde_json::Value;

use crate::hardening_fs::{run, stderr, stdout};
use crate::support::Sandbox;

/// A small course folder: curriculum with 1.1 and 1.2, a file for 1.1 only.
fn course_folder(root: &Path) -> PathBuf {
    let dir = root.join("curso-teste");
    std::fs::create_dir_all(dir.join("lessons")).unwrap();
    std::fs::write(
        dir.join("curriculum.yaml"),
        "title: \"Curso Teste\"\nmodules:\n  - module_id: 1\n    module_title: \"M\"\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: \"Abertura\"\n      - lesson_id: \"1.2\"\n        lesson_title: \"Segunda\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("lessons/1.1-abertura.md"),
        "# 1.1 - Abertura\n\nTexto.\n",
    )
    .unwrap();
    dir
}

fn import_json(sb: &Sandbox, db: &Path, args: &[&str]) -> Value {
    let out = run(sb, db, &[&["--no-demo", "import", "--json"], args].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn warnings(report: &Value) -> Vec<String> {
    report["courses"][0]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            format!(
                "{}: {}",
                w["file"].as_str().unwrap(),
                w["message"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn import_and_check_list_every_skipped_link() {
    let sb = Sandbox::new();
    let db = sb.path("lectern.db");
    let dir = course_folder(&sb.path(""));
    std::fs::write(sb.path("brief.md"), "# Brief\n").unwrap();
    symlink(sb.path("brief.md"), dir.join("COURSE-BRIEF.md")).unwrap();
    symlink("/etc/passwd", dir.join("lessons/passwd.md")).unwrap();
    symlink("/etc", dir.join("research")).unwrap();
    let report = import_json(&sb, &db, &[&dir.display().to_string()]);
    let warned = warnings(&report).join("\n");
    for link in ["COURSE-BRIEF.md", "lessons/passwd.md", "research"] {
        assert!(
            warned.contains(&format!("{link}: symbolic link")),
            "{link} not warned:\n{warned}"
        );
    }
    let out = run(
        &sb,
        &db,
        &[
            "check",
            "curso-teste",
            "--against",
            &dir.display().to_string(),
        ],
    );
    let text = stdout(&out);
    for link in ["COURSE-BRIEF.md", "lessons/passwd.md", "research"] {
        assert!(text.contains(link), "check does not list {link}:\n{text}");
    }
    // A lessons folder that is itself a link.
    let linked = sb.path("linked/curso-link");
    std::fs::create_dir_all(&linked).unwrap();
    std::fs::copy(dir.join("curriculum.yaml"), linked.join("curriculum.yaml")).unwrap();
    symlink("/etc", linked.join("lessons")).unwrap();
    let report = import_json(&sb, &db, &[&linked.display().to_string()]);
    assert!(
        warnings(&report)
            .iter()
            .any(|w| w.starts_with("lessons: symbolic link")),
        "{:?}",
        warnings(&report)
    );
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let pair = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

#[test]
fn import_decodes_utf16_and_warns_about_empty_and_nul_files() {
    let sb = Sandbox::new();
    let db = sb.path("lectern.db");
    let dir = course_folder(&sb.path(""));
    let text = "# 1.2 - Segunda\n\nAção e reação.\n";
    std::fs::write(dir.join("lessons/1.2-segunda.md"), utf16(text, false)).unwrap();
    std::fs::write(
        dir.join("lessons/1.3-be.md"),
        utf16("# 1.3 - Três\n\nÉ.\n", true),
    )
    .unwrap();
    std::fs::write(dir.join("lessons/1.4-vazia.md"), "").unwrap();
    std::fs::write(dir.join("lessons/1.5-nul.md"), "# 1.5 - Nul\n\na\0b\n").unwrap();
    let report = import_json(&sb, &db, &[&dir.display().to_string()]);
    let warned = warnings(&report).join("\n");
    assert!(
        warned.contains("lessons/1.2-segunda.md: read as UTF-16"),
        "{warned}"
    );
    assert!(
        warned.contains("lessons/1.3-be.md: read as UTF-16"),
        "{warned}"
    );
    assert!(
        warned.contains("lessons/1.4-vazia.md: the file is empty"),
        "{warned}"
    );
    assert!(
        warned.contains("lessons/1.5-nul.md: the file contains a NUL byte"),
        "{warned}"
    );
    let store = Store::open(&db).unwrap().0;
    let repo = store.read();
    let course = repo.require_course("curso-teste").unwrap();
    let lessons = repo.lessons_of(course.id).unwrap();
    let second = lessons
        .iter()
        .find(|l| l.record.lesson_id == "1.2")
        .unwrap();
    assert_eq!(second.record.content_markdown.as_deref(), Some(text));
    assert_eq!(second.record.title, "Segunda");
    assert_eq!(second.record.source_encoding.as_deref(), Some("utf-16le"));
    // The UTF-16 file on disk still matches what an export (UTF-8) would write.
    let out = run(
        &sb,
        &db,
        &[
            "check",
            "curso-teste",
            "--against",
            &dir.display().to_string(),
        ],
    );
    assert!(out.status.success(), "{}", stdout(&out));
}

#[test]
fn a_curriculum_path_leaving_the_folder_is_called_outside_not_missing() {
    let sb = Sandbox::new();
    let db = sb.path("lectern.db");
    let dir = course_folder(&sb.path("courses"));
    std::fs::write(sb.path("secret.md"), "# secret\n").unwrap();
    let yaml = std::fs::read_to_string(dir.join("curriculum.yaml"))
        .unwrap()
        .replace(
            "lesson_title: \"Segunda\"\n",
            "lesson_title: \"Segunda\"\n        file_path: \"lessons/../../../secret.md\"\n",
        );
    std::fs::write(dir.join("curriculum.yaml"), yaml).unwrap();
    let report = import_json(&sb, &db, &[&dir.display().to_string()]);
    let warned = warnings(&report).join("\n");
    assert!(
        warned.contains("lessons/../../../secret.md, which is outside the course folder"),
        "{warned}"
    );
    assert!(
        !warned.contains("secret.md, which does not exist"),
        "{warned}"
    );
}

/// Gives lesson 1.2 text (as generation would) and adds 9.9, which no folder has.
fn generate_in_database(db: &Path) {
    let mut store = Store::open(db).unwrap().0;
    store
        .write(|repo| -> Result<(), StoreError> {
            let id = repo.require_course("curso-teste")?.id;
            let mut second: LessonRecord = repo
                .lessons_of(id)?
                .into_iter()
                .find(|l| l.record.lesson_id == "1.2")
                .unwrap()
                .record;
            assert!(second.content_markdown.is_none(), "1.2 should be planned");
            second.content_markdown = Some("# 1.2 - Segunda\n\nGerada.\n".into());
            let mut extra = second.clone();
            extra.lesson_id = "9.9".into();
            extra.sort_order = 99;
            repo.upsert_lessons(id, &[second, extra])?;
            Ok(())
        })
        .unwrap();
}

fn lesson_texts(db: &Path) -> Vec<(String, Option<String>)> {
    let store = Store::open(db).unwrap().0;
    let repo = store.read();
    let id = repo.require_course("curso-teste").unwrap().id;
    let mut out: Vec<_> = repo
        .lessons_of(id)
        .unwrap()
        .into_iter()
        .map(|l| (l.record.lesson_id, l.record.content_markdown))
        .collect();
    out.sort();
    out
}

#[test]
fn reimport_keeps_lessons_only_in_the_database_unless_pruned() {
    let sb = Sandbox::new();
    let db = sb.path("lectern.db");
    let dir = course_folder(&sb.path(""));
    let folder = dir.display().to_string();
    import_json(&sb, &db, &[&folder]);
    generate_in_database(&db);
    let out = run(&sb, &db, &["import", &folder]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("kept 2 lesson(s)"),
        "{}",
        stdout(&out)
    );
    let texts = lesson_texts(&db);
    let text_of = |texts: &[(String, Option<String>)], id: &str| {
        texts.iter().find(|(l, _)| l == id).map(|(_, t)| t.clone())
    };
    assert_eq!(
        text_of(&texts, "1.2"),
        Some(Some("# 1.2 - Segunda\n\nGerada.\n".into())),
        "the generated text was replaced"
    );
    assert!(text_of(&texts, "9.9").is_some(), "lesson 9.9 was deleted");
    let report = import_json(&sb, &db, &["--prune", &folder]);
    assert_eq!(report["courses"][0]["kept"], 0);
    let texts = lesson_texts(&db);
    assert_eq!(
        text_of(&texts, "1.2"),
        Some(None),
        "--prune keeps the generated text"
    );
    assert_eq!(text_of(&texts, "9.9"), None, "--prune keeps lesson 9.9");
}
