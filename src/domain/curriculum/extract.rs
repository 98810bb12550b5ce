//! Reading modules and lessons out of the YAML tree, accepting every key variant seen in real
//! CreatorOS curricula (spec §5.2, §5.7): `module_id`/`id`/`module_number`/`number`,
//! `module_title`/`title`/`name`, `lesson_id`/`id`/`number`/`lesson_number`,
//! `file_path`/`file`/`path`, `lessons: 4` counts, and a nested `course:` block.

use super::model::{PlannedLesson, PlannedModule};
use crate::domain::numbering::{first_number, lesson_id, lesson_number};
use crate::domain::yaml_tree::{YamlNode, YamlValue};
use std::collections::HashSet;

const MODULE_ID_KEYS: &[&str] = &["module_id", "id", "module_number", "number"];
const LESSON_ID_KEYS: &[&str] = &["lesson_id", "id", "number", "lesson_number"];
const COURSE_BLOCKS: &[&str] = &["course", "course_metadata", "metadata"];

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

/// Every module entry: top-level `modules` of each document, else the course block's.
pub(super) fn modules(docs: &[YamlNode]) -> Vec<PlannedModule> {
    let mut entries: Vec<&YamlNode> = docs
        .iter()
        .filter_map(|d| d.get("modules"))
        .flat_map(YamlNode::items)
        .collect();
    if entries.is_empty() {
        entries = COURSE_BLOCKS
            .iter()
            .filter_map(|b| top(docs, b).and_then(|b| b.get("modules")))
            .flat_map(YamlNode::items)
            .collect();
    }
    let mut counted_left = MAX_COUNTED_LESSONS;
    let mut modules: Vec<PlannedModule> = entries
        .into_iter()
        .zip(1u32..)
        .map(|(node, pos)| module(node, pos, &mut counted_left))
        .collect();
    make_ids_unique(&mut modules);
    modules
}

fn module(node: &YamlNode, position: u32, counted_left: &mut u32) -> PlannedModule {
    let source_id = node.get_any(MODULE_ID_KEYS).and_then(YamlNode::as_text);
    let number = MODULE_ID_KEYS
        .iter()
        .filter_map(|k| node.get(k).and_then(YamlNode::as_text))
        .find_map(|id| first_number(&id))
        .unwrap_or(position);
    let mut module = PlannedModule {
        position,
        source_id,
        number,
        title: node
            .get_any(&["module_title", "title", "name"])
            .and_then(YamlNode::as_text),
        duration_minutes: minutes(node),
        declared_lesson_count: None,
        lessons: Vec::new(),
        line: node.line,
    };
    match node.get("lessons") {
        Some(YamlNode {
            value: YamlValue::Seq(items),
            ..
        }) => {
            module.lessons = items
                .iter()
                .zip(1u32..)
                .map(|(l, pos)| lesson(l, pos, number))
                .collect();
        }
        Some(count) => {
            if let Some(n) = count.as_u32() {
                module.declared_lesson_count = Some(n);
                let planned = n.min(*counted_left);
                *counted_left -= planned;
                module.lessons = (1..=planned)
                    .map(|l| counted_lesson(number, l, count.line))
                    .collect();
            }
        }
        None => {}
    }
    module
}

fn lesson(node: &YamlNode, position: u32, module_number: u32) -> PlannedLesson {
    // A bare string item (`- "Intro"`) is a title with nothing else.
    if let Some(title) = node.as_text() {
        let mut planned = counted_lesson(module_number, position, node.line);
        planned.title = Some(title);
        planned.from_count = false;
        return planned;
    }
    let source_id = node.get_any(LESSON_ID_KEYS).and_then(YamlNode::as_text);
    let (m, l) = LESSON_ID_KEYS
        .iter()
        .filter_map(|k| node.get(k).and_then(YamlNode::as_text))
        .find_map(|id| lesson_number(&id))
        .unwrap_or_else(|| {
            // `day_3` names the lesson only; the module comes from its parent.
            let l = source_id
                .as_deref()
                .and_then(first_number)
                .unwrap_or(position);
            (module_number, l)
        });
    PlannedLesson {
        lesson_id: lesson_id(m, l),
        module_number: m,
        lesson_number: l,
        source_id,
        title: node
            .get_any(&["lesson_title", "title", "name"])
            .and_then(YamlNode::as_text),
        file_path: node
            .get_any(&["file_path", "file", "path"])
            .and_then(YamlNode::as_text),
        duration_minutes: minutes(node),
        bloom_level: node
            .get_any(&["bloom_level", "bloom"])
            .and_then(YamlNode::as_text),
        learning_objectives: node
            .get_any(&["learning_objectives", "objectives"])
            .map(YamlNode::string_list)
            .unwrap_or_default(),
        key_concepts: node
            .get("key_concepts")
            .map(YamlNode::string_list)
            .unwrap_or_default(),
        from_count: false,
        line: node.line,
    }
}

/// `lessons: N` counts plan at most this many lessons in the whole curriculum: a typo (or a
/// hostile file, or a module repeated by aliases) must not allocate billions of them.
pub(super) const MAX_COUNTED_LESSONS: u32 = 2_000;

fn counted_lesson(module_number: u32, lesson_number: u32, line: u32) -> PlannedLesson {
    PlannedLesson {
        lesson_id: lesson_id(module_number, lesson_number),
        module_number,
        lesson_number,
        source_id: None,
        title: None,
        file_path: None,
        duration_minutes: None,
        bloom_level: None,
        learning_objectives: Vec::new(),
        key_concepts: Vec::new(),
        from_count: true,
        line,
    }
}

/// `duration_minutes` (a number or `"15 min"`), else `duration_hours` × 60.
fn minutes(node: &YamlNode) -> Option<u32> {
    if let Some(text) = node.get("duration_minutes").and_then(YamlNode::as_text) {
        return leading_number(&text).map(|m| m.round() as u32);
    }
    let hours = node.get("duration_hours").and_then(YamlNode::as_text)?;
    leading_number(&hours).map(|h| (h * 60.0).round() as u32)
}

fn leading_number(text: &str) -> Option<f64> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    text[..end]
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)
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
        let unique = ('b'..='z')
            .map(|suffix| format!("{base}-{suffix}"))
            .find(|candidate| !seen.contains(candidate))
            .unwrap_or_else(|| format!("{base}-line{}", lesson.line));
        seen.insert(unique.clone());
        lesson.lesson_id = unique;
    }
}
