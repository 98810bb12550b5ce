//! Revisions (`revisions`): an append-only history of every text of a course — lessons, the
//! brief, the curriculum, research reports and the course's status.
//!
//! Writers change a text and then call [`Repo::record_revisions`] in the same transaction; it
//! appends a revision for each target whose current text differs from its head, so the
//! current text always equals the head revision's text. Rows are never deleted, and their
//! content never changes; only `seq`, the local order, moves when sync makes a pulled
//! revision the head (`storage::sync`).

use std::fmt;
use std::time::{Duration, Instant};

use rusqlite::{Row, params};
use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};

use super::repo::Repo;
use super::revision_blobs::sha256_of;
use super::{CourseId, StoreError};

/// How a revision came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RevisionSource {
    Imported,
    Reimported,
    Edited,
    CliSet,
    ExternalEditor,
    Generated,
    Restored,
    Undo,
    /// Built from a `course_versions` snapshot or a text stored before revisions existed.
    Migrated,
}

impl RevisionSource {
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionSource::Imported => "imported",
            RevisionSource::Reimported => "reimported",
            RevisionSource::Edited => "edited",
            RevisionSource::CliSet => "cli-set",
            RevisionSource::ExternalEditor => "external-editor",
            RevisionSource::Generated => "generated",
            RevisionSource::Restored => "restored",
            RevisionSource::Undo => "undo",
            RevisionSource::Migrated => "migrated",
        }
    }
}

/// What a revision is the text of. Stored as `lesson/<id>`, `brief`, `curriculum`,
/// `research/<name>` or `status`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Lesson(String),
    Brief,
    Curriculum,
    Research(String),
    Status,
}

impl Target {
    pub fn key(&self) -> String {
        match self {
            Target::Lesson(id) => format!("lesson/{id}"),
            Target::Brief => "brief".into(),
            Target::Curriculum => "curriculum".into(),
            Target::Research(name) => format!("research/{name}"),
            Target::Status => "status".into(),
        }
    }

    pub fn from_key(key: &str) -> Target {
        match key {
            "brief" => Target::Brief,
            "curriculum" => Target::Curriculum,
            "status" => Target::Status,
            _ => match (key.strip_prefix("lesson/"), key.strip_prefix("research/")) {
                (Some(id), _) => Target::Lesson(id.into()),
                (_, Some(name)) => Target::Research(name.into()),
                _ => Target::Lesson(key.into()),
            },
        }
    }

    /// As a person names it on the command line: a lesson id, `brief`, `research/NAME`…
    pub fn parse_arg(arg: &str) -> Target {
        Target::from_key(arg)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Lesson(id) => f.write_str(id),
            other => f.write_str(&other.key()),
        }
    }
}

/// Who and what a batch of revisions records. One user action = one `action_id`.
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionMeta {
    pub source: RevisionSource,
    pub provider: Option<String>,
    pub model: Option<String>,
    pub action_id: String,
    pub undoes_action: Option<String>,
    /// For restores and undos: the origin of the text brought back.
    pub origin: Option<String>,
}

impl RevisionMeta {
    /// A new user action with its own id.
    pub fn new(source: RevisionSource) -> RevisionMeta {
        RevisionMeta {
            source,
            provider: None,
            model: None,
            action_id: new_revision_id(),
            undoes_action: None,
            origin: None,
        }
    }

    pub fn generated(provider: &str, model: &str) -> RevisionMeta {
        RevisionMeta {
            provider: Some(provider.into()),
            model: Some(model.into()),
            ..RevisionMeta::new(RevisionSource::Generated)
        }
    }

    /// Whose text the revision holds, from its source (restores carry it over).
    fn origin_of(&self, text: &str) -> String {
        self.origin_for(text.is_empty())
    }

    /// [`RevisionMeta::origin_of`] knowing only whether the text is empty.
    pub(super) fn origin_for(&self, empty: bool) -> String {
        if empty {
            return "empty".into();
        }
        if let Some(origin) = &self.origin {
            return origin.clone();
        }
        match self.source {
            RevisionSource::Imported | RevisionSource::Reimported | RevisionSource::Migrated => {
                "imported"
            }
            RevisionSource::Generated if self.provider.as_deref() == Some("offline") => {
                "offline-draft"
            }
            RevisionSource::Generated => "generated",
            _ => "person",
        }
        .into()
    }
}

/// A fresh UUIDv7 (time-ordered, globally unique).
pub fn new_revision_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// One revision as stored (its text is fetched separately).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RevisionRow {
    pub id: String,
    pub parent: Option<String>,
    pub target: String,
    pub created_at: String,
    pub source: String,
    pub author: String,
    pub provider: Option<String>,
    pub model: Option<String>,
    pub origin: String,
    pub gps_score: Option<f64>,
    pub didatica_score: Option<f64>,
    pub sha256: String,
    pub action_id: String,
    pub undoes_action: Option<String>,
    pub lines_added: u32,
    pub lines_removed: u32,
}

pub(super) const COLUMNS: &str = "id, parent_id, target, created_at, source, author, provider, model, \
     origin, gps_score, didatica_score, sha256, action_id, undoes_action, lines_added, \
     lines_removed";

pub(super) fn revision_from_row(row: &Row<'_>) -> rusqlite::Result<RevisionRow> {
    Ok(RevisionRow {
        id: row.get(0)?,
        parent: row.get(1)?,
        target: row.get(2)?,
        created_at: row.get(3)?,
        source: row.get(4)?,
        author: row.get(5)?,
        provider: row.get(6)?,
        model: row.get(7)?,
        origin: row.get(8)?,
        gps_score: row.get(9)?,
        didatica_score: row.get(10)?,
        sha256: row.get(11)?,
        action_id: row.get(12)?,
        undoes_action: row.get(13)?,
        lines_added: row.get(14)?,
        lines_removed: row.get(15)?,
    })
}

