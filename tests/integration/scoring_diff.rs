//! Differential test: the fast whole-document scan (`doc_scan`) must agree with a plain,
//! one-regex-per-pattern transcription of spec §2.3–§2.8 on arbitrary text.

use std::path::Path;
use std::sync::LazyLock;

use lectern::domain::rubric::didatica_scan::{DocEvidence, scan_document};
use proptest::prelude::*;
use regex::Regex;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("test pattern")
}

struct Reference {
    why_first: Vec<Regex>,
    definitions: Vec<Regex>,
    links: Vec<Regex>,
    reflective: Vec<Regex>,
    analogies: Vec<Regex>,
    simple: Regex,
    diagrams: Regex,
    visual: Regex,
    review: Regex,
    before_after: Regex,
    time_box: Regex,
    checklist: Regex,
    review_heading: Regex,
    action_heading: Regex,
}

static REF: LazyLock<Reference> = LazyLock::new(|| {
    let all = |ps: &[&str]| {
        ps.iter()
            .map(|p| re(&format!("(?i){p}")))
            .collect::<Vec<_>>()
    };
    Reference {
        why_first: all(&[
            "por que.*?funciona",
            "why.*?works",
            "antes do como",
            "before.*?how",
        ]),
        definitions: all(&["é (como|que)", "significa", "is (like|that)", "means"]),
        links: all(&[
            "🔗.*?(link|conectando)",
            "agora que.*?você",
            "now that.*?you",
            "na próxima",
            "next (we|you)",
            "isso (nos )?leva",
            "(this|that) leads",
        ]),
        reflective: all(&[
            r"(?s)🤔.*?\?",
            r"(?s)pense:.*?\?",
            r"(?s)think:.*?\?",
            r"(?s)pause.*?\?",
            r"(?s)reflect.*?\?",
            r"(?s)como (isso|você).*?\?",
            r"(?s)how (this|you).*?\?",
            r"(?s)o que você.*?\?",
            r"(?s)what (do|would) you.*?\?",
        ]),
        analogies: all(&[
            "é como",
            "is like",
            "imagine que",
            "imagine that",
            "pensa(r)? (em|no)",
            "think (of|about)",
            "similar a",
            "similar to",
        ]),
        simple: re(r"[A-Z][^.!?]*?\?"),
        diagrams: re(r"(?i)\[DIAGRAM:|\[VISUAL:|\[IMAGE:|flowchart|diagrama|gráfico"),
        visual: re("(?i)visual|imagem|screenshot"),
        review: re("(?i)takeaways|principais.*?aprendizados"),
        before_after: re(
            "(?i)(você entrou|you entered).*?(achando|thinking)|agora (você sabe|you know)|before.*?after|transformação",
        ),
        time_box: re(r"(?i)2 minutos|2 min(?:[^\p{L}\p{N}_]|\z)|2-minute|dois minutos"),
        checklist: re(r"✓|✅|\[.*?\]"),
        review_heading: re(
            r"(?i)##[\s\x1C-\x1F]*(💡|REVISÃO|REVIEW)|##[\s\x1C-\x1F]*(O QUE|WHAT).*?(DOMINOU|LEARNED)",
        ),
        action_heading: re(r"(?i)##[\s\x1C-\x1F]*(⚡|AÇÃO RÁPIDA|FAÇA AGORA|QUICK ACTION|DO NOW)"),
    }
});

fn reference(text: &str) -> DocEvidence {
    let r = &*REF;
    let present = |v: &[Regex]| v.iter().filter(|p| p.is_match(text)).count();
    let count = |v: &[Regex]| v.iter().map(|p| p.find_iter(text).count()).sum::<usize>();
    DocEvidence {
        why_before_what: present(&r.why_first) > 0,
        definitions: present(&r.definitions),
        links: present(&r.links),
        reflective: count(&r.reflective),
        simple_questions: r.simple.find_iter(text).count(),
        analogies: count(&r.analogies),
        diagrams: r.diagrams.is_match(text),
        implicit_visual: r.visual.is_match(text),
        review_keywords: r.review.is_match(text),
        before_after: r.before_after.is_match(text),
        time_box: r.time_box.is_match(text),
        checklist: r.checklist.is_match(text),
        creatoros_review_heading: r.review_heading.is_match(text),
        creatoros_action_heading: r.action_heading.is_match(text),
    }
}

const FRAGMENTS: &[&str] = &[
    " ",
    "\n",
    "?",
    ".",
    "!",
    "[",
    "]",
    "#",
    "## ",
    "##\n",
    "\u{1C}",
    "É",
    "é",
    "Ç",
    "ç",
    "Ã",
    "ã",
    "Ê",
    "ê",
    "K",
    "\u{212A}",
    "\u{17F}",
    "S",
    "A",
    "por que",
    "POR QUE",
    "funciona",
    "why",
    "WORKS",
    "antes do como",
    "before",
    "how",
    "after",
    "é como",
    "É COMO",
    "é que",
    "significa",
    "is like",
    "is that",
    "means",
    "🔗",
    "link",
    "conectando",
    "agora que",
    "AGORA QUE",
    "você",
    "VOCÊ",
    "now that",
    "you",
    "na próxima",
    "NA PRÓXIMA",
    "next we",
    "next you",
    "isso leva",
    "isso nos leva",
    "this leads",
    "that leads",
    "🤔",
    "pense:",
    "think:",
    "pause",
    "reflect",
    "como isso",
    "como você",
    "how this",
    "how you",
    "o que você",
    "what do you",
    "what would you",
    "imagine que",
    "imagine that",
    "pensa em",
    "pensar no",
    "think of",
    "think about",
    "similar a",
    "similar to",
    "[DIAGRAM:",
    "[visual:",
    "[IMAGE:",
    "flowchart",
    "diagrama",
    "GRÁFICO",
    "visual",
    "imagem",
    "screenshot",
    "takeaways",
    "principais",
    "aprendizados",
    "você entrou",
    "you entered",
    "achando",
    "thinking",
    "agora você sabe",
    "agora you know",
    "transformação",
    "TRANSFORMAÇÃO",
    "2 min",
    "2 minutos",
    "2 mins",
    "2 min²",
    "2-minute",
    "dois minutos",
    "✓",
    "✅",
    "💡",
    "REVISÃO",
    "review",
    "O QUE",
    "what",
    "dominou",
    "learned",
    "⚡",
    "AÇÃO RÁPIDA",
    "faça agora",
    "quick action",
    "do now",
    "thi",
    "s leads",
    "whyworks",
    "ſimilar a",
    "ima\u{212A}e",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(768))]

    #[test]
    fn fast_scan_matches_plain_regexes(text in text_strategy()) {
        prop_assert_eq!(scan_document(&text), reference(&text), "text: {:?}", text);
    }

    #[test]
    fn fast_scan_matches_plain_regexes_on_any_string(text in any::<String>()) {
        prop_assert_eq!(scan_document(&text), reference(&text));
    }
}

#[test]
fn fast_scan_matches_plain_regexes_on_corpus() {
    let Some(dir) = crate::support::corpus_dir("fast_scan_matches_plain_regexes_on_corpus") else {
        return;
    };
    let mut stack = vec![dir];
    let mut checked = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)
            .expect("read dir")
            .filter_map(Result::ok)
        {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") {
                let text = lectern::domain::text::decode(&std::fs::read(&p).expect("read")).text;
                assert_eq!(
                    scan_document(&text),
                    reference(&text),
                    "{}",
                    Path::new(&p).display()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 200);
}
