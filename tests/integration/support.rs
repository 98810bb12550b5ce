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

/// The real `lectern` binary in an isolated home: its own HOME and XDG dirs under `home`,
/// nothing inherited from the developer's environment (no LECTERN_DB, no NO_COLOR …).
pub fn lectern(home: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_lectern"));
    cmd.env_clear()
        .env("HOME", home.join("home"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd
}

/// [`lectern`] as a plain process, for tests that spawn, kill or race it.
pub fn lectern_process(home: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_lectern"));
    cmd.env_clear()
        .env("HOME", home.join("home"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd
}

/// A temp folder standing in for a user's machine; `cmd()` runs the binary inside it.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn cmd(&self) -> assert_cmd::Command {
        lectern(self.dir.path())
    }
}

/// Copies the folder `from` (recursively) to `to`, which is created.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir` (recursively) whose name ends in `.ext`, sorted. Panics on a folder
/// that cannot be read, so a scan of a moved folder fails instead of finding nothing.
pub fn files_with_extension(dir: &std::path::Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The Rust sources under `dir`, for the tests that scan the code (layering, message ids).
pub fn rust_files(dir: &std::path::Path) -> Vec<PathBuf> {
    files_with_extension(dir, "rs")
}
