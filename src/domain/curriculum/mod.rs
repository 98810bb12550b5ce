//! `curriculum.yaml` parsing (spec §5): lenient structure, normalised lesson ids, located
//! findings, and YAML errors that say what to do. Pure: takes the decoded text, no I/O.

mod checks;
mod duration;
mod error;
mod extract;
mod lesson;
mod model;

pub use duration::parse_minutes;
pub use model::{CurriculumError, ParsedCurriculum, PlannedLesson, PlannedModule};

use crate::domain::yaml_tree::{YamlValue, parse_yaml_documents};

/// Parses a curriculum leniently. Only a YAML syntax error fails; every structural oddity
/// (missing titles, counts instead of lists, odd numbering) is an `Issue` in the result.
pub fn parse_curriculum(text: &str) -> Result<ParsedCurriculum, CurriculumError> {
    let text_without_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let docs = parse_yaml_documents(text_without_bom)
        .map_err(|e| error::curriculum_error(e, text_without_bom))?;
    let document_count = docs.len();
    let maps: Vec<_> = docs
        .into_iter()
        .filter(|d| matches!(d.value, YamlValue::Map(_)))
        .collect();
    let modules = extract::modules(&maps);
    let issues = checks::check(&modules);
    Ok(ParsedCurriculum {
        title: extract::course_field(&maps, &["title", "course_title", "name"]),
        slug: extract::course_field(&maps, &["slug"]),
        modules,
        issues,
        document_count,
        raw_yaml: text.to_string(),
    })
}

#[cfg(test)]
mod tests;
