//! Reading one planned lesson (or module field) out of a YAML mapping: its identity from
//! `number`/`id`/`lesson_id` or the `file:` name, title, duration, Bloom level, objectives, and
//! every other key kept as JSON in `extra`. Pure.

use super::duration::parse_minutes;
use super::model::PlannedLesson;
use crate::domain::numbering::{file_name_number, first_number, lesson_id, lesson_number};
use crate::domain::yaml_tree::YamlNode;
use serde_json::{Map, Value};

pub(super) const LESSON_ID_KEYS: &[&str] = &["lesson_id", "id", "number", "lesson_number"];
pub(super) const LESSON_MODULE_KEYS: &[&str] = &["module", "module_id", "module_number"];
const TITLE_KEYS: &[&str] = &["lesson_title", "title", "name"];
const FILE_KEYS: &[&str] = &["file_path", "file", "path"];
const BLOOM_KEYS: &[&str] = &["bloom_level", "bloom", "nivel_bloom", "bloom_verb"];
const OBJECTIVE_KEYS: &[&str] = &["learning_objectives", "objectives", "objective"];
pub(super) const DURATION_KEYS: &[&str] = &[
    "duration_minutes",
    "duration",
    "estimated_duration",
    "duracao",
    "duration_hours",
];

/// Where a lesson entry sits, which decides what a lone number in its id means.
#[derive(Debug, Clone, Copy)]
pub(super) enum Place {
    /// Under its module's `lessons:`; `day_3` is lesson 3 of that module.
    Nested,
    /// In a top-level `lessons:` list; a lone number counts days across the course, so the
    /// lesson's place among its module's entries numbers it instead.
    TopLevel,
}

pub(super) fn lesson(
    node: &YamlNode,
    position: u32,
    module_number: u32,
    place: Place,
) -> PlannedLesson {
    // A bare string item (`- "Intro"`) is a title with nothing else.
    if let Some(title) = node.as_text() {
        let mut planned = counted_lesson(module_number, position, node.line);
        planned.title = Some(title);
        planned.from_count = false;
        return planned;
    }
    let source_id = node.get_any(LESSON_ID_KEYS).and_then(YamlNode::as_text);
    let file_path = node.get_any(FILE_KEYS).and_then(YamlNode::as_text);
    let from_file = || {
        let path = file_path.as_deref()?;
        file_name_number(path.rsplit(['/', '\\']).next().unwrap_or(path))
    };
    let (m, l) = LESSON_ID_KEYS
        .iter()
        .filter_map(|k| node.get(k).and_then(YamlNode::as_text))
        .find_map(|id| lesson_number(&id))
        .or_else(from_file)
        .unwrap_or_else(|| {
            let lone = source_id.as_deref().and_then(first_number);
            match place {
                Place::Nested => (module_number, lone.unwrap_or(position)),
                Place::TopLevel => (module_number, position),
            }
        });
    PlannedLesson {
        lesson_id: lesson_id(m, l),
        module_number: m,
        lesson_number: l,
        source_id,
        title: node.get_any(TITLE_KEYS).and_then(YamlNode::as_text),
        file_path,
        duration_minutes: minutes(node),
        bloom_level: node.get_any(BLOOM_KEYS).and_then(YamlNode::as_text),
        learning_objectives: node
            .get_any(OBJECTIVE_KEYS)
            .map(YamlNode::string_list)
            .unwrap_or_default(),
        key_concepts: node
            .get("key_concepts")
            .map(YamlNode::string_list)
            .unwrap_or_default(),
        from_count: false,
        line: node.line,
        extra: extra(
            node,
            &[
                LESSON_ID_KEYS,
                LESSON_MODULE_KEYS,
                TITLE_KEYS,
                FILE_KEYS,
                BLOOM_KEYS,
                OBJECTIVE_KEYS,
                DURATION_KEYS,
                &["key_concepts"],
            ],
        ),
    }
}

pub(super) fn counted_lesson(module_number: u32, lesson_number: u32, line: u32) -> PlannedLesson {
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
        extra: Map::new(),
    }
}

/// The first duration key that reads as one; `duration_hours` counts bare numbers as hours.
pub(super) fn minutes(node: &YamlNode) -> Option<u32> {
    DURATION_KEYS.iter().find_map(|key| {
        let text = node.get(key).and_then(YamlNode::as_text)?;
        parse_minutes(&text, *key == "duration_hours")
    })
}

/// The mapping's entries whose key is in none of `known`, as JSON (first occurrence wins).
pub(super) fn extra(node: &YamlNode, known: &[&[&str]]) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, value) in node.entries() {
        let Some(name) = key.as_str() else { continue };
        if known.iter().any(|keys| keys.contains(&name)) || out.contains_key(name) {
            continue;
        }
        out.insert(name.to_string(), value.to_json());
    }
    out
}
