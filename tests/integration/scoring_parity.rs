//! Parity with the CreatorOS reference: every scored lesson of `$LECTERN_CORPUS` must get the
//! same GPS and Didática results from the `creatoros` rubric as `reference-scores.jsonl` holds.

use lectern::domain::rubric::{Rubric, score_lesson};
use lectern::domain::text::{decode, sha256_hex};
use serde_json::{Value, json};

use crate::support::corpus_dir;

#[test]
fn scoring_parity_with_reference() {
    let Some(corpus) = corpus_dir("scoring_parity_with_reference") else {
        return;
    };
    let reference =
        std::fs::read_to_string(corpus.join("reference-scores.jsonl")).expect("read reference");
    let mut compared = 0;
    let mut decode_checked = 0;
    let mut mismatches = Vec::new();
    for line in reference.lines().filter(|l| !l.trim().is_empty()) {
        let want: Value = serde_json::from_str(line).expect("reference line is JSON");
        let path = format!(
            "{}/{}",
            want["course"].as_str().expect("course"),
            want["path"].as_str().expect("path")
        );
        let bytes = std::fs::read(corpus.join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        if sha256_hex(&bytes) != want["sha256"] {
            mismatches.push(format!("{path}: sha256 differs from the reference"));
            continue;
        }
        let decoded = decode(&bytes);
        if !want["decode_error"].is_null() {
            decode_checked += 1;
            let got = decoded.decode_error.map(|e| e.to_string());
            if got.as_deref() != want["decode_error"].as_str() {
                mismatches.push(format!(
                    "{path}: decode_error {got:?} != {}",
                    want["decode_error"]
                ));
            }
            continue;
        }
        compared += 1;
        let score = score_lesson(&decoded.text, Rubric::Creatoros);
        let got = json!({
            "word_count": score.word_count,
            "gps": serde_json::to_value(&score.gps).expect("gps json"),
            "didatica": serde_json::to_value(&score.didatica).expect("dl json"),
        });
        let mut diffs = Vec::new();
        if got["word_count"] != want["word_count"] {
            diffs.push(format!(
                "word_count {} != {}",
                got["word_count"], want["word_count"]
            ));
        }
        for key in [
            "score",
            "valid",
            "has_goal",
            "has_position",
            "has_steps",
            "errors",
            "warnings",
        ] {
            if got["gps"][key] != want["gps"][key] {
                diffs.push(format!(
                    "gps.{key} {} != {}",
                    got["gps"][key], want["gps"][key]
                ));
            }
        }
        for key in ["score", "passed", "element_scores"] {
            if got["didatica"][key] != want["didatica"][key] {
                diffs.push(format!(
                    "didatica.{key} {} != {}",
                    got["didatica"][key], want["didatica"][key]
                ));
            }
        }
        if !diffs.is_empty() {
            mismatches.push(format!("{path}:\n    {}", diffs.join("\n    ")));
        }
    }
    eprintln!(
        "scoring parity: {compared} lessons compared, {decode_checked} decode errors checked, {} mismatches",
        mismatches.len()
    );
    assert!(compared > 0, "no scored lessons in the reference");
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
