//! `lectern search`: hits with course, target, line and a marked snippet; accent-insensitive;
//! untrusted text sanitised; `--course` and `--limit`; stable JSON keys.

use serde_json::Value;

use crate::support::Sandbox;
use crate::support::copy_dir;

/// A course folder copied from the demo with one lesson line that holds an accented word and
/// a terminal escape (a window retitle), imported into a database without the demo.
fn library() -> Sandbox {
    let sandbox = Sandbox::new();
    let source = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/demo/planilhas-sem-medo"
    );
    let course = sandbox.path("courses/planilhas-sem-medo");
    copy_dir(std::path::Path::new(source), &course);
    let lesson = course.join("lessons/1.2-formulas-que-somam.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(5, "Um exercício \x1b]0;pwned\x07 zebrafantasma aqui.");
    std::fs::write(&lesson, lines.join("\n")).unwrap();
    sandbox
        .cmd()
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success();
    sandbox
}

fn search_json(sandbox: &Sandbox, args: &[&str]) -> Value {
    let out = sandbox
        .cmd()
        .args(["--no-demo", "search", "--json"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn hits_name_course_target_line_and_mark_the_match_without_accents() {
    let sandbox = library();
    let doc = search_json(&sandbox, &["exercicio", "zebrafantasma"]);
    assert_eq!(doc["query"], "exercicio zebrafantasma");
    let hits = doc["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{doc:#}");
    let hit = hits[0].as_object().unwrap();
    let keys: Vec<&str> = hit.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "course", "kind", "line", "rank", "snippet", "target", "title"
        ]
    );
    assert_eq!(hit["kind"], "lesson");
    assert_eq!(hit["course"], "planilhas-sem-medo");
    assert_eq!(hit["target"], "1.2");
    assert_eq!(hit["line"], 6);
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(snippet.contains("«exercício»"), "{snippet}");
    assert!(snippet.contains("«zebrafantasma»"), "{snippet}");

    // Research is searched too, with its line: the demo's market analysis, line 14.
    let doc = search_json(&sandbox, &["exercicios", "minutos"]);
    let research = doc["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["kind"] == "research")
        .unwrap_or_else(|| panic!("no research hit: {doc:#}"));
    assert_eq!(research["target"], "research/market_analysis");
    assert_eq!(research["line"], 14);
}

#[test]
fn human_output_marks_matches_and_never_passes_an_escape_through() {
    let sandbox = library();
    let out = sandbox
        .cmd()
        .args(["--no-demo", "search", "zebrafantasma"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("planilhas-sem-medo 1.2:6  "), "{text}");
    assert!(text.contains("«zebrafantasma»"), "{text}");
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
    assert!(text.contains("␛]0;pwned␇"), "{text}");
}

#[test]
fn course_and_limit_narrow_the_hits_and_an_unknown_course_is_refused() {
    let sandbox = library();
    let all = search_json(&sandbox, &["planilha"]);
    assert!(all["hits"].as_array().unwrap().len() > 2, "{all:#}");
    let one = search_json(&sandbox, &["planilha", "--limit", "1"]);
    assert_eq!(one["hits"].as_array().unwrap().len(), 1);
    assert_eq!(one["hits"][0], all["hits"][0], "the best hit comes first");
    let none = search_json(&sandbox, &["planilha", "--course", "planilhas-sem-medo"]);
    assert_eq!(none["hits"], all["hits"]);

    let out = sandbox
        .cmd()
        .args(["--no-demo", "search", "planilha", "--course", "nao-existe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nao-existe"), "{stderr}");
}
