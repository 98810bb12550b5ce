//! Prompts for the course-level documents: the curriculum (from the brief and its outline)
//! and the four market-research reports. Templates `curriculum.md` and `research.md` live in
//! `assets/prompts/` and, like the lesson templates, can be overridden by files of the same
//! name in `<config dir>/prompts/`.

use std::path::Path;

use super::prompt::{CourseContext, TemplateError, bullets, fill, override_templates};
use super::research_draft::{ReportKind, ResearchInput};

/// What the curriculum prompt knows about the course.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CurriculumBrief {
    pub course: CourseContext,
    pub slug: String,
    pub tool: Option<String>,
    pub total_duration: Option<String>,
    pub module_count: Option<u32>,
    /// The brief's §3.3 outline text, as written.
    pub outline: Option<String>,
    /// The offline draft built from that outline, as a structural starting point.
    pub draft: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocTemplates {
    curriculum: String,
    research: String,
}

impl Default for DocTemplates {
    fn default() -> Self {
        DocTemplates {
            curriculum: include_str!("../../assets/prompts/curriculum.md").to_string(),
            research: include_str!("../../assets/prompts/research.md").to_string(),
        }
    }
}

/// The system prompt of both documents: a course designer answering with the document only.
pub const DOC_SYSTEM: &str = "You are an expert instructional designer and course market analyst. You answer with the requested document only.";

impl DocTemplates {
    /// Built-in templates, each replaced by `<dir>/<name>.md` when that file exists.
    pub fn load(override_dir: Option<&Path>) -> Result<DocTemplates, TemplateError> {
        let mut templates = DocTemplates::default();
        let Some(dir) = override_dir else {
            return Ok(templates);
        };
        override_templates(
            dir,
            [
                ("curriculum.md", &mut templates.curriculum),
                ("research.md", &mut templates.research),
            ],
        )?;
        Ok(templates)
    }

    pub fn curriculum(&self, brief: &CurriculumBrief) -> String {
        let mut values = course_values(&brief.course);
        values.extend([
            ("slug", brief.slug.clone()),
            ("tool", or_dash(brief.tool.as_deref())),
            ("total_duration", or_dash(brief.total_duration.as_deref())),
            (
                "module_count",
                brief
                    .module_count
                    .map_or("—".to_string(), |n| n.to_string()),
            ),
            ("outline", or_dash(brief.outline.as_deref())),
            ("draft", or_dash(brief.draft.as_deref())),
        ]);
        fill(&self.curriculum, &values)
    }

    pub fn research(&self, kind: ReportKind, input: &ResearchInput) -> String {
        let mut values = course_values(&input.course);
        values.extend([
            ("tool", or_dash(input.tool.as_deref())),
            ("report_name", kind.name().to_string()),
            ("report_contents", kind.contents().to_string()),
            ("queries", bullets(&input.queries())),
        ]);
        fill(&self.research, &values)
    }
}

fn course_values(course: &CourseContext) -> Vec<(&'static str, String)> {
    vec![
        ("course_title", course.title.clone()),
        (
            "icp_demographics",
            or_dash(course.icp_demographics.as_deref()),
        ),
        ("icp_pains", or_dash(course.icp_pains.as_deref())),
        ("icp_desires", or_dash(course.icp_desires.as_deref())),
        ("icp_before", or_dash(course.icp_before.as_deref())),
        ("icp_after", or_dash(course.icp_after.as_deref())),
        ("course_objectives", bullets(&course.objectives)),
        ("voice", or_dash(course.voice.as_deref())),
    ]
}

fn or_dash(value: Option<&str>) -> String {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or("—")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_filled() {
        let brief = CurriculumBrief {
            course: CourseContext {
                title: "Planilhas".into(),
                ..CourseContext::default()
            },
            slug: "planilhas".into(),
            outline: Some("MÓDULO 1: Base".into()),
            ..CurriculumBrief::default()
        };
        let t = DocTemplates::default();
        let p = t.curriculum(&brief);
        assert!(!p.contains("{{"), "{p}");
        assert!(
            p.contains("MÓDULO 1: Base") && p.contains("slug: planilhas"),
            "{p}"
        );
        let input = ResearchInput {
            course: brief.course.clone(),
            tool: None,
        };
        for kind in ReportKind::ALL {
            let p = t.research(kind, &input);
            assert!(!p.contains("{{"), "{p}");
            assert!(p.contains(&format!("`{}.md`", kind.name())), "{p}");
        }
    }

    #[test]
    fn override_dir_replaces_the_curriculum_template() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("curriculum.md"), "C {{slug}}").unwrap();
        let t = DocTemplates::load(Some(dir.path())).unwrap();
        let brief = CurriculumBrief {
            slug: "x".into(),
            ..CurriculumBrief::default()
        };
        assert_eq!(t.curriculum(&brief), "C x");
    }
}
