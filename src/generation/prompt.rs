//! Prompts: the lesson specification (brief + curriculum entry + neighbours) rendered through
//! the templates in `assets/prompts/`, which an author may override by putting files of the
//! same name in `<config dir>/prompts/`. On a retry the failing issues are appended, so the
//! model learns what the rubric rejected (the reference lost this feedback, spec Q-31).

use std::path::Path;

use serde::Serialize;

use crate::domain::issue::Issue;
use crate::domain::said::Said;

/// What the brief says about the course, as prompt text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CourseContext {
    pub title: String,
    pub icp_demographics: Option<String>,
    pub icp_pains: Option<String>,
    pub icp_desires: Option<String>,
    pub icp_before: Option<String>,
    pub icp_after: Option<String>,
    pub objectives: Vec<String>,
    pub voice: Option<String>,
    /// The persona's system prompt or voice profile, when the course has one.
    pub persona: Option<String>,
}

/// One lesson to write: its curriculum entry and where it sits in the course.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LessonSpec {
    pub course: CourseContext,
    pub lesson_id: String,
    pub title: String,
    pub module_number: Option<u32>,
    pub module_title: Option<String>,
    pub objectives: Vec<String>,
    pub key_concepts: Vec<String>,
    pub bloom_level: Option<String>,
    pub duration_minutes: Option<u32>,
    pub previous_title: Option<String>,
    pub next_title: Option<String>,
    /// A one-line instruction typed by the author for this run ("more examples with Excel").
    pub instruction: Option<String>,
}

impl LessonSpec {
    /// Reference default when the curriculum gives no duration (spec §7.3).
    pub fn duration(&self) -> u32 {
        self.duration_minutes.unwrap_or(20)
    }

    /// Words to aim for: duration × 150 (spec §7.3).
    pub fn word_target(&self) -> u32 {
        self.duration() * 150
    }
}

/// The three templates; built-in unless overridden.
#[derive(Debug, Clone, PartialEq)]
pub struct PromptTemplates {
    system: String,
    lesson: String,
    feedback: String,
}

impl Default for PromptTemplates {
    fn default() -> Self {
        PromptTemplates {
            system: include_str!("../../assets/prompts/system.md").to_string(),
            lesson: include_str!("../../assets/prompts/lesson.md").to_string(),
            feedback: include_str!("../../assets/prompts/feedback.md").to_string(),
        }
    }
}

/// An override file that exists but cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read prompt template {path}: {source}")]
pub struct TemplateError {
    pub path: String,
    pub source: std::io::Error,
}

impl TemplateError {
    /// The error as data (`src/domain/said.rs`).
    pub fn said(&self) -> Said {
        Said::new("err-cannot-read-template")
            .with("path", &self.path)
            .with("error", &self.source)
    }
}

/// Replaces each built-in template by `<dir>/<name>` when that file exists; a file that
/// exists but cannot be read is an error naming it.
pub(crate) fn override_templates<const N: usize>(
    dir: &Path,
    slots: [(&str, &mut String); N],
) -> Result<(), TemplateError> {
    for (name, slot) in slots {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => *slot = text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(TemplateError {
                    path: path.display().to_string(),
                    source,
                });
            }
        }
    }
    Ok(())
}

impl PromptTemplates {
    /// Built-in templates, each replaced by `<dir>/<name>.md` when that file exists.
    pub fn load(override_dir: Option<&Path>) -> Result<PromptTemplates, TemplateError> {
        let mut templates = PromptTemplates::default();
        let Some(dir) = override_dir else {
            return Ok(templates);
        };
        override_templates(
            dir,
            [
                ("system.md", &mut templates.system),
                ("lesson.md", &mut templates.lesson),
                ("feedback.md", &mut templates.feedback),
            ],
        )?;
        Ok(templates)
    }

    pub fn system(&self, spec: &LessonSpec) -> String {
        let persona = spec.course.persona.as_deref().map_or(String::new(), |p| {
            format!("\nINSTRUCTOR VOICE PROFILE\nKeep this instructor's tone, phrases and way of explaining:\n{p}\n")
        });
        fill(&self.system, &[("persona", persona)])
    }

