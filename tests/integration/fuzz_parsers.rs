//! Property tests over every parser of outside input (issue #17, fuzzing): the brief, the
//! curriculum YAML (with aliases), lesson front matter and header, config TOML and the keymap
//! TOML. For any input: no panic, bounded output (alias expansion and lesson counts stay
//! inside their budgets, so memory does too), and every refusal carries a location. Also: the
//! CLI's sanitiser shows exactly what the workbench's does and never lets a control through.
//!
//! CI runs `LECTERN_FUZZ_CASES` cases per parser (default 256, seconds in all). A long local
//! run: `LECTERN_FUZZ_CASES=1000000 cargo test --release --test integration fuzz_parsers`.

use std::path::Path;

use proptest::prelude::*;
use proptest::sample::select;

use lectern::config::{Config, ConfigError};
use lectern::domain::brief::parse_brief;
use lectern::domain::curriculum::parse_curriculum;
use lectern::domain::display_text;
use lectern::domain::front_matter::{parse_front_matter, split_front_matter};
use lectern::domain::lesson_file::parse_lesson_file;
use lectern::domain::lesson_header::parse_lesson_header;
use lectern::domain::yaml_budget::MAX_EXPANDED_NODES;
use lectern::domain::yaml_tree::{YamlNode, YamlValue, parse_yaml_documents};
use lectern::tui::{Keymap, KeymapError};

fn config() -> ProptestConfig {
    let cases = std::env::var("LECTERN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        // Shrunk failures are printed; no regression files written into the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const YAML_TOKENS: &[&str] = &[
    "- ",
    ": ",
    "\n",
    "\n  ",
    "\n    ",
    "\n      ",
    "&a ",
    "&b ",
    "*a",
    "*b",
    "&a [x, x, x]",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "\"",
    "'",
    "|\n",
    ">-\n",
    "---\n",
    "...\n",
    "\t",
    " # c",
    "? ",
    "!!str ",
    "!t ",
    "~",
    "null",
    "1.10",
    "07",
    "modules",
    "lessons",
    "lessons: 999999999",
    "title",
    "lesson_id",
    "id",
    "Aula 1.2: Origem",
    "é",
    "🗺\u{fe0f}",
    "\u{1b}]52;c;x\u{7}",
    "\u{9b}",
    "\r",
    "\0",
    "%YAML 1.2\n",
    "<<: *a",
    "\\",
    "\"\\e\\u0000\"",
    "\u{feff}",
];

const CURRICULUM_SEED: &str = "title: \"Curso\"\nmodules:\n  - module_id: 1\n    \
    module_title: Intro\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: Olá\n  \
    - id: 2\n    lessons: 3\n";

const MARKDOWN_TOKENS: &[&str] = &[
    "---\n",
    "...\n",
    "# ",
    "## ",
    "### ",
    "\n",
    "\r\n",
    "title: x\n",
    "slug: a-b\n",
    "lesson_id: 1.2\n",
    "bloom_level: apply\n",
    "&a [1, 2]\n",
    "*a\n",
    "- ",
    "**",
    "`",
    "```\n",
    "🎯 G - GOAL",
    "🗺️ P - POSITION",
    "🛤️ S - STEPS",
    "Aula 1.1",
    "Passo 1",
    "Você vai",
    "| a | b |\n",
    "> ",
    "<!-- x -->",
    "\u{1b}[2J",
    "\t",
    "\0",
    "é",
    "1.",
    "[x](y)",
    "---",
];

const TOML_TOKENS: &[&str] = &[
    "[generation]\n",
    "[scoring]\n",
    "[ui]\n",
    "[library]\n",
    "[course]\n",
    "[global]\n",
    "\n",
    "provider = ",
    "model = ",
    "rubric = ",
    "temperature = ",
    "quit = ",
    "keys = ",
    "\"q\"",
    "\"ctrl+c\"",
    "[\"a\", \"b\"]",
    "0.7",
    "1e999",
    "-1",
    "true",
    "'''",
    "\"\"\"",
    "{ a = 1 }",
    "[[x]]\n",
    "=",
    "#",
    "\u{1b}",
    "é",
    "\"\\u0000\"",
    "[[[[",
    "a.b.c = 1\n",
    "\r\n",
];

/// Texts built from a grammar's fragments (what finds structure bugs), arbitrary strings
/// (what finds encoding bugs) and a real document with fragments spliced in.
fn text_from(tokens: &'static [&'static str], seed: &'static str) -> BoxedStrategy<String> {
    let spliced = (
        Just(seed),
        proptest::collection::vec((0..seed.len(), select(tokens)), 0..8),
    )
        .prop_map(|(seed, edits)| {
            let mut text = seed.to_string();
            for (at, token) in edits {
                let at = (0..=at.min(text.len()))
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                text.insert_str(at, token);
            }
            text
        });
    prop_oneof![
        4 => proptest::collection::vec(select(tokens), 0..120).prop_map(|t| t.concat()),
        2 => spliced,
        1 => any::<String>(),
    ]
    .boxed()
}

/// Alias towers of random breadth and height: most pass the budget, none may blow it.
fn alias_tower() -> impl Strategy<Value = String> {
    (1usize..12, 1usize..12, any::<bool>()).prop_map(|(levels, breadth, flow)| {
        let mut text = String::from("a0: &a0 [x, y]\n");
        for i in 1..=levels {
            if flow {
                let refs = vec![format!("*a{}", i - 1); breadth].join(", ");
                text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
            } else {
                text.push_str(&format!("a{i}: &a{i}\n"));
                for _ in 0..breadth {
                    text.push_str(&format!("  - *a{}\n", i - 1));
                }
            }
        }
        text.push_str(&format!("modules: *a{levels}\n"));
        text
    })
}

