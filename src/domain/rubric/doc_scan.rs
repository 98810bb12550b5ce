//! Evidence scan for the whole-document Didática patterns (spec §2.3–§2.8), built for speed.
//!
//! The text is case-folded once (`literals::fold`), so every reference `(?i)` pattern becomes an exact
//! literal search. Instead of one pass per pattern, four small literal-alternation regexes (each
//! small enough for the regex crate's SIMD prefilter) find every *anchor* — the literal a
//! reference pattern starts with — and each hit is dispatched to the patterns it starts. Hits
//! are searched overlapping (`now that leads` holds two anchors). Rules of the form `X.*?Y`
//! (same line) look for `Y` in the rest of the line, remembering failures per line so no line
//! is searched twice for one rule; `X.*?\?` (dotall) counts use a shared "next `?`" cursor.
//! Everything stays linear in the text length.

use std::sync::LazyLock;

use regex::bytes::Regex;

use super::didatica_scan::DocEvidence;
use super::literals::{alternation, bre, first_char, lower_latin1, lower_latin1_bytes};
use crate::domain::text::is_py_space;

/// Patterns that need the rest of a line; index into `SUFFIX`.
#[derive(Clone, Copy)]
enum Rule {
    WhyWorks,
    PorQueFunciona,
    BeforeHow,
    BeforeAfter,
    LinkEmoji,
    AgoraQueVoce,
    NowThatYou,
    Principais,
    EnteredThinking,
    HeadingLearned,
}

const RULES: usize = 10;

/// The `Y` of each `X.*?Y` rule, in `Rule` order.
static SUFFIX: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        "works",
        "funciona",
        "how",
        "after",
        "link|conectando",
        "voc(?:ê|Ê)",
        "you",
        "aprendizados",
        "achando|thinking",
        "dominou|learned",
    ]
    .into_iter()
    .map(bre)
    .collect()
});

/// Anchor groups; each stays small (≤ 24 literals) so the prefilter stays fast.
static PRESENCE: LazyLock<Regex> = LazyLock::new(|| {
    alternation(&[
        "é que",
        "significa",
        "is that",
        "means",
        "na próxima",
        "next we",
        "next you",
        "isso leva",
        "isso nos leva",
        "this leads",
        "that leads",
        "[diagram:",
        "[visual:",
        "[image:",
        "flowchart",
        "diagrama",
        "gráfico",
        "visual",
        "imagem",
        "screenshot",
    ])
});
static PRESENCE_2: LazyLock<Regex> = LazyLock::new(|| {
    alternation(&[
        "takeaways",
        "agora você sabe",
        "agora you know",
        "transformação",
        "2 min",
        "2-minute",
        "dois minutos",
        "✓",
        "✅",
        "antes do como",
    ])
});
static SAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    alternation(&[
        "por que",
        "why",
        "before",
        "🔗",
        "agora que",
        "now that",
        "principais",
        "você entrou",
        "you entered",
    ])
});
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    alternation(&[
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
        "é como",
        "is like",
        "imagine que",
        "imagine that",
        "pensa em",
        "pensa no",
        "pensar em",
        "pensar no",
        "think of",
        "think about",
        "similar a",
        "similar to",
    ])
});

struct Scan<'a> {
    hay: &'a [u8],
    line_end_from: usize,
    line_end: usize,
    found: [bool; RULES],
    dead_until: [usize; RULES],
    next_question: Option<usize>,
    reflective_from: [usize; 9],
}

