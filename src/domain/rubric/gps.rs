//! GPS (Goal, Position, Steps) validation: spec §1. Locating the sections is rubric-specific
//! (creatoros here, strict in `strict.rs`); judging located sections is shared and lives here.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::literals::{bre, fold};
use super::re;
use crate::domain::text::py_strip;
use regex::bytes::Regex as BRegex;

/// A located section: `heading` is where its heading starts, `body` the text the checks read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: usize,
    pub body: Range<usize>,
}

/// The three GPS sections as found by one rubric.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GpsSections {
    pub goal: Option<Section>,
    pub position: Option<Section>,
    pub steps: Option<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoalDetail {
    pub present: bool,
    pub has_outcomes: bool,
    pub has_motivation: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_length: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PositionDetail {
    pub present: bool,
    pub has_empathy: bool,
    pub acknowledges_levels: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_length: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepsDetail {
    pub present: bool,
    pub has_subsections: bool,
    pub subsection_count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_length: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GpsDetails {
    pub goal: GoalDetail,
    pub position: PositionDetail,
    pub steps: StepsDetail,
}

/// GPS verdict; the first seven fields serialise exactly like `reference-scores.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GpsResult {
    pub score: u32,
    pub valid: bool,
    pub has_goal: bool,
    pub has_position: bool,
    pub has_steps: bool,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    pub max_score: u32,
    pub details: GpsDetails,
}

pub const MAX_SCORE: u32 = 30;
pub const ERR_GOAL: &str = "Missing G (Goal) section";
pub const ERR_POSITION: &str = "Missing P (Position) section";
pub const ERR_STEPS: &str = "Missing S (Steps) section";
pub const WARN_GOAL: &str = "Goal section lacks clear outcomes/promises";
pub const WARN_POSITION: &str = "Position section lacks empathy/validation";
pub const WARN_STEPS: &str = "Steps section lacks structured subsections";

// `\s` is written `[\s\x1C-\x1F]` throughout: Python's `\s` also matches U+001C..U+001F.
// Alternation order in the reference makes the single letter win, so `GOAL`/`G - GOAL` are dead.
pub(super) static GOAL_HEAD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)##[\s\x1C-\x1F]*(?:g|🎯)"));
static POSITION_HEAD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)##[\s\x1C-\x1F]*(?:p|🗺\x{FE0F})"));
static STEPS_HEAD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)##[\s\x1C-\x1F]*(?:s|🛤\x{FE0F})"));
/// Goal and Position end at the next `\n##` followed by whitespace (the reference's lookahead).
static SECTION_END: LazyLock<Regex> = LazyLock::new(|| re(r"\n##[\s\x1C-\x1F]"));
/// Steps end only at a review / quick-action / transition heading.
static STEPS_END: LazyLock<Regex> = LazyLock::new(|| re(r"\n##[\s\x1C-\x1F]+(?:💡|⚡|🔗)"));
// Sub-check patterns are the reference's `(?i)` ones in folded form, run on the folded section
// text (`literals::fold`), which lets the regex engine use its literal prefilters.
static OUTCOMES: LazyLock<BRegex> =
    LazyLock::new(|| bre(r"✅|✓|\[x\]|- .*?(?:você vai|você será capaz)"));
static MOTIVATION: LazyLock<BRegex> =
    LazyLock::new(|| bre(r"por que|why|isso importa|matters|economizar|save|melhorar|improve"));
static EMPATHY: LazyLock<BRegex> = LazyLock::new(|| {
    bre(r"eu sei|eu entendo|talvez você|você pode estar|i know|i understand|you might be|maybe you")
});
static LEVELS: LazyLock<BRegex> = LazyLock::new(|| {
    bre(
        r"se você.*?(?:nunca|never)|se você.*?(?:já|already)|iniciante|beginner|avançado|advanced|if you.*?(?:never|already)",
    )
});
/// `####` does not count: the third `#` must be followed by whitespace.
static SUBSECTION: LazyLock<Regex> = LazyLock::new(|| re(r"\n###[\s\x1C-\x1F]+"));

/// Locates the sections exactly as the reference does (quirks Q-1..Q-5).
pub fn locate_creatoros(text: &str) -> GpsSections {
    let until = |end_re: &Regex, start: usize| {
        end_re
            .find_at(text, start)
            .map_or(text.len(), |m| m.start())
    };
    let find = |head: &Regex, end_re: &Regex| {
        head.find(text).map(|m| Section {
            heading: m.start(),
            body: m.end()..until(end_re, m.end()),
        })
    };
    GpsSections {
        goal: find(&GOAL_HEAD, &SECTION_END),
        position: find(&POSITION_HEAD, &SECTION_END),
        steps: find(&STEPS_HEAD, &STEPS_END),
    }
}

