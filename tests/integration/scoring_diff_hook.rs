//! Differential test for the hook keywords and GPS sub-checks: the folded-literal versions
//! against the reference's `(?i)` regexes.

use proptest::prelude::*;
use regex::Regex;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("test pattern")
}

/// Hook and GPS sub-checks: the folded-literal versions against the reference's `(?i)` regexes.
fn hook_and_gps_agree(text: &str) {
    use lectern::domain::rubric::didatica_scan::scan_hook;
    use lectern::domain::rubric::gps::{GpsSections, Section, evaluate};
    let i = |p: &str| re(&format!("(?i){p}"));
    let hook = scan_hook(text);
    assert_eq!(hook.outcomes, re(r"✅|✓|\[x\]").find_iter(text).count());
    let emotional = [
        "economizar",
        "transformar",
        "dominar",
        "melhorar",
        "save",
        "transform",
        "master",
        "improve",
    ];
    assert_eq!(
        hook.emotional_keywords,
        emotional.iter().filter(|w| i(w).is_match(text)).count(),
        "{text:?}"
    );
    assert_eq!(
        hook.why_statement,
        i("por que.*?(importa|matters)|isso (vai|irá)|this (will|is going to)").is_match(text)
    );
    let whole = Some(Section {
        heading: 0,
        body: 0..text.len(),
    });
    let sections = GpsSections {
        goal: whole.clone(),
        position: whole,
        steps: None,
    };
    let d = evaluate(text, &sections, 0).details;
    assert_eq!(
        d.goal.has_outcomes,
        i(r"✅|✓|\[x\]|- .*?(você vai|você será capaz)").is_match(text),
        "{text:?}"
    );
    assert_eq!(
        d.goal.has_motivation,
        i("por que|why|isso importa|matters|economizar|save|melhorar|improve").is_match(text)
    );
    assert_eq!(
        d.position.has_empathy,
        i("eu sei|eu entendo|talvez você|você pode estar|i know|i understand|you might be|maybe you").is_match(text)
    );
    assert_eq!(
        d.position.acknowledges_levels,
        i("se você.*?(nunca|never)|se você.*?(já|already)|iniciante|beginner|avançado|advanced|if you.*?(never|already)").is_match(text),
        "{text:?}"
    );
}

const HOOK_FRAGMENTS: &[&str] = &[
    " ",
    "\n",
    "-",
    "- ",
    "✅",
    "✓",
    "[x]",
    "[X]",
    "economizar",
    "TRANSFORMAR",
    "dominar",
    "Melhorar",
    "ſave",
    "transform",
    "MASTER",
    "improve",
    "por que",
    "importa",
    "matters",
    "isso vai",
    "ISSO IRÁ",
    "this will",
    "this is going to",
    "você vai",
    "VOCÊ SERÁ CAPAZ",
    "why",
    "isso importa",
    "eu sei",
    "EU ENTENDO",
    "talvez você",
    "você pode estar",
    "i know",
    "I UNDERSTAND",
    "you might be",
    "maybe you",
    "se você",
    "SE VOCÊ",
    "nunca",
    "never",
    "já",
    "JÁ",
    "already",
    "iniciante",
    "beginner",
    "AVANÇADO",
    "advanced",
    "if you",
    "\u{212A}",
    "É",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn hook_and_gps_subchecks_match_plain_regexes(
        text in prop::collection::vec(prop::sample::select(HOOK_FRAGMENTS), 0..40).prop_map(|v| v.concat())
    ) {
        hook_and_gps_agree(&text);
    }
}