impl Scan<'_> {
    /// End of the line holding `pos` (cached: positions only grow between lines).
    fn end_of_line(&mut self, pos: usize) -> usize {
        if pos < self.line_end_from || pos > self.line_end {
            self.line_end_from = pos;
            self.line_end = self
                .hay
                .get(pos..)
                .and_then(|r| r.iter().position(|&b| b == b'\n'))
                .map_or(self.hay.len(), |p| pos + p);
        }
        self.line_end
    }

    /// `X.*?Y` with `X` ending at `from`: is there a `Y` later on the same line?
    fn rest_of_line(&mut self, rule: Rule, from: usize) -> bool {
        let r = rule as usize;
        if self.found[r] || from < self.dead_until[r] {
            return self.found[r];
        }
        let end = self.end_of_line(from);
        if self
            .hay
            .get(from..end)
            .is_some_and(|s| SUFFIX[r].is_match(s))
        {
            self.found[r] = true;
        } else {
            self.dead_until[r] = end;
        }
        self.found[r]
    }

    /// `X.*?\?` (dotall) counted without overlap: one count per marker after the previous `?`.
    fn reflective(&mut self, pattern: usize, start: usize, end: usize, total: &mut usize) {
        if start < self.reflective_from[pattern] {
            return;
        }
        if self.next_question.is_some_and(|q| q < end) {
            self.next_question = self
                .hay
                .get(end..)
                .and_then(|r| r.iter().position(|&b| b == b'?'))
                .map(|p| end + p);
        }
        match self.next_question {
            Some(q) => {
                *total += 1;
                self.reflective_from[pattern] = q + 1;
            }
            None => self.reflective_from[pattern] = usize::MAX,
        }
    }
}

/// Scans `folded` (from `literals::fold`) and fills every whole-document field of `DocEvidence`
/// except `simple_questions` and the bracket half of `checklist` (done on the original bytes).
pub fn scan(folded: &[u8], ev: &mut DocEvidence) {
    let hay = folded;
    let mut s = Scan {
        hay,
        line_end_from: usize::MAX,
        line_end: 0,
        found: [false; RULES],
        dead_until: [0; RULES],
        next_question: Some(0),
        reflective_from: [0; 9],
    };
    let (mut definitions, mut links) = ([false; 4], [false; 7]);
    each_hit(&PRESENCE, hay, |anchor, _, _| match anchor {
        "é que" => definitions[0] = true,
        "significa" => definitions[1] = true,
        "is that" => definitions[2] = true,
        "means" => definitions[3] = true,
        "na próxima" => links[3] = true,
        "next we" | "next you" => links[4] = true,
        "isso leva" | "isso nos leva" => links[5] = true,
        "this leads" | "that leads" => links[6] = true,
        "visual" | "imagem" | "screenshot" => ev.implicit_visual = true,
        _ => ev.diagrams = true,
    });
    each_hit(&PRESENCE_2, hay, |anchor, _, end| match anchor {
        "takeaways" => ev.review_keywords = true,
        "agora você sabe" | "agora you know" | "transformação" => ev.before_after = true,
        "2 min" => ev.time_box |= time_box_after(hay, end),
        "2-minute" | "dois minutos" => ev.time_box = true,
        "antes do como" => ev.why_before_what = true,
        _ => ev.checklist = true,
    });
    each_hit(&SAME_LINE, hay, |anchor, _, end| match anchor {
        "por que" => ev.why_before_what |= s.rest_of_line(Rule::PorQueFunciona, end),
        "why" => ev.why_before_what |= s.rest_of_line(Rule::WhyWorks, end),
        "before" => {
            ev.why_before_what |= s.rest_of_line(Rule::BeforeHow, end);
            ev.before_after |= s.rest_of_line(Rule::BeforeAfter, end);
        }
        "🔗" => links[0] |= s.rest_of_line(Rule::LinkEmoji, end),
        "agora que" => links[1] |= s.rest_of_line(Rule::AgoraQueVoce, end),
        "now that" => links[2] |= s.rest_of_line(Rule::NowThatYou, end),
        "principais" => ev.review_keywords |= s.rest_of_line(Rule::Principais, end),
        _ => ev.before_after |= s.rest_of_line(Rule::EnteredThinking, end),
    });
    each_hit(
        &COUNTED,
        hay,
        |anchor, start, end| match reflective_pattern(anchor) {
            Some(p) => s.reflective(p, start, end, &mut ev.reflective),
            None => {
                // Analogy literals never overlap one another, so counting every occurrence equals
                // the reference's `findall` total.
                ev.analogies += 1;
                definitions[0] |= anchor == "é como";
                definitions[2] |= anchor == "is like";
            }
        },
    );
    headings(&mut s, folded, ev);
    ev.definitions = definitions.iter().filter(|&&d| d).count();
    ev.links = links.iter().filter(|&&l| l).count();
}

