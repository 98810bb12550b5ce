//! Drafts of unsaved editor text: written every few seconds while an editor is dirty, offered
//! back on reopen with their age and a diff summary, removed on save or discard.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::storage::{DraftKind, DraftRecord, Store};

use super::AuthoringError;

/// Which editor a draft belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct DraftKey {
    pub slug: String,
    pub kind: DraftKind,
    /// Only for lessons.
    pub lesson_id: Option<String>,
}

impl DraftKey {
    pub fn brief(slug: &str) -> DraftKey {
        DraftKey {
            slug: slug.into(),
            kind: DraftKind::Brief,
            lesson_id: None,
        }
    }

    pub fn curriculum(slug: &str) -> DraftKey {
        DraftKey {
            slug: slug.into(),
            kind: DraftKind::Curriculum,
            lesson_id: None,
        }
    }

    pub fn lesson(slug: &str, lesson_id: &str) -> DraftKey {
        DraftKey {
            slug: slug.into(),
            kind: DraftKind::Lesson,
            lesson_id: Some(lesson_id.into()),
        }
    }
}

/// Lines added and removed between the saved text and a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct DraftDiff {
    pub added: usize,
    pub removed: usize,
}

pub fn diff_summary(saved: &str, draft: &str) -> DraftDiff {
    let diff = TextDiff::from_lines(saved, draft);
    let mut out = DraftDiff::default();
    for change in diff.iter_all_changes() {
        match change.tag() {
            ChangeTag::Insert => out.added += 1,
            ChangeTag::Delete => out.removed += 1,
            ChangeTag::Equal => {}
        }
    }
    out
}

pub fn save_draft(
    store: &mut Store,
    key: &DraftKey,
    text: &str,
    base_sha256: Option<&str>,
) -> Result<(), AuthoringError> {
    store.write(|repo| {
        let course = repo.require_course(&key.slug)?;
        repo.upsert_draft(
            course.id,
            key.kind,
            key.lesson_id.as_deref(),
            text,
            base_sha256,
        )?;
        Ok(())
    })
}

/// The draft to offer: the kept one when there is one, else the live one.
pub fn load_draft(store: &Store, key: &DraftKey) -> Result<Option<DraftRecord>, AuthoringError> {
    let repo = store.read();
    let course = repo.require_course(&key.slug)?;
    Ok(repo.draft(course.id, key.kind, key.lesson_id.as_deref())?)
}

/// Removes the live draft; returns whether there was one.
pub fn discard_draft(store: &mut Store, key: &DraftKey) -> Result<bool, AuthoringError> {
    discard_draft_slot(store, key, false)
}

/// Removes the live or (`kept`) the set-aside draft; returns whether there was one.
pub fn discard_draft_slot(
    store: &mut Store,
    key: &DraftKey,
    kept: bool,
) -> Result<bool, AuthoringError> {
    store.write(|repo| {
        let course = repo.require_course(&key.slug)?;
        Ok(repo.delete_draft_slot(course.id, key.kind, key.lesson_id.as_deref(), kept)?)
    })
}

/// Sets the live draft aside (`keep`: "decide later" on an offer) or makes the kept one live
/// again (restored). See `Repo::move_draft`.
pub fn move_draft(store: &mut Store, key: &DraftKey, keep: bool) -> Result<bool, AuthoringError> {
    store.write(|repo| {
        let course = repo.require_course(&key.slug)?;
        Ok(repo.move_draft(course.id, key.kind, key.lesson_id.as_deref(), keep)?)
    })
}

pub fn list_drafts(store: &Store) -> Result<Vec<DraftRecord>, AuthoringError> {
    Ok(store.read().list_drafts()?)
}
