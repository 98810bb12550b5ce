//! The pure domain core: course model, parsers, rubrics, issues and course checks.
//!
//! Nothing here performs I/O, reads the clock, spawns tasks or knows about SQL, HTTP or the
//! terminal. Every function takes strings and structs and returns values, so all of it is
//! unit-testable without a runtime. `tests/integration/architecture.rs` enforces this.

pub mod bloom;
pub mod checks;
pub mod course;
pub mod issue;
pub mod lines;
pub mod rubric;
pub mod text;