/// Calls `f(anchor, start, end)` for every occurrence of the regex's literals, overlapping
/// ones included.
fn each_hit(re: &Regex, hay: &[u8], mut f: impl FnMut(&str, usize, usize)) {
    let mut at = 0;
    while let Some(m) = re.find_at(hay, at) {
        at = m.start() + 1;
        f(&lower_latin1(m.as_bytes()), m.start(), m.end());
    }
}

/// The reference's review / quick-action heading patterns (`##\s*💡`, `##\s*⚡` …) are tried
/// after each run of `#`s, but only when one of their words occurs at all.
fn headings(s: &mut Scan<'_>, folded: &[u8], ev: &mut DocEvidence) {
    static REVIEW: LazyLock<Regex> =
        LazyLock::new(|| alternation(&["💡", "revisão", "review", "dominou", "learned"]));
    static ACTION: LazyLock<Regex> = LazyLock::new(|| {
        alternation(&["⚡", "ação rápida", "faça agora", "quick action", "do now"])
    });
    static HASHES: LazyLock<Regex> = LazyLock::new(|| alternation(&["##"]));
    let review = REVIEW.is_match(folded);
    let action = ACTION.is_match(folded);
    if !review && !action {
        return;
    }
    let hay = folded;
    let mut from = 0;
    // A single-literal regex is a SIMD substring search.
    while let Some(m) = HASHES.find_at(hay, from) {
        // In a run of `#`s only the last `##` can be followed by something other than `#`.
        let run = hay
            .get(m.start()..)
            .map_or(0, |r| r.iter().take_while(|&&b| b == b'#').count());
        let run_end = m.start() + run;
        heading(s, run_end, ev);
        from = run_end;
        if (ev.creatoros_review_heading || !review) && (ev.creatoros_action_heading || !action) {
            break;
        }
    }
}

/// Which of the nine reflective-question patterns an anchor starts, if any.
fn reflective_pattern(anchor: &str) -> Option<usize> {
    let p = match anchor {
        "🤔" => 0,
        "pense:" => 1,
        "think:" => 2,
        "pause" => 3,
        "reflect" => 4,
        "como isso" | "como você" => 5,
        "how this" | "how you" => 6,
        "o que você" => 7,
        "what do you" | "what would you" => 8,
        _ => return None,
    };
    Some(p)
}

/// `2 minutos`, or `2 min` followed by no word character (Python's `\w`: letters, numbers, `_`).
fn time_box_after(hay: &[u8], end: usize) -> bool {
    static WORD_CHAR: LazyLock<Regex> = LazyLock::new(|| bre(r"\A(?u:[\p{L}\p{N}_])"));
    let rest = hay.get(end..).unwrap_or(&[]);
    rest.starts_with(b"utos") || !WORD_CHAR.is_match(rest)
}

/// The review and quick-action heading patterns after a `##` ending at `end`.
fn heading(s: &mut Scan<'_>, end: usize, ev: &mut DocEvidence) {
    if ev.creatoros_review_heading && ev.creatoros_action_heading {
        return;
    }
    let hay = s.hay;
    let mut q = end;
    while let Some(c) = hay.get(q..).and_then(first_char) {
        if !is_py_space(c) {
            break;
        }
        q += c.len_utf8();
    }
    let head = hay.get(q..hay.len().min(q + 24)).unwrap_or(&[]);
    let rest = lower_latin1_bytes(head);
    let starts = |w: &str| rest.starts_with(w.as_bytes());
    if starts("💡") || starts("revisão") || starts("review") {
        ev.creatoros_review_heading = true;
    } else if starts("o que") || starts("what") {
        let from = q + if starts("what") { 4 } else { 5 };
        ev.creatoros_review_heading |= s.rest_of_line(Rule::HeadingLearned, from);
    }
    if ["⚡", "ação rápida", "faça agora", "quick action", "do now"]
        .iter()
        .any(|w| starts(w))
    {
        ev.creatoros_action_heading = true;
    }
}
