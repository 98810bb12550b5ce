//! `COURSE-BRIEF*.md` parsing (spec §6): tolerant front matter, the eight numbered sections
//! (nested `###` kept in their section — Q-23 fixed), the §6.2 fields, placeholders counted as
//! unfilled, and a completeness report. Pure: takes the decoded text, no I/O.

mod completeness;
mod fields;
mod markdown;
mod model;
mod placeholder;

pub use model::{Completeness, Icp, ParsedBrief, SectionCompleteness, SectionStatus};
pub use placeholder::has_placeholder;

use crate::domain::fold::fold;
use crate::domain::front_matter::{parse_front_matter, split_front_matter};
use crate::domain::issue::{Issue, Severity, args};
use crate::domain::yaml_tree::YamlNode;

/// True for `COURSE-BRIEF.md`, `course-brief.md`, `COURSE-BRIEF-SUPABASE-COMPLETO.md` …
pub fn is_brief_file_name(file_name: &str) -> bool {
    let name = fold(file_name);
    name.starts_with("course-brief") && name.ends_with(".md")
}

/// Parses a brief. Never fails: what cannot be read becomes an `Issue` with its line.
pub fn parse_brief(text: &str) -> ParsedBrief {
    let split = split_front_matter(text);
    let mut brief = ParsedBrief::default();
    if let Some(yaml) = split.yaml {
        match parse_front_matter(yaml) {
            Ok(Some(node)) => read_front_matter(&mut brief, &node),
            Ok(None) => {}
            Err(e) => brief.issues.push(Issue {
                code: "BRIEF-FRONT-MATTER".into(),
                severity: Severity::Warning,
                element: "brief".into(),
                message: format!(
                    "front matter is not valid YAML (line {}, column {}: {}); ignored",
                    e.line, e.column, e.message
                ),
                hint: "quote values that contain `: ` or start with `[`".into(),
                line_start: Some(e.line),
                line_end: Some(e.line),
                args: args([
                    ("line", e.line.into()),
                    ("column", e.column.into()),
                    ("error", e.message.as_str().into()),
                ]),
            }),
        }
    }
    let sections = markdown::sections(split.body, split.body_line);
    let h1 = split
        .body
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(str::trim);
    fields::fill(&mut brief, &sections, h1);
    brief.completeness = completeness::completeness(&sections);
    let checks = completeness::issues(&brief);
    brief.issues.extend(checks);
    brief
}

fn read_front_matter(brief: &mut ParsedBrief, node: &YamlNode) {
    // `[AUTO-PREENCHIDO: …]` parses as a YAML list, so `as_text` already drops it; string
    // placeholders are filtered explicitly.
    let text = |n: &YamlNode, key: &str| {
        n.get(key)
            .and_then(YamlNode::as_text)
            .filter(|v| !has_placeholder(v))
    };
    brief.front_matter = Some(node.to_json());
    brief.creation_mode = text(node, "creation_mode");
    brief.status = text(node, "status");
    brief.course_slug = text(node, "course_slug");
    brief.instructor = text(node, "instructor");
    if let Some(persona) = node.get("mmos_persona") {
        brief.mmos_enabled = persona.get("enabled").and_then(YamlNode::as_str) == Some("true");
        brief.persona_slug = text(persona, "mind_slug").or_else(|| text(persona, "persona_slug"));
    }
}

#[cfg(test)]
mod tests;
