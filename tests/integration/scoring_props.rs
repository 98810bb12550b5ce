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
    // lazy patterns. Not a time limit (the machine's load decides those): the cost of 8×
    // the text, against the text, best of two each. Linear is ≈ 8×, quadratic ≈ 64×.
    let unit = "## 🎯 G 🤔 pause pense: como você [ por que ### x\n##";
    let cost = |bytes: usize| {
        let text = unit.repeat(bytes / unit.len());
        (0..2)
            .map(|_| {
                let start = Instant::now();
                check(&text);
                start.elapsed()
            })
            .min()
            .unwrap()
    };
    let small = cost(128 * 1024);
    let large = cost(1024 * 1024);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    eprintln!("adversarial lesson: 128 KB in {small:?}, 1 MB in {large:?} ({ratio:.1}×)");
    assert!(
        ratio < 24.0,
        "8× the text cost {ratio:.1}× the time: not linear"
    );
}
