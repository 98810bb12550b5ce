//! Use cases shared by the CLI and the TUI; the only place storage and generation meet.
//!
//! Front ends call these functions and render their results, so the two cannot drift apart.

mod error;
mod library;

pub use error::ServiceError;
pub use library::{CourseDetail, OpenOptions, OpenReport, course_detail, open_library};
