//! Issue 18: no user-facing words are written into `src/cli`'s output calls any more. Every
//! `outln!`/`out!`/`println!`/`eprintln!`/`write!`/`writeln!`/`anyhow!`/`bail!` call's string
//! literals are read; one with a word left after its `{…}` placeholders, the names that are
//! the same in every language and JSON keys are removed is reported, unless it is allowed
//! below with its reason. New text goes into `assets/i18n/*/cli.ftl` (docs/i18n.md).

use std::path::Path;

/// The macros that write what people read.
const OUTPUT_MACROS: &[&str] = &[
    "outln", "out", "println", "print", "eprintln", "eprint", "errln", "writeln", "write",
    "anyhow", "bail",
];

/// Words that are the same in every language: the program's and the rubrics' names, the log
/// file's name.
const NAMES: &[&str] = &["lectern.log", "lectern", "GPS", "DL"];

/// Literals allowed as they are, each with why.
const ALLOWED: &[(&str, &str)] = &[
    (
        "lectern: error: cannot write to standard output: {err}",
        "said when stdout itself fails, inside the output macros, which carry no language",
    ),
    (
        "yes",
        "a message file's selector value (`has_revision`), never shown",
    ),
    (
        "no",
        "a message file's selector value (`has_revision`), never shown",
    ),
];

/// (file:line, literal) of each literal with words left in an output call of `text`.
fn untranslated(file: &str, text: &str) -> Vec<(String, String)> {
    // Inline test modules sit at the end of a file; comments are not calls.
    let code = without_tests_and_comments(text);
    let call = regex::Regex::new(&format!(r"\b(?:{})!\s*\(", OUTPUT_MACROS.join("|"))).unwrap();
    let placeholder = regex::Regex::new(r"\{[^{}]*\}").unwrap();
    let json_key = regex::Regex::new(r#"\\"[a-z_]+\\""#).unwrap();
    let word = regex::Regex::new(r"[A-Za-z]{2,}").unwrap();
    let mut out = Vec::new();
    for m in call.find_iter(&code) {
        let body = call_body(&code[m.end()..]);
        for (at, literal) in literals(body) {
            let before = body[..at].trim_end();
            // A message id (`tr!(t, "id"`, `t.get("id"`) is where the words come from.
            if before.ends_with(".get(") || tr_id(before) {
                continue;
            }
            if ALLOWED.iter().any(|(allowed, _)| *allowed == literal) {
                continue;
            }
            let mut rest = placeholder.replace_all(&literal, "").into_owned();
            rest = json_key.replace_all(&rest, "").into_owned();
            for name in NAMES {
                rest = rest.replace(name, "");
            }
            if word.is_match(&rest) {
                let line = code[..m.start()].lines().count() + 1;
                out.push((format!("{file}:{line}"), literal));
            }
        }
    }
    out
}

/// True when `before` ends a `tr!(texts, ` opening: the literal after it is the message id.
fn tr_id(before: &str) -> bool {
    let Some(open) = before.rfind("tr!(") else {
        return false;
    };
    let args = &before[open + 4..];
    args.ends_with(',') && args.matches(',').count() == 1 && !args.contains('"')
}

/// The text inside a call's parentheses (`rest` starts after the opening one).
fn call_body(rest: &str) -> &str {
    let bytes = rest.as_bytes();
    let (mut depth, mut i) = (1, 0);
    while i < bytes.len() && depth > 0 {
        match bytes[i] {
            b'"' => i = string_end(bytes, i),
            b'\'' => i = char_end(bytes, i),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    &rest[..i.saturating_sub(1)]
}

/// The index of the quote closing the string opened at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    i
}

/// The end of a char literal (`'"'`, `'\n'`) opened at `start`; a lifetime is left alone.
fn char_end(bytes: &[u8], start: usize) -> usize {
    match (
        bytes.get(start + 1),
        bytes.get(start + 2),
        bytes.get(start + 3),
    ) {
        (Some(b'\\'), _, Some(b'\'')) => start + 3,
        (Some(_), Some(b'\''), _) => start + 2,
        _ => start,
    }
}

/// (offset, text) of each string literal in a call's body.
fn literals(body: &str) -> Vec<(usize, String)> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i);
                out.push((i, body[i + 1..end.min(body.len())].to_string()));
                i = end;
            }
            b'\'' => i = char_end(bytes, i),
            _ => {}
        }
        i += 1;
    }
    out
}

