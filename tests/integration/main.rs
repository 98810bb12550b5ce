//! One integration-test binary for the whole crate (faster to link than one per file).

mod brief_parse;
mod course_matching;
mod curriculum_parse;
mod lesson_files;
mod support;