fn nodes(node: &YamlNode) -> usize {
    1 + match &node.value {
        YamlValue::Scalar { .. } => 0,
        YamlValue::Seq(items) => items.iter().map(nodes).sum(),
        YamlValue::Map(entries) => entries.iter().map(|(k, v)| nodes(k) + nodes(v)).sum(),
    }
}

/// An upper bound on the lines a parser may count: YAML and TOML also break lines at a lone CR.
fn lines(text: &str) -> u32 {
    u32::try_from(text.matches(['\n', '\r']).count()).unwrap_or(u32::MAX) + 1
}

fn check_yaml(text: &str) -> Result<(), TestCaseError> {
    let bound = (MAX_EXPANDED_NODES as usize).max(text.len() + 1);
    match parse_yaml_documents(text) {
        Ok(docs) => {
            let total: usize = docs.iter().map(nodes).sum();
            prop_assert!(total <= bound, "{total} nodes from {} bytes", text.len());
        }
        Err(e) => {
            prop_assert!(e.line >= 1 && e.column >= 1, "{e:?}");
            prop_assert!(e.line <= lines(text), "{e:?} past the end");
            prop_assert!(!e.message.is_empty());
        }
    }
    match parse_curriculum(text) {
        // Listed lessons are nodes of the tree; a curriculum past 10,000 lessons is refused.
        Ok(c) => prop_assert!(c.lessons().count() <= 10_000 + bound),
        Err(e) => {
            prop_assert!(e.line >= 1 && e.column >= 1, "{e:?}");
            prop_assert!(!e.hint.is_empty());
        }
    }
    Ok(())
}

fn check_markdown(text: &str) -> Result<(), TestCaseError> {
    let brief = parse_brief(text);
    for issue in &brief.issues {
        if issue.code == "BRIEF-FRONT-MATTER" {
            prop_assert!(issue.line_start.is_some_and(|l| l >= 1), "{issue:?}");
        }
    }
    let split = split_front_matter(text);
    if let Some(yaml) = split.yaml
        && let Err(e) = parse_front_matter(yaml)
    {
        prop_assert!(e.line >= 2 && e.column >= 1, "{e:?}");
    }
    let lesson = parse_lesson_file("lessons/1.1-aula.md", text);
    for issue in &lesson.issues {
        if issue.code.contains("FRONT-MATTER") {
            prop_assert!(issue.line_start.is_some(), "{issue:?}");
        }
    }
    parse_lesson_header(split.body);
    Ok(())
}

fn check_config(text: &str) -> Result<(), TestCaseError> {
    match Config::parse(text, Path::new("config.toml")) {
        Ok(_) => {}
        Err(ConfigError::Parse { line, column, .. }) => {
            prop_assert!(line >= 1 && column >= 1);
            prop_assert!(line <= lines(text) as usize);
        }
        Err(other) => prop_assert!(false, "parse gave a non-parse error: {other}"),
    }
    let mut keymap = Keymap::defaults().expect("built-in keymap");
    match keymap.apply_user(text, Path::new("keymap.toml")) {
        Ok(()) => {}
        Err(KeymapError::Parse { line, column, .. }) => {
            prop_assert!(line >= 1 && column >= 1);
        }
        Err(other) => prop_assert!(false, "apply_user gave a read error: {other}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn curriculum_yaml_never_panics_and_stays_bounded(text in text_from(YAML_TOKENS, CURRICULUM_SEED)) {
        check_yaml(&text)?;
    }

    #[test]
    fn alias_towers_are_expanded_within_budget_or_refused_at_an_alias(text in alias_tower()) {
        check_yaml(&text)?;
        if let Err(e) = parse_yaml_documents(&text) {
            prop_assert!(e.message.starts_with("too many aliases"), "{e:?}");
        }
    }

    #[test]
    fn briefs_lessons_and_front_matter_never_panic(text in text_from(MARKDOWN_TOKENS, "---\ntitle: Curso\nslug: curso-a\n---\n# Aula 1.1\n\n## 🎯 G - GOAL\n\nVocê vai.\n")) {
        check_markdown(&text)?;
    }

    #[test]
    fn the_sanitiser_leaves_no_control_and_cuts_within_the_width(text in text_from(MARKDOWN_TOKENS, "Aula \u{1b}]8;;x\u{1b}\\ \u{9b}"), width in 0usize..60) {
        // The workbench re-exports this very function (tui::text::sanitize), so the CLI and
        // the workbench cannot disagree; what is left to check is what it guarantees.
        let shown = display_text::sanitize(&text);
        prop_assert!(!shown.chars().any(char::is_control), "{:?}", shown);
        let cut = display_text::fit_width(&text, width);
        prop_assert!(display_text::text_width(&cut) <= width, "{:?} wider than {}", cut, width);
        prop_assert!(!cut.chars().any(char::is_control));
    }

    #[test]
    fn config_and_keymap_toml_never_panic_and_refuse_with_a_location(text in text_from(TOML_TOKENS, "[generation]\nprovider = \"offline\"\n\n[global]\nquit = [\"q\"]\n")) {
        check_config(&text)?;
    }
}
