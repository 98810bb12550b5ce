//! Explanations: every check that did not award full points becomes a located `Issue` with a
//! stable code, a message naming the points lost and a plain-words hint (from `codes.rs`).

use std::ops::Range;

use std::sync::LazyLock;

use super::Rubric;
use super::codes::CATALOG;
use super::didatica::{DidaticaResult, PASS_THRESHOLD};
use super::gps::{GpsResult, GpsSections, Section};
use super::literals::alternation;
use super::near_miss::{self, NearMiss};
use super::strict::closing_kind;
use crate::domain::issue::Issue;
use crate::domain::lines::LazyLines;

struct Ctx<'a> {
    text: &'a str,
    lines: LazyLines<'a>,
    out: Vec<Issue>,
}

impl Ctx<'_> {
    fn push(&mut self, code: &str, message: String, lines: Option<(u32, u32)>) {
        let Some(&(code, severity, element, hint)) = CATALOG.iter().find(|(c, ..)| *c == code)
        else {
            return;
        };
        self.out.push(Issue {
            code: code.to_owned(),
            severity,
            element: element.to_owned(),
            message,
            hint: hint.to_owned(),
            line_start: lines.map(|l| l.0),
            line_end: lines.map(|l| l.1),
        });
    }

    /// A missing GPS part: at `at`, or on the heading that was probably meant, saying why it
    /// did not count.
    fn push_missing(&mut self, code: &str, part: &str, miss: Option<NearMiss>, at: (u32, u32)) {
        let cost = "GPS loses 10 of 30 points and the lesson is not GPS-valid.";
        let (message, at) = match miss {
            Some(m) => (
                format!("No {part} section found: {}. {cost}", m.why),
                self.lines.span(m.heading, m.heading),
            ),
            None => (format!("No {part} section found: {cost}"), at),
        };
        self.push(code, message, Some(at));
    }

    /// Lines from a section's heading to its end.
    fn section(&self, s: &Section) -> (u32, u32) {
        self.lines.span(s.heading, s.body.end)
    }

    fn range(&self, r: &Range<usize>) -> (u32, u32) {
        self.lines.span(r.start, r.end)
    }

    /// The single line where something ending at byte `end` is followed.
    fn after(&self, end: usize) -> (u32, u32) {
        let line = if end >= self.text.len() {
            self.lines.line_count() + 1
        } else if self.text.as_bytes().get(end) == Some(&b'\n') {
            self.lines.line(end) + 1
        } else {
            self.lines.line(end)
        };
        (line, line)
    }

    /// Byte ranges of the first review and first quick-action sections: lines starting with `#`
    /// whose title passes `is_review` / `is_action`, up to the next such line. One pass.
    fn review_and_action(&self) -> (Option<Range<usize>>, Option<Range<usize>>) {
        let text = self.text;
        // Lines starting with `#`: a SIMD substring search for `\n#`.
        static LINE_HASH: LazyLock<regex::bytes::Regex> = LazyLock::new(|| alternation(&["\n#"]));
        let mut starts = LINE_HASH.find_iter(text.as_bytes()).map(|m| m.start() + 1);
        let first = if text.starts_with('#') {
            Some(0)
        } else {
            starts.next()
        };
        let mut heading = first;
        let (mut review, mut action): (Option<Range<usize>>, Option<Range<usize>>) = (None, None);
        while let Some(h) = heading {
            let next = starts.next();
            let end = next.map_or(text.len(), |n| n.saturating_sub(1));
            let line = text.get(h..end).unwrap_or("");
            let title = line
                .split('\n')
                .next()
                .unwrap_or("")
                .trim_start_matches('#');
            let (is_review, is_action) = closing_kind(title);
            if review.is_none() && is_review {
                review = Some(h..end);
            }
            if action.is_none() && is_action {
                action = Some(h..end);
            }
            if review.is_some() && action.is_some() {
                break;
            }
            heading = next;
        }
        (review, action)
    }
}

/// Builds the issues for one scored lesson.
pub fn explain(
    text: &str,
    rubric: Rubric,
    sections: &GpsSections,
    gps: &GpsResult,
    dl: &DidaticaResult,
) -> Vec<Issue> {
    let mut cx = Ctx {
        text,
        lines: LazyLines::new(text),
        out: Vec::new(),
    };
    explain_gps(&mut cx, rubric, sections, gps);
    explain_didatica(&mut cx, sections, dl);
    cx.out
}