/// The reference's count of `\n### ` subsections inside a Steps body.
pub fn creatoros_subsections(body: &str) -> usize {
    SUBSECTION.find_iter(body).count()
}

static LITERAL_HEADINGS: LazyLock<[Regex; 3]> = LazyLock::new(|| {
    [
        re(r"(?i)##[\s\x1C-\x1F]+G[\s\x1C-\x1F]*-[\s\x1C-\x1F]*GOAL"),
        re(r"(?i)##[\s\x1C-\x1F]+P[\s\x1C-\x1F]*-[\s\x1C-\x1F]*POSITION"),
        re(r"(?i)##[\s\x1C-\x1F]+S[\s\x1C-\x1F]*-[\s\x1C-\x1F]*STEPS"),
    ]
});

/// course_validator's stricter content check (spec §3.1, Q-16): `## G - GOAL`, `## P - POSITION`
/// and `## S - STEPS` written literally; the emoji form `## 🎯 G - GOAL` fails it.
pub fn has_literal_gps_headings(text: &str) -> bool {
    LITERAL_HEADINGS.iter().all(|r| r.is_match(text))
}

/// Judges located sections; `subsection_count` comes from the rubric that located them.
pub fn evaluate(text: &str, sections: &GpsSections, subsection_count: usize) -> GpsResult {
    let body = |s: &Option<Section>| s.as_ref().map(|s| text.get(s.body.clone()).unwrap_or(""));
    let length = |b: &str| py_strip(b).chars().count();
    let goal = body(&sections.goal);
    let position = body(&sections.position);
    let steps = body(&sections.steps);
    let (goal_folded, position_folded) = (goal.map(fold), position.map(fold));
    let details = GpsDetails {
        goal: GoalDetail {
            present: goal.is_some(),
            has_outcomes: goal_folded.as_ref().is_some_and(|b| OUTCOMES.is_match(b)),
            has_motivation: goal_folded.as_ref().is_some_and(|b| MOTIVATION.is_match(b)),
            content_length: goal.map(length),
        },
        position: PositionDetail {
            present: position.is_some(),
            has_empathy: position_folded
                .as_ref()
                .is_some_and(|b| EMPATHY.is_match(b)),
            acknowledges_levels: position_folded.as_ref().is_some_and(|b| LEVELS.is_match(b)),
            content_length: position.map(length),
        },
        steps: StepsDetail {
            present: steps.is_some(),
            has_subsections: steps.is_some() && subsection_count > 0,
            subsection_count: if steps.is_some() { subsection_count } else { 0 },
            content_length: steps.map(length),
        },
    };
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for (present, err) in [
        (details.goal.present, ERR_GOAL),
        (details.position.present, ERR_POSITION),
        (details.steps.present, ERR_STEPS),
    ] {
        if !present {
            errors.push(err.to_owned());
        }
    }
    for (lacking, warn) in [
        (
            details.goal.present && !details.goal.has_outcomes,
            WARN_GOAL,
        ),
        (
            details.position.present && !details.position.has_empathy,
            WARN_POSITION,
        ),
        (
            details.steps.present && !details.steps.has_subsections,
            WARN_STEPS,
        ),
    ] {
        if lacking {
            warnings.push(warn.to_owned());
        }
    }
    let present = [
        details.goal.present,
        details.position.present,
        details.steps.present,
    ];
    let found = present.iter().filter(|&&p| p).count();
    GpsResult {
        score: 10 * u32::try_from(found).unwrap_or(0),
        valid: found == 3,
        has_goal: present[0],
        has_position: present[1],
        has_steps: present[2],
        errors,
        warnings,
        max_score: MAX_SCORE,
        details,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(text: &str) -> GpsResult {
        let s = locate_creatoros(text);
        let subs = s
            .steps
            .as_ref()
            .map_or(0, |st| creatoros_subsections(&text[st.body.clone()]));
        evaluate(text, &s, subs)
    }

    #[test]
    fn section_extents_follow_the_reference() {
        let t = "## G - GOAL\n✅ x\n### sub\nstill goal\n## 🗺️ P\nEu sei\n## S\n### a\n## Revisão\n### b\n## 💡 end";
        let s = locate_creatoros(t);
        let goal = s.goal.clone().expect("goal");
        assert_eq!(&t[goal.body.clone()], " - GOAL\n✅ x\n### sub\nstill goal");
        let r = score(t);
        assert!(r.valid && r.warnings.is_empty(), "{r:?}");
        assert_eq!(r.details.steps.subsection_count, 2);
    }

    #[test]
    fn missing_sections_are_errors_in_order() {
        let r = score("# nothing here");
        assert_eq!(r.errors, [ERR_GOAL, ERR_POSITION, ERR_STEPS]);
        assert_eq!((r.score, r.valid), (0, false));
        assert_eq!(r.details.goal.content_length, None);
    }
}
