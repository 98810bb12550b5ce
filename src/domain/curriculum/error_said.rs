//! A curriculum error's message and hint as data (`err-curriculum`, `err-curriculum-hint` in
//! `assets/i18n/*/errors-domain.ftl`), and as the values of `COURSE-CURRICULUM-INVALID`, so an
//! author reads the YAML mistake and what to do in their own language.

use super::model::{CurriculumError, CurriculumProblem};
use super::{MAX_LESSONS_PER_COURSE, MAX_LESSONS_PER_MODULE};
use crate::domain::issue::{IssueArg, IssueArgs};
use crate::domain::said::{Said, SaidArg};
use crate::domain::yaml_tree::YamlErrorKind;

/// The example a hint shows when the offending line has no `key: value` shape.
pub const DEFAULT_SUGGESTION: &str = "title: \"Aula 1.2: Origem\"";

impl CurriculumError {
    /// What the parser said (English: `message` as written).
    pub fn message_said(&self) -> Said {
        self.said("err-curriculum")
    }

    /// What to do about it (English: `hint` as written).
    pub fn hint_said(&self) -> Said {
        self.said("err-curriculum-hint")
    }

    /// The values of a `COURSE-CURRICULUM-INVALID` issue about `file`.
    pub fn issue_args(&self, file: &str) -> IssueArgs {
        let mut args: IssueArgs = self
            .values()
            .into_iter()
            .filter_map(|(name, value)| {
                let value = match value {
                    SaidArg::Int(n) => IssueArg::Int(n),
                    SaidArg::Text(t) => IssueArg::Text(t),
                    SaidArg::Io { .. } | SaidArg::Said(_) => return None,
                };
                Some((name.to_string(), value))
            })
            .collect();
        args.insert("file".into(), IssueArg::Text(file.to_string()));
        args
    }

    fn said(&self, id: &'static str) -> Said {
        Said {
            id,
            args: self.values(),
        }
    }

    fn values(&self) -> Vec<(&'static str, SaidArg)> {
        let (kind, extra): (&str, Vec<(&'static str, SaidArg)>) = match &self.problem {
            CurriculumProblem::Yaml { kind, suggestion } => (
                yaml_kind(*kind),
                vec![(
                    "suggestion",
                    suggestion.as_deref().unwrap_or(DEFAULT_SUGGESTION).into(),
                )],
            ),
            CurriculumProblem::ModuleTooBig { module, count } => (
                "module-too-big",
                vec![
                    ("module", module.into()),
                    ("count", (*count).into()),
                    ("max", MAX_LESSONS_PER_MODULE.into()),
                ],
            ),
            CurriculumProblem::CourseTooBig { module } => (
                "course-too-big",
                vec![
                    ("module", module.into()),
                    ("max", MAX_LESSONS_PER_COURSE.into()),
                ],
            ),
            CurriculumProblem::Unknown => ("unknown", Vec::new()),
        };
        // Line and column are places, not amounts: text, so pt-BR does not write 1.234.
        let mut values = vec![
            ("kind", kind.into()),
            ("line", self.line.to_string().into()),
            ("column", self.column.to_string().into()),
            ("detail", self.message.as_str().into()),
            ("english_hint", self.hint.as_str().into()),
        ];
        values.extend(extra);
        values
    }
}

fn yaml_kind(kind: YamlErrorKind) -> &'static str {
    match kind {
        YamlErrorKind::MappingValueNotAllowed => "mapping-value",
        YamlErrorKind::UnclosedQuote => "unclosed-quote",
        YamlErrorKind::TabIndentation => "tab",
        YamlErrorKind::TooManyAliases => "aliases",
        YamlErrorKind::Other => "other",
    }
}
