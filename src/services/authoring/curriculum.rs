//! The curriculum: save only when it parses (text + parsed tree + totals + its revision, one
//! transaction), and the approval checkpoint of spec §5.5 — a summary with lesson count,
//! estimated cost and time, then marking it approved and creating the planned lessons.

use serde::Serialize;

use crate::domain::curriculum::{ParsedCurriculum, parse_curriculum};
use crate::domain::issue::Issue;
use crate::domain::rubric::Rubric;
use crate::domain::said::Said;
use crate::storage::{
    DraftKind, MetadataRecord, RevisionMeta, RevisionSource, SaveBase, Store, StoreError, Target,
};

use super::{AuthoringError, EditorText, Refusal, record_revision, snapshot};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurriculumSaved {
    /// The number of this text's revision in the curriculum's history (1, 2, …).
    pub version: u32,
    /// The new revision's id; `None` when the text was unchanged.
    pub revision: Option<String>,
    pub modules: usize,
    pub lessons: usize,
    pub findings: Vec<Issue>,
    /// True when an earlier approval was withdrawn because the text changed.
    pub approval_cleared: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleSummary {
    pub number: u32,
    pub title: String,
    pub lessons: Vec<(String, String, u32)>,
    pub minutes: u32,
}

/// What the approval checkpoint shows before any money is spent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApprovalSummary {
    pub title: String,
    pub provider: String,
    pub modules: Vec<ModuleSummary>,
    pub lesson_count: usize,
    pub total_minutes: u32,
    /// Cost and time of generating every lesson with the configured provider and model
    /// (`services::Estimate`: tokens of the prompts × the pricing table, measured speed).
    pub estimate: crate::services::Estimate,
    /// Lessons that have no row yet and will be created as planned.
    pub to_create: usize,
    pub findings: Vec<Issue>,
    pub approved_at: Option<String>,
    /// The curriculum text this summary shows; approving names it, so an approval never
    /// applies to a curriculum changed after the summary was opened.
    pub curriculum_sha256: String,
    /// The system prompt and prompt the first lesson will be generated with (the persona's
    /// text is in the system prompt): the approve dialog's preview. Not in JSON (its size).
    #[serde(skip)]
    pub first_prompt: Option<crate::services::RenderedPrompt>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Approved {
    pub approved_at: String,
    pub created: Vec<String>,
    /// Planned lessons whose title the curriculum changed.
    pub retitled: Vec<String>,
    /// Planned lessons the curriculum no longer lists (lessons with text are never archived).
    pub archived: Vec<String>,
}

pub fn load_curriculum(store: &Store, slug: &str) -> Result<EditorText, AuthoringError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let text = repo
        .metadata(course.id)?
        .and_then(|m| m.curriculum_yaml)
        .unwrap_or_default();
    Ok(EditorText::new(text))
}

/// Parses the curriculum; a YAML error is refused with its line and column.
pub fn check_curriculum(text: &str) -> Result<ParsedCurriculum, Refusal> {
    parse_curriculum(text).map_err(|e| Refusal::curriculum(&e))
}

/// Who saves a curriculum, and whether it may replace one that exists.
#[derive(Debug, Clone, Copy)]
pub struct CurriculumSave<'a> {
    /// `author` (TUI editor), `cli-set`, `external-editor` or `generate:<provider>`.
    pub changed_by: &'a str,
    pub summary: &'a str,
    pub replace: Replace,
}

/// What happens to a curriculum already saved (and different from the new text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// The author's own edit: the new text simply wins (its version follows the save).
    Overwrite,
    /// `generate --force`: the text before stays in history as a revision (every save
    /// keeps it), so a generated curriculum never silently loses the author's.
    KeepPrevious,
    /// `generate` without `--force`: refused whenever one exists, nothing written.
    Refuse,
}

/// The author's save from an editor or `--set`: replaces whatever was there.
pub fn save_curriculum(
    store: &mut Store,
    slug: &str,
    text: &str,
) -> Result<CurriculumSaved, AuthoringError> {
    let how = CurriculumSave {
        changed_by: "author",
        summary: "curriculum saved",
        replace: Replace::Overwrite,
    };
    save_curriculum_as(store, slug, text, how)
}

