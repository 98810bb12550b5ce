//! Course-wide vocabulary shared by every layer: lesson and course statuses.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Outcome of judging a lesson against a rubric (`course_lessons.validation_status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValidationStatus {
    Passed,
    Warning,
    Failed,
}

/// Editorial state of a lesson (`course_lessons.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LessonStatus {
    Draft,
    Reviewed,
    Published,
    Archived,
}

/// Editorial state of a course (`content_pieces.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CourseStatus {
    Draft,
    Published,
    Archived,
}

/// A status string that is not one of the allowed values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{value}` (expected one of: {expected})")]
pub struct UnknownStatus {
    pub kind: &'static str,
    pub value: String,
    pub expected: &'static str,
}

macro_rules! status_strings {
    ($ty:ident, $kind:literal, $($variant:ident => $text:literal),+ $(,)?) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $text),+ }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $ty {
            type Err = UnknownStatus;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($ty::$variant),)+
                    other => Err(UnknownStatus {
                        kind: $kind,
                        value: other.to_string(),
                        expected: concat!($($text, " "),+),
                    }),
                }
            }
        }
    };
}

status_strings!(ValidationStatus, "validation status", Passed => "passed", Warning => "warning", Failed => "failed");
status_strings!(LessonStatus, "lesson status", Draft => "draft", Reviewed => "reviewed", Published => "published", Archived => "archived");
status_strings!(CourseStatus, "course status", Draft => "draft", Published => "published", Archived => "archived");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_text() {
        for s in [
            ValidationStatus::Passed,
            ValidationStatus::Warning,
            ValidationStatus::Failed,
        ] {
            assert_eq!(s.as_str().parse::<ValidationStatus>(), Ok(s));
        }
        assert_eq!(
            "archived".parse::<CourseStatus>(),
            Ok(CourseStatus::Archived)
        );
        let err = "done"
            .parse::<LessonStatus>()
            .expect_err("`done` is not a lesson status");
        assert!(err.to_string().contains("`done`"), "{err}");
    }
}
