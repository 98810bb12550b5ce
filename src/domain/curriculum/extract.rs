//! Reading modules and lessons out of the YAML tree, accepting every layout seen in real
//! CreatorOS curricula (spec §5.2, §5.7, issue 13): `modules:` (or a top-level `curriculum:`)
//! as a list or as a map keyed by module id, a nested `course:` block, lessons nested under
//! their module (`lessons:` list or a `lessons: 4` count) or in a top-level `lessons:` list
//! naming their module (`module: "week_1"`), and the key variants `module`/`module_id`/`id`/
//! `module_number`/`number`, `module_title`/`title`/`name`.

use super::lesson::{
    DURATION_KEYS, LESSON_MODULE_KEYS, Place, counted_lesson, extra, lesson, minutes,
};
use super::model::PlannedModule;
use crate::domain::numbering::{first_number, lesson_number};
use crate::domain::yaml_tree::{YamlNode, YamlValue};
use std::collections::HashSet;

const MODULE_ID_KEYS: &[&str] = &["module_id", "id", "module_number", "number", "module"];
const MODULE_TITLE_KEYS: &[&str] = &["module_title", "title", "name"];
const MODULE_TEXT_KEYS: &[&str] = &["description", "module_description"];
const MODULE_OBJECTIVE_KEYS: &[&str] = &[
    "objectives",
    "module_objectives",
    "objective",
    "learning_objectives",
];
const COURSE_BLOCKS: &[&str] = &["course", "course_metadata", "metadata", "curriculum"];

/// Top-level value under `key` in the first document that has it.
fn top<'a>(docs: &'a [YamlNode], key: &str) -> Option<&'a YamlNode> {
    docs.iter()
        .filter_map(|d| d.get(key))
        .find(|v| !v.is_null())
}

/// `title`/`course_title` at the top, else inside a `course:`-like block.
pub(super) fn course_field(docs: &[YamlNode], keys: &[&str]) -> Option<String> {
    if let Some(v) = keys
        .iter()
        .find_map(|k| top(docs, k).and_then(YamlNode::as_text))
    {
        return Some(v);
    }
    COURSE_BLOCKS
        .iter()
        .filter_map(|block| top(docs, block))
        .find_map(|block| block.get_any(keys).and_then(YamlNode::as_text))
}

/// A module entry and, for a map of modules, the key it was filed under.
type Entry<'a> = (Option<String>, &'a YamlNode);

/// The entries of a `modules:` value: list items, or a map's values keyed by module id.
fn module_entries(node: &YamlNode) -> Vec<Entry<'_>> {
    match &node.value {
        YamlValue::Seq(items) => items.iter().map(|i| (None, i)).collect(),
        YamlValue::Map(entries) => entries
            .iter()
            .filter(|(_, v)| matches!(v.value, YamlValue::Map(_)))
            .map(|(k, v)| (k.as_text(), v))
            .collect(),
        YamlValue::Scalar { .. } => Vec::new(),
    }
}

/// Every module entry: top-level `modules` of each document, else a top-level `curriculum:`
/// list (or map of modules), else a course block's `modules`.
fn entries(docs: &[YamlNode]) -> Vec<Entry<'_>> {
    let mut entries: Vec<Entry<'_>> = docs
        .iter()
        .filter_map(|d| d.get("modules"))
        .flat_map(module_entries)
        .collect();
    if entries.is_empty() {
        entries = docs
            .iter()
            .filter_map(|d| d.get("curriculum"))
            .filter(|c| c.get("modules").is_none())
            .flat_map(module_entries)
            .filter(|(_, m)| m.get("lessons").is_some() || m.get_any(MODULE_TITLE_KEYS).is_some())
            .collect();
    }
    if entries.is_empty() {
        entries = COURSE_BLOCKS
            .iter()
            .filter_map(|b| top(docs, b).and_then(|b| b.get("modules")))
            .flat_map(module_entries)
            .collect();
    }
    entries
}

pub(super) fn modules(docs: &[YamlNode]) -> Vec<PlannedModule> {
    let mut modules: Vec<PlannedModule> = entries(docs)
        .into_iter()
        .zip(1u32..)
        .map(|((key, node), pos)| module(node, key, pos))
        .collect();
    attach_top_level_lessons(docs, &mut modules);
    make_ids_unique(&mut modules);
    modules
}