fn explain_gps(cx: &mut Ctx<'_>, rubric: Rubric, s: &GpsSections, gps: &GpsResult) {
    // Where a missing part belongs: after the previous part, else after the `# ` title line.
    let title_end = cx
        .text
        .split_inclusive('\n')
        .next()
        .filter(|l| l.starts_with("# "))
        .map_or(0, str::len);
    let top = if title_end == 0 {
        (1, 1)
    } else {
        cx.after(title_end.saturating_sub(1))
    };
    let after = |cx: &Ctx<'_>, sec: &Option<Section>| sec.as_ref().map(|x| cx.after(x.body.end));
    if s.goal.is_none() {
        cx.push(
            "GPS-G-MISSING",
            "No Goal section found: GPS loses 10 of 30 points and the lesson is not GPS-valid."
                .into(),
            Some(top),
        );
    }
    if s.position.is_none() {
        let at = after(cx, &s.goal).unwrap_or(top);
        let miss = (rubric == Rubric::Creatoros).then(|| near_miss::position(cx.text));
        cx.push_missing("GPS-P-MISSING", "Position", miss.flatten(), at);
    }
    if s.steps.is_none() {
        let at = after(cx, &s.position)
            .or_else(|| after(cx, &s.goal))
            .unwrap_or(top);
        let miss = (rubric == Rubric::Creatoros).then(|| near_miss::steps(cx.text));
        cx.push_missing("GPS-S-MISSING", "Steps", miss.flatten(), at);
    }
    let d = &gps.details;
    if let Some(g) = &s.goal {
        let lines = Some(cx.section(g));
        if !d.goal.has_outcomes {
            cx.push(
                "GPS-G-NO-OUTCOMES",
                "Goal section lacks clear outcomes/promises (no ✅, ✓, [x] or \"- … você vai\")."
                    .into(),
                lines,
            );
        }
        if !d.goal.has_motivation {
            cx.push(
                "GPS-G-NO-MOTIVATION",
                "Goal section does not say why it matters.".into(),
                lines,
            );
        }
    }
    if let Some(p) = &s.position {
        let lines = Some(cx.section(p));
        if !d.position.has_empathy {
            cx.push(
                "GPS-P-NO-EMPATHY",
                "Position section lacks empathy/validation.".into(),
                lines,
            );
        }
        if !d.position.acknowledges_levels {
            cx.push(
                "GPS-P-NO-LEVELS",
                "Position section does not acknowledge different starting levels.".into(),
                lines,
            );
        }
    }
    if let Some(st) = &s.steps
        && !d.steps.has_subsections
    {
        cx.push(
            "GPS-S-NO-SUBSECTIONS",
            "Steps section lacks structured subsections (no `### ` lines).".into(),
            Some(cx.section(st)),
        );
    }
}

