//! Use cases shared by the CLI and the TUI; the only place storage and generation meet.
//!
//! Front ends call these functions and render their results, so the two cannot drift apart.

mod demo;
mod error;
mod folder;
mod import;
mod import_plan;
mod library;
mod source_files;

pub use demo::{DEMO_SLUG, demo_snapshot, seed_demo};
pub use error::ServiceError;
pub use folder::{
    FolderSnapshot, SnapshotFile, course_folders, is_course_folder, read_course_folder,
};
pub use import::import_snapshot_as;
pub use import::{CourseImport, ImportOutcome, OnExisting, import_snapshot, store_plan};
pub use import_plan::{CoursePlan, ImportRefusal, ImportWarning, plan_course, score_record};
pub use library::{CourseDetail, OpenOptions, OpenReport, course_detail, open_library};
