//! Our own brief template (`assets/templates/COURSE-BRIEF.md`, pt-BR with English hints, the
//! eight sections of spec §6.2), embedded in the binary and filled with the new course's
//! slug, title, creation date and mode.

const TEMPLATE: &str = include_str!("../../../assets/templates/COURSE-BRIEF.md");

/// What the template's `{{…}}` markers are filled with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefTemplate<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    /// `YYYY-MM-DD`, passed in so nothing here reads the clock.
    pub created_date: &'a str,
    /// `greenfield` (a new course) or `brownfield` (upgrading existing material).
    pub creation_mode: &'a str,
}

/// The template with every marker filled. Line breaks in the title are flattened so it stays
/// inside its code fence.
pub fn render_brief_template(fields: &BriefTemplate<'_>) -> String {
    let title = fields
        .title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    TEMPLATE
        .replace("{{slug}}", fields.slug)
        .replace("{{title}}", &title)
        .replace("{{created_date}}", fields.created_date)
        .replace("{{creation_mode}}", fields.creation_mode)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::brief::{SectionStatus, parse_brief};

    #[test]
    fn template_has_eight_sections_and_filled_front_matter() {
        let text = render_brief_template(&BriefTemplate {
            slug: "planilhas",
            title: "Planilhas do zero",
            created_date: "2026-11-30",
            creation_mode: "greenfield",
        });
        assert!(!text.contains("{{"), "every marker filled");
        let brief = parse_brief(&text);
        assert_eq!(brief.course_slug.as_deref(), Some("planilhas"));
        assert_eq!(brief.creation_mode.as_deref(), Some("greenfield"));
        assert_eq!(brief.title.as_deref(), Some("Planilhas do zero"));
        let sections = &brief.completeness.sections;
        assert_eq!(sections.len(), 8);
        assert!(
            sections.iter().all(|s| s.status != SectionStatus::Missing),
            "{sections:#?}"
        );
        assert!(
            brief.completeness.percent < 20,
            "{:?}",
            sections
                .iter()
                .map(|s| (s.number, s.filled_fields, s.total_fields, s.percent))
                .collect::<Vec<_>>()
        );
    }
}