/// A person's save that started from `base`: refused with [`AuthoringError::Conflict`] when
/// the stored curriculum moved on since.
pub fn save_curriculum_on(
    store: &mut Store,
    slug: &str,
    text: &str,
    base: &SaveBase,
    source: RevisionSource,
) -> Result<CurriculumSaved, AuthoringError> {
    let how = CurriculumSave {
        changed_by: match source {
            RevisionSource::CliSet => "cli-set",
            RevisionSource::ExternalEditor => "external-editor",
            _ => "author",
        },
        summary: "curriculum saved",
        replace: Replace::Overwrite,
    };
    save_curriculum_checked(store, slug, text, how, base)
}

/// Saves `text` when it parses: metadata, totals and its revision in one transaction.
pub fn save_curriculum_as(
    store: &mut Store,
    slug: &str,
    text: &str,
    how: CurriculumSave<'_>,
) -> Result<CurriculumSaved, AuthoringError> {
    save_curriculum_checked(store, slug, text, how, &SaveBase::OnTop)
}

fn save_curriculum_checked(
    store: &mut Store,
    slug: &str,
    text: &str,
    how: CurriculumSave<'_>,
    base: &SaveBase,
) -> Result<CurriculumSaved, AuthoringError> {
    let parsed = check_curriculum(text).map_err(AuthoringError::Refused)?;
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        repo.check_base(course.id, &Target::Curriculum, base)?;
        let mut meta = repo.metadata(course.id)?.unwrap_or_else(|| MetadataRecord {
            rubric: Rubric::default().as_str().to_string(),
            brief_fields: serde_json::json!({}),
            ..MetadataRecord::default()
        });
        let existing = meta
            .curriculum_yaml
            .as_deref()
            .filter(|t| !t.trim().is_empty());
        let changed = existing != Some(text);
        match (existing, how.replace) {
            (None, _) | (Some(_), Replace::Overwrite) => {}
            (Some(previous), Replace::Refuse) => {
                return Err(AuthoringError::Said(
                    Said::new("err-curriculum-exists")
                        .with("slug", slug)
                        .with("lines", previous.lines().count()),
                ));
            }
            (Some(_), Replace::KeepPrevious) => {}
        }
        apply_curriculum(&mut meta, text, Some(&parsed));
        repo.upsert_metadata(course.id, &meta)?;
        // An approval covers the text that was shown; a changed curriculum needs a new one.
        let approval_cleared = changed && repo.curriculum_approved_at(course.id)?.is_some();
        if approval_cleared {
            repo.set_curriculum_approved(course.id, None)?;
        }
        let (version, revision) =
            record_revision(repo, course.id, Target::Curriculum, &revision_meta(how))?;
        repo.delete_draft(course.id, DraftKind::Curriculum, None)?;
        Ok(CurriculumSaved {
            version,
            revision,
            modules: parsed.modules.len(),
            lessons: parsed.lessons().count(),
            findings: parsed.issues.clone(),
            approval_cleared,
        })
    })
}

/// Sets the curriculum text of `meta` with its parsed tree and totals (`None`: a text that
/// does not parse, e.g. an empty one brought back by undo, stores no tree).
pub(crate) fn apply_curriculum(
    meta: &mut MetadataRecord,
    text: &str,
    parsed: Option<&ParsedCurriculum>,
) {
    meta.curriculum = parsed.map(snapshot);
    meta.curriculum_yaml = (!text.is_empty()).then(|| text.to_string());
    if let Some(parsed) = parsed {
        meta.total_modules = parsed.modules.len() as u32;
        meta.total_lessons = (parsed.lessons().count() as u32).max(meta.total_lessons);
        meta.total_duration_minutes =
            Some(parsed.lessons().filter_map(|l| l.duration_minutes).sum());
    }
}

/// The revision a save records, from who saved it.
fn revision_meta(how: CurriculumSave<'_>) -> RevisionMeta {
    match how.changed_by {
        "cli-set" => RevisionMeta::new(RevisionSource::CliSet),
        "external-editor" => RevisionMeta::new(RevisionSource::ExternalEditor),
        other => match other.strip_prefix("generate:") {
            Some(provider) => RevisionMeta {
                provider: Some(provider.to_string()),
                ..RevisionMeta::new(RevisionSource::Generated)
            },
            None => RevisionMeta::new(RevisionSource::Edited),
        },
    }
}

/// The checkpoint summary of the saved curriculum, estimated for `provider`'s default model
/// (`offline` costs nothing). Front ends with the configured options call
/// [`approval_summary_with`], which estimates for the configured model.
pub fn approval_summary(
    store: &Store,
    slug: &str,
    provider: &str,
) -> Result<ApprovalSummary, AuthoringError> {
    let mut opts = crate::services::GenerateOptions::offline();
    opts.provider = crate::generation::ProviderKind::parse(provider).unwrap_or(opts.provider);
    approval_summary_with(store, slug, &opts)
}

