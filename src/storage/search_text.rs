//! The whole text a search hit was found in (a lesson's body, a brief, a research report), so
//! a front end can say on which line the match is. One indexed lookup per hit.

use rusqlite::OptionalExtension;

use super::StoreError;
use super::repo::Repo;
use super::search::{SearchHit, SearchKind};

/// What a research hit's title starts with before the report's name (see `Repo::search`).
const RESEARCH_TITLE: &str = "research: ";

impl Repo<'_> {
    /// The text `hit` matched in; `None` for course hits (title and keywords have no lines)
    /// and for targets deleted since the search.
    pub fn search_hit_text(&self, hit: &SearchHit) -> Result<Option<String>, StoreError> {
        let slug = hit.course_slug.as_str();
        let text: Option<Option<String>> = match hit.kind {
            SearchKind::Course => return Ok(None),
            SearchKind::Lesson => {
                let Some(lesson) = hit.lesson_id.as_deref() else {
                    return Ok(None);
                };
                self.conn()
                    .prepare_cached(
                        "SELECT l.content_markdown FROM course_lessons l
                         JOIN content_pieces p ON p.id = l.content_piece_id
                         WHERE p.piece_slug = ?1 AND l.lesson_id = ?2",
                    )?
                    .query_row([slug, lesson], |row| row.get(0))
                    .optional()?
            }
            SearchKind::Brief => self
                .conn()
                .prepare_cached(
                    "SELECT m.brief_markdown FROM course_metadata m
                     JOIN content_pieces p ON p.id = m.content_piece_id
                     WHERE p.piece_slug = ?1",
                )?
                .query_row([slug], |row| row.get(0))
                .optional()?,
            SearchKind::Research => {
                let name = hit.title.strip_prefix(RESEARCH_TITLE).unwrap_or(&hit.title);
                self.conn()
                    .prepare_cached(
                        "SELECT r.body FROM research_fts r
                         JOIN content_pieces p ON p.id = r.content_piece_id
                         WHERE p.piece_slug = ?1 AND r.name = ?2",
                    )?
                    .query_row([slug, name], |row| row.get(0))
                    .optional()?
            }
        };
        Ok(text.flatten())
    }
}