/// (files read, findings) of `lint` over every Rust file under `dir` that `skip` leaves.
type Finding = (String, String);

fn scan(
    dir: &str,
    skip: impl Fn(&str) -> bool,
    lint: impl Fn(&str, &str) -> Vec<Finding>,
) -> (usize, Vec<Finding>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut files = 0;
    for file in crate::support::rust_files(&root.join(dir)) {
        let name = file.strip_prefix(root).unwrap().display().to_string();
        if skip(&name) {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&file).unwrap();
        found.extend(lint(&name, &text));
    }
    (files, found)
}

/// One line per finding: `  file:line: "literal"`.
fn listed(found: &[Finding]) -> String {
    found
        .iter()
        .map(|(at, literal)| format!("  {at}: \"{literal}\""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_user_facing_words_are_left_in_the_cli_output_calls() {
    let (files, found) = scan("src/cli", |_| false, untranslated);
    assert!(files > 30, "only {files} files read");
    assert!(
        found.is_empty(),
        "words in output calls; move them to assets/i18n/*/cli.ftl (docs/i18n.md):\n{}",
        listed(&found)
    );
}

/// The lint itself: what it must catch and what it must let through.
#[test]
fn the_lint_catches_words_and_lets_ids_placeholders_and_names_through() {
    let caught = |code: &str| untranslated("x.rs", code);
    assert_eq!(caught("outln!(\"saved {} lessons\", n);").len(), 1);
    assert_eq!(
        caught("eprintln!(\n    \"lectern: no change\"\n);").len(),
        1
    );
    assert_eq!(
        caught("anyhow::bail!(\"cannot read {}\", p.display())").len(),
        1
    );
    assert_eq!(
        caught("writeln!(out, \"{}\", format!(\"{} failed\", x))?;").len(),
        1
    );
    assert_eq!(caught("outln!(\"a\\\"b {} c\", ')');").len(), 0);
    for fine in [
        "outln!(\"{}\", tr!(t, \"list-empty\", db = x));",
        "outln!(\"{}  {}\", a, b);",
        "eprintln!(\"lectern: {}\", t.get(\"no-change\"));",
        "outln!(\"  {:<8} GPS {:>2}/30  DL {:>3}/100\", a, b, c);",
        "write!(out, \"{{\\\"failed\\\":{},\\\"lessons\\\":{}}}\", a, b)?;",
        "// outln!(\"a comment\");",
        "#[cfg(test)]\nmod tests { fn f() { outln!(\"test text\"); } }",
    ] {
        assert!(caught(fine).is_empty(), "{fine}: {:?}", caught(fine));
    }
}

/// Calls whose literals people do not read as the workbench's text: logs, panics, asserts.
const TUI_SKIPPED_CALLS: &[&str] = &[
    "trace",
    "debug",
    "info",
    "warn",
    "error",
    "expect",
    "panic",
    "unreachable",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "include_str",
    "include_bytes",
    "env",
    "concat",
];

/// Workbench folders not translated yet (docs/i18n.md "Not yet"); empty when issue 18 is done.
const TUI_PENDING: &[&str] = &[];

/// Methods whose string argument is looked for in a text rather than shown.
const MATCHING_METHODS: &[&str] = &[
    "contains",
    "starts_with",
    "ends_with",
    "find",
    "rfind",
    "split_once",
    "rsplit_once",
    "split",
    "strip_prefix",
    "strip_suffix",
    "trim_start_matches",
    "trim_end_matches",
    "matches",
];

/// Words the workbench shows the same in every language: key names as printed on keyboards
/// and written in keymap.toml, the rubrics' names.
const TUI_NAMES: &[&str] = &[
    "Enter",
    "Esc",
    "Tab",
    "S-Tab",
    "Home",
    "End",
    "PgUp",
    "PgDn",
    "Space",
    "Bksp",
    "Del",
    "Ctrl",
    "Alt",
    "Shift",
    "Didática",
    "Lendária",
    "Bloom",
    "esc",
    "ICP",
];

/// Files whose literals are never shown, with why.
const TUI_ALLOWED_FILES: &[(&str, &str)] = &[
    (
        "src/tui/text/highlight.rs",
        "syntax scope names and file extensions the highlighter looks up",
    ),
    (
        "src/tui/keys/chord.rs",
        "key names as written in keymap.toml (`pageup`, `ctrl-`); its one error says what a \
         keymap file may hold and is reported, like the config file's, in English \
         (docs/i18n.md, Not yet)",
    ),
];

const DIDATICA_ELEMENT: &str = "the Didática Lendária rubric's own name for one of its seven \
     elements, in Portuguese in every language as CreatorOS writes them";

/// Literals of the workbench's code allowed as they are (file, literal, why).
const TUI_ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/tui/app/keymap.rs",
        "assets/keymap.toml (built in)",
        "the file named by the built-in keymap's parse errors, which the keymap parser reports \
         in English (docs/i18n.md, Not yet)",
    ),
    (
        "src/tui/run/sync.rs",
        "no connection",
        "a sync failure's cause, quoted after the translated `sync failed` frame like the \
         server's own errors",
    ),
    (
        "src/tui/screens/personas/view.rs",
        "system prompt",
        "a persona kind as stored, looked up to its message",
    ),
    (
        "src/tui/screens/personas/view.rs",
        "voice profile",
        "a persona kind as stored, looked up to its message",
    ),
    (
        "src/tui/screens/personas/view.rs",
        "name only",
        "a persona kind as stored, looked up to its message",
    ),
    (
        "src/tui/widgets/lesson_facts.rs",
        "Hook emocional",
        DIDATICA_ELEMENT,
    ),
    (
        "src/tui/widgets/lesson_facts.rs",
        "Conceitos",
        DIDATICA_ELEMENT,
    ),
    (
        "src/tui/widgets/lesson_facts.rs",
        "Transição",
        DIDATICA_ELEMENT,
    ),
    (
        "src/tui/widgets/lesson_facts.rs",
        "Reflexão",
        DIDATICA_ELEMENT,
    ),
    (
        "src/tui/widgets/lesson_facts.rs",
        "Analogias",
        DIDATICA_ELEMENT,
    ),
    (
        "src/tui/widgets/lesson_facts.rs",
        "Revisão",
        DIDATICA_ELEMENT,
    ),
    (
        "src/tui/widgets/lesson_facts.rs",
        "Ação rápida",
        DIDATICA_ELEMENT,
    ),
    (
        "src/tui/screens/library/cells.rs",
        "    lectern import PATH",
        "a command line to type, the same in every language",
    ),
];

/// (file:line, literal) of every string literal with a word in `text`'s code (tests and
/// comments left out) that is not a message id, a log or panic text, an attribute's, a name
/// that is the same in every language, or allowed in [`TUI_ALLOWED`].
fn tui_untranslated(file: &str, text: &str) -> Vec<(String, String)> {
    let code = without_tests_and_comments(text);
    let skipped = regex::Regex::new(&format!(
        r"(?:\b(?:{})!?\s*\(|#!?\[)",
        TUI_SKIPPED_CALLS.join("|")
    ))
    .unwrap();
    // Byte ranges inside skipped calls and attributes.
    let mut skip = Vec::new();
    for m in skipped.find_iter(&code) {
        let body = call_body(&code[m.end()..]);
        skip.push(m.start()..m.end() + body.len());
    }
    // A message id, or one built from parts (`key-{section}-{}`).
    let id = regex::Regex::new(r"^[a-z0-9{}]+(?:[-.][a-z0-9{}]+)+$").unwrap();
    // A file name (`COURSE-BRIEF.md`, `lesson-{safe}.md`).
    let file_name = regex::Regex::new(r"^[\w{}.-]+\.(?:md|yaml|yml|toml|json|txt)$").unwrap();
    // `cycle_sort`, `Lesson::id`, `lesson/`, a JSON pointer, and one lower-case word (`draft`, `offline`): a
    // key, a stored value or a message's selector, not a sentence (a single word that is shown
    // shows in the pt-BR snapshots).
    let identifier = regex::Regex::new(
        r"^(?:[A-Za-z][A-Za-z0-9]*(?:[_:][A-Za-z0-9]+)+|[a-z][a-z0-9_]*|[A-Z][A-Z0-9_]*|[a-z0-9_-]+/|(?:/[A-Za-z0-9_{}]+)+)$",
    )
    .unwrap();
    let pattern = regex::Regex::new(r#"^[\s\w,()|&'"-]*=>"#).unwrap();
    let placeholder = regex::Regex::new(r"\{[^{}]*\}").unwrap();
    let word = regex::Regex::new(r"[A-Za-zÀ-ÿ]{2,}").unwrap();
    let mut out = Vec::new();
    for (at, literal) in literals(&code) {
        if skip.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let before = code[..at].trim_end();
        if before.ends_with(".get(") || before.ends_with(".format(") || tr_id(before) {
            continue;
        }
        // Looked for in a text, not shown: `s.contains("INSTRUCTOR VOICE PROFILE")`.
        if MATCHING_METHODS
            .iter()
            .any(|m| before.ends_with(&format!(".{m}(")))
        {
            continue;
        }
        // Compared or matched against, not shown: `x == "archived"`, `"Library" => …`.
        let after = code[at + literal.len() + 2..].trim_start();
        let rest_of_line = after.lines().next().unwrap_or_default();
        if before.ends_with("==") || before.ends_with("!=") || pattern.is_match(rest_of_line) {
            continue;
        }
        if id.is_match(&literal) || identifier.is_match(&literal) || file_name.is_match(&literal) {
            continue;
        }
        if TUI_ALLOWED
            .iter()
            .any(|(f, allowed, _)| file.ends_with(f) && *allowed == literal)
        {
            continue;
        }
        let mut rest = placeholder.replace_all(&literal, "").into_owned();
        for name in NAMES.iter().chain(TUI_NAMES) {
            rest = rest.replace(name, "");
        }
        // Escapes (`\n`, `\u{…}`) are not words.
        rest = rest.replace("\\n", " ").replace("\\t", " ");
        if word.is_match(&rest) {
            let line = code[..at].lines().count();
            out.push((format!("{file}:{line}"), literal));
        }
    }
    out
}

/// `text` up to its inline test module, with `//` comment lines blanked (lines kept).
fn without_tests_and_comments(text: &str) -> String {
    text.split("#[cfg(test)]")
        .next()
        .unwrap_or_default()
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                "\n".to_string()
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

#[test]
fn no_user_facing_words_are_left_in_the_translated_workbench_code() {
    let skip = |name: &str| {
        TUI_PENDING.iter().any(|p| name.starts_with(p))
            || TUI_ALLOWED_FILES.iter().any(|(f, _)| name == *f)
    };
    let (files, found) = scan("src/tui", skip, tui_untranslated);
    assert!(files > 20, "only {files} files read");
    assert!(
        found.is_empty(),
        "words in workbench literals; move them to assets/i18n/*/tui*.ftl (docs/i18n.md):\n{}",
        listed(&found)
    );
}

/// The workbench lint itself: what it must catch and what it must let through.
#[test]
fn the_workbench_lint_catches_words_and_lets_ids_logs_and_symbols_through() {
    let caught = |code: &str| tui_untranslated("x.rs", code);
    assert_eq!(caught("let s = Span::raw(\"no lessons\");").len(), 1);
    assert_eq!(
        caught("self.notify(format!(\"cannot open {e}\"), true);").len(),
        1
    );
    assert_eq!(caught("Line::from(\"Módulo\")").len(), 1);
    for fine in [
        "let s = tr!(t, \"tui-course-title\", n = 3);",
        "let s = t.get(\"tui-library-empty\");",
        "let s = Span::raw(\" · \");",
        "let s = format!(\"{} {:>3}\", a, b);",
        "tracing::warn!(\"cannot save the draft: {e}\");",
        "let x = y.expect(\"the lock is never poisoned\");",
        "#[serde(rename = \"on existing\")]\nstruct A;",
        "let a = \"cycle_sort\";",
        "let s = \"GPS\";",
        "if s.status == \"archived\" {}",
        "match n { \"Library\" => 1, _ => 2 }",
        "if system.contains(\"INSTRUCTOR VOICE PROFILE\") {}",
        "let id = match (s, c) { (\"in review\", false) => \"tui-x\", _ => \"tui-y\" };",
        "let x = t.strip_prefix(\"lesson/\");",
        "Span::styled(\"y/Enter\", k)",
        "// Span::raw(\"a comment\")",
        "#[cfg(test)]\nmod tests { fn f() { let a = \"test text\"; } }",
    ] {
        assert!(caught(fine).is_empty(), "{fine}: {:?}", caught(fine));
    }
}
