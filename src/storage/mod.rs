//! The local SQLite store: migrations, typed repositories, full-text search; and, in `sync/`,
//! the connection to an optional PostgreSQL sync server.
//!
//! Synchronous code over one `rusqlite::Connection`; async callers go through a dedicated
//! thread. Only `sync/` is async (tokio-postgres). Depends on `domain` and `config` only
//! (never on generation, services, CLI or TUI).

mod analytics;
mod analytics_scan;
mod checkpoint;
mod conflict;
mod course_files;
mod course_keyset;
mod course_messages;
mod courses;
mod creatoros_db;
mod data_version;
mod drafts;
mod error;
mod job_list;
mod job_lock;
mod jobs;
mod lessons;
mod lessons_upsert;
mod migrate;
mod minds;
mod performance;
mod repo;
mod research;
mod review;
mod revision_blobs;
mod revision_prepared;
mod revision_queries;
mod revision_targets;
mod revisions;
mod revisions_legacy;
mod search;
mod search_memo;
mod search_plan;
mod search_text;
mod search_tokens;
mod store;
mod stored_issues;
pub mod sync;
mod versions;

pub use analytics::LessonFigures;
pub use checkpoint::{AUTOCHECKPOINT_PAGES, Checkpointer};
pub use conflict::{Conflict, SaveBase};
pub use course_files::SourceFileRecord;
pub use course_messages::{CourseMessage, MessageSource};
pub use courses::{CourseRecord, CourseSummary, MetadataRecord, NewCourse};
pub use creatoros_db::{LegacyCourse, LegacyLesson, read_creatoros_db};
pub use drafts::{DraftKind, DraftRecord};
pub use error::StoreError;
pub use job_list::{JobKind, JobSummary};
pub use job_lock::{JobLock, JobOwner};
pub use jobs::{GeneratedContent, GenerationMetadata, JobId, JobItem, JobRecord, NewJob};
pub use lessons::{LessonRecord, LessonRow, ScoreRecord};
pub use lessons_upsert::EncodedLessons;
pub use migrate::{LATEST_VERSION, MIGRATIONS, Migration, MigrationReport};
pub use minds::{MindRecord, MindRow};
pub use performance::{LessonKey, PerformanceRecord};
pub use repo::Repo;
pub use research::ResearchRecord;
pub use review::ReviewLesson;
pub use revision_prepared::{CourseTexts, PreparedText, RevisionHeads, SeenTexts};
pub use revisions::{
    Recorded, RevisionMeta, RevisionRow, RevisionSource, Target, line_counts, new_revision_id,
};
pub use search::{MATCH_END, MATCH_START, SearchHit, SearchKind, to_fts_query};
pub use search_plan::COMMON as SEARCH_COMMON_TEXTS;
pub use store::{CourseId, Store};
pub use versions::VersionRecord;