fn module(node: &YamlNode, key: Option<String>, position: u32) -> PlannedModule {
    let source_id = node
        .get_any(MODULE_ID_KEYS)
        .and_then(YamlNode::as_text)
        .or_else(|| key.clone());
    let number = MODULE_ID_KEYS
        .iter()
        .filter_map(|k| node.get(k).and_then(YamlNode::as_text))
        .chain(source_id.clone())
        .find_map(|id| first_number(&id))
        .unwrap_or(position);
    let mut module = PlannedModule {
        position,
        source_id,
        key,
        number,
        title: node.get_any(MODULE_TITLE_KEYS).and_then(YamlNode::as_text),
        duration_minutes: minutes(node),
        description: node.get_any(MODULE_TEXT_KEYS).and_then(YamlNode::as_text),
        objectives: node
            .get_any(MODULE_OBJECTIVE_KEYS)
            .map(YamlNode::string_list)
            .unwrap_or_default(),
        declared_lesson_count: None,
        lessons: Vec::new(),
        line: node.line,
        extra: extra(
            node,
            &[
                MODULE_ID_KEYS,
                MODULE_TITLE_KEYS,
                MODULE_TEXT_KEYS,
                MODULE_OBJECTIVE_KEYS,
                DURATION_KEYS,
                &["lessons"],
            ],
        ),
    };
    match node.get("lessons") {
        Some(YamlNode {
            value: YamlValue::Seq(items),
            ..
        }) => {
            module.lessons = items
                .iter()
                .zip(1u32..)
                .map(|(l, pos)| lesson(l, pos, number, Place::Nested))
                .collect();
        }
        Some(count) => {
            if let Some(n) = count.as_u32() {
                module.declared_lesson_count = Some(n);
                // A count past the bound is refused by `parse_curriculum`; expanding it first
                // would allocate for it (`lessons: 4000000000` is 768 GB).
                if n <= super::MAX_LESSONS_PER_MODULE {
                    module.lessons = (1..=n)
                        .map(|l| counted_lesson(number, l, count.line))
                        .collect();
                }
            }
        }
        None => {}
    }
    module
}

/// A top-level `lessons:` list (beside `modules:`, or in a course block) whose entries name
/// their module by id (`module: "week_1"`) or carry an `M.L` number. They replace a module's
/// counted placeholders; an entry naming no known module gets a module of its own, so nothing
/// the author listed is lost.
fn attach_top_level_lessons(docs: &[YamlNode], modules: &mut Vec<PlannedModule>) {
    let list = docs
        .iter()
        .filter_map(|d| d.get("lessons"))
        .chain(
            COURSE_BLOCKS
                .iter()
                .filter_map(|b| top(docs, b).and_then(|b| b.get("lessons"))),
        )
        .find(|l| matches!(l.value, YamlValue::Seq(_)));
    let Some(list) = list else { return };
    let mut replaced: HashSet<usize> = HashSet::new();
    for node in list.items() {
        let reference = node.get_any(LESSON_MODULE_KEYS).and_then(YamlNode::as_text);
        let numbered = super::lesson::LESSON_ID_KEYS
            .iter()
            .filter_map(|k| node.get(k).and_then(YamlNode::as_text))
            .find_map(|id| lesson_number(&id))
            .map(|(m, _)| m);
        let index = match reference.as_deref() {
            Some(r) => find_module(modules, r),
            None => numbered.and_then(|m| modules.iter().position(|x| x.number == m)),
        };
        let index = index.unwrap_or_else(|| {
            let number = reference
                .as_deref()
                .and_then(first_number)
                .or(numbered)
                .unwrap_or(modules.len() as u32 + 1);
            modules.push(PlannedModule {
                position: modules.len() as u32 + 1,
                source_id: reference.clone(),
                key: None,
                number,
                title: None,
                duration_minutes: None,
                description: None,
                objectives: Vec::new(),
                declared_lesson_count: None,
                lessons: Vec::new(),
                line: node.line,
                extra: Default::default(),
            });
            modules.len() - 1
        });
        let module = &mut modules[index];
        if replaced.insert(index) {
            module.lessons.retain(|l| !l.from_count);
        }
        let position = module.lessons.len() as u32 + 1;
        let planned = lesson(node, position, module.number, Place::TopLevel);
        module.lessons.push(planned);
    }
}

/// The module an entry names: by id as written, else by the number in it.
fn find_module(modules: &[PlannedModule], reference: &str) -> Option<usize> {
    modules
        .iter()
        .position(|m| {
            m.source_id.as_deref() == Some(reference) || m.key.as_deref() == Some(reference)
        })
        .or_else(|| {
            let n = first_number(reference)?;
            modules.iter().position(|m| m.number == n)
        })
}

/// Clashing normalised ids get `-b`, `-c` … in curriculum order, so storage keys stay unique;
/// the clash itself is reported by the checks.
fn make_ids_unique(modules: &mut [PlannedModule]) {
    let mut seen = HashSet::new();
    for lesson in modules.iter_mut().flat_map(|m| m.lessons.iter_mut()) {
        if seen.insert(lesson.lesson_id.clone()) {
            continue;
        }
        let base = lesson.lesson_id.clone();
        // Letters first (`-b` … `-z`), then numbers: an endless sequence, so a free id is
        // always found, however many entries share an id and a line.
        let letters = ('b'..='z').map(|suffix| format!("{base}-{suffix}"));
        let numbers = (27u64..).map(|n| format!("{base}-{n}"));
        let Some(unique) = letters.chain(numbers).find(|c| !seen.contains(c)) else {
            continue;
        };
        seen.insert(unique.clone());
        lesson.lesson_id = unique;
    }
}
