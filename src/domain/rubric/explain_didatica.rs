//! The Didática Lendária half of [`super::explain`]: one located issue per element that did
//! not get full points, saying how many it has, what would earn them, and where to add it.

use super::didatica::{DidaticaResult, PASS_THRESHOLD};
use super::explain::Ctx;
use super::gps::GpsSections;
use crate::domain::issue::args;

pub(super) fn explain_didatica(cx: &mut Ctx<'_>, s: &GpsSections, dl: &DidaticaResult) {
    let (f, e) = (&dl.findings, &dl.element_scores);
    if !dl.passed {
        cx.push_with(
            "DL-BELOW-THRESHOLD",
            format!("Didática score {}/100 is below {PASS_THRESHOLD}.", dl.score),
            args([
                ("score", dl.score.into()),
                ("threshold", PASS_THRESHOLD.into()),
            ]),
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
                cx.push_with(
                    "DL-HOOK-FEW-OUTCOMES",
                    format!(
                        "The Goal shows {} outcome mark(s); 3 earn 5 points (now {got}).",
                        h.outcomes
                    ),
                    args([("n", h.outcomes.into()), ("now", got.into())]),
                    at,
                );
            }
            if h.emotional_keywords < 2 {
                let got = if h.emotional_keywords == 0 { 0 } else { 2 };
                cx.push_with(
                    "DL-HOOK-FEW-EMOTION-WORDS",
                    format!(
                        "The Goal uses {} benefit word(s); 2 earn 5 points (now {got}).",
                        h.emotional_keywords
                    ),
                    args([("n", h.emotional_keywords.into()), ("now", got.into())]),
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
        let now = [0, 3, 6][f.subsections.min(2)];
        cx.push_with(
            "DL-CONCEPTS-FEW-SUBSECTIONS",
            format!(
                "{} `###` subsection(s); 3 earn 10 points (now {now}).",
                f.subsections
            ),
            args([("n", f.subsections.into()), ("now", now.into())]),
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
        let now = [0, 2][d.definitions.min(1)];
        cx.push_with(
            "DL-CONCEPTS-FEW-DEFINITIONS",
            format!(
                "{} kind(s) of definition; 2 earn 5 points (now {now}).",
                d.definitions
            ),
            args([("n", d.definitions.into()), ("now", now.into())]),
            steps,
        );
    }
    if e.link_transicao < 10 {
        cx.push_with(
            "DL-LINK-FEW",
            format!(
                "{} kind(s) of transition; 2 earn 10 points (now {}).",
                d.links, e.link_transicao
            ),
            args([("n", d.links.into()), ("now", e.link_transicao.into())]),
            steps,
        );
    }
    if e.pergunta_reflexiva < 15 {
        let n = d.reflective + d.simple_questions;
        cx.push_with(
            "DL-QUESTION-FEW",
            format!(
                "{n} counted question(s); 3 earn 15 points (now {}).",
                e.pergunta_reflexiva
            ),
            args([("n", n.into()), ("now", e.pergunta_reflexiva.into())]),
            steps,
        );
    }
    if d.analogies < 2 {
        let now = [0, 5][d.analogies.min(1)];
        cx.push_with(
            "DL-ANALOGY-FEW",
            format!(
                "{} analogy(ies); 2 earn 10 points (now {now}).",
                d.analogies
            ),
            args([("n", d.analogies.into()), ("now", now.into())]),
            steps,
        );
    }
    if !d.diagrams {
        let now = if d.implicit_visual { 5 } else { 0 };
        cx.push_with(
            "DL-DIAGRAM-MISSING",
            format!(
                "No diagram description: {now} of 10 points (a mention of visual/imagem/screenshot gives 5)."
            ),
            args([("now", now.into())]),
            steps,
        );
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