/// The checkpoint summary of the saved curriculum, its estimate for `opts`' provider and model.
pub fn approval_summary_with(
    store: &Store,
    slug: &str,
    opts: &crate::services::GenerateOptions,
) -> Result<ApprovalSummary, AuthoringError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let yaml = repo
        .metadata(course.id)?
        .and_then(|m| m.curriculum_yaml)
        .ok_or_else(|| {
            AuthoringError::Said(Said::new("err-curriculum-none-yet").with("slug", slug))
        })?;
    let parsed = check_curriculum(&yaml).map_err(AuthoringError::Refused)?;
    let curriculum_sha256 = super::sha256_hex(&yaml);
    let existing: Vec<String> = repo
        .lessons_of(course.id)?
        .into_iter()
        .map(|l| l.record.lesson_id)
        .collect();
    let lesson_count = parsed.lessons().count();
    let (estimate, first_prompt) = crate::services::generate_estimate::estimate_curriculum_lessons(
        store, opts, &course, &parsed,
    )
    .map_err(|e| {
        e.said().map_or_else(
            || AuthoringError::Input(e.to_string()),
            AuthoringError::Said,
        )
    })?;
    Ok(ApprovalSummary {
        title: parsed.title.clone().unwrap_or(course.title),
        provider: opts.provider.as_str().to_string(),
        modules: parsed
            .modules
            .iter()
            .map(|m| ModuleSummary {
                number: m.number,
                title: m.title.clone().unwrap_or_else(|| "Untitled Module".into()),
                lessons: m
                    .lessons
                    .iter()
                    .map(|l| {
                        let title = l.title.clone().unwrap_or_else(|| "Untitled Lesson".into());
                        (l.lesson_id.clone(), title, l.duration_minutes.unwrap_or(0))
                    })
                    .collect(),
                minutes: m.lessons.iter().filter_map(|l| l.duration_minutes).sum(),
            })
            .collect(),
        lesson_count,
        total_minutes: parsed.lessons().filter_map(|l| l.duration_minutes).sum(),
        estimate,
        to_create: parsed
            .lessons()
            .filter(|l| !existing.contains(&l.lesson_id))
            .count(),
        findings: parsed.issues.clone(),
        approved_at: repo.curriculum_approved_at(course.id)?,
        curriculum_sha256,
        first_prompt,
    })
}

/// Approves whatever curriculum is stored now. Front ends that showed a summary call
/// [`approve_curriculum_seen`] with the summary's `curriculum_sha256` instead.
pub fn approve_curriculum(
    store: &mut Store,
    slug: &str,
    approved_at: &str,
) -> Result<Approved, AuthoringError> {
    approve_curriculum_seen(store, slug, approved_at, &SaveBase::OnTop)
}

/// Approves the saved curriculum at `approved_at` if it is still the one `seen` names (the
/// summary's hash), and creates a planned lesson (status draft, no content) for every entry
/// without a row; one transaction.
pub fn approve_curriculum_seen(
    store: &mut Store,
    slug: &str,
    approved_at: &str,
    seen: &SaveBase,
) -> Result<Approved, AuthoringError> {
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        if let Err(e) = repo.check_base(course.id, &Target::Curriculum, seen) {
            return Err(match e {
                StoreError::Conflict(c) => AuthoringError::Said(
                    Said::new("err-curriculum-changed-since-summary")
                        .with("conflict", c.to_string()),
                ),
                other => other.into(),
            });
        }
        let yaml = repo
            .metadata(course.id)?
            .and_then(|m| m.curriculum_yaml)
            .ok_or_else(|| {
                AuthoringError::Said(Said::new("err-curriculum-none-to-approve").with("slug", slug))
            })?;
        let parsed = check_curriculum(&yaml).map_err(AuthoringError::Refused)?;
        if parsed.lessons().next().is_none() {
            return Err(AuthoringError::Said(Said::new(
                "err-curriculum-no-lessons-to-approve",
            )));
        }
        let done = super::reconcile::reconcile(&parsed, &repo.lessons_of(course.id)?);
        repo.upsert_lessons(course.id, &done.rows)?;
        repo.set_curriculum_approved(course.id, Some(approved_at))?;
        Ok(Approved {
            approved_at: approved_at.to_string(),
            created: done.created,
            retitled: done.retitled,
            archived: done.archived,
        })
    })
}
