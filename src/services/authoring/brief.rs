//! The brief: load the saved text, validate, and save text + parsed fields + its revision in
//! one transaction (the draft is removed in the same transaction).

use serde::Serialize;
use serde_json::{Value, json};

use crate::domain::brief::{Completeness, ParsedBrief, parse_brief};
use crate::domain::issue::Issue;
use crate::domain::rubric::Rubric;
use crate::storage::{
    DraftKind, MetadataRecord, NewCourse, RevisionMeta, RevisionSource, SaveBase, Store, Target,
};

use super::{AuthoringError, EditorText, Refusal, record_revision};

/// What a save stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BriefSaved {
    /// The number of this text's revision in the brief's history (1, 2, …).
    pub version: u32,
    /// The new revision's id; `None` when the text was unchanged.
    pub revision: Option<String>,
    pub completeness: Completeness,
    pub issues: Vec<Issue>,
}

/// The stored brief text (empty when the course has none yet).
pub fn load_brief(store: &Store, slug: &str) -> Result<EditorText, AuthoringError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let text = repo
        .metadata(course.id)?
        .and_then(|m| m.brief_markdown)
        .unwrap_or_default();
    Ok(EditorText::new(text))
}

/// Parses a brief, refusing only what would be stored wrong: front matter that is not YAML
/// (everything else is tolerated and shows up as completeness).
pub fn check_brief(text: &str) -> Result<ParsedBrief, Refusal> {
    let parsed = parse_brief(text);
    if let Some(issue) = parsed
        .issues
        .iter()
        .find(|i| i.code == "BRIEF-FRONT-MATTER")
    {
        return Err(Refusal {
            line: issue.line_start.unwrap_or(1),
            column: 1,
            message: issue.message.clone(),
            hint: issue.hint.clone(),
            words: Box::new(super::RefusalWords::Issue(Box::new(issue.clone()))),
        });
    }
    Ok(parsed)
}

/// A person's save from the TUI editor.
pub fn save_brief(store: &mut Store, slug: &str, text: &str) -> Result<BriefSaved, AuthoringError> {
    save_brief_as(store, slug, text, RevisionSource::Edited)
}

/// Saves the brief on top of whatever is stored (the text it replaces stays in history).
pub fn save_brief_as(
    store: &mut Store,
    slug: &str,
    text: &str,
    source: RevisionSource,
) -> Result<BriefSaved, AuthoringError> {
    save_brief_on(store, slug, text, &SaveBase::OnTop, source)
}

/// Saves the brief if the stored one is still `base`; on any failure (a conflict included)
/// nothing (text, fields, revision, draft removal) is stored.
pub fn save_brief_on(
    store: &mut Store,
    slug: &str,
    text: &str,
    base: &SaveBase,
    source: RevisionSource,
) -> Result<BriefSaved, AuthoringError> {
    let parsed = check_brief(text).map_err(AuthoringError::Refused)?;
    store.write(|repo| {
        let course = repo.require_course(slug)?;
        repo.check_base(course.id, &Target::Brief, base)?;
        let meta = brief_metadata(repo.metadata(course.id)?, text, &parsed);
        repo.upsert_metadata(course.id, &meta)?;
        // The course row follows the brief once the brief names a title.
        if let Some(title) = parsed.title.as_deref().filter(|t| !t.trim().is_empty()) {
            repo.update_course(
                course.id,
                &NewCourse {
                    slug: course.slug.clone(),
                    title: title.trim().to_string(),
                    subtitle: parsed.subtitle.clone().or(course.subtitle.clone()),
                    keywords: if parsed.tags.is_empty() {
                        course.keywords.clone()
                    } else {
                        parsed.tags.clone()
                    },
                    status: course.status,
                },
            )?;
        }
        let (version, revision) =
            record_revision(repo, course.id, Target::Brief, &RevisionMeta::new(source))?;
        repo.delete_draft(course.id, DraftKind::Brief, None)?;
        Ok(BriefSaved {
            version,
            revision,
            completeness: parsed.completeness.clone(),
            issues: parsed.issues.clone(),
        })
    })
}

/// The metadata row with the brief's text and parsed fields, keeping curriculum and outline
/// (the same field mapping as the folder import).
pub(crate) fn brief_metadata(
    previous: Option<MetadataRecord>,
    text: &str,
    b: &ParsedBrief,
) -> MetadataRecord {
    let mut meta = previous.unwrap_or_else(|| MetadataRecord {
        rubric: Rubric::default().as_str().to_string(),
        curriculum: None,
        ..MetadataRecord::default()
    });
    let text_or_null = |v: &Option<String>| v.clone().map_or(Value::Null, Value::String);
    meta.brief_markdown = Some(text.to_string());
    meta.brief_file_name
        .get_or_insert_with(|| "COURSE-BRIEF.md".to_string());
    meta.brief_fields = serde_json::to_value(b).unwrap_or(json!({}));
    meta.icp = serde_json::to_value(&b.icp).unwrap_or(json!({}));
    meta.learning_objectives = json!(b.learning_objectives);
    meta.voice = json!({ "text": text_or_null(&b.voice) });
    meta.format = json!({ "text": text_or_null(&b.format) });
    meta.commercial = json!({ "text": text_or_null(&b.commercial) });
    meta.context = json!({ "text": text_or_null(&b.context) });
    meta.course_type = b
        .course_type
        .clone()
        .filter(|t| matches!(t.as_str(), "technical" | "conceptual" | "mixed"));
    meta.tool_name = b.tool.clone();
    meta
}
