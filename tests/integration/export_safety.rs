//! Export never writes outside its folder: stored paths with `..`, absolute paths, a target
//! that is a symbolic link, and a non-empty target without `force` are all refused.

use std::path::Path;

use lectern::domain::course::LessonStatus;
use lectern::services::{DEMO_SLUG, export_folder, seed_demo};
use lectern::storage::{LessonRecord, Store};

fn demo_store(dir: &Path) -> Store {
    let mut store = Store::open(&dir.join("lectern.db")).unwrap().0;
    seed_demo(&mut store).unwrap();
    store
}

fn add_lesson(store: &mut Store, lesson_id: &str, file_path: &str) {
    store
        .write(|repo| -> Result<(), lectern::storage::StoreError> {
            let id = repo.require_course(DEMO_SLUG)?.id;
            let lesson = LessonRecord {
                lesson_id: lesson_id.to_string(),
                module_number: Some(9),
                lesson_number: Some(1),
                sort_order: 99,
                title: "Fuga".to_string(),
                slug: None,
                content_markdown: Some("# Fuga\n".to_string()),
                word_count: 2,
                bloom_level: None,
                learning_objectives: Vec::new(),
                key_concepts: Vec::new(),
                duration_minutes: None,
                status: LessonStatus::Draft,
                file_path: Some(file_path.to_string()),
                content_sha256: None,
                source_encoding: None,
                score: None,
            };
            repo.upsert_lessons(id, &[lesson])?;
            Ok(())
        })
        .unwrap();
}

/// Every entry under `dir`, recursively (links not followed).
fn entries(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
            if p.symlink_metadata().unwrap().is_dir() {
                stack.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn stored_paths_that_escape_are_refused_naming_the_lesson_and_nothing_is_written() {
    let bad_paths = [
        "../escaped.md",
        "lessons/../../escaped.md",
        "/tmp/lectern-escaped-absolute.md",
        "lessons\\..\\..\\escaped.md",
        "lessons/./x.md",
    ];
    for bad in bad_paths {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = demo_store(tmp.path());
        add_lesson(&mut store, "9.1", bad);
        let before = entries(tmp.path());
        let out = tmp.path().join("work").join("out");
        std::fs::create_dir(tmp.path().join("work")).unwrap();
        let err = export_folder(&store, DEMO_SLUG, &out, false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("lesson 9.1"), "{bad}: {err}");
        assert!(err.contains("nothing was written"), "{bad}: {err}");
        assert!(!out.exists(), "{bad}: no export folder");
        let mut after = entries(tmp.path());
        after.retain(|e| e != "work");
        assert_eq!(before, after, "{bad}: nothing written anywhere");
    }
    assert!(!Path::new("/tmp/lectern-escaped-absolute.md").exists());
}

#[test]
fn a_lesson_path_outside_lessons_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = demo_store(tmp.path());
    add_lesson(&mut store, "9.1", "COURSE-BRIEF.md");
    let err = export_folder(&store, DEMO_SLUG, &tmp.path().join("out"), false).unwrap_err();
    assert!(err.to_string().contains("not inside `lessons/`"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_target_that_is_a_symbolic_link_is_refused_even_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let link = tmp.path().join("out");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    for force in [false, true] {
        let err = export_folder(&store, DEMO_SLUG, &link, force).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(
            entries(&elsewhere).is_empty(),
            "nothing written through the link"
        );
    }
}

#[cfg(unix)]
#[test]
fn force_replaces_a_folder_without_touching_what_its_links_point_to() {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let outside = tmp.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("keep.md"), "keep").unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("stale.md"), "old").unwrap();
    // An old export whose lessons/ is a link to somewhere else.
    std::os::unix::fs::symlink(&outside, out.join("lessons")).unwrap();

    let err = export_folder(&store, DEMO_SLUG, &out, false).unwrap_err();
    assert!(err.to_string().contains("--force"), "{err}");
    assert!(
        out.join("stale.md").exists(),
        "refused export leaves the folder alone"
    );

    let report = export_folder(&store, DEMO_SLUG, &out, true).unwrap();
    assert!(report.replaced);
    assert!(!out.join("stale.md").exists());
    assert!(
        !out.join("lessons")
            .symlink_metadata()
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        entries(&outside),
        vec!["keep.md"],
        "the link's target is untouched"
    );
    assert_eq!(
        std::fs::read_to_string(outside.join("keep.md")).unwrap(),
        "keep"
    );
    let leftovers: Vec<_> = entries(tmp.path())
        .into_iter()
        .filter(|e| e.contains(".lectern-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders removed: {leftovers:?}"
    );
}

#[test]
fn an_empty_existing_folder_is_filled_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let report = export_folder(&store, DEMO_SLUG, &out, false).unwrap();
    assert!(!report.replaced);
    assert!(out.join("COURSE-BRIEF.md").is_file());
    assert!(
        out.join("lessons/1.1-celulas-linhas-e-colunas.md")
            .is_file()
    );
}
