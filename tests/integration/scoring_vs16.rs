//! Section emojis typed without their variation selector (U+FE0F), and `###` subsections that
//! look like sections: `creatoros` keeps the reference's scores and says why a section was not
//! found, on the heading meant; `strict` accepts both emoji forms and only counts top-level
//! section headings.

use lectern::domain::rubric::{LessonScore, Rubric, score_lesson};

const LESSON_A: &str = include_str!("../fixtures/scoring/lesson-a.md");

fn issue<'a>(s: &'a LessonScore, code: &str) -> Option<&'a lectern::domain::issue::Issue> {
    s.issues.iter().find(|i| i.code == code)
}

/// Line (1-based) of the first line of `text` that starts with `prefix`.
fn line_of(text: &str, prefix: &str) -> u32 {
    let idx = text.lines().position(|l| l.starts_with(prefix)).unwrap();
    u32::try_from(idx + 1).unwrap()
}

#[test]
fn a_bare_steps_emoji_keeps_the_creatoros_score_and_says_why_on_that_heading() {
    let bare = LESSON_A.replace("## 🛤\u{FE0F} S - STEPS", "## 🛤 S - STEPS");
    assert_ne!(bare, LESSON_A);
    let with = score_lesson(LESSON_A, Rubric::Creatoros);
    let without = score_lesson(&bare, Rubric::Creatoros);
    // The reference's verdict, unchanged: Steps missing costs its 10 points.
    assert_eq!((with.gps.score, without.gps.score), (30, 20));
    assert!(!without.gps.has_steps && !without.gps.valid);
    let missing = issue(&without, "GPS-S-MISSING").expect("the Steps section is missing");
    assert!(
        missing.message.contains(
            "a Steps heading was found without the emoji's variation selector; the CreatorOS \
             rubric requires `🛤️` or `## S - STEPS`"
        ),
        "{}",
        missing.message
    );
    assert!(
        missing.message.contains("GPS loses 10 of 30 points"),
        "{}",
        missing.message
    );
    let at = line_of(&bare, "## 🛤 S");
    assert_eq!((missing.line_start, missing.line_end), (Some(at), Some(at)));

    let strict = score_lesson(&bare, Rubric::Strict);
    assert!(strict.gps.has_steps, "strict accepts the bare emoji");
    assert!(issue(&strict, "GPS-S-MISSING").is_none());
    assert_eq!(
        strict.gps.score,
        score_lesson(LESSON_A, Rubric::Strict).gps.score,
        "both emoji forms score the same under strict"
    );
}

#[test]
fn a_bare_position_emoji_is_explained_the_same_way() {
    // `### Passo …` would itself read as Position under creatoros (`##` + ` P`): renamed.
    let bare = LESSON_A
        .replace("## 🗺\u{FE0F} P - POSITION", "## 🗺 P - POSITION")
        .replace("### Passo", "### Etapa");
    assert!(bare.contains("## 🗺 P"));
    let s = score_lesson(&bare, Rubric::Creatoros);
    assert!(!s.gps.has_position);
    let missing = issue(&s, "GPS-P-MISSING").unwrap();
    assert!(
        missing
            .message
            .contains("the CreatorOS rubric requires `🗺️` or `## P - POSITION`"),
        "{}",
        missing.message
    );
    let at = line_of(&bare, "## 🗺 P");
    assert_eq!(missing.line_start, Some(at));
    assert!(score_lesson(&bare, Rubric::Strict).gps.has_position);
}

#[test]
fn a_missing_section_without_a_near_miss_keeps_the_plain_message() {
    let cut = LESSON_A.replace("## 🛤\u{FE0F} S - STEPS", "## Passos");
    let s = score_lesson(&cut, Rubric::Creatoros);
    let missing = issue(&s, "GPS-S-MISSING").unwrap();
    assert_eq!(
        missing.message,
        "No Steps section found: GPS loses 10 of 30 points and the lesson is not GPS-valid."
    );
}

#[test]
fn under_strict_a_subsection_inside_steps_is_not_the_position_section() {
    // No Position section; a `###` inside Steps starts with "Por que".
    let start = LESSON_A.find("## 🗺").unwrap();
    let end = LESSON_A.find("## 🛤").unwrap();
    let text = format!(
        "{}{}",
        &LESSON_A[..start],
        LESSON_A[end..].replace("### Passo 2: Filtrar", "### Por que PROCV existe")
    );
    let creatoros = score_lesson(&text, Rubric::Creatoros);
    assert!(
        creatoros.gps.has_position,
        "creatoros keeps the reference's reading of `### P…` as Position (parity)"
    );
    let strict = score_lesson(&text, Rubric::Strict);
    assert!(!strict.gps.has_position);
    let missing = issue(&strict, "GPS-P-MISSING").unwrap();
    let sub = line_of(&text, "### Por que PROCV");
    assert_ne!(
        missing.line_start,
        Some(sub),
        "not located on the subsection"
    );
    assert!(
        !missing.message.contains("variation selector"),
        "{}",
        missing.message
    );
}
