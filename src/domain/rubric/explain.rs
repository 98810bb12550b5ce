//! Explanations: every check that did not award full points becomes a located `Issue` with a
//! stable code, a message naming the points lost and a plain-words hint (from `codes.rs`).

use std::ops::Range;

use std::sync::LazyLock;

use super::Rubric;
use super::codes::CATALOG;
use super::didatica::DidaticaResult;
use super::gps::{GpsResult, GpsSections, Section};
use super::literals::alternation;
use super::near_miss::{self, NearMiss};
use super::strict::closing_kind;
use crate::domain::issue::{Issue, IssueArgs, args};
use crate::domain::lines::LazyLines;

pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) lines: LazyLines<'a>,
    out: Vec<Issue>,
}

impl Ctx<'_> {
    pub(super) fn push(&mut self, code: &str, message: String, lines: Option<(u32, u32)>) {
        self.push_with(code, message, IssueArgs::new(), lines);
    }

    /// [`Ctx::push`] with the values the message quotes, by the names the message files use.
    pub(super) fn push_with(
        &mut self,
        code: &str,
        message: String,
        args: IssueArgs,
        lines: Option<(u32, u32)>,
    ) {
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
            args,
        });
    }

    /// A missing GPS part: at `at`, or on the heading that was probably meant, saying why it
    /// did not count.
    fn push_missing(&mut self, code: &str, part: &str, miss: Option<NearMiss>, at: (u32, u32)) {
        let cost = "GPS loses 10 of 30 points and the lesson is not GPS-valid.";
        let (message, at, near) = match miss {
            Some(m) => (
                format!("No {part} section found: {}. {cost}", m.why),
                self.lines.span(m.heading, m.heading),
                m.kind,
            ),
            None => (format!("No {part} section found: {cost}"), at, "none"),
        };
        self.push_with(code, message, args([("near", near.into())]), Some(at));
    }

    /// Lines from a section's heading to its end.
    pub(super) fn section(&self, s: &Section) -> (u32, u32) {
        self.lines.span(s.heading, s.body.end)
    }

    pub(super) fn range(&self, r: &Range<usize>) -> (u32, u32) {
        self.lines.span(r.start, r.end)
    }

    /// The single line where something ending at byte `end` is followed.
    pub(super) fn after(&self, end: usize) -> (u32, u32) {
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
    pub(super) fn review_and_action(&self) -> (Option<Range<usize>>, Option<Range<usize>>) {
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
    super::explain_didatica::explain_didatica(&mut cx, sections, dl);
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
