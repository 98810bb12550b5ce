//! The parsed shape of a `curriculum.yaml`: planned modules and lessons, plus the YAML error.
//!
//! Stored as JSON by the import service, so everything here is serde. Bloom levels stay the raw
//! strings the author wrote; interpreting them belongs to `domain::bloom`.

use crate::domain::issue::Issue;
use crate::domain::yaml_tree::YamlErrorKind;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A curriculum read leniently (spec §5.7). `raw_yaml` is the input text, kept for lossless export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParsedCurriculum {
    pub title: Option<String>,
    pub slug: Option<String>,
    pub modules: Vec<PlannedModule>,
    /// Structural findings (spec §5.4 wording), each with the line of the entry concerned.
    pub issues: Vec<Issue>,
    /// Number of YAML documents in the file (several are merged).
    pub document_count: usize,
    pub raw_yaml: String,
}

/// One entry of `modules[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedModule {
    /// 1-based position in `modules[]`.
    pub position: u32,
    /// The id as written (`1`, `"modulo-1"`, `"Módulo 1"`), if any.
    pub source_id: Option<String>,
    /// The key the module was filed under when `modules:` is a map (`week_1:`); top-level
    /// lessons may name their module by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The module number used in lesson ids: from the id when it holds a number, else `position`.
    pub number: u32,
    pub title: Option<String>,
    pub duration_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `objectives`, `objective`, `module_objectives`, `learning_objectives`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<String>,
    /// Set when the author wrote `lessons: 4` (a count) instead of a list.
    pub declared_lesson_count: Option<u32>,
    pub lessons: Vec<PlannedLesson>,
    /// Keys lectern does not interpret, as JSON, so nothing the author wrote is lost.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Value>,
    /// 1-based line of the module entry.
    pub line: u32,
}

/// One planned lesson (an entry of `lessons[]`, or one slot of a `lessons: N` count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedLesson {
    /// Normalised `M.L` (no zero padding), unique within the curriculum (`-b`, `-c` on clashes).
    pub lesson_id: String,
    pub module_number: u32,
    pub lesson_number: u32,
    /// The id as written (`"1.1"`, `1.10`, `"Aula 1.1"`, `m1-l1`), if any.
    pub source_id: Option<String>,
    pub title: Option<String>,
    pub file_path: Option<String>,
    pub duration_minutes: Option<u32>,
    pub bloom_level: Option<String>,
    pub learning_objectives: Vec<String>,
    pub key_concepts: Vec<String>,
    /// True when the lesson only exists because of a `lessons: N` count.
    pub from_count: bool,
    /// Keys lectern does not interpret (`steps`, `analogy`, `structure` …), as JSON.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Value>,
    /// 1-based line of the lesson entry (of the `lessons:` key for counted lessons).
    pub line: u32,
}

/// `curriculum.yaml` is not valid YAML: where, what the parser said, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("line {line}, column {column}: {message} ({hint})")]
pub struct CurriculumError {
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub hint: String,
    /// What went wrong, as data, so `message` and `hint` can be said in another language
    /// ([`CurriculumError::message_said`]); not part of the JSON.
    #[serde(skip)]
    pub problem: CurriculumProblem,
}

/// The kinds of curriculum errors, with the values their sentences need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CurriculumProblem {
    /// A YAML syntax error; `suggestion` is the offending line written with its value quoted.
    Yaml {
        kind: YamlErrorKind,
        suggestion: Option<String>,
    },
    ModuleTooBig {
        module: String,
        count: usize,
    },
    CourseTooBig {
        module: String,
    },
    /// Read back from JSON, where the problem is not kept: said as the parser wrote it.
    #[default]
    Unknown,
}

impl ParsedCurriculum {
    /// All planned lessons in curriculum order.
    pub fn lessons(&self) -> impl Iterator<Item = &PlannedLesson> {
        self.modules.iter().flat_map(|m| m.lessons.iter())
    }
}
