//! Issue 21, item 17: search input is cut into words the way the index cuts text, so scripts
//! whose marks `unicode61` treats as separators (Devanagari vowel signs, virama) search
//! instead of failing with "phrase queries are not supported".

use lectern::services::authoring;
use lectern::storage::Store;

use super::generation::fixture_course;
use super::support::lectern;

#[test]
fn hindi_words_are_found_and_never_an_fts_error() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let course = fixture_course(home);
    lectern(home)
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success();
    let db = home.join("data/lectern/lectern.db");
    let (mut store, _) = Store::open(&db).unwrap();
    let text = "# 1.1 - हिन्दी पाठ\n\nयह पाठ हिन्दी में लिखा गया है।\n";
    authoring::save_lesson(&mut store, "gen-course", "1.1", text).unwrap();
    let tokens = store.read().index_tokens("हिन्दी").unwrap();
    assert!(tokens.len() > 1, "unicode61 splits the word: {tokens:?}");
    let hits = store.read().search("हिन्दी", 10).unwrap();
    assert!(
        hits.iter().any(|h| h.lesson_id.as_deref() == Some("1.1")),
        "{hits:?}"
    );
    // Operators and quotes are taken literally; accents fold as in the index.
    assert!(store.read().search("\"a\" OR NEAR(", 10).is_ok());
    assert_eq!(
        store.read().index_tokens("Formatação").unwrap(),
        ["formatacao"]
    );
}
