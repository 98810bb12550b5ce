//! `check_against` finds a changed byte, a deleted file and an extra file; `fix_from_folder`
//! re-imports the folder (the folder wins) and leaves the two identical.

use std::path::Path;

use lectern::domain::rubric::Rubric;
use lectern::services::{
    DEMO_SLUG, DifferenceKind, OnExisting, check_against, export_folder, fix_from_folder,
    import_snapshot, read_course_folder, seed_demo,
};
use lectern::storage::Store;

use crate::support;

fn demo_store(dir: &Path) -> Store {
    let mut store = Store::open(&dir.join("lectern.db")).unwrap().0;
    seed_demo(&mut store).unwrap();
    store
}

const CHANGED: &str = "lessons/1.2-formulas-que-somam.md";
const DELETED: &str = "lessons/2.3-graficos-que-contam.md";
const EXTRA: &str = "lessons/3.1-extra.md";

#[test]
fn check_finds_a_changed_byte_a_deleted_file_and_an_extra_file_and_fix_makes_it_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = demo_store(tmp.path());
    let dir = tmp.path().join(DEMO_SLUG);
    export_folder(&store, DEMO_SLUG, &dir, false).unwrap();
    let clean = check_against(&store, DEMO_SLUG, &dir).unwrap();
    assert!(clean.is_clean(), "{:?}", clean.differences);
    assert_eq!(clean.compared, 9);

    let mut bytes = std::fs::read(dir.join(CHANGED)).unwrap();
    let at = bytes.iter().position(|&b| b == b'a').unwrap();
    bytes[at] = b'e';
    std::fs::write(dir.join(CHANGED), &bytes).unwrap();
    std::fs::remove_file(dir.join(DELETED)).unwrap();
    std::fs::write(dir.join(EXTRA), "# 3.1 - Extra\n\nTexto novo.\n").unwrap();

    let report = check_against(&store, DEMO_SLUG, &dir).unwrap();
    let found: Vec<(DifferenceKind, &str)> = report
        .differences
        .iter()
        .map(|d| (d.kind, d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            (DifferenceKind::ContentDiffers, CHANGED),
            (DifferenceKind::MissingOnDisk, DELETED),
            (DifferenceKind::MissingInDatabase, EXTRA),
        ]
    );
    let changed = &report.differences[0];
    assert_eq!(changed.lesson_id.as_deref(), Some("1.2"));
    assert!(changed.detail.contains("line"), "{}", changed.detail);

    let import = fix_from_folder(&mut store, DEMO_SLUG, &dir).unwrap();
    assert_eq!(import.slug, DEMO_SLUG);
    let after = check_against(&store, DEMO_SLUG, &dir).unwrap();
    assert!(after.is_clean(), "{:?}", after.differences);
    let repo = store.read();
    let course = repo.require_course(DEMO_SLUG).unwrap();
    let lessons = repo.lessons_of(course.id).unwrap();
    let content = |id: &str| {
        lessons
            .iter()
            .find(|l| l.record.lesson_id == id)
            .map(|l| l.record.content_markdown.is_some())
    };
    assert_eq!(content("3.1"), Some(true), "the extra file was imported");
    // The curriculum still lists 2.3: it stays as a planned lesson, with no content.
    assert_eq!(
        content("2.3"),
        Some(false),
        "the deleted file's content is gone"
    );
}

#[test]
fn a_changed_brief_is_a_content_difference() {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let dir = tmp.path().join("out");
    export_folder(&store, DEMO_SLUG, &dir, false).unwrap();
    let brief = dir.join("COURSE-BRIEF.md");
    let text = std::fs::read_to_string(&brief).unwrap();
    std::fs::write(&brief, text.replacen("Planilhas", "Tabelas", 1)).unwrap();
    let report = check_against(&store, DEMO_SLUG, &dir).unwrap();
    assert_eq!(report.differences.len(), 1, "{:?}", report.differences);
    assert_eq!(report.differences[0].kind, DifferenceKind::ContentDiffers);
    assert_eq!(report.differences[0].path, "COURSE-BRIEF.md");
}

#[test]
fn windows_1252_lessons_match_their_original_folder_and_their_utf8_export() {
    let Some(odd) = support::corpus_odd_dir("check latin1") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut store = Store::open(&tmp.path().join("lectern.db")).unwrap().0;
    let folder = odd.join("latin1-lessons");
    let snapshot = read_course_folder(&folder).unwrap();
    let slug = import_snapshot(&mut store, &snapshot, Rubric::default(), OnExisting::Fail)
        .unwrap()
        .slug;
    assert!(check_against(&store, &slug, &folder).unwrap().is_clean());
    let out = tmp.path().join("out");
    let report = export_folder(&store, &slug, &out, false).unwrap();
    assert_eq!(report.count(lectern::services::Fidelity::Transcoded), 2);
    let text = std::fs::read_to_string(out.join("lessons/1.1-introducao-a-didatica.md")).unwrap();
    assert!(text.contains("Introdução à Didática"));
    assert!(check_against(&store, &slug, &out).unwrap().is_clean());
}
