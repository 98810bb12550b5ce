//! The keyword evidence of the Didática Lendária rubric (spec §2.2–§2.8) that both rubrics
//! share: every pattern that does not depend on where headings are. Patterns are compiled once
//! and the whole-document presence checks run as one `RegexSet` pass over a case-folded copy.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::re;

/// Evidence from the hook text (spec §2.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HookEvidence {
    pub outcomes: usize,
    pub emotional_keywords: usize,
    pub why_statement: bool,
}

/// Evidence from the whole document (spec §2.3–§2.8), minus heading-dependent parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocEvidence {
    pub why_before_what: bool,
    pub definitions: usize,
    pub links: usize,
    pub reflective: usize,
    pub simple_questions: usize,
    pub analogies: usize,
    pub diagrams: bool,
    pub implicit_visual: bool,
    pub review_keywords: bool,
    pub before_after: bool,
    pub time_box: bool,
    pub checklist: bool,
    /// The reference's heading patterns for review (`##\s*💡` …) and quick action (`##\s*⚡` …).
    pub creatoros_review_heading: bool,
    pub creatoros_action_heading: bool,
}

const WHY_FIRST: std::ops::Range<usize> = 0..4;
const DEFINITIONS: std::ops::Range<usize> = 4..8;
const LINKS: std::ops::Range<usize> = 8..15;
const DIAGRAMS: usize = 15;
const VISUAL: usize = 16;
const REVIEW_KEYWORDS: usize = 17;
const BEFORE_AFTER: usize = 18;
const TIME_BOX: usize = 19;
const CHECKLIST: usize = 20;
const REVIEW_HEADING: usize = 21;
const ACTION_HEADING: usize = 22;

/// Whole-document presence patterns, indexed by the constants above. `.` never crosses a line.
/// They are the reference's `(?i)` patterns written in folded form and run on `fold_case(text)`:
/// exact literals let the regex engine use its fast literal prefilters.
static DOC_SET: LazyLock<regex::bytes::RegexSet> = LazyLock::new(|| {
    let patterns = [
        r"por que.*?funciona",
        r"why.*?works",
        r"antes do como",
        r"before.*?how",
        r"é (?:como|que)",
        r"significa",
        r"is (?:like|that)",
        r"means",
        r"🔗.*?(?:link|conectando)",
        r"agora que.*?você",
        r"now that.*?you",
        r"na próxima",
        r"next (?:we|you)",
        r"isso (?:nos )?leva",
        r"(?:this|that) leads",
        r"\[diagram:|\[visual:|\[image:|flowchart|diagrama|gráfico",
        r"visual|imagem|screenshot",
        r"takeaways|principais.*?aprendizados",
        r"(?:você entrou|you entered).*?(?:achando|thinking)|agora (?:você sabe|you know)|before.*?after|transformação",
        // `2 min\b` with Python's `\w` (letters, numbers, underscore) for the boundary.
        r"2 minutos|2-minute|dois minutos|2 min(?:[^\p{L}\p{N}_]|\z)",
        r"✓|✅|\[.*?\]",
        r"##[\s\x1C-\x1F]*(?:💡|revisão|review)|##[\s\x1C-\x1F]*(?:o que|what).*?(?:dominou|learned)",
        r"##[\s\x1C-\x1F]*(?:⚡|ação rápida|faça agora|quick action|do now)",
    ];
    // Byte mode without Unicode: `.` is any byte but `\n`, which decides "same line" exactly
    // like the Unicode `.` (UTF-8 is self-synchronising), with a much smaller automaton.
    let patterns = patterns.iter().map(|p| {
        format!(
            "(?-u){}",
            p.replace(r"[\s\x1C-\x1F]", r"(?u:[\s\x1C-\x1F])")
                .replace(r"[^\p{L}\p{N}_]", r"(?u:[^\p{L}\p{N}_])")
        )
    });
    regex::bytes::RegexSet::new(patterns).unwrap_or_else(|e| panic!("didatica pattern set: {e}"))
});

/// Reflective-question markers; each is counted on its own (dotall: up to the next `?` anywhere).
static REFLECTIVE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?s)🤔.*?\?",
        r"(?s)pense:.*?\?",
        r"(?s)think:.*?\?",
        r"(?s)pause.*?\?",
        r"(?s)reflect.*?\?",
        r"(?s)como (?:isso|você).*?\?",
        r"(?s)how (?:this|you).*?\?",
        r"(?s)o que você.*?\?",
        r"(?s)what (?:do|would) you.*?\?",
    ]
    .into_iter()
    .map(re)
    .collect()
});

/// One alternation gives the same total as summing the patterns: no two can overlap.
static ANALOGIES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)é como|is like|imagine que|imagine that|pensar? (?:em|no)|think (?:of|about)|similar a|similar to",
    )
});