/// A revision just appended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub id: String,
    pub target: Target,
    /// The revision it follows; `None` for a target's first text.
    pub parent: Option<String>,
}

/// The current text of a target with its scores (lessons only).
pub(super) struct CurrentText {
    pub(super) text: String,
    pub(super) gps: Option<f64>,
    pub(super) didatica: Option<f64>,
}

impl Repo<'_> {
    /// Appends a revision for every target whose current text differs from its head (a
    /// target that no longer exists keeps its history and gets none).
    pub fn record_revisions(
        &self,
        course: CourseId,
        targets: &[Target],
        meta: &RevisionMeta,
    ) -> Result<Vec<Recorded>, StoreError> {
        let mut recorded = Vec::new();
        for target in targets {
            let Some(current) = self.current_text(course, target)? else {
                continue;
            };
            let head = self.head_revision(course, target)?;
            let parent = head.as_ref().map(|h| h.id.clone());
            if let Some(id) = self.record_text_after(course, target, head, &current, meta, None)? {
                recorded.push(Recorded {
                    id,
                    target: target.clone(),
                    parent,
                });
            }
        }
        Ok(recorded)
    }

    /// Every target of a course that has a text now.
    pub fn course_targets(&self, course: CourseId) -> Result<Vec<Target>, StoreError> {
        let mut targets = vec![Target::Brief, Target::Curriculum, Target::Status];
        let mut stmt = self.conn().prepare_cached(
            "SELECT lesson_id FROM course_lessons WHERE content_piece_id = ?1 ORDER BY sort_order",
        )?;
        for id in stmt.query_map([course.0], |r| r.get::<_, String>(0))? {
            targets.push(Target::Lesson(id?));
        }
        targets.extend(
            self.research_names(course)?
                .into_iter()
                .map(Target::Research),
        );
        Ok(targets)
    }

    /// Appends one revision of `target` holding `current`, unless the head already holds it.
    /// `created_at` overrides the clock (migrated history keeps its dates).
    pub(super) fn record_text(
        &self,
        course: CourseId,
        target: &Target,
        current: &CurrentText,
        meta: &RevisionMeta,
        created_at: Option<&str>,
    ) -> Result<Option<String>, StoreError> {
        let head = self.head_revision(course, target)?;
        self.record_text_after(course, target, head, current, meta, created_at)
    }

    /// [`Repo::record_text`] when the caller has looked the head up already.
    pub(super) fn record_text_after(
        &self,
        course: CourseId,
        target: &Target,
        head: Option<RevisionRow>,
        current: &CurrentText,
        meta: &RevisionMeta,
        created_at: Option<&str>,
    ) -> Result<Option<String>, StoreError> {
        let sha = sha256_of(&current.text);
        match &head {
            Some(h) if h.sha256 == sha => return Ok(None),
            None if current.text.is_empty() => return Ok(None),
            _ => {}
        }
        let parent_text = match &head {
            Some(h) => Some(self.text_by_sha(&h.sha256)?),
            None => None,
        };
        let base = head.as_ref().zip(parent_text.as_deref());
        self.put_text_as(
            &current.text,
            &sha,
            base.map(|(h, t)| (h.sha256.as_str(), t)),
        )?;
        let (added, removed) = line_counts(parent_text.as_deref().unwrap_or(""), &current.text);
        let id = new_revision_id();
        let origin = meta.origin_of(&current.text);
        self.conn().prepare_cached(
            "INSERT INTO revisions (id, content_piece_id, target, parent_id, created_at, source,
                provider, model, author, origin, gps_score, didatica_score, sha256, action_id,
                undoes_action, lines_added, lines_removed)
             VALUES (?1, ?2, ?3, ?4,
                coalesce(?5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?6, ?7, ?8, ?9, ?10, ?11,
                ?12, ?13, ?14, ?15, ?16, ?17)",
        )?
        .execute(params![
                id,
                course.0,
                target.key(),
                head.as_ref().map(|h| h.id.as_str()),
                created_at,
                meta.source.as_str(),
                meta.provider,
                meta.model,
                self.author(),
                origin,
                current.gps,
                current.didatica,
                sha,
                meta.action_id,
                meta.undoes_action,
                added,
                removed,
            ],
        )?;
        if let Target::Lesson(lesson_id) = target {
            self.conn()
                .prepare_cached(
                    "UPDATE course_lessons SET origin = ?3
                 WHERE content_piece_id = ?1 AND lesson_id = ?2",
                )?
                .execute(params![
                    course.0,
                    lesson_id,
                    (origin != "empty").then_some(origin.as_str())
                ])?;
        }
        Ok(Some(id))
    }
}

const LINE_COUNT_BUDGET: Duration = Duration::from_millis(100);

/// Lines added and removed from `old` to `new`.
pub fn line_counts(old: &str, new: &str) -> (u32, u32) {
    let old: Vec<&str> = old.split_inclusive('\n').collect();
    let new: Vec<&str> = new.split_inclusive('\n').collect();
    let deadline = Instant::now() + LINE_COUNT_BUDGET;
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &old, &new, Some(deadline));
    ops.iter().fold((0, 0), |(a, r), op| match op.tag() {
        DiffTag::Equal => (a, r),
        _ => (
            a + op.new_range().len() as u32,
            r + op.old_range().len() as u32,
        ),
    })
}
