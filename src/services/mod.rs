//! Use cases shared by the CLI and the TUI; the only place storage and generation meet.
//!
//! Front ends call these functions and render their results, so the two cannot drift apart.

pub mod analytics;
mod archive;
pub mod authoring;
mod brownfield;
mod check;
mod course_checks;
mod course_layout;
mod course_messages;
mod course_read;
mod course_tree;
mod demo;
mod doc_job;
mod error;
mod estimate_text;
mod export;
mod export_guard;
mod export_json;
mod export_plan;
mod folder;
mod folder_write;
mod generate;
mod generate_curriculum;
mod generate_estimate;
mod generate_plan;
mod generate_provider;
mod generate_research;
mod generate_resume;
mod generate_save;
mod generate_setup;
pub mod history;
mod import;
mod import_plan;
mod import_run;
mod library;
mod offline_guard;
mod ordered_pool;
mod persona;
mod persona_prompt;
pub mod report;
mod search;
mod seed;
pub mod sync;
mod validate;

pub use analytics::{Analytics, Scope, figures, load_analytics};
pub use archive::{archive_course, unarchive_course};
pub use brownfield::{snapshot_from_legacy, snapshots_from_creatoros_db};
mod safe_path;
mod said;
mod source_files;

pub use check::{CheckReport, Difference, DifferenceKind, check_against, fix_from_folder};
pub use course_checks::{BloomVerdict, CourseChecks, course_checks};
pub use course_messages::{
    COURSE_FILE, course_message_count, course_messages, message_lesson, message_location,
    record_check,
};
pub use course_tree::{ModuleGroup, NOT_IN_CURRICULUM, module_groups};
pub use demo::{DEMO_SLUG, demo_snapshot, seed_demo};
pub use doc_job::recent_jobs;
pub use error::ServiceError;
pub use export::{ExportReport, ExportedFile, export_files, export_folder, export_folder_guarded};
pub use export_guard::Protected;
pub use export_json::{EXPORT_FORMAT, EXPORT_VERSION, export_json};
pub use export_plan::{ExportFile, Fidelity};
pub use folder::{
    FolderSnapshot, SnapshotFile, course_folders, is_course_folder, read_course_folder,
};
pub use folder_write::write_file_atomically;
pub use generate::{
    ExplicitChoice, GenerateOptions, GenerationHandle, LessonSelection, RenderedPrompt,
    show_prompts, start_generation,
};
pub use generate_curriculum::{
    CurriculumGenerated, DocumentError, DocumentUsage, curriculum_prompt, generate_curriculum,
    generate_curriculum_with,
};
pub use generate_estimate::{
    CHARS_PER_TOKEN, CostEstimate, Estimate, IgnoredOption, REPORT_TOKENS, duration_text,
    estimate_curriculum, estimate_lessons, estimate_research, ignored_option_list, ignored_options,
};
pub use generate_plan::LessonPlan;
pub use generate_research::{
    ResearchGenerated, generate_research, generate_research_with, research_prompts,
};
pub use generate_setup::{UnfinishedGeneration, unfinished_generations};
pub use import::import_snapshot_as;
pub use import::{CourseImport, ImportOutcome, OnExisting, import_snapshot};
pub use import_plan::{CoursePlan, ImportRefusal, ImportWarning, plan_course, score_record};
pub use import_run::{
    ImportOptions, ImportRun, ImportSource, Refused, import_sources, import_sources_streaming,
    import_sources_with_jobs,
};
pub use library::{CourseDetail, OpenOptions, OpenReport, course_detail, open_library};
pub use ordered_pool::default_jobs;
pub use persona::{
    OnExistingPersona, PersonaEntry, PersonaNames, assign_persona, list_personas, persona,
    persona_from_brief, persona_from_record, read_persona, save_persona,
};
pub use persona_prompt::{PromptSave, conflict_marker_line, save_persona_prompt};
pub use said::{said_of, say};
pub use search::{SearchResult, search_library, split_snippet};
pub use seed::{SeedReport, seed_synthetic};
pub use validate::{
    CourseValidation, LessonValidation, ValidateOptions, curriculum_facts, validate_file,
    validate_folders, validate_folders_then, validate_snapshot, validate_stored,
};
