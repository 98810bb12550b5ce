//! Explanations: issues point where the missing part belongs, and every code lectern can emit
//! is documented in `docs/scoring.md`.

use std::collections::BTreeSet;
use std::path::Path;

use lectern::domain::checks::COURSE_CODES;
use lectern::domain::issue::Severity;
use lectern::domain::rubric::codes::CATALOG;
use lectern::domain::rubric::{Rubric, score_lesson};
use lectern::domain::text::decode;

use crate::support::corpus_dir;

const NO_POSITION: &str = "# T\n## 🎯 G - GOAL\n✅ Criar tags\n\n## 🛤️ S - STEPS\n### Etapa 1\n";

#[test]
fn missing_position_points_after_the_goal_section() {
    for rubric in [Rubric::Creatoros, Rubric::Strict] {
        let s = score_lesson(NO_POSITION, rubric);
        let issue = s
            .issues
            .iter()
            .find(|i| i.code == "GPS-P-MISSING")
            .expect("GPS-P-MISSING");
        assert_eq!(
            (issue.line_start, issue.line_end),
            (Some(5), Some(5)),
            "{rubric}: {issue:?}"
        );
        assert_eq!(issue.severity, Severity::Error);
        assert!(!issue.hint.is_empty());
        let goal = s
            .issues
            .iter()
            .find(|i| i.code == "GPS-G-NO-MOTIVATION")
            .expect("info on goal");
        assert_eq!(goal.line_start, Some(2), "{rubric}");
        assert!(
            matches!(goal.line_end, Some(3 | 4)),
            "{rubric}: trailing blank line optional"
        );
    }
}

#[test]
fn missing_quick_action_points_at_the_end() {
    let s = score_lesson("# T\n## 🎯 G\ntexto\n", Rubric::Creatoros);
    let issue = s
        .issues
        .iter()
        .find(|i| i.code == "DL-QUICK-ACTION-NO-SECTION")
        .expect("code");
    assert_eq!(issue.line_start, Some(4));
}

#[test]
fn every_lost_point_is_explained() {
    let s = score_lesson("# vazio\n", Rubric::Creatoros);
    let dl_codes = s
        .issues
        .iter()
        .filter(|i| i.code.starts_with("DL-"))
        .count();
    assert_eq!(s.didatica.score, 0);
    assert_eq!(
        dl_codes, 14,
        "every DL sub-check plus the threshold: {:?}",
        s.issues
    );
    let full = score_lesson(
        include_str!("../fixtures/scoring/lesson-a.md"),
        Rubric::Creatoros,
    );
    let lost: Vec<_> = full.issues.iter().map(|i| i.code.as_str()).collect();
    assert!(
        lost.contains(&"DL-HOOK-FEW-OUTCOMES") && !lost.contains(&"DL-QUICK-ACTION-NO-SECTION"),
        "{lost:?}"
    );
}

fn emitted_codes(texts: &[String]) -> BTreeSet<String> {
    let mut codes = BTreeSet::new();
    for t in texts {
        for rubric in [Rubric::Creatoros, Rubric::Strict] {
            codes.extend(score_lesson(t, rubric).issues.into_iter().map(|i| i.code));
        }
    }
    codes
}

fn corpus_texts(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            corpus_texts(&p, out);
        } else if p.extension().is_some_and(|x| x == "md")
            && p.to_string_lossy().contains("/lessons/")
        {
            out.push(decode(&std::fs::read(&p).expect("read lesson")).text);
        }
    }
}

#[test]
fn scoring_codes_are_documented() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scoring.md"))
            .expect("docs/scoring.md");
    let catalog: BTreeSet<&str> = CATALOG
        .iter()
        .map(|c| c.0)
        .chain(COURSE_CODES.iter().map(|c| c.0))
        .collect();
    for (code, _, _, hint) in CATALOG {
        assert!(
            doc.contains(&format!("`{code}`")),
            "{code} missing from docs/scoring.md"
        );
        assert!(
            doc.contains(hint),
            "hint of {code} differs from docs/scoring.md"
        );
    }
    for (code, _, hint) in COURSE_CODES {
        assert!(
            doc.contains(&format!("`{code}`")) && doc.contains(hint),
            "{code} not documented as emitted"
        );
    }
    let mut texts: Vec<String> = vec![
        include_str!("../fixtures/scoring/lesson-a.md").into(),
        include_str!("../fixtures/scoring/lesson-b.md").into(),
        NO_POSITION.into(),
        String::new(),
    ];
    if let Some(dir) = corpus_dir("scoring_codes_are_documented") {
        corpus_texts(&dir, &mut texts);
    }
    for code in emitted_codes(&texts) {
        assert!(
            catalog.contains(code.as_str()),
            "{code} emitted but not in the catalogue"
        );
        assert!(
            doc.contains(&format!("`{code}`")),
            "{code} emitted but missing from docs/scoring.md"
        );
    }
}
