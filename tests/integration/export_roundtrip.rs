//! Round trip of every corpus course: import → export folder → byte-compare with the original
//! → import the export into a fresh database → the same rows. Skipped without LECTERN_CORPUS.

use std::path::Path;

use lectern::domain::rubric::Rubric;
use lectern::services::{
    Fidelity, OnExisting, check_against, course_folders, export_folder, import_snapshot,
    read_course_folder,
};
use lectern::storage::{LessonRow, Store};

use crate::support;

fn fresh_store(dir: &Path, name: &str) -> Store {
    Store::open(&dir.join(name)).unwrap().0
}

fn is_utf8(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).is_ok()
}

#[test]
fn every_corpus_course_exports_byte_for_byte_and_reimports_to_the_same_rows() {
    let Some(corpus) = support::corpus_dir("export round trip") else {
        return;
    };
    let mut problems = Vec::new();
    for course_dir in course_folders(&corpus).unwrap() {
        let name = course_dir
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let tmp = tempfile::tempdir().unwrap();
        let mut first = fresh_store(tmp.path(), "first.db");
        let original = read_course_folder(&course_dir).unwrap();
        let slug = import_snapshot(&mut first, &original, Rubric::default(), OnExisting::Fail)
            .unwrap()
            .slug;

        // Exported under the course's own folder name, so the slug rule gives the same slug.
        let out = tmp.path().join("out").join(&name);
        std::fs::create_dir(tmp.path().join("out")).unwrap();
        let report = export_folder(&first, &slug, &out, false).unwrap();
        let exported = read_course_folder(&out).unwrap();

        let (mut identical, mut transcoded) = (0, 0);
        for file in &original.files {
            let Some(copy) = exported.file(&file.rel_path) else {
                problems.push(format!("{name}: {} not exported", file.rel_path));
                continue;
            };
            if is_utf8(&file.bytes) {
                if copy.bytes == file.bytes {
                    identical += 1;
                } else {
                    problems.push(format!(
                        "{name}: {} differs from the original",
                        file.rel_path
                    ));
                }
            } else {
                assert!(
                    std::str::from_utf8(&copy.bytes).is_ok(),
                    "{} as UTF-8",
                    file.rel_path
                );
                transcoded += 1;
            }
        }
        for file in &exported.files {
            if original.file(&file.rel_path).is_none() {
                problems.push(format!(
                    "{name}: {} exported but not in the original",
                    file.rel_path
                ));
            }
        }
        assert_eq!(report.count(Fidelity::Transcoded), transcoded, "{name}");
        assert_eq!(report.count(Fidelity::Original), identical, "{name}");
        eprintln!(
            "round trip {name}: {} files, {identical} byte-identical, {transcoded} Windows-1252 \
             written as UTF-8, {} planned lessons not written",
            original.files.len(),
            report.planned_not_written.len()
        );

        // Both the original folder and the export match the database.
        for dir in [&course_dir, &out] {
            let check = check_against(&first, &slug, dir).unwrap();
            if !check.is_clean() {
                problems.push(format!(
                    "{name}: check against {}: {:?}",
                    dir.display(),
                    check.differences
                ));
            }
        }

        let mut second = fresh_store(tmp.path(), "second.db");
        let again =
            import_snapshot(&mut second, &exported, Rubric::default(), OnExisting::Fail).unwrap();
        assert_eq!(again.slug, slug, "{name}: slug survives the round trip");
        compare_rows(&name, &first, &second, &slug, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "round-trip mismatches:\n{}",
        problems.join("\n")
    );
}

fn compare_rows(name: &str, a: &Store, b: &Store, slug: &str, problems: &mut Vec<String>) {
    let (ra, rb) = (a.read(), b.read());
    let (ca, cb) = (
        ra.require_course(slug).unwrap(),
        rb.require_course(slug).unwrap(),
    );
    let course = |c: &lectern::storage::CourseRecord| {
        (
            c.title.clone(),
            c.subtitle.clone(),
            c.keywords.clone(),
            c.status,
        )
    };
    if course(&ca) != course(&cb) {
        problems.push(format!("{name}: course row differs"));
    }
    let (mut ma, mut mb) = (
        ra.metadata(ca.id).unwrap().unwrap(),
        rb.metadata(cb.id).unwrap().unwrap(),
    );
    // Where the folder was read from is the only metadata that must differ.
    ma.source_path = None;
    mb.source_path = None;
    if ma != mb {
        problems.push(format!("{name}: metadata differs"));
    }
    if ra.research(ca.id).unwrap() != rb.research(cb.id).unwrap() {
        problems.push(format!("{name}: research differs"));
    }
    let (la, lb) = (ra.lessons_of(ca.id).unwrap(), rb.lessons_of(cb.id).unwrap());
    let ids = |l: &[LessonRow]| {
        l.iter()
            .map(|r| r.record.lesson_id.clone())
            .collect::<Vec<_>>()
    };
    if ids(&la) != ids(&lb) {
        problems.push(format!(
            "{name}: lesson ids differ: {:?} vs {:?}",
            ids(&la),
            ids(&lb)
        ));
        return;
    }
    for (x, y) in la.iter().zip(&lb) {
        let (mut x, mut y) = (x.record.clone(), y.record.clone());
        if x.source_encoding.as_deref() == Some("windows-1252") {
            // Written back as UTF-8: the text is the same, the bytes (and so the hash) are not.
            assert_eq!(
                y.source_encoding.as_deref(),
                Some("utf-8"),
                "{name} {}",
                x.lesson_id
            );
            (x.source_encoding, y.source_encoding) = (None, None);
            (x.content_sha256, y.content_sha256) = (None, None);
        }
        if x != y {
            problems.push(format!(
                "{name}: lesson {} differs after the round trip",
                x.lesson_id
            ));
        }
    }
}

/// What the corpus does not show: byte-order marks, `curriculum.yml`, numbered research names,
/// a second report of the same kind and a report in a sub-folder all come back as they were.
#[test]
fn boms_and_unusual_names_come_back_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("curso-bom");
    let files: &[(&str, &[u8])] = &[
        ("Course-Brief-v2.md", b"\xEF\xBB\xBF# Curso BOM\r\n\r\nTexto.\r\n"),
        ("curriculum.yml", b"\xEF\xBB\xBFtitle: \"Curso BOM\"\nmodules:\n  - module_number: 1\n    lessons:\n      - lesson_id: \"1.1\"\n        title: \"Um\"\n"),
        ("course-outline.md", b"# Outline\n"),
        ("lessons/1.1-um.md", b"\xEF\xBB\xBF# 1.1 - Um\r\n\r\nCorpo.\r\n"),
        ("research/01-market-analysis.md", b"# Mercado\n"),
        ("research/market-analysis-v2.md", b"# Mercado v2\n"),
        ("research/extra/notas soltas.md", b"# Notas\n"),
    ];
    for (rel, bytes) in files {
        let path = src.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let mut store = fresh_store(tmp.path(), "a.db");
    let snapshot = read_course_folder(&src).unwrap();
    let slug = import_snapshot(&mut store, &snapshot, Rubric::default(), OnExisting::Fail)
        .unwrap()
        .slug;
    let out = tmp.path().join("out");
    let report = export_folder(&store, &slug, &out, false).unwrap();
    assert_eq!(
        report.count(Fidelity::Original),
        files.len(),
        "{:?}",
        report.files
    );
    for (rel, bytes) in files {
        assert_eq!(&std::fs::read(out.join(rel)).unwrap(), bytes, "{rel}");
    }
    assert!(check_against(&store, &slug, &src).unwrap().is_clean());
}
