//! Robustness: scoring never panics, stays within its bounds and is linear on large inputs.

use std::time::Instant;

use lectern::domain::rubric::{Rubric, score_lesson};
use lectern::domain::text::normalize_newlines;
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "## ",
    "### ",
    "#",
    "\n",
    "\r\n",
    "\r",
    " ",
    "G",
    "P",
    "S",
    "🎯",
    "🗺\u{FE0F}",
    "🗺",
    "🛤\u{FE0F}",
    "💡",
    "⚡",
    "🔗",
    "🤔",
    "✅",
    "✓",
    "[x]",
    "[",
    "]",
    "?",
    ".",
    "!",
    "```",
    "---",
    "> ",
    "\u{0}",
    "\u{1C}",
    "\u{FEFF}",
    "é como",
    "por que",
    "pense:",
    "2 min",
    "DESTINO",
    "Origem",
    "ROTA",
    "GPS DA AULA",
    "transformar",
    "Agora que você",
    "\u{301}",
    "ſ",
    "👩‍💻",
    "~~~",
    "####",
];

fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..200).prop_map(|v| v.concat())
}

fn check(text: &str) {
    for rubric in [Rubric::Creatoros, Rubric::Strict] {
        let s = score_lesson(text, rubric);
        assert!(s.gps.score <= 30 && s.didatica.score <= 100);
        let lines =
            u32::try_from(normalize_newlines(text).split('\n').count() + 1).unwrap_or(u32::MAX);
        for i in &s.issues {
            if let (Some(a), Some(b)) = (i.line_start, i.line_end) {
                assert!(1 <= a && a <= b && b <= lines, "{i:?} for {text:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn scoring_never_panics_on_arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn scoring_never_panics_on_markdownish_fragments(text in markdownish()) {
        check(&text);
    }
}

#[test]
fn scoring_large_adversarial_input_is_linear() {
    // Markers with no closing `?`/`]`, endless `##`, one huge line: the worst cases for the
    // lazy patterns. Quadratic behaviour would take minutes here.
    let unit = "## 🎯 G 🤔 pause pense: como você [ por que ### x\n##";
    let text = unit.repeat(4 * 1024 * 1024 / unit.len());
    let start = Instant::now();
    check(&text);
    let elapsed = start.elapsed();
    eprintln!("4 MB adversarial lesson scored (both rubrics) in {elapsed:?}");
    assert!(elapsed.as_secs() < 30, "scoring took {elapsed:?}");
}
