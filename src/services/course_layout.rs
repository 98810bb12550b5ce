//! Putting a planned course's lessons in the order an author would draw the tree: modules in
//! curriculum order, lessons by number, unnumbered files at the end of their module, and what
//! belongs to no module of the curriculum in a final group (issue 13). Planned-only lessons
//! take their place among the files instead of trailing after them.

use crate::domain::course_match::{CourseMatch, MatchBy, Placement, course_order};
use crate::domain::curriculum::ParsedCurriculum;
use crate::domain::issue::{Issue, Severity};
use crate::storage::LessonRecord;

use super::import_plan::ImportWarning;

/// Drops the "has no lesson number in its name" warning of files the curriculum links by
/// path: the curriculum numbers and places them, so the warning would be wrong.
pub(super) fn forget_linked_unnumbered(warnings: &mut Vec<ImportWarning>, matched: &CourseMatch) {
    warnings.retain(|w| {
        w.issue.code != "IMPORT-UNNUMBERED-LESSON"
            || !matched.matched.iter().any(|m| {
                m.path == w.issue.element && matches!(m.by, MatchBy::Path | MatchBy::FileName)
            })
    });
}

/// Reorders `lessons` and renumbers their `sort_order` from 1. A lesson whose module the
/// curriculum does not have loses its module number (it is shown in the final "Not in the
/// curriculum" group) and gets a warning.
pub(super) fn place_lessons(
    lessons: &mut Vec<LessonRecord>,
    curriculum: Option<&ParsedCurriculum>,
    warnings: &mut Vec<ImportWarning>,
) {
    let modules: Option<Vec<u32>> = curriculum
        .filter(|c| !c.modules.is_empty())
        .map(|c| c.modules.iter().map(|m| m.number).collect());
    let items: Vec<Placement> = lessons
        .iter()
        .map(|l| Placement {
            module: l.module_number,
            lesson: l.lesson_number,
            source_order: l.sort_order,
        })
        .collect();
    let (order, outside) = course_order(modules.as_deref(), &items);
    for &i in &outside {
        let lesson = &mut lessons[i];
        let Some(module) = lesson.module_number.take() else {
            continue; // already outside every module; the unlisted warning says so
        };
        let file = lesson
            .file_path
            .clone()
            .unwrap_or_else(|| lesson.lesson_id.clone());
        warnings.push(ImportWarning {
            file: file.clone(),
            issue: Issue {
                code: "IMPORT-NOT-IN-CURRICULUM".into(),
                severity: Severity::Warning,
                element: file.clone(),
                message: format!(
                    "{file}: module {module} is not in curriculum.yaml; lesson {} is shown in \
                     the final \"Not in the curriculum\" group",
                    lesson.lesson_id
                ),
                hint: format!("add module {module} to curriculum.yaml or renumber the file"),
                line_start: None,
                line_end: None,
                args: crate::domain::issue::args([
                    ("file", file.as_str().into()),
                    ("module", module.into()),
                    ("id", lesson.lesson_id.as_str().into()),
                ]),
            },
        });
    }
    let mut slots: Vec<Option<LessonRecord>> =
        std::mem::take(lessons).into_iter().map(Some).collect();
    for (i, position) in order.into_iter().zip(1u32..) {
        if let Some(mut lesson) = slots[i].take() {
            lesson.sort_order = position;
            lessons.push(lesson);
        }
    }
}
