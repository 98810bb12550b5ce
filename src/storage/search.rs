//! Full-text search (FTS5) over lesson titles and text, briefs, research reports and notes, and
//! course titles and keywords.

use rusqlite::params;
use serde::Serialize;

use super::StoreError;
use super::repo::Repo;

/// Marks around matched terms in [`SearchHit::snippet`]; front ends turn them into styling.
pub const MATCH_START: char = '\u{2}';
pub const MATCH_END: char = '\u{3}';

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchKind {
    Course,
    Lesson,
    /// A match in the course's brief.
    Brief,
    /// A match in a research report or note; `title` names it (`research: notes.txt`).
    Research,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub kind: SearchKind,
    pub course_slug: String,
    pub lesson_id: Option<String>,
    pub title: String,
    /// Text around the match with [`MATCH_START`]/[`MATCH_END`] around matched terms.
    pub snippet: String,
    /// FTS5 bm25 rank: lower is better.
    pub rank: f64,
}

/// Turns what a person typed into an FTS5 query: every word must appear (as a prefix), and
/// FTS5 operators in the input are taken literally instead of failing with a syntax error.
///
/// Words are split on anything that is not a letter or digit, which is close to but not
/// exactly what the `unicode61` tokenizer does (it also splits at spacing marks such as
/// Devanagari vowel signs); [`Repo::search`] therefore uses [`Repo::fts_query`], which asks
/// SQLite's tokenizer, so no quoted term holds two tokens (the `detail = 'column'` indexes
/// have no phrase queries). This one needs no connection.
pub fn to_fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

impl Repo<'_> {
    /// Best matches first; lessons and courses mixed by rank. Archived courses are left out.
    pub fn search(&self, input: &str, limit: u32) -> Result<Vec<SearchHit>, StoreError> {
        self.search_in(input, None, limit)
    }

    /// [`Repo::search`], limited to one course when `course` names its slug. Equal ranks come
    /// in course and lesson order, so the same query always lists the same hits.
    pub fn search_in(
        &self,
        input: &str,
        course: Option<&str>,
        limit: u32,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let Some(query) = self.fts_query(input)? else {
            return Ok(Vec::new());
        };
        let mut hits = Vec::new();
        for (kind, sql) in SOURCES {
            let mut stmt = self.conn().prepare_cached(sql)?;
            let rows = stmt.query_map(params![query, limit, course], |row| {
                Ok(SearchHit {
                    kind: *kind,
                    course_slug: row.get(0)?,
                    lesson_id: row.get(1)?,
                    title: row.get(2)?,
                    snippet: row.get(3)?,
                    rank: row.get(4)?,
                })
            })?;
            for hit in rows {
                hits.push(hit?);
            }
        }
        hits.sort_by(|a, b| {
            a.rank
                .total_cmp(&b.rank)
                .then_with(|| a.course_slug.cmp(&b.course_slug))
                .then_with(|| a.lesson_id.cmp(&b.lesson_id))
                .then_with(|| a.title.cmp(&b.title))
        });
        hits.truncate(limit as usize);
        Ok(hits)
    }
}

/// One query per index. Each ranks and orders its matches without `snippet()`, keeps the best
/// `limit`, and only then builds their snippets (a correlated `MATCH … AND rowid =` lookup):
/// `snippet()` re-reads and re-tokenises the text, and a common word matches every lesson of
/// a 200,000-lesson library. The best `limit` of all four lists are the best `limit` overall.
const SOURCES: &[(SearchKind, &str)] = &[
    (
        SearchKind::Lesson,
        "WITH top AS (
             SELECT lesson_fts.rowid AS id, p.piece_slug AS slug, l.lesson_id AS lesson_id,
                    l.title AS title, lesson_fts.rank AS rank
             FROM lesson_fts
             JOIN course_lessons l ON l.id = lesson_fts.rowid
             JOIN content_pieces p ON p.id = l.content_piece_id
             WHERE lesson_fts MATCH ?1 AND p.status <> 'archived'
               AND (?3 IS NULL OR p.piece_slug = ?3)
             ORDER BY rank, slug, lesson_id LIMIT ?2)
         SELECT slug, lesson_id, title,
                (SELECT snippet(lesson_fts, -1, char(2), char(3), '…', 16) FROM lesson_fts
                 WHERE lesson_fts MATCH ?1 AND lesson_fts.rowid = top.id),
                rank
         FROM top",
    ),
    (
        SearchKind::Brief,
        "WITH top AS (
             SELECT brief_fts.rowid AS id, p.piece_slug AS slug, p.title AS title,
                    brief_fts.rank AS rank
             FROM brief_fts
             JOIN course_metadata m ON m.id = brief_fts.rowid
             JOIN content_pieces p ON p.id = m.content_piece_id
             WHERE brief_fts MATCH ?1 AND p.status <> 'archived'
               AND (?3 IS NULL OR p.piece_slug = ?3)
             ORDER BY rank, slug LIMIT ?2)
         SELECT slug, NULL, title,
                (SELECT snippet(brief_fts, -1, char(2), char(3), '…', 16) FROM brief_fts
                 WHERE brief_fts MATCH ?1 AND brief_fts.rowid = top.id),
                rank
         FROM top",
    ),
    (
        SearchKind::Course,
        "WITH top AS (
             SELECT course_fts.rowid AS id, p.piece_slug AS slug, p.title AS title,
                    course_fts.rank AS rank
             FROM course_fts
             JOIN content_pieces p ON p.id = course_fts.rowid
             WHERE course_fts MATCH ?1 AND p.status <> 'archived'
               AND (?3 IS NULL OR p.piece_slug = ?3)
             ORDER BY rank, slug LIMIT ?2)
         SELECT slug, NULL, title,
                (SELECT snippet(course_fts, -1, char(2), char(3), '…', 16) FROM course_fts
                 WHERE course_fts MATCH ?1 AND course_fts.rowid = top.id),
                rank
         FROM top",
    ),
    (
        SearchKind::Research,
        "WITH top AS (
             SELECT research_fts.rowid AS id, p.piece_slug AS slug,
                    'research: ' || research_fts.name AS title, research_fts.rank AS rank
             FROM research_fts
             JOIN content_pieces p ON p.id = research_fts.content_piece_id
             WHERE research_fts MATCH ?1 AND p.status <> 'archived'
               AND (?3 IS NULL OR p.piece_slug = ?3)
             ORDER BY rank, slug, title LIMIT ?2)
         SELECT slug, NULL, title,
                (SELECT snippet(research_fts, 2, char(2), char(3), '…', 16) FROM research_fts
                 WHERE research_fts MATCH ?1 AND research_fts.rowid = top.id),
                rank
         FROM top",
    ),
];
