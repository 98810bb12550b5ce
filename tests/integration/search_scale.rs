//! Search when words are in thousands of texts (issue 16): a word in at least
//! `SEARCH_COMMON_TEXTS` texts filters but does not rank, a query of only such words lists its
//! hits in library order, and below the bound ranks are plain bm25 as before. Real SQLite
//! files; the libraries are just past the bound.

use lectern::domain::course::{CourseStatus, LessonStatus};
use lectern::storage::{LessonRecord, NewCourse, SEARCH_COMMON_TEXTS, SearchKind, Store};
use rusqlite::Connection;

pub(crate) fn lesson(n: usize, title: &str, text: &str) -> LessonRecord {
    LessonRecord {
        lesson_id: format!("1.{n}"),
        module_number: Some(1),
        lesson_number: Some(n as u32),
        sort_order: n as u32,
        title: title.to_string(),
        slug: Some(format!("aula-{n}")),
        content_markdown: Some(text.to_string()),
        word_count: text.split_whitespace().count() as u32,
        bloom_level: None,
        learning_objectives: vec![],
        key_concepts: vec![],
        duration_minutes: None,
        status: LessonStatus::Draft,
        file_path: None,
        content_sha256: None,
        source_encoding: None,
        score: None,
    }
}

/// One course `planilhas` whose first `common` lessons all say "apply formula", then `extra`.
pub(crate) fn library(
    common: usize,
    extra: &[(&str, &str)],
) -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lectern.db");
    let (mut store, _) = Store::open(&path).unwrap();
    let mut lessons: Vec<LessonRecord> = (1..=common)
        .map(|n| {
            lesson(
                n,
                &format!("Lesson {n}"),
                &format!("Apply formula {n} to the sheet."),
            )
        })
        .collect();
    for (i, (title, text)) in extra.iter().enumerate() {
        lessons.push(lesson(common + 1 + i, title, text));
    }
    store
        .write(|r| {
            let id = r.create_course(&NewCourse {
                slug: "planilhas".into(),
                title: "Planilhas".into(),
                subtitle: None,
                keywords: vec![],
                status: CourseStatus::Draft,
            })?;
            r.upsert_lessons(id, &lessons)
        })
        .unwrap();
    (dir, path, store)
}

fn past_the_bound() -> usize {
    SEARCH_COMMON_TEXTS as usize + 50
}

#[test]
fn a_rare_word_ranks_its_hits_among_thousands_of_common_word_hits() {
    let (_dir, _path, store) = library(
        past_the_bound(),
        &[
            ("Lesson B", "Apply formula, then pivot the table."),
            ("Pivot tables", "Apply formula with a pivot."),
        ],
    );
    let hits = store.read().search("formula pivot", 10).unwrap();
    let ids: Vec<_> = hits.iter().map(|h| h.lesson_id.clone().unwrap()).collect();
    let last = past_the_bound();
    // Only the two texts holding both words; the one with "pivot" in its title too first.
    assert_eq!(
        ids,
        vec![format!("1.{}", last + 2), format!("1.{}", last + 1)]
    );
    assert!(
        hits[0].rank < hits[1].rank && hits[1].rank < 0.0,
        "{hits:?}"
    );
    // Snippets mark every word of the query, the common one included.
    for hit in &hits {
        assert!(hit.snippet.contains("\u{2}formula\u{3}"), "{hit:?}");
        assert!(hit.snippet.contains("\u{2}pivot\u{3}"), "{hit:?}");
    }
}

