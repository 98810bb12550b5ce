//! Issue 21, items 11 and 12: lesson counts are bounded (refused with their line before
//! anything is allocated) and duplicate lesson ids get unique fallbacks however they are laid
//! out, so the count approval prints is the count it stores.

use std::collections::HashSet;

use lectern::domain::curriculum::{MAX_LESSONS_PER_MODULE, parse_curriculum};
use lectern::services::authoring;
use lectern::storage::Store;
use predicates::prelude::*;
use proptest::prelude::*;

use super::support::lectern;

#[test]
fn a_huge_lesson_count_is_refused_with_its_line() {
    let yaml =
        "title: Big\nmodules:\n  - module_id: 1\n    module_title: A\n    lessons: 4000000000\n";
    let err = parse_curriculum(yaml).unwrap_err();
    assert!(err.message.contains("at most 500"), "{err:?}");
    assert!(err.line >= 3, "{err:?}");
    let at_bound = format!("modules:\n  - module_id: 1\n    lessons: {MAX_LESSONS_PER_MODULE}\n");
    assert_eq!(parse_curriculum(&at_bound).unwrap().lessons().count(), 500);
    let course: String = (1..=21)
        .map(|m| format!("  - module_id: {m}\n    lessons: 500\n"))
        .collect();
    let err = parse_curriculum(&format!("modules:\n{course}")).unwrap_err();
    assert!(err.message.contains("more than 10000"), "{err:?}");
}

#[test]
fn cli_set_refuses_a_huge_count_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    lectern(home)
        .args(["--no-demo", "new", "--title", "Curso grande"])
        .assert()
        .success();
    let file = home.join("big.yaml");
    std::fs::write(
        &file,
        "title: Big\nmodules:\n  - module_id: 1\n    module_title: A\n    lessons: 4000000000\n",
    )
    .unwrap();
    lectern(home)
        .args(["curriculum", "curso-grande", "--set"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("big.yaml:"))
        .stderr(predicate::str::contains("nothing was changed"));
}

#[test]
fn twenty_eight_duplicates_on_one_line_are_all_created_and_stored() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    lectern(home)
        .args(["--no-demo", "new", "--title", "Curso repetido"])
        .assert()
        .success();
    let items = vec!["{id: \"1.1\"}"; 28].join(", ");
    let yaml = format!("title: R\nmodules:\n  - module_id: 1\n    lessons: [{items}]\n");
    let db = home.join("data/lectern/lectern.db");
    let (mut store, _) = Store::open(&db).unwrap();
    authoring::save_curriculum(&mut store, "curso-repetido", &yaml).unwrap();
    let approved =
        authoring::approve_curriculum(&mut store, "curso-repetido", "2026-01-01T00:00:00Z")
            .unwrap();
    let course = store.read().require_course("curso-repetido").unwrap().id;
    let stored = store.read().lessons_of(course).unwrap().len();
    assert_eq!(approved.created.len(), 28);
    assert_eq!(stored, 28);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any layout of duplicate ids (flow lists on one line, block lists, several modules)
    /// gives every entry its own id.
    #[test]
    fn fallback_ids_are_unique_for_any_duplicate_layout(
        modules in proptest::collection::vec(
            (proptest::collection::vec(0u8..4, 1..40), any::<bool>()), 1..4)
    ) {
        let mut yaml = String::from("modules:\n");
        let mut entries = 0;
        for (m, (ids, flow)) in modules.iter().enumerate() {
            yaml.push_str(&format!("  - module_id: 1\n    module_title: M{m}\n    lessons:"));
            let id = |k: &u8| format!("{{id: \"1.{k}\"}}");
            if *flow {
                let items: Vec<String> = ids.iter().map(id).collect();
                yaml.push_str(&format!(" [{}]\n", items.join(", ")));
            } else {
                yaml.push('\n');
                for k in ids {
                    yaml.push_str(&format!("      - {}\n", id(k)));
                }
            }
            entries += ids.len();
        }
        let parsed = parse_curriculum(&yaml).unwrap();
        let ids: Vec<String> = parsed.lessons().map(|l| l.lesson_id.clone()).collect();
        prop_assert_eq!(ids.len(), entries);
        let unique: HashSet<&String> = ids.iter().collect();
        prop_assert_eq!(unique.len(), entries, "{:?}", ids);
    }
}

/// Item 10: re-approval reconciles the planned lessons with the curriculum — added,
/// retitled, reordered, dropped planned lessons archived (a lesson with text never) — and a
/// default generation run leaves archived lessons alone.
#[test]
fn reapproval_reconciles_planned_lessons_and_generation_skips_archived_ones() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let course = super::generation::fixture_course(home);
    lectern(home)
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success();
    let db = home.join("data/lectern/lectern.db");
    let (mut store, _) = Store::open(&db).unwrap();
    authoring::approve_curriculum(&mut store, "gen-course", "2026-01-01T00:00:00Z").unwrap();
    let yaml = "title: \"Curso de Teste\"\nmodules:\n  - module_id: 1\n    module_title: \"M\"\n    lessons:\n      - lesson_id: \"1.4\"\n        lesson_title: \"Novo começo\"\n      - lesson_id: \"1.3\"\n        lesson_title: \"Terceiro, renomeado\"\n";
    authoring::save_curriculum(&mut store, "gen-course", yaml).unwrap();
    let approved =
        authoring::approve_curriculum(&mut store, "gen-course", "2026-01-02T00:00:00Z").unwrap();
    assert_eq!(approved.created, ["1.4"]);
    assert_eq!(approved.retitled, ["1.3"]);
    assert_eq!(approved.archived, ["1.2"], "1.1 has text: never archived");
    let id = store.read().require_course("gen-course").unwrap().id;
    let rows = store.read().lessons_of(id).unwrap();
    let order: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.record.lesson_id.as_str(), r.record.title.as_str()))
        .collect();
    assert_eq!(order[0], ("1.4", "Novo começo"));
    assert_eq!(order[1], ("1.3", "Terceiro, renomeado"));
    assert_eq!(order[2].0, "1.1");
    assert_eq!(order[3].0, "1.2");
    assert!(rows[2].record.content_markdown.is_some());
    drop(store);

    lectern(home)
        .args(["generate", "gen-course", "--provider", "offline"])
        .assert()
        .success();
    let (store, _) = Store::open(&db).unwrap();
    let rows = store.read().lessons_of(id).unwrap();
    let written: Vec<&str> = rows
        .iter()
        .filter(|r| r.record.content_markdown.is_some())
        .map(|r| r.record.lesson_id.as_str())
        .collect();
    assert_eq!(written, ["1.4", "1.3", "1.1"], "archived 1.2 left alone");
}
