//! The catalogue of course-level issue codes (`COURSE-…`, from [`super::checks`]): severity
//! and hint of each. Their texts in other languages are in `assets/i18n/*/issues.ftl`.

use crate::domain::issue::Severity;

/// (code, severity, hint) of every course-level issue.
pub const COURSE_CODES: &[(&str, Severity, &str)] = &[
    (
        "COURSE-LESSONS-MISSING",
        Severity::Error,
        "Write the missing lessons or remove them from curriculum.yaml.",
    ),
    (
        "COURSE-LESSON-SHORT",
        Severity::Warning,
        "Expand the lesson to at least 500 words.",
    ),
    (
        "COURSE-NO-LESSONS",
        Severity::Error,
        "Add lesson files; the pedagogical gate needs at least one.",
    ),
    (
        "COURSE-GPS-RATE-LOW",
        Severity::Error,
        "Fix the GPS-… errors of the failing lessons until 80 % are GPS-valid.",
    ),
    (
        "COURSE-DL-RATE-LOW",
        Severity::Error,
        "Raise the weakest lessons to Didática 70 until 80 % pass.",
    ),
    (
        "COURSE-BLOOM-MINOR-JUMP",
        Severity::Warning,
        "Insert a lesson at an intermediate Bloom level, or lower the later lesson's level.",
    ),
    (
        "COURSE-BLOOM-ILLOGICAL",
        Severity::Error,
        "Reorder the module so levels rise at most two steps between lessons.",
    ),
    (
        "COURSE-BLOOM-START-HIGH",
        Severity::Warning,
        "Open the course with a Remember, Understand or Apply lesson.",
    ),
    (
        "COURSE-BLOOM-ENDS-LOWER",
        Severity::Warning,
        "Let the last module reach at least the first module's highest level.",
    ),
    (
        "COURSE-DURATION-OFF",
        Severity::Warning,
        "Adjust lesson length or the curriculum's minutes (estimate = words ÷ 200).",
    ),
    (
        "COURSE-DURATION-UNKNOWN",
        Severity::Info,
        "Give the curriculum's lessons `duration_minutes` to compare with reading time.",
    ),
];
