//! The parsed course brief, stored as JSON by the import service.

use crate::domain::issue::Issue;
use serde::{Deserialize, Serialize};

/// Everything Lectern reads from a `COURSE-BRIEF*.md`. Free-text answers stay text; a field
/// that only holds template placeholders is `None`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ParsedBrief {
    pub front_matter: Option<serde_json::Value>,
    pub creation_mode: Option<String>,
    pub status: Option<String>,
    pub course_slug: Option<String>,
    pub instructor: Option<String>,
    pub mmos_enabled: bool,
    /// `mmos_persona.mind_slug` or its synonym `persona_slug`.
    pub persona_slug: Option<String>,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// The slug written in §1 (front matter `course_slug` is separate).
    pub slug: Option<String>,
    pub category: Vec<String>,
    pub tags: Vec<String>,
    /// `technical`, `conceptual` or `mixed`.
    pub course_type: Option<String>,
    pub tool: Option<String>,
    pub total_duration: Option<String>,
    pub module_count: Option<u32>,
    pub icp: Icp,
    pub prerequisites: Option<String>,
    pub learning_objectives: Vec<String>,
    pub outline: Option<String>,
    pub pedagogy: Option<String>,
    pub voice: Option<String>,
    pub format: Option<String>,
    pub commercial: Option<String>,
    pub context: Option<String>,
    pub completeness: Completeness,
    pub issues: Vec<Issue>,
}

/// §2: who the course is for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Icp {
    pub demographics: Option<String>,
    pub pains: Option<String>,
    pub desires: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// How far a section is filled in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionStatus {
    Filled,
    Placeholder,
    #[default]
    Missing,
}

/// One of the eight numbered sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionCompleteness {
    pub number: u8,
    pub heading: Option<String>,
    /// 1-based line of the `##` heading.
    pub line: Option<u32>,
    pub status: SectionStatus,
    /// Labelled answers that are filled / all labelled answers in the section.
    pub filled_fields: u32,
    pub total_fields: u32,
    pub percent: u8,
}

/// Per-section status and the overall percentage (floor of the mean of the eight).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completeness {
    pub sections: Vec<SectionCompleteness>,
    pub percent: u8,
}
