//! Course-level checks (spec §3.1 and lectern's §4.3 rule) over plain per-lesson summaries:
//! lesson count vs curriculum, short lessons, the pedagogical gate, Bloom progression and the
//! reading-time estimate. Callers parse files; this module only judges the numbers.

use serde::Serialize;

use crate::domain::bloom::{BloomLevel, ModuleProgression, ProgressionReport, check_progression};
pub use crate::domain::course_codes::COURSE_CODES;
use crate::domain::issue::{Issue, IssueArgs, Severity, args};

/// Minimum words per lesson (course_validator's content check).
pub const MIN_WORDS: usize = 500;
/// Share of lessons that must be GPS-valid and DL-passing for the pedagogical gate.
pub const GATE_RATE: f64 = 0.80;
/// Reading speed used for duration estimates (words per minute).
pub const WORDS_PER_MINUTE: f64 = 200.0;
/// Allowed deviation of the estimate from the curriculum's minutes (spec §3.3: ±25 %).
pub const DURATION_TOLERANCE_PCT: f64 = 25.0;

/// What the course checks need to know about one scored lesson.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonSummary {
    /// How the lesson is named in messages (lesson id or path).
    pub name: String,
    pub word_count: usize,
    pub gps_valid: bool,
    pub dl_score: u32,
    pub dl_passed: bool,
}

/// Inputs from the course's curriculum, when it has one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CurriculumFacts {
    /// Σ lessons over `modules[]`.
    pub expected_lessons: Option<usize>,
    /// Σ lesson `duration_minutes` (or the course total).
    pub total_minutes: Option<f64>,
    /// Bloom levels per module, in curriculum order (`None` = unknown level).
    pub bloom_modules: Vec<Vec<Option<BloomLevel>>>,
}

/// The §3.1 pedagogical statistics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PedagogicalStats {
    pub total_lessons: usize,
    pub gps_passed: usize,
    pub gps_pass_rate: f64,
    pub dl_passed: usize,
    pub dl_pass_rate: f64,
    /// ⌊Σ DL / n⌋, 0 without lessons.
    pub avg_dl_score: u32,
    /// Both rates ≥ 80 % (fails without lessons).
    pub passed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CourseReport {
    pub pedagogical: PedagogicalStats,
    pub bloom: Option<ProgressionReport>,
    pub estimated_minutes: f64,
    pub issues: Vec<Issue>,
}

fn issue(code: &str, element: &str, message: String) -> Issue {
    issue_with(code, element, message, IssueArgs::new())
}

/// [`issue`] with the values the message quotes, by the names the message files use.
fn issue_with(code: &str, element: &str, message: String, args: IssueArgs) -> Issue {
    let (severity, hint) = COURSE_CODES
        .iter()
        .find(|(c, ..)| *c == code)
        .map_or((Severity::Info, ""), |&(_, s, h)| (s, h));
    Issue {
        code: code.to_owned(),
        severity,
        element: element.to_owned(),
        message,
        hint: hint.to_owned(),
        line_start: None,
        line_end: None,
        args,
    }
}

/// `passed`/`total` lessons and the rounded percentage, for the two gate messages.
fn rate_args(passed: usize, total: usize, pct: f64) -> IssueArgs {
    args([
        ("passed", passed.into()),
        ("total", total.into()),
        ("pct", whole(pct)),
    ])
}

/// A value printed with `{:.0}`, as the same integer the English text shows.
fn whole(x: f64) -> crate::domain::issue::IssueArg {
    // Parsed back from the English text's own rounding, so both languages show one number.
    let text = format!("{x:.0}");
    match text.parse::<i64>() {
        Ok(n) => n.into(),
        Err(_) => text.into(),
    }
}

fn rate(n: usize, of: usize) -> f64 {
    if of == 0 { 0.0 } else { n as f64 / of as f64 }
}

