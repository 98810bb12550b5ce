//! Where each revision target's current text lives: a lesson row, the brief and curriculum
//! columns of `course_metadata`, a research column or summary entry, the course status.

use rusqlite::{OptionalExtension, params};
use serde_json::Value;

use crate::domain::course::CourseStatus;

use super::repo::Repo;
use super::revisions::{CurrentText, RevisionMeta, RevisionSource, Target};
use super::{CourseId, ResearchRecord, StoreError};

/// The four research reports that have their own column; other reports live in
/// `research_summary` under their file name.
const RESEARCH_COLUMNS: [&str; 4] = [
    "market_analysis",
    "content_gaps",
    "differentiation",
    "sources",
];

impl Repo<'_> {
    /// A person's change of status (archive, unarchive), recorded as a revision.
    pub fn set_course_status(&self, id: CourseId, status: CourseStatus) -> Result<(), StoreError> {
        self.set_course_status_as(id, status, &RevisionMeta::new(RevisionSource::Edited))
    }

    pub fn set_course_status_as(
        &self,
        id: CourseId,
        status: CourseStatus,
        meta: &RevisionMeta,
    ) -> Result<(), StoreError> {
        self.write_course_status(id, status)?;
        self.record_revisions(id, &[Target::Status], meta)?;
        Ok(())
    }

    /// The status column alone; the caller records the revision (restore, undo).
    pub fn write_course_status(
        &self,
        id: CourseId,
        status: CourseStatus,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE content_pieces SET status = ?2,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![id.0, status.as_str()],
        )?;
        Ok(())
    }

    /// The current text of `target` (a planned lesson or a missing brief reads as empty);
    /// `None` when the target does not exist (no such lesson or report).
    pub(super) fn current_text(
        &self,
        course: CourseId,
        target: &Target,
    ) -> Result<Option<CurrentText>, StoreError> {
        let plain = |text: Option<String>| CurrentText {
            text: text.unwrap_or_default(),
            gps: None,
            didatica: None,
        };
        Ok(match target {
            Target::Lesson(id) => self
                .conn()
                .query_row(
                    "SELECT content_markdown, gps_score, didatica_score FROM course_lessons
                     WHERE content_piece_id = ?1 AND lesson_id = ?2",
                    params![course.0, id],
                    |r| {
                        Ok(CurrentText {
                            text: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                            gps: r.get(1)?,
                            didatica: r.get(2)?,
                        })
                    },
                )
                .optional()?,
            Target::Brief | Target::Curriculum => {
                let meta = self.metadata(course)?;
                Some(plain(meta.and_then(|m| match target {
                    Target::Brief => m.brief_markdown,
                    _ => m.curriculum_yaml,
                })))
            }
            Target::Status => self
                .conn()
                .prepare_cached("SELECT status FROM content_pieces WHERE id = ?1")?
                .query_row([course.0], |r| r.get::<_, String>(0))
                .optional()?
                .map(|s| plain(Some(s))),
            Target::Research(name) => {
                let research = self.research(course)?.unwrap_or_default();
                research_text(&research, name).map(|t| plain(Some(t)))
            }
        })
    }

    /// Whose text each lesson of a course holds: (lesson id, has text, origin).
    pub fn lesson_origins(
        &self,
        course: CourseId,
    ) -> Result<Vec<(String, bool, Option<String>)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT lesson_id, content_markdown IS NOT NULL, origin FROM course_lessons
             WHERE content_piece_id = ?1 ORDER BY sort_order",
        )?;
        let rows = stmt.query_map([course.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One lesson's row id, whether it holds text, and where its text came from — what a
    /// generation run checks before storing a lesson, without reading any lesson's text.
    pub fn lesson_slot(
        &self,
        course: CourseId,
        lesson_id: &str,
    ) -> Result<Option<(i64, bool, Option<String>)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, content_markdown IS NOT NULL, origin FROM course_lessons
             WHERE content_piece_id = ?1 AND lesson_id = ?2",
        )?;
        Ok(stmt
            .query_row(params![course.0, lesson_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?)
    }

    /// Names of the research reports a course holds now.
    pub(super) fn research_names(&self, course: CourseId) -> Result<Vec<String>, StoreError> {
        Ok(self
            .research(course)?
            .map(|research| research_names_of(&research))
            .unwrap_or_default())
    }

    /// Replaces one research report's text (restore, undo); an empty text removes it.
    pub fn set_research_text(
        &self,
        course: CourseId,
        name: &str,
        text: &str,
    ) -> Result<(), StoreError> {
        let mut research = self.research(course)?.unwrap_or_default();
        let value = (!text.is_empty()).then(|| text.to_string());
        match name {
            "market_analysis" => research.market_analysis = value,
            "content_gaps" => research.content_gaps = value,
            "differentiation" => research.differentiation = value,
            "sources" => research.sources = value,
            _ => {
                if !research.research_summary.is_object() {
                    research.research_summary = Value::Object(Default::default());
                }
                if let Value::Object(map) = &mut research.research_summary {
                    match value {
                        Some(v) => map.insert(name.to_string(), Value::String(v)),
                        None => map.remove(name),
                    };
                }
            }
        }
        self.upsert_research(course, &research)
    }
}

/// Names of the research reports `research` holds: the four columns that have a text, then
/// the summary's entries.
pub(super) fn research_names_of(research: &ResearchRecord) -> Vec<String> {
    let mut names: Vec<String> = RESEARCH_COLUMNS
        .iter()
        .filter(|c| research_text(research, c).is_some())
        .map(|c| c.to_string())
        .collect();
    if let Value::Object(map) = &research.research_summary {
        names.extend(map.keys().cloned());
    }
    names
}

pub(super) fn research_text(research: &ResearchRecord, name: &str) -> Option<String> {
    match name {
        "market_analysis" => research.market_analysis.clone(),
        "content_gaps" => research.content_gaps.clone(),
        "differentiation" => research.differentiation.clone(),
        "sources" => research.sources.clone(),
        _ => research
            .research_summary
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_string),
    }
}
