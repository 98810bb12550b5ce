//! The layering rule of docs/architecture.md, enforced: the domain stays pure, layers only
//! import downwards, and source files stay small.

use std::path::{Path, PathBuf};

/// Files allowed past the 400-line soft cap, each with the reason.
const LONG_FILE_ALLOW_LIST: &[(&str, &str)] = &[];

const MAX_LINES: usize = 400;

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
    for file in crate::support::rust_files(dir) {
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
    // Texts are looked up by both front ends; the language is chosen from what they pass in.
    found.extend(violations(
        "i18n",
        &[
            "crate::storage",
            "crate::generation",
            "crate::services",
            "crate::cli",
            "crate::tui",
            "crate::config",
            "std::env",
            "std::fs",
        ],
    ));
    found.extend(violations("tui", &["rusqlite", "crate::cli"]));
    assert!(found.is_empty(), "layer rule broken:\n{}", found.join("\n"));
}

#[test]
fn source_files_stay_small() {
    let mut too_long = Vec::new();
    for file in crate::support::rust_files(&src()) {
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

/// The TUI's pure side: every folder but `run/` (the I/O side) and the map in `mod.rs`.
fn on_pure_side(tui: &Path, file: &Path) -> bool {
    let rel = file.strip_prefix(tui).unwrap();
    !(rel.starts_with("run") || rel == Path::new("mod.rs"))
}

/// A screen (`screens/NAME/…`) naming another screen, the screens' root, the app or the I/O
/// side. Screens talk to the rest through messages, never to each other.
fn screen_import_violations(tui: &Path) -> Vec<String> {
    let screens = tui.join("screens");
    let mut found = Vec::new();
    for file in crate::support::rust_files(&screens) {
        let rel = file.strip_prefix(&screens).unwrap();
        let Some(own) = rel.iter().next().filter(|_| rel.components().count() > 1) else {
            continue;
        };
        let own = own.to_string_lossy();
        for (n, line) in code_lines(&file) {
            let mut rest = line.as_str();
            while let Some(at) = rest.find("tui::screens::") {
                rest = &rest[at + "tui::screens::".len()..];
                let named: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '{')
                    .collect();
                if named != own {
                    found.push(format!(
                        "{}:{n}: screen `{own}` imports `screens::{named}`: {}",
                        file.display(),
                        line.trim()
                    ));
                }
            }
            for needle in ["tui::app", "super::super"] {
                if line.contains(needle) {
                    found.push(format!(
                        "{}:{n}: screen `{own}` reaches outside its folder with `{needle}`: {}",
                        file.display(),
                        line.trim()
                    ));
                }
            }
        }
    }
    found
}

/// The pure side importing the I/O side (`run/`) or a crate that does I/O.
fn pure_side_violations(tui: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for file in crate::support::rust_files(tui)
        .into_iter()
        .filter(|f| on_pure_side(tui, f))
    {
        for (n, line) in code_lines(&file) {
            for needle in ["tui::run", "super::run", "rusqlite", "tokio", "reqwest"] {
                if line.contains(needle) {
                    found.push(format!(
                        "{}:{n}: `{needle}` on the pure side (move the I/O to src/tui/run/): {}",
                        file.display(),
                        line.trim()
                    ));
                }
            }
        }
    }
    found
}

/// Files directly in `screens/` other than `mod.rs`: a screen is a folder.
fn loose_screen_files(tui: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(tui.join("screens"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "mod.rs"))
        .map(|p| {
            format!(
                "{}: a screen is a folder (screens/NAME/mod.rs + view.rs), not a file",
                p.display()
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn tui_screens_stand_alone_and_the_pure_side_does_no_io() {
    let tui = src().join("tui");
    let mut found = screen_import_violations(&tui);
    found.extend(pure_side_violations(&tui));
    found.extend(loose_screen_files(&tui));
    assert!(
        found.is_empty(),
        "TUI layout rule broken (see docs/architecture.md, \"How to add a screen\"):\n{}",
        found.join("\n")
    );
}

#[test]
fn each_tui_rule_fails_on_a_planted_violation() {
    // A small TUI tree, clean first; then one violation per rule, each caught by its rule only.
    let dir = tempfile::tempdir().unwrap();
    let tui = dir.path();
    let write = |rel: &str, text: &str| {
        let path = tui.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("mod.rs", "//! map\nmod run;\nmod screens;\n");
    write("run/mod.rs", "//! I/O side\nuse tokio::sync::mpsc;\n");
    write(
        "screens/mod.rs",
        "//! list\npub mod alpha;\npub mod beta;\n",
    );
    write(
        "screens/alpha/mod.rs",
        "//! alpha, may mention screens::beta here\nuse crate::tui::screens::alpha::view;\n",
    );
    write(
        "screens/beta/mod.rs",
        "//! beta\nuse crate::tui::message::Effect;\n",
    );
    write("widgets/bar.rs", "//! bar\nuse ratatui::Frame;\n");
    assert!(screen_import_violations(tui).is_empty());
    assert!(pure_side_violations(tui).is_empty());
    assert!(loose_screen_files(tui).is_empty());

    write(
        "screens/alpha/view.rs",
        "//! view\nuse crate::tui::screens::beta::BetaScreen;\n",
    );
    let found = screen_import_violations(tui);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("alpha/view.rs:2"), "{found:?}");
    write(
        "screens/beta/parts.rs",
        "//! parts\nuse crate::tui::app::App;\n",
    );
    assert_eq!(screen_import_violations(tui).len(), 2);

    write(
        "widgets/bar.rs",
        "//! bar\nuse crate::tui::run::storage::serve;\n",
    );
    write(
        "text/io.rs",
        "//! io\nfn f() { let _ = reqwest::Client::new(); }\n",
    );
    let found = pure_side_violations(tui);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().any(|f| f.contains("bar.rs:2")), "{found:?}");
    assert!(found.iter().any(|f| f.contains("`reqwest`")), "{found:?}");

    write("screens/stray.rs", "//! a screen as a loose file\n");
    let found = loose_screen_files(tui);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("stray.rs"), "{found:?}");
}
