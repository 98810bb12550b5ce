//! The keyword evidence of the Didática Lendária rubric (spec §2.2–§2.8) that both rubrics
//! share: every pattern that does not depend on where headings are. Patterns are compiled once;
//! the whole-document scan is in `doc_scan.rs`, the hook-text scan here.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::{doc_scan, re};

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

/// Scans the whole document: one anchor pass over an ASCII-folded copy (`doc_scan`) plus one
/// byte pass over the original for the case-sensitive question counter and `[…]` pairs.
pub fn scan_document(text: &str) -> DocEvidence {
    let mut ev = DocEvidence::default();
    doc_scan::scan(&doc_scan::fold(text), &mut ev);
    let (questions, brackets) = questions_and_brackets(text);
    ev.simple_questions = questions;
    ev.checklist |= brackets;
    ev
}

/// The reference's `[A-Z][^.!?]*?\?` count, in its segment form (spec §2.5, Q-13): cut at every
/// `.`, `!`, `?`; count segments ending in `?` that hold an ASCII capital.
pub fn simple_questions(text: &str) -> usize {
    questions_and_brackets(text).0
}

/// Simple questions, and whether `\[.*?\]` matches (a `[` with a `]` later on its line).
fn questions_and_brackets(text: &str) -> (usize, bool) {
    let mut count = 0;
    let mut capital = false;
    let mut open = false;
    let mut pair = false;
    for &b in text.as_bytes() {
        match b {
            b'?' => {
                count += usize::from(capital);
                capital = false;
            }
            b'.' | b'!' => capital = false,
            b'A'..=b'Z' => capital = true,
            b'[' => open = true,
            b']' => pair |= open,
            b'\n' => open = false,
            _ => {}
        }
    }
    (count, pair)
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
