//! Generation: LLM providers (one file each), prompt rendering from `assets/prompts`, token
//! prices, retry policy and the job runner (concurrency, regeneration, cancel).
//!
//! It emits typed `JobEvent`s and never touches the database: it must not depend on storage,
//! services, the CLI, the TUI or rusqlite (`tests/integration/architecture.rs` enforces it).

pub mod job;
pub mod pricing;
pub mod prompt;
pub mod provider;
pub mod retry;
pub mod runner;

pub use job::{AttemptSummary, JobEvent, JobTotals, LessonOutcome};
pub use pricing::{Price, Pricing, PricingError, estimated_usage};
pub use prompt::{CourseContext, LessonSpec, PromptTemplates, TemplateError};
pub use provider::{
    ApiKey, Completion, CompletionRequest, ErrorClass, Provider, ProviderError, ProviderKind, Usage,
};
pub use retry::RetryPolicy;
pub use runner::{LessonTask, RunSettings, spawn_job};
