//! Shared helpers for the integration tests: where the shared corpus lives, temp databases.

#![allow(dead_code)]

use std::path::PathBuf;

/// The real CreatorOS corpus named by `LECTERN_CORPUS`.
///
/// `None` (with a printed notice) when the variable is unset, so a plain `cargo test` on a
/// machine without the corpus still passes; a panic when it is set but the folder is missing,
/// because then CI would silently test nothing.
pub fn corpus_dir(test: &str) -> Option<PathBuf> {
    let Some(value) = std::env::var_os("LECTERN_CORPUS") else {
        eprintln!("note: {test} skipped: LECTERN_CORPUS is not set");
        return None;
    };
    let dir = PathBuf::from(value);
    assert!(
        dir.join("reference-scores.jsonl").is_file(),
        "LECTERN_CORPUS={} does not hold reference-scores.jsonl",
        dir.display()
    );
    Some(dir)
}

/// The malformed course folders that sit next to the corpus (`corpus-odd`), if present.
pub fn corpus_odd_dir(test: &str) -> Option<PathBuf> {
    let corpus = corpus_dir(test)?;
    let odd = corpus.parent().map(|p| p.join("corpus-odd"))?;
    assert!(
        odd.is_dir(),
        "corpus-odd not found next to LECTERN_CORPUS: {}",
        odd.display()
    );
    Some(odd)
}
