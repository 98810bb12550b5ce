//! Use cases shared by the CLI and the TUI; the only place storage and generation meet.
//!
//! Front ends call these functions and render their results, so the two cannot drift apart.

mod brownfield;
mod course_read;
mod demo;
mod error;
mod folder;
mod import;
mod import_plan;
mod library;
mod validate;

pub use brownfield::snapshots_from_creatoros_db;
pub use demo::{DEMO_SLUG, demo_snapshot, seed_demo};
pub use error::ServiceError;
pub use folder::{
    FolderSnapshot, SnapshotFile, course_folders, is_course_folder, read_course_folder,
};
pub use import::{
    CourseImport, ImportOutcome, OnExisting, describe_plan, import_snapshot, store_plan,
};
pub use import_plan::{CoursePlan, ImportRefusal, ImportWarning, plan_course, score_record};
pub use library::{CourseDetail, OpenOptions, OpenReport, course_detail, open_library};
pub use validate::{
    CourseValidation, LessonValidation, curriculum_facts, validate_file, validate_snapshot,
    validate_stored,
};