/// Runs every course-level check.
pub fn check_course(lessons: &[LessonSummary], curriculum: &CurriculumFacts) -> CourseReport {
    let mut issues = Vec::new();
    let n = lessons.len();
    if let Some(expected) = curriculum.expected_lessons
        && n < expected
    {
        issues.push(issue_with(
            "COURSE-LESSONS-MISSING",
            "curriculum",
            format!("Missing lessons: expected {expected}, found {n}"),
            args([("expected", expected.into()), ("found", n.into())]),
        ));
    }
    for l in lessons.iter().filter(|l| l.word_count < MIN_WORDS) {
        issues.push(issue_with(
            "COURSE-LESSON-SHORT",
            "lessons",
            format!(
                "{}: Too short ({} words, min {MIN_WORDS})",
                l.name, l.word_count
            ),
            args([
                ("name", l.name.as_str().into()),
                ("words", l.word_count.into()),
                ("min", MIN_WORDS.into()),
            ]),
        ));
    }
    let gps_passed = lessons.iter().filter(|l| l.gps_valid).count();
    let dl_passed = lessons.iter().filter(|l| l.dl_passed).count();
    let dl_sum: u64 = lessons.iter().map(|l| u64::from(l.dl_score)).sum();
    let pedagogical = PedagogicalStats {
        total_lessons: n,
        gps_passed,
        gps_pass_rate: rate(gps_passed, n),
        dl_passed,
        dl_pass_rate: rate(dl_passed, n),
        avg_dl_score: u32::try_from(dl_sum.checked_div(n as u64).unwrap_or(0)).unwrap_or(u32::MAX),
        passed: n > 0 && rate(gps_passed, n) >= GATE_RATE && rate(dl_passed, n) >= GATE_RATE,
    };
    if n == 0 {
        issues.push(issue(
            "COURSE-NO-LESSONS",
            "pedagogical",
            "No lessons to judge: the pedagogical gate fails.".into(),
        ));
    } else {
        if pedagogical.gps_pass_rate < GATE_RATE {
            let pct = (pedagogical.gps_pass_rate * 100.0).round();
            issues.push(issue_with(
                "COURSE-GPS-RATE-LOW",
                "pedagogical",
                format!("{gps_passed}/{n} lessons GPS-valid ({pct}%, need 80%)"),
                rate_args(gps_passed, n, pct),
            ));
        }
        if pedagogical.dl_pass_rate < GATE_RATE {
            let pct = (pedagogical.dl_pass_rate * 100.0).round();
            issues.push(issue_with(
                "COURSE-DL-RATE-LOW",
                "pedagogical",
                format!("{dl_passed}/{n} lessons reach Didática 70 ({pct}%, need 80%)"),
                rate_args(dl_passed, n, pct),
            ));
        }
    }
    let bloom = (!curriculum.bloom_modules.is_empty())
        .then(|| check_progression(&curriculum.bloom_modules));
    if let Some(b) = &bloom {
        bloom_issues(b, &mut issues);
    }
    let words: usize = lessons.iter().map(|l| l.word_count).sum();
    let estimated_minutes = words as f64 / WORDS_PER_MINUTE;
    match curriculum.total_minutes.filter(|m| *m > 0.0) {
        Some(minutes) => {
            let variance = (estimated_minutes - minutes).abs() / minutes * 100.0;
            if variance > DURATION_TOLERANCE_PCT {
                issues.push(issue_with(
                    "COURSE-DURATION-OFF",
                    "duration",
                    format!("Reading time {estimated_minutes:.0} min vs curriculum {minutes:.0} min ({variance:.0}% off, tolerance 25%)"),
                    args([
                        ("estimate", whole(estimated_minutes)),
                        ("planned", whole(minutes)),
                        ("off", whole(variance)),
                    ]),
                ));
            }
        }
        None => issues.push(issue_with(
            "COURSE-DURATION-UNKNOWN",
            "duration",
            format!("No curriculum minutes to compare with the reading estimate of {estimated_minutes:.0} min"),
            args([("estimate", whole(estimated_minutes))]),
        )),
    }
    CourseReport {
        pedagogical,
        bloom,
        estimated_minutes,
        issues,
    }
}

