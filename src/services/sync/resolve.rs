//! Resolving a conflict: keep mine, keep theirs, or a text merged by hand. The chosen text
//! is written like any save (a lesson is scored again) as a new revision on top of the
//! current one, and the conflict is marked resolved — one local transaction; the next sync
//! pushes both.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::said::Said;
use crate::storage::sync::{ConflictRecord, Keep, RowKey};
use crate::storage::{Repo, RevisionMeta, RevisionSource, Store, StoreError, Target};

use super::super::ServiceError;
use super::super::history::write_target_text;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolveReport {
    pub course: String,
    pub target: String,
    /// The new revision holding the chosen text (`None`: it was already the current text).
    pub revision: Option<String>,
    /// Conflicts of that target now resolved.
    pub resolved: u64,
}

/// `target` as a person types it (`1.2`, `brief`, `lesson/1.2#title`).
fn conflict_target(arg: &str) -> String {
    if arg.contains('#') {
        arg.to_string()
    } else {
        Target::parse_arg(arg).key()
    }
}

pub fn resolve_conflict(
    store: &mut Store,
    slug: &str,
    target: &str,
    keep: Keep,
) -> Result<ResolveReport, ServiceError> {
    let target = conflict_target(target);
    store.write(|repo| {
        let conflict = repo.open_conflict(slug, &target)?.ok_or_else(|| {
            ServiceError::refused(
                Said::new("err-no-open-conflict")
                    .with("target", target.as_str())
                    .with("slug", slug),
            )
        })?;
        let revision = match conflict.field() {
            Some((prefix, field)) => {
                keep_field(repo, &conflict, prefix, field, &keep)?;
                None
            }
            None => keep_text(repo, &conflict, &keep)?,
        };
        let resolved = repo.resolve_conflicts(slug, &target)?;
        Ok(ResolveReport {
            course: slug.to_string(),
            target: target.clone(),
            revision,
            resolved,
        })
    })
}

fn keep_text(
    repo: &Repo<'_>,
    conflict: &ConflictRecord,
    keep: &Keep,
) -> Result<Option<String>, ServiceError> {
    let course = repo.require_course(&conflict.course)?;
    let target = Target::from_key(&conflict.target);
    // One message per side: "mine" and "theirs" are words of the sentence, not values.
    let side = |id: &Option<String>, missing: &'static str| -> Result<String, ServiceError> {
        let id = id.as_deref().unwrap_or_default();
        repo.revision_text(id)?.ok_or_else(|| {
            ServiceError::Store(StoreError::Refused(Said::new(missing).with("id", id)))
        })
    };
    let text = match keep {
        Keep::Mine => side(&conflict.mine_id, "err-conflict-mine-missing")?,
        Keep::Theirs => side(&conflict.theirs_id, "err-conflict-theirs-missing")?,
        Keep::Text(t) => t.clone(),
    };
    write_target_text(repo, course.id, &target, &text)?;
    let recorded = repo.record_revisions(
        course.id,
        std::slice::from_ref(&target),
        &RevisionMeta::new(RevisionSource::Edited),
    )?;
    Ok(recorded.into_iter().next().map(|r| r.id))
}

fn keep_field(
    repo: &Repo<'_>,
    conflict: &ConflictRecord,
    prefix: &str,
    field: &str,
    keep: &Keep,
) -> Result<(), ServiceError> {
    let parse = |v: &Option<String>| -> Value {
        v.as_deref()
            .and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or(Value::Null)
    };
    let value = match keep {
        Keep::Mine => parse(&conflict.mine_value),
        Keep::Theirs => parse(&conflict.theirs_value),
        Keep::Text(t) => Value::String(t.trim_end_matches('\n').to_string()),
    };
    let slug = conflict.course.clone();
    let key = match prefix.split_once('/') {
        None if prefix == "course" => RowKey::Course(slug),
        None if prefix == "metadata" => RowKey::Metadata(slug),
        None if prefix == "research" => RowKey::Research(slug),
        Some(("lesson", id)) => RowKey::Lesson(slug, id.to_string()),
        Some(("persona", mind)) => RowKey::Mind(mind.to_string()),
        _ => {
            return Err(ServiceError::refused(
                Said::new("err-conflict-target-no-row").with("target", conflict.target.as_str()),
            ));
        }
    };
    let mut fields = Map::new();
    fields.insert(field.to_string(), value);
    repo.write_sync_row(&key, &fields)?;
    Ok(())
}