    /// The user prompt; `feedback` holds the failing issues of the previous attempt (empty on
    /// the first one) and `attempt` is the number of the attempt being written.
    pub fn lesson(&self, spec: &LessonSpec, feedback: &[Issue], attempt: u32) -> String {
        let course = &spec.course;
        let or_unknown = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_string());
        let mut feedback_text = if feedback.is_empty() {
            String::new()
        } else {
            fill(
                &self.feedback,
                &[
                    ("attempt", attempt.saturating_sub(1).to_string()),
                    ("issues", issue_lines(feedback)),
                ],
            )
        };
        if let Some(instruction) = &spec.instruction {
            feedback_text.push_str(&format!(
                "\nAUTHOR'S INSTRUCTION FOR THIS VERSION\n{instruction}\n"
            ));
        }
        let voice = course.voice.clone().unwrap_or_else(|| {
            "Professional, clear, engaging; structured, practical, example-driven.".to_string()
        });
        fill(
            &self.lesson,
            &[
                ("course_title", course.title.clone()),
                ("icp_demographics", or_unknown(&course.icp_demographics)),
                ("icp_pains", or_unknown(&course.icp_pains)),
                ("icp_desires", or_unknown(&course.icp_desires)),
                ("icp_before", or_unknown(&course.icp_before)),
                ("icp_after", or_unknown(&course.icp_after)),
                ("course_objectives", bullets(&course.objectives)),
                ("voice", voice),
                ("lesson_id", spec.lesson_id.clone()),
                ("lesson_title", spec.title.clone()),
                ("module_title", or_unknown(&spec.module_title)),
                ("duration_minutes", spec.duration().to_string()),
                (
                    "bloom_level",
                    spec.bloom_level
                        .clone()
                        .unwrap_or_else(|| "Apply/Analyze".to_string()),
                ),
                ("previous_title", or_none(&spec.previous_title)),
                ("next_title", or_none(&spec.next_title)),
                ("lesson_objectives", bullets(&spec.objectives)),
                ("key_concepts", bullets(&spec.key_concepts)),
                ("word_target", spec.word_target().to_string()),
                ("feedback", feedback_text),
            ],
        )
    }
}

fn or_none(v: &Option<String>) -> String {
    v.clone()
        .unwrap_or_else(|| "(none: this is the first or last lesson)".to_string())
}

pub(crate) fn bullets(items: &[String]) -> String {
    if items.is_empty() {
        return "- —".to_string();
    }
    items
        .iter()
        .map(|i| format!("- {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line per issue: code, message and the rubric's hint.
fn issue_lines(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|i| format!("- [{}] {} — {}", i.code, i.message, i.hint))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Replaces each `{{key}}`; unknown placeholders in an author's template stay visible.
pub(crate) fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (key, value) in values {
        out = out.replace(&format!("{{{{{key}}}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::issue::Severity;

    fn spec() -> LessonSpec {
        LessonSpec {
            lesson_id: "1.2".into(),
            title: "Fórmulas".into(),
            duration_minutes: Some(10),
            previous_title: Some("Células".into()),
            ..LessonSpec::default()
        }
    }

    #[test]
    fn prompt_names_lesson_neighbours_and_word_target() {
        let p = PromptTemplates::default().lesson(&spec(), &[], 1);
        assert!(
            p.contains("ID: 1.2") && p.contains("Title: Fórmulas"),
            "{p}"
        );
        assert!(p.contains("Previous lesson: Células"), "{p}");
        assert!(p.contains("About 1500 words"), "{p}");
        assert!(!p.contains("{{"), "unfilled placeholder: {p}");
        assert!(!p.contains("FEEDBACK"), "{p}");
    }

    #[test]
    fn retry_prompt_carries_issue_codes_and_hints() {
        let issue = Issue {
            code: "GPS-POSITION-MISSING".into(),
            severity: Severity::Error,
            element: "position".into(),
            message: "no P section".into(),
            hint: "add ## P - POSITION".into(),
            line_start: None,
            line_end: None,
            args: Default::default(),
        };
        let p = PromptTemplates::default().lesson(&spec(), &[issue], 2);
        assert!(
            p.contains("[GPS-POSITION-MISSING] no P section — add ## P - POSITION"),
            "{p}"
        );
        assert!(p.contains("(attempt 1)"), "{p}");
    }

    #[test]
    fn override_dir_replaces_only_present_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("lesson.md"), "L {{lesson_id}}").unwrap();
        let t = PromptTemplates::load(Some(dir.path())).unwrap();
        assert_eq!(t.lesson(&spec(), &[], 1), "L 1.2");
        assert!(t.system(&spec()).contains("GPS + Didática Lendária"));
    }
}
