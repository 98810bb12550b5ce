//! The one lost-update check (issue 21): a writer names the text it started from, and inside
//! its write transaction [`Repo::check_base`] compares that with the text stored now. The
//! CLI's saves, the workbench's editors, generation results and `validate SLUG` go through it
//! (and sync will), so the second writer never silently wins.
//!
//! Texts are compared by sha256 (the same hash revisions are addressed by), not by revision
//! id: a base is then meaningful for text stored before revisions existed and for two
//! writers that happened to save identical text.

use std::fmt;

use serde::Serialize;

use super::repo::Repo;
use super::revision_blobs::sha256_of;
use super::revisions::{CurrentText, RevisionMeta, RevisionRow, RevisionSource, Target};
use super::{CourseId, StoreError};
use crate::domain::said::Said;

/// What a save started from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "sha256")]
pub enum SaveBase {
    /// The sha256 of the text the writer loaded; a different stored text is a conflict.
    Sha256(String),
    /// Store on top of whatever is there ("keep mine", `--force`): the other text stays in
    /// history as the revision this one follows.
    OnTop,
}

impl SaveBase {
    /// The base of a writer that loaded `text`.
    pub fn of_text(text: &str) -> SaveBase {
        SaveBase::Sha256(sha256_of(text))
    }
}

/// The stored text moved on since the writer loaded it; nothing was written. Carries what a
/// front end needs to offer keep mine (save again with [`SaveBase::OnTop`]), take theirs
/// (`current_text`) or a three-way merge (`base_text`, `current_text` and the writer's own).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub target: Target,
    /// The sha256 the writer started from.
    pub base: String,
    /// The sha256 of the text stored now.
    pub current: String,
    pub current_text: String,
    /// The text the writer started from, when history holds it.
    pub base_text: Option<String>,
    /// The revision that holds the current text (who saved it, when, how).
    pub head: Option<RevisionRow>,
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} changed since it was opened", describe(&self.target))?;
        if let Some(h) = &self.head {
            write!(
                f,
                " ({} by {} at {}, revision {})",
                h.source,
                h.author,
                h.created_at,
                short(&h.id)
            )?;
        }
        write!(
            f,
            "; started from text {}, stored text is now {}; nothing was saved",
            short(&self.base),
            short(&self.current)
        )
    }
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

impl Conflict {
    /// What this conflict says, as data for the front ends (`src/domain/said.rs`); the
    /// revision's source is its code name, as English shows it.
    pub fn said(&self) -> Said {
        let what = match &self.target {
            Target::Lesson(id) => Said::new("err-conflict-what-lesson").with("id", id),
            Target::Brief => Said::new("err-conflict-what-brief"),
            Target::Curriculum => Said::new("err-conflict-what-curriculum"),
            Target::Research(name) => Said::new("err-conflict-what-research").with("name", name),
            Target::Status => Said::new("err-conflict-what-status"),
        };
        let said = match &self.head {
            Some(h) => Said::new("err-conflict-by")
                .with("source", h.source.as_str())
                .with("author", h.author.as_str())
                .with("at", h.created_at.as_str())
                .with("revision", short(&h.id)),
            None => Said::new("err-conflict"),
        };
        said.with("what", what)
            .with("base", short(&self.base))
            .with("current", short(&self.current))
    }
}

fn describe(target: &Target) -> String {
    match target {
        Target::Lesson(id) => format!("lesson {id}"),
        Target::Brief => "the brief".into(),
        Target::Curriculum => "the curriculum".into(),
        Target::Research(name) => format!("research report {name}"),
        Target::Status => "the course status".into(),
    }
}

fn short(id: &str) -> &str {
    id.get(..12).unwrap_or(id)
}

impl Repo<'_> {
    /// Fails with [`StoreError::Conflict`] when `target`'s stored text is no longer the one
    /// `base` names. Call it inside the write transaction, before writing: the IMMEDIATE
    /// transaction holds the write lock, so nothing can change between check and write.
    pub fn check_base(
        &self,
        course: CourseId,
        target: &Target,
        base: &SaveBase,
    ) -> Result<(), StoreError> {
        let SaveBase::Sha256(base) = base else {
            return Ok(());
        };
        let current_text = self
            .current_text(course, target)?
            .map(|c| c.text)
            .unwrap_or_default();
        let current = sha256_of(&current_text);
        if current == *base {
            return Ok(());
        }
        let base_text = self.text_by_sha(base).ok();
        Err(StoreError::Conflict(Box::new(Conflict {
            target: target.clone(),
            base: base.clone(),
            current,
            current_text,
            base_text,
            head: self.head_revision(course, target)?,
        })))
    }

    /// The sha256 of `target`'s stored text now (empty text for a planned lesson).
    pub fn current_sha256(&self, course: CourseId, target: &Target) -> Result<String, StoreError> {
        let text = self
            .current_text(course, target)?
            .map(|c| c.text)
            .unwrap_or_default();
        Ok(sha256_of(&text))
    }
}

impl Repo<'_> {
    /// Keeps `text` in `target`'s history without making it current: it is appended as a
    /// revision (scores `gps`, `didatica` as stored fractions), then the current text again
    /// on top (source `restored`, its origin carried over), so the current text still equals
    /// the head. Used when a writer's base moved on but its text must not be lost (a model's
    /// paid answer for a lesson a person changed meanwhile). Returns the kept revision's id.
    pub fn keep_beside_current(
        &self,
        course: CourseId,
        target: &Target,
        text: &str,
        scores: (Option<f64>, Option<f64>),
        meta: &RevisionMeta,
    ) -> Result<Option<String>, StoreError> {
        let Some(current) = self.current_text(course, target)? else {
            return Ok(None);
        };
        let head_origin = self.head_revision(course, target)?.map(|h| h.origin);
        let kept = CurrentText {
            text: text.to_string(),
            gps: scores.0,
            didatica: scores.1,
        };
        let id = self.record_text(course, target, &kept, meta, None)?;
        let back = RevisionMeta {
            source: RevisionSource::Restored,
            provider: None,
            model: None,
            origin: head_origin,
            ..meta.clone()
        };
        self.record_text(course, target, &current, &back, None)?;
        Ok(id)
    }
}

impl Repo<'_> {
    /// The stored text of a lesson row (`None`: planned or gone). Scores computed outside a
    /// transaction compare against it inside the one that writes them.
    pub fn lesson_text_of_row(&self, row_id: i64) -> Result<Option<String>, StoreError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn()
            .query_row(
                "SELECT content_markdown FROM course_lessons WHERE id = ?1",
                [row_id],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten())
    }
}