#[test]
fn words_in_thousands_of_texts_list_hits_in_library_order_unranked() {
    let (_dir, _path, store) = library(past_the_bound(), &[]);
    let hits = store.read().search("apply formula", 5).unwrap();
    let ids: Vec<_> = hits.iter().map(|h| h.lesson_id.clone().unwrap()).collect();
    assert_eq!(ids, vec!["1.1", "1.2", "1.3", "1.4", "1.5"]);
    assert!(
        hits.iter()
            .all(|h| h.kind == SearchKind::Lesson && h.rank == 0.0)
    );
    // Each hit with its own snippet (made in the same pass as the hits), every word marked.
    for (n, hit) in (1..).zip(&hits) {
        assert_eq!(
            hit.snippet,
            format!("\u{2}Apply\u{3} \u{2}formula\u{3} {n} to the sheet."),
            "{hits:?}"
        );
        assert_eq!(hit.title, format!("Lesson {n}"));
    }
    // Limited to one course, the same; an unknown course has none.
    let in_course = store
        .read()
        .search_in("apply formula", Some("planilhas"), 3)
        .unwrap();
    assert_eq!(in_course.len(), 3);
    assert!(
        store
            .read()
            .search_in("apply formula", Some("other"), 3)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn below_the_bound_ranks_are_plain_bm25_over_every_word() {
    let (_dir, path, store) = library(
        40,
        &[
            ("Pivot tables", "Apply formula with a pivot."),
            (
                "Formulas",
                "Formulas and formatting, then a pivot of formulae.",
            ),
        ],
    );
    let hits = store.read().search("form pivot", 10).unwrap();
    let conn = Connection::open(&path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT l.lesson_id, lesson_fts.rank FROM lesson_fts
             JOIN course_lessons l ON l.id = lesson_fts.rowid
             WHERE lesson_fts MATCH '\"form\"* \"pivot\"*' ORDER BY rank, l.lesson_id",
        )
        .unwrap();
    let expected: Vec<(String, f64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let got: Vec<(String, f64)> = hits
        .iter()
        .map(|h| (h.lesson_id.clone().unwrap(), h.rank))
        .collect();
    assert_eq!(expected.len(), 2);
    assert_eq!(got, expected);
}

#[test]
fn a_prefix_matching_many_terms_still_finds_every_text() {
    // More distinct words with the prefix than are expanded one by one.
    let extra: Vec<(String, String)> = (0..40)
        .map(|i| (format!("Extra {i}"), format!("zeta{i} appears here")))
        .collect();
    let extra: Vec<(&str, &str)> = extra
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let (_dir, _path, store) = library(10, &extra);
    assert_eq!(store.read().search("zeta", 100).unwrap().len(), 40);
    assert_eq!(store.read().search("zeta3", 100).unwrap().len(), 11);
    assert_eq!(store.read().search("zeta39 here", 100).unwrap().len(), 1);
    assert!(store.read().search("zetb", 100).unwrap().is_empty());
}

#[test]
fn a_course_filter_finds_a_later_course_among_thousands_of_hits() {
    let (_dir, _path, mut store) = library(past_the_bound(), &[]);
    let later: Vec<LessonRecord> = (1..=3)
        .map(|n| lesson(n, &format!("Later {n}"), "Apply formula here too."))
        .collect();
    store
        .write(|r| {
            let id = r.create_course(&NewCourse {
                slug: "later".into(),
                title: "Later".into(),
                subtitle: None,
                keywords: vec![],
                status: CourseStatus::Draft,
            })?;
            r.upsert_lessons(id, &later)
        })
        .unwrap();
    let hits = store
        .read()
        .search_in("apply formula", Some("later"), 10)
        .unwrap();
    let found: Vec<_> = hits
        .iter()
        .map(|h| (h.course_slug.as_str(), h.title.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            ("later", "Later 1"),
            ("later", "Later 2"),
            ("later", "Later 3")
        ]
    );
    for hit in &hits {
        assert_eq!(hit.snippet, "\u{2}Apply\u{3} \u{2}formula\u{3} here too.");
    }
    // With the first course archived, the unranked hits skip its thousands of texts and still
    // come with their own snippets.
    store
        .write(|r| {
            let id = r.require_course("planilhas")?.id;
            r.set_course_status(id, CourseStatus::Archived)
        })
        .unwrap();
    let hits = store.read().search("apply formula", 2).unwrap();
    let found: Vec<_> = hits
        .iter()
        .map(|h| (h.course_slug.as_str(), h.title.as_str(), h.snippet.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "later",
                "Later 1",
                "\u{2}Apply\u{3} \u{2}formula\u{3} here too."
            ),
            (
                "later",
                "Later 2",
                "\u{2}Apply\u{3} \u{2}formula\u{3} here too."
            )
        ]
    );
    // A rare word and a common one, in the later course only.
    let hits = store
        .read()
        .search_in("formula later", Some("later"), 10)
        .unwrap();
    assert_eq!(hits.len(), 3, "{hits:?}");
    assert!(
        hits.iter()
            .all(|h| h.course_slug == "later" && h.rank < 0.0)
    );
}