fn bloom_issues(b: &ProgressionReport, issues: &mut Vec<Issue>) {
    for (i, m) in b.modules.iter().enumerate() {
        let jumps: Vec<String> = m
            .jumps
            .iter()
            .map(|j| {
                format!(
                    "lesson {} ({}) → lesson {} ({})",
                    j.from_lesson + 1,
                    j.from.key(),
                    j.to_lesson + 1,
                    j.to.key()
                )
            })
            .collect();
        let items = m
            .jumps
            .iter()
            .map(|j| {
                args([
                    ("from", (j.from_lesson + 1).into()),
                    ("from_level", j.from.key().into()),
                    ("to", (j.to_lesson + 1).into()),
                    ("to_level", j.to.key().into()),
                ])
            })
            .collect();
        let values = args([
            ("module", (i + 1).into()),
            ("count", m.jumps.len().into()),
            ("jumps", crate::domain::issue::IssueArg::Items(items)),
        ]);
        match m.status {
            ModuleProgression::Logical => {}
            ModuleProgression::MinorIssue => issues.push(issue_with(
                "COURSE-BLOOM-MINOR-JUMP",
                "bloom",
                format!(
                    "Module {}: one jump of more than two Bloom levels: {}",
                    i + 1,
                    jumps.join(", ")
                ),
                values,
            )),
            ModuleProgression::Illogical => issues.push(issue_with(
                "COURSE-BLOOM-ILLOGICAL",
                "bloom",
                format!(
                    "Module {}: {} jumps of more than two Bloom levels: {}",
                    i + 1,
                    jumps.len(),
                    jumps.join(", ")
                ),
                values,
            )),
        }
    }
    if b.starts_high {
        issues.push(issue(
            "COURSE-BLOOM-START-HIGH",
            "bloom",
            "The course's first lesson is above Apply.".into(),
        ));
    }
    if b.ends_lower {
        issues.push(issue(
            "COURSE-BLOOM-ENDS-LOWER",
            "bloom",
            "The last module peaks at a lower Bloom level than the first.".into(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(words: usize, gps: bool, dl: u32) -> LessonSummary {
        LessonSummary {
            name: format!("l{words}"),
            word_count: words,
            gps_valid: gps,
            dl_score: dl,
            dl_passed: dl >= 70,
        }
    }

    fn codes(r: &CourseReport) -> Vec<&str> {
        r.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn gate_counts_and_short_lessons() {
        let lessons: Vec<_> = (0..5).map(|i| lesson(600 + i, i != 0, 75)).collect();
        let facts = CurriculumFacts {
            expected_lessons: Some(6),
            total_minutes: Some(15.0),
            ..Default::default()
        };
        let r = check_course(&lessons, &facts);
        assert!(r.pedagogical.passed, "4/5 = 80 % passes");
        assert_eq!(r.pedagogical.avg_dl_score, 75);
        assert_eq!(codes(&r), ["COURSE-LESSONS-MISSING"]);
        let r = check_course(&[lesson(100, false, 10)], &CurriculumFacts::default());
        assert_eq!(
            codes(&r),
            [
                "COURSE-LESSON-SHORT",
                "COURSE-GPS-RATE-LOW",
                "COURSE-DL-RATE-LOW",
                "COURSE-DURATION-UNKNOWN"
            ]
        );
        assert!(
            codes(&check_course(&[], &CurriculumFacts::default())).contains(&"COURSE-NO-LESSONS")
        );
    }

    #[test]
    fn duration_and_bloom() {
        let facts = CurriculumFacts {
            total_minutes: Some(10.0),
            bloom_modules: vec![
                vec![Some(BloomLevel::Evaluate), Some(BloomLevel::Create)],
                vec![Some(BloomLevel::Remember), Some(BloomLevel::Create)],
            ],
            ..Default::default()
        };
        let r = check_course(&[lesson(4000, true, 80)], &facts);
        assert_eq!(
            codes(&r),
            [
                "COURSE-BLOOM-MINOR-JUMP",
                "COURSE-BLOOM-START-HIGH",
                "COURSE-DURATION-OFF"
            ]
        );
        assert!((r.estimated_minutes - 20.0).abs() < 1e-9);
    }
}
