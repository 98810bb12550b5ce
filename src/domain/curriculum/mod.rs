//! `curriculum.yaml` parsing (spec §5): lenient structure, normalised lesson ids, located
//! findings, and YAML errors that say what to do. Pure: takes the decoded text, no I/O.

mod checks;
mod duration;
mod error;
mod error_said;
mod extract;
mod lesson;
mod model;

pub use duration::parse_minutes;
pub use error_said::DEFAULT_SUGGESTION;
pub use model::{
    CurriculumError, CurriculumProblem, ParsedCurriculum, PlannedLesson, PlannedModule,
};

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
    check_bounds(&modules)?;
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

/// At most this many lessons in one module (a `lessons: N` count or a list).
pub const MAX_LESSONS_PER_MODULE: u32 = 500;
/// At most this many lessons in a course.
pub const MAX_LESSONS_PER_COURSE: usize = 10_000;

/// Refuses counts no course has, with their line, before anything is built from them.
fn check_bounds(modules: &[PlannedModule]) -> Result<(), CurriculumError> {
    let mut total = 0usize;
    for m in modules {
        let count = m
            .declared_lesson_count
            .map_or(m.lessons.len(), |n| n as usize)
            .max(m.lessons.len());
        if count > MAX_LESSONS_PER_MODULE as usize {
            let line = m.lessons.first().map_or(m.line, |l| l.line);
            return Err(CurriculumError {
                line,
                column: 1,
                message: format!(
                    "module {} has {count} lessons; at most {MAX_LESSONS_PER_MODULE} per module",
                    m.number
                ),
                hint: format!(
                    "check the lesson count near line {line}, or split the module in several"
                ),
                problem: CurriculumProblem::ModuleTooBig {
                    module: m.number.to_string(),
                    count,
                },
            });
        }
        total += count;
        if total > MAX_LESSONS_PER_COURSE {
            return Err(CurriculumError {
                line: m.line,
                column: 1,
                message: format!(
                    "the curriculum has more than {MAX_LESSONS_PER_COURSE} lessons (passed at \
                     module {})",
                    m.number
                ),
                hint: "split the course in several".into(),
                problem: CurriculumProblem::CourseTooBig {
                    module: m.number.to_string(),
                },
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
