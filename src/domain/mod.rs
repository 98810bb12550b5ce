//! The pure domain core: course model, parsers, rubrics, issues and course checks.
//!
//! Nothing here performs I/O, reads the clock, spawns tasks or knows about SQL, HTTP or the
//! terminal. Every function takes strings and structs and returns values, so all of it is
//! unit-testable without a runtime. `tests/integration/architecture.rs` enforces this.

pub mod analytics;
pub mod bloom;
pub mod brief;
pub mod checks;
pub mod content_type;
pub mod course;
pub mod course_codes;
pub mod course_match;
pub mod curriculum;
pub mod display_text;
pub mod file_name;
pub mod fold;
pub mod front_matter;
pub mod issue;
pub mod lesson_file;
pub mod lesson_header;
pub mod lesson_ids;
pub mod lines;
pub mod merge;
pub mod numbering;
pub mod outline;
pub mod persona;
pub mod research;
pub mod rubric;
pub mod said;
pub mod skeleton;
pub mod slug;
pub mod suggest;
pub mod sync_merge;
pub mod text;
pub mod yaml_budget;
mod yaml_json;
pub mod yaml_tree;
