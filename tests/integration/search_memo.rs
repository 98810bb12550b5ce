//! Words' search plans are kept between searches (issue 16) and forgotten on any write: a
//! search after a write, by this connection or by another process, finds what a fresh
//! connection finds. Real SQLite files.

use lectern::storage::{LessonRecord, SEARCH_COMMON_TEXTS, Store};

use crate::search_scale::{lesson, library};

fn add_lessons(store: &mut Store, lessons: &[LessonRecord]) {
    store
        .write(|r| {
            let course = r.course_by_slug("planilhas")?.expect("the course");
            r.upsert_lessons(course.id, lessons)
        })
        .unwrap();
}

fn titles(store: &Store, query: &str) -> Vec<String> {
    let hits = store.read().search(query, 20).unwrap();
    hits.into_iter().map(|h| h.title).collect()
}

#[test]
fn a_word_searched_before_this_connection_wrote_it_is_found_after() {
    let (_dir, _path, mut store) = library(3, &[]);
    assert!(titles(&store, "pivot").is_empty());
    assert!(titles(&store, "apply pivot").is_empty());
    add_lessons(
        &mut store,
        &[lesson(4, "Pivot tables", "Apply formula with a pivot.")],
    );
    assert_eq!(titles(&store, "pivot"), ["Pivot tables"]);
    assert_eq!(titles(&store, "apply pivot"), ["Pivot tables"]);
}

#[test]
fn a_write_by_another_process_is_seen_by_the_next_search() {
    let (_dir, path, store) = library(3, &[]);
    assert!(titles(&store, "apply pivot").is_empty());
    let (mut other, _) = Store::open(&path).unwrap();
    add_lessons(
        &mut other,
        &[lesson(4, "Pivot tables", "Apply formula with a pivot.")],
    );
    assert_eq!(titles(&store, "apply pivot"), ["Pivot tables"]);
}

#[test]
fn a_word_that_became_common_after_a_write_is_planned_as_a_fresh_connection_plans_it() {
    // Just under the bound, `formula` ranks; after the write it is in more texts than the
    // bound and only filters. A remembered count would keep ranking it.
    let below = SEARCH_COMMON_TEXTS as usize - 10;
    let (_dir, path, mut store) = library(
        below,
        &[(
            "Pivot tables",
            "Apply formula formula formula with a pivot.",
        )],
    );
    let before = store.read().search("apply formula", 20).unwrap();
    assert_eq!(
        before[0].title, "Pivot tables",
        "ranked: the lesson saying it thrice first"
    );
    let more: Vec<LessonRecord> = (below + 2..below + 102)
        .map(|n| lesson(n, &format!("Lesson {n}"), "Apply formula to the sheet."))
        .collect();
    add_lessons(&mut store, &more);
    let (fresh, _) = Store::open(&path).unwrap();
    assert_eq!(
        store.read().search("apply formula", 20).unwrap(),
        fresh.read().search("apply formula", 20).unwrap()
    );
}

#[test]
fn forgetting_the_plans_changes_no_hit() {
    let (_dir, _path, store) = library(5, &[("Pivot tables", "Apply formula with a pivot.")]);
    let first = store.read().search("apply formula pivot", 20).unwrap();
    let remembered = store.read().search("apply formula pivot", 20).unwrap();
    store.forget_search_plans();
    let planned_again = store.read().search("apply formula pivot", 20).unwrap();
    assert_eq!(first, remembered);
    assert_eq!(first, planned_again);
    assert_eq!(first.len(), 1);
}
