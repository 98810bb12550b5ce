//! The layering rule of docs/architecture.md, enforced: the domain stays pure, layers only
//! import downwards, and source files stay small.

use std::path::{Path, PathBuf};

/// Files allowed past the 400-line soft cap, each with the reason.
const LONG_FILE_ALLOW_LIST: &[(&str, &str)] = &[];

const MAX_LINES: usize = 400;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Lines of code that are not comments (doc comments may mention other layers).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

fn violations(layer: &str, forbidden: &[&str]) -> Vec<String> {
    violations_in(&src().join(layer), layer, forbidden)
}

fn violations_in(dir: &Path, layer: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(dir) {
        for (n, line) in code_lines(&file) {
            for needle in forbidden {
                if line.contains(needle) {
                    found.push(format!(
                        "{}:{n}: `{needle}` in {layer}: {}",
                        file.display(),
                        line.trim()
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn domain_is_pure() {
    let forbidden = [
        "crate::storage",
        "crate::generation",
        "crate::services",
        "crate::cli",
        "crate::tui",
        "crate::config",
        "std::fs",
        "std::env",
        "std::net",
        "std::process",
        "std::thread",
        "SystemTime",
        "Instant::now",
        "rusqlite",
        "tokio",
        "reqwest",
        "ratatui",
        "crossterm",
        "directories",
        "tracing",
    ];
    let found = violations("domain", &forbidden);
    assert!(
        found.is_empty(),
        "the domain must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn layers_only_import_downwards() {
    let mut found = Vec::new();
    found.extend(violations(
        "storage",
        &[
            "crate::generation",
            "crate::services",
            "crate::cli",
            "crate::tui",
        ],
    ));
    found.extend(violations(
        "generation",
        &[
            "crate::storage",
            "crate::services",
            "crate::cli",
            "crate::tui",
            "rusqlite",
        ],
    ));
    found.extend(violations(
        "services",
        &["crate::cli", "crate::tui", "ratatui", "crossterm"],
    ));
    found.extend(violations("cli", &["crate::tui::", "ratatui", "rusqlite"]));
    found.extend(violations("tui", &["rusqlite", "crate::cli"]));
    assert!(found.is_empty(), "layer rule broken:\n{}", found.join("\n"));
}

#[test]
fn source_files_stay_small() {
    let mut too_long = Vec::new();
    for file in rust_files(&src()) {
        let rel = file
            .strip_prefix(src().parent().unwrap())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let lines = std::fs::read_to_string(&file).unwrap().lines().count();
        let allowed = LONG_FILE_ALLOW_LIST.iter().any(|(path, _)| *path == rel);
        if lines > MAX_LINES && !allowed {
            too_long.push(format!("{rel}: {lines} lines"));
        }
    }
    assert!(
        too_long.is_empty(),
        "files over {MAX_LINES} lines (split them, or add them to LONG_FILE_ALLOW_LIST with a reason):\n{}",
        too_long.join("\n")
    );
}

#[test]
fn the_checker_catches_an_impure_import() {
    // Guards against a checker that can never fail.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.rs"),
        "//! doc mentioning rusqlite is fine\nuse rusqlite::Connection;\n",
    )
    .unwrap();
    let found = violations_in(dir.path(), "domain", &["rusqlite"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("bad.rs:2"), "{found:?}");
}

#[test]
fn colours_are_named_only_in_the_theme() {
    let theme = src().join("tui/theme.rs");
    let found: Vec<String> = violations("tui", &["Color::", "Color;", "Rgb("])
        .into_iter()
        .filter(|v| !v.starts_with(&*theme.to_string_lossy()))
        .collect();
    assert!(
        found.is_empty(),
        "colour literal outside src/tui/theme.rs (add a semantic style there):\n{}",
        found.join("\n")
    );
}