fn explain_didatica(cx: &mut Ctx<'_>, s: &GpsSections, dl: &DidaticaResult) {
    let (f, e) = (&dl.findings, &dl.element_scores);
    if !dl.passed {
        cx.push(
            "DL-BELOW-THRESHOLD",
            format!("Didática score {}/100 is below {PASS_THRESHOLD}.", dl.score),
            None,
        );
    }
    let steps = s.steps.as_ref().map(|st| cx.section(st));
    match &f.hook_text {
        None => cx.push(
            "DL-HOOK-NO-GOAL",
            "No Goal heading followed by text: the hook scores 0 of 15.".into(),
            s.goal.as_ref().map(|g| cx.section(g)),
        ),
        Some(hook) => {
            let at = Some(cx.range(hook));
            let h = &f.hook;
            if h.outcomes < 3 {
                let got = if h.outcomes == 0 { 0 } else { 3 };
                cx.push(
                    "DL-HOOK-FEW-OUTCOMES",
                    format!(
                        "The Goal shows {} outcome mark(s); 3 earn 5 points (now {got}).",
                        h.outcomes
                    ),
                    at,
                );
            }
            if h.emotional_keywords < 2 {
                let got = if h.emotional_keywords == 0 { 0 } else { 2 };
                cx.push(
                    "DL-HOOK-FEW-EMOTION-WORDS",
                    format!(
                        "The Goal uses {} benefit word(s); 2 earn 5 points (now {got}).",
                        h.emotional_keywords
                    ),
                    at,
                );
            }
            if !h.why_statement {
                cx.push(
                    "DL-HOOK-NO-WHY",
                    "The Goal has no why-statement: 5 points lost.".into(),
                    at,
                );
            }
        }
    }
    let d = &f.doc;
    if f.subsections < 3 {
        cx.push(
            "DL-CONCEPTS-FEW-SUBSECTIONS",
            format!(
                "{} `###` subsection(s); 3 earn 10 points (now {}).",
                f.subsections,
                [0, 3, 6][f.subsections.min(2)]
            ),
            steps,
        );
    }
    if !d.why_before_what {
        cx.push(
            "DL-CONCEPTS-NO-WHY-FIRST",
            "No why-before-what explanation: 5 points lost.".into(),
            steps,
        );
    }
    if d.definitions < 2 {
        cx.push(
            "DL-CONCEPTS-FEW-DEFINITIONS",
            format!(
                "{} kind(s) of definition; 2 earn 5 points (now {}).",
                d.definitions,
                [0, 2][d.definitions.min(1)]
            ),
            steps,
        );
    }
    if e.link_transicao < 10 {
        cx.push(
            "DL-LINK-FEW",
            format!(
                "{} kind(s) of transition; 2 earn 10 points (now {}).",
                d.links, e.link_transicao
            ),
            steps,
        );
    }
    if e.pergunta_reflexiva < 15 {
        let n = d.reflective + d.simple_questions;
        cx.push(
            "DL-QUESTION-FEW",
            format!(
                "{n} counted question(s); 3 earn 15 points (now {}).",
                e.pergunta_reflexiva
            ),
            steps,
        );
    }
    if d.analogies < 2 {
        cx.push(
            "DL-ANALOGY-FEW",
            format!(
                "{} analogy(ies); 2 earn 10 points (now {}).",
                d.analogies,
                [0, 5][d.analogies.min(1)]
            ),
            steps,
        );
    }
    if !d.diagrams {
        let now = if d.implicit_visual { 5 } else { 0 };
        cx.push("DL-DIAGRAM-MISSING", format!("No diagram description: {now} of 10 points (a mention of visual/imagem/screenshot gives 5)."), steps);
    }
    // Locating review / quick-action sections costs a pass over the lines: only when needed.
    let review_ok = f.review_heading || d.review_keywords;
    let need_action = !review_ok || !d.time_box || !d.checklist;
    let (review, action) = if need_action || !d.before_after {
        cx.review_and_action()
    } else {
        (None, None)
    };
    if !review_ok {
        let at = action
            .as_ref()
            .map(|a| cx.lines.span(a.start, a.start))
            .or_else(|| s.steps.as_ref().map(|st| cx.after(st.body.end)))
            .unwrap_or_else(|| cx.after(cx.text.len()));
        cx.push(
            "DL-REVIEW-NO-SECTION",
            "No review section or takeaways: 5 points lost.".into(),
            Some(at),
        );
    }
    if !d.before_after {
        cx.push(
            "DL-REVIEW-NO-BEFORE-AFTER",
            "No before/after contrast: 5 points lost.".into(),
            review.as_ref().map(|r| cx.range(r)),
        );
    }
    if !f.action_heading {
        cx.push(
            "DL-QUICK-ACTION-NO-SECTION",
            "No quick-action section heading: 5 points lost.".into(),
            Some(cx.after(cx.text.len())),
        );
    }
    let action_lines = action.as_ref().map(|a| cx.range(a));
    if !d.time_box {
        cx.push(
            "DL-QUICK-ACTION-NO-TIMEBOX",
            "No 2-minute time box: 2 points lost.".into(),
            action_lines,
        );
    }
    if !d.checklist {
        cx.push(
            "DL-QUICK-ACTION-NO-CHECKLIST",
            "No checklist (`[...]`, ✓ or ✅): 3 points lost.".into(),
            action_lines,
        );
    }
}