static HOOK_OUTCOMES: LazyLock<Regex> = LazyLock::new(|| re(r"✅|✓|\[x\]"));
static EMOTIONAL: LazyLock<RegexSet> = LazyLock::new(|| {
    let words = [
        "economizar",
        "transformar",
        "dominar",
        "melhorar",
        "save",
        "transform",
        "master",
        "improve",
    ];
    RegexSet::new(words.iter().map(|w| format!("(?i){w}")))
        .unwrap_or_else(|e| panic!("emotional set: {e}"))
});
static WHY_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)por que.*?(?:importa|matters)|isso (?:vai|irá)|this (?:will|is going to)")
});

/// Scans the hook text (the rubric decides which text that is).
pub fn scan_hook(hook: &str) -> HookEvidence {
    HookEvidence {
        outcomes: HOOK_OUTCOMES.find_iter(hook).count(),
        emotional_keywords: EMOTIONAL.matches(hook).iter().count(),
        why_statement: WHY_STATEMENT.is_match(hook),
    }
}

/// Scans the whole document once for presence patterns plus the counted ones.
pub fn scan_document(text: &str) -> DocEvidence {
    let original = text;
    let folded = fold_case(text);
    let text = folded.as_str();
    let hits = DOC_SET.matches(text.as_bytes());
    let count_in = |r: std::ops::Range<usize>| r.filter(|&i| hits.matched(i)).count();
    DocEvidence {
        why_before_what: count_in(WHY_FIRST) > 0,
        definitions: count_in(DEFINITIONS),
        links: count_in(LINKS),
        reflective: REFLECTIVE.iter().map(|r| r.find_iter(text).count()).sum(),
        simple_questions: simple_questions(original),
        analogies: ANALOGIES.find_iter(text).count(),
        diagrams: hits.matched(DIAGRAMS),
        implicit_visual: hits.matched(VISUAL),
        review_keywords: hits.matched(REVIEW_KEYWORDS),
        before_after: hits.matched(BEFORE_AFTER),
        time_box: hits.matched(TIME_BOX),
        checklist: hits.matched(CHECKLIST),
        creatoros_review_heading: hits.matched(REVIEW_HEADING),
        creatoros_action_heading: hits.matched(ACTION_HEADING),
    }
}

/// Maps every character that can match a lower-case pattern letter under `(?i)` (Unicode simple
/// case folding, as the `regex` crate does) to that letter: ASCII and Latin-1 capitals, the
/// Kelvin sign (→ `k`) and long s (→ `s`). No other character folds onto a letter the patterns
/// use, so case-sensitive folded patterns on the folded text match exactly like the `(?i)` ones.
pub fn fold_case(text: &str) -> String {
    // Fast path: both rare folds absent, so folding keeps every byte offset.
    if !text.contains('\u{17F}') && !text.contains('\u{212A}') {
        let mut bytes = text.as_bytes().to_vec();
        bytes.make_ascii_lowercase();
        let mut i = 0;
        while let Some(p) = bytes
            .get(i..)
            .and_then(|rest| rest.iter().position(|&b| b == 0xC3))
        {
            let at = i + p + 1;
            if let Some(n) = bytes.get_mut(at)
                && (0x80..=0x9E).contains(n)
                && *n != 0x97
            {
                *n += 0x20;
            }
            i = at;
        }
        return String::from_utf8(bytes).unwrap_or_default();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.push(match c {
            '\u{17F}' => 's',
            '\u{212A}' => 'k',
            'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => {
                char::from_u32(u32::from(c) + 32).unwrap_or(c)
            }
            _ => c,
        });
    }
    out
}

/// The reference's `[A-Z][^.!?]*?\?` count, in its segment form (spec §2.5, Q-13): cut at every
/// `.`, `!`, `?`; count segments ending in `?` that hold an ASCII capital.
pub fn simple_questions(text: &str) -> usize {
    let mut count = 0;
    let mut capital = false;
    for b in text.bytes() {
        match b {
            b'?' => {
                count += usize::from(capital);
                capital = false;
            }
            b'.' | b'!' => capital = false,
            b'A'..=b'Z' => capital = true,
            _ => {}
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_question_segments() {
        assert_eq!(simple_questions("É simples?"), 0);
        assert_eq!(simple_questions("Você já usou o Obsidian 1.5?"), 0);
        assert_eq!(simple_questions("Já usou tags?"), 1);
        assert_eq!(simple_questions("A? B? c?"), 2);
    }

    #[test]
    fn reflective_counts_each_marker() {
        let d = scan_document("🤔 Pause aqui e pense:\nOnde você perde tempo?");
        assert_eq!(
            (d.reflective, d.simple_questions),
            (3, 1),
            "Q-13: one question counts 4 times"
        );
    }

    #[test]
    fn time_box_word_boundary() {
        assert!(scan_document("faça em 2 min.").time_box);
        assert!(scan_document("faça em 2 min").time_box);
        assert!(!scan_document("2 minutes, 2 mins").time_box);
        assert!(scan_document("12 minutos").time_box);
    }
}
