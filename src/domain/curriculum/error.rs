//! Turning a YAML syntax error into a `CurriculumError` that says what to do about it.
//!
//! Authors hit the same few mistakes (spec corpus-odd: an unquoted title containing `": "`);
//! each gets a concrete instruction naming the line.

use super::error_said::DEFAULT_SUGGESTION;
use super::model::{CurriculumError, CurriculumProblem};
use crate::domain::yaml_tree::{YamlErrorKind, YamlSyntaxError};

pub(super) fn curriculum_error(err: YamlSyntaxError, text: &str) -> CurriculumError {
    let suggestion = quoted_suggestion(text, err.line);
    let hint = match err.kind {
        YamlErrorKind::MappingValueNotAllowed => format!(
            "quote the value on line {}: a value containing \": \" must be written in double \
             quotes, e.g. {}",
            err.line,
            suggestion.as_deref().unwrap_or(DEFAULT_SUGGESTION)
        ),
        YamlErrorKind::UnclosedQuote => {
            format!("close the quote opened on or before line {}", err.line)
        }
        YamlErrorKind::TabIndentation => {
            format!(
                "indent line {} with spaces; YAML does not allow tabs there",
                err.line
            )
        }
        YamlErrorKind::TooManyAliases => format!(
            "write the repeated blocks out, or use fewer and smaller anchors (`&name`) and \
             aliases (`*name`) around line {}",
            err.line
        ),
        YamlErrorKind::Other => format!(
            "fix the YAML syntax at line {}, column {} (check indentation and quote values \
             containing `:` or `#`)",
            err.line, err.column
        ),
    };
    CurriculumError {
        line: err.line,
        column: err.column,
        message: err.message,
        hint,
        problem: CurriculumProblem::Yaml {
            kind: err.kind,
            suggestion,
        },
    }
}

/// `key: "value"` for the offending line, when it has the `key: value` shape.
fn quoted_suggestion(text: &str, line: u32) -> Option<String> {
    let source = text
        .lines()
        .nth(usize::try_from(line).ok()?.checked_sub(1)?)?;
    let trimmed = source.trim_start().trim_start_matches("- ");
    let (key, value) = trimmed.split_once(": ")?;
    let value = value.trim().replace('\\', "\\\\").replace('"', "\\\"");
    Some(format!("{key}: \"{value}\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::yaml_tree::parse_yaml_documents;

    #[test]
    fn unquoted_colon_says_quote_the_value() {
        let text = "lessons:\n  - lesson_title: Aula 1.2: Origem e Rota\n";
        let err = parse_yaml_documents(text).expect_err("invalid");
        let err = curriculum_error(err, text);
        assert_eq!(err.line, 2);
        assert!(err.hint.starts_with("quote the value"), "{}", err.hint);
        assert!(
            err.hint
                .contains("lesson_title: \"Aula 1.2: Origem e Rota\""),
            "{}",
            err.hint
        );
    }
}
