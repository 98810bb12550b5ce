//! Generation: LLM providers (one file each), prompt rendering from `assets/prompts`, token
//! prices, retry policy and the job runner (concurrency, regeneration, cancel).
//!
//! It emits typed `JobEvent`s and never touches the database: it must not depend on storage,
//! services, the CLI, the TUI or rusqlite (`tests/integration/architecture.rs` enforces it).

pub mod curriculum_draft;
pub mod doc_prompt;
pub mod document;
pub mod document_attempts;
pub mod job;
pub mod pricing;
pub mod prompt;
pub mod provider;
pub mod research_draft;
pub mod retry;
pub mod runner;

pub use curriculum_draft::{CURRICULUM_DRAFT_MARKER, CurriculumDraftInput, curriculum_draft};
pub use doc_prompt::{CurriculumBrief, DOC_SYSTEM, DocTemplates};
pub use document::{DocumentSettings, complete_document, strip_fence};
pub use document_attempts::{
    CheckedDocument, DocAttempt, DocumentFailure, complete_checked, report_problem, total_usage,
    with_instruction,
};
pub use job::{AttemptSummary, JobEvent, JobTotals, LessonOutcome};
pub use pricing::{Price, Pricing, PricingError, estimated_usage};
pub use prompt::{CourseContext, LessonSpec, PromptTemplates, TemplateError};
pub use provider::{
    ApiKey, Completion, CompletionRequest, ErrorClass, FinishReason, Provider, ProviderError,
    ProviderKind, Usage,
};
pub use research_draft::{ReportKind, ResearchInput, SKELETON_MARKER, research_skeleton};
pub use retry::RetryPolicy;
pub use runner::{LessonTask, RunSettings, spawn_job};
