//! Use cases shared by the CLI and the TUI; the only place storage and generation meet.
//!
//! Front ends call these functions and render their results, so the two cannot drift apart.

mod error;
mod folder;
mod library;

pub use error::ServiceError;
pub use folder::{
    FolderSnapshot, SnapshotFile, course_folders, is_course_folder, read_course_folder,
};
pub use library::{CourseDetail, OpenOptions, OpenReport, course_detail, open_library};
