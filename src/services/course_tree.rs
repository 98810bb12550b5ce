//! The course tree as an author draws it, for front ends: one group per module, in stored order
//! (which import makes curriculum order), each with its title, and the final group of lessons
//! outside every module. The workbench's tree can use it instead of deriving groups itself.

use serde::Serialize;
use serde_json::Value;

use super::library::CourseDetail;

/// What the final group is called when the course has a curriculum.
pub const NOT_IN_CURRICULUM: &str = "Not in the curriculum";

/// One module header and the lessons under it (indexes into `CourseDetail::lessons`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleGroup {
    /// `None` for the final group of lessons outside every module.
    pub module: Option<u32>,
    pub title: String,
    pub lessons: Vec<usize>,
}

/// Groups the course's lessons by module, one group per module even if its lessons were
/// stored apart (older imports), in order of first appearance.
pub fn module_groups(detail: &CourseDetail) -> Vec<ModuleGroup> {
    let curriculum = detail.metadata.as_ref().and_then(|m| m.curriculum.as_ref());
    let titles: Vec<(u64, String)> = curriculum
        .and_then(|c| c.get("modules"))
        .and_then(Value::as_array)
        .map(|modules| {
            modules
                .iter()
                .filter_map(|m| {
                    let number = m.get("number").and_then(Value::as_u64)?;
                    let title = m.get("title").and_then(Value::as_str)?;
                    Some((number, title.to_string()))
                })
                .collect()
        })
        .unwrap_or_default();
    let title_of = |module: Option<u32>| match module {
        Some(n) => titles
            .iter()
            .find(|(m, _)| *m == u64::from(n))
            .map_or_else(|| format!("Module {n}"), |(_, t)| format!("{n} · {t}")),
        None if curriculum.is_some() => NOT_IN_CURRICULUM.to_string(),
        None => "Other lessons".to_string(),
    };
    let mut groups: Vec<ModuleGroup> = Vec::new();
    for (i, lesson) in detail.lessons.iter().enumerate() {
        let module = lesson.record.module_number;
        match groups.iter_mut().find(|g| g.module == module) {
            Some(group) => group.lessons.push(i),
            None => groups.push(ModuleGroup {
                module,
                title: title_of(module),
                lessons: vec![i],
            }),
        }
    }
    // Lessons outside every module close the tree, wherever they were stored.
    if let Some(at) = groups.iter().position(|g| g.module.is_none()) {
        let outside = groups.remove(at);
        groups.push(outside);
    }
    groups
}
