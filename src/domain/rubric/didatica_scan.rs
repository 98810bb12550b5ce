//! The keyword evidence of the Didática Lendária rubric (spec §2.2–§2.8) that both rubrics
//! share: every pattern that does not depend on where headings are. Patterns are compiled once;
//! the whole-document scan is in `doc_scan.rs`, the hook-text scan here.

use std::sync::LazyLock;

use regex::Regex;

use super::{doc_scan, literals, re};

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
/// Emotional keywords (distinct ones count), searched in the folded hook text.
const EMOTIONAL: [&str; 8] = [
    "economizar",
    "transformar",
    "dominar",
    "melhorar",
    "save",
    "transform",
    "master",
    "improve",
];
static EMOTIONAL_RE: LazyLock<regex::bytes::Regex> =
    LazyLock::new(|| literals::alternation(&EMOTIONAL));
static WHY_STATEMENT: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    literals::bre(r"por que.*?(?:importa|matters)|isso (?:vai|irá)|this (?:will|is going to)")
});

/// Scans the hook text (the rubric decides which text that is).
pub fn scan_hook(hook: &str) -> HookEvidence {
    let folded = literals::fold(hook);
    HookEvidence {
        outcomes: HOOK_OUTCOMES.find_iter(hook).count(),
        emotional_keywords: emotional_keywords(&folded),
        why_statement: WHY_STATEMENT.is_match(&folded),
    }
}

/// Distinct emotional keywords; "transformar" also contains "transform" (Q-11), and the
/// alternation reports only the first listed literal at one position.
fn emotional_keywords(folded: &[u8]) -> usize {
    let mut seen = [false; EMOTIONAL.len()];
    let mut at = 0;
    while let Some(m) = EMOTIONAL_RE.find_at(folded, at) {
        at = m.start() + 1;
        for (i, w) in EMOTIONAL.iter().enumerate() {
            seen[i] |= m.as_bytes().starts_with(w.as_bytes());
        }
    }
    seen.iter().filter(|&&s| s).count()
}

/// Scans the whole document: one anchor pass over an ASCII-folded copy (`doc_scan`) plus one
/// byte pass over the original for the case-sensitive question counter and `[…]` pairs.
pub fn scan_document(text: &str) -> DocEvidence {
    let mut ev = DocEvidence::default();
    doc_scan::scan(&literals::fold(text), &mut ev);
    ev.simple_questions = simple_questions(text);
    ev.checklist = ev.checklist || bracket_pair(text);
    ev
}

/// The reference's `[A-Z][^.!?]*?\?` count, in its segment form (spec §2.5, Q-13): cut at every
/// `.`, `!`, `?`; count segments ending in `?` that hold an ASCII capital.
pub fn simple_questions(text: &str) -> usize {
    // Only segments ending in `?` matter: find each `?` (memchr) and look back to the previous
    // separator. Every byte is looked at most once (the look-back stops at the previous `?`
    // at the latest), and the bulk of the text — segments ending in `.` or `!` — is skipped.
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut from = 0;
    while let Some(q) = text.get(from..).and_then(|r| r.find('?')).map(|p| from + p) {
        let segment = bytes.get(from..q).unwrap_or(&[]);
        let start = segment
            .iter()
            .rposition(|&b| b == b'.' || b == b'!')
            .map_or(0, |p| p + 1);
        count += usize::from(
            segment
                .get(start..)
                .is_some_and(|s| s.iter().any(u8::is_ascii_uppercase)),
        );
        from = q + 1;
    }
    count
}

/// Whether `\[.*?\]` matches: a `[` with a `]` later on the same line. Each line is searched
/// once, after its first `[`.
fn bracket_pair(text: &str) -> bool {
    let mut from = 0;
    while let Some(open) = text.get(from..).and_then(|r| r.find('[')).map(|p| from + p) {
        let end = text
            .get(open..)
            .and_then(|r| r.find('\n'))
            .map_or(text.len(), |p| open + p);
        if text.get(open..end).is_some_and(|line| line.contains(']')) {
            return true;
        }
        from = end;
    }
    false
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
