//! Full-text search (FTS5) over lesson titles and text, briefs, research reports and notes, and
//! course titles and keywords.

use rusqlite::params;
use serde::Serialize;

use super::StoreError;
use super::repo::Repo;
use super::search_plan::IndexPlan;

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
/// Devanagari vowel signs); [`Repo::search`] therefore uses [`Repo::index_tokens`], which asks
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
    /// in course and lesson order, so the same query always lists the same hits. How each
    /// index is asked (and when words do not rank) is in `search_plan`.
    pub fn search_in(
        &self,
        input: &str,
        course: Option<&str>,
        limit: u32,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let memo = self.search_memo();
        if let Some(memo) = memo {
            memo.check(self.conn())?;
        }
        let tokens = self.index_tokens(input)?;
        if let Some(memo) = memo {
            memo.settle(self.conn())?;
        }
        if tokens.is_empty() {
            return Ok(Vec::new());
        }
        let mut hits = Vec::new();
        for source in SOURCES {
            let plan = self.plan_index(source.fts, &tokens)?;
            let (sql, filter, rank_query) = match &plan {
                IndexPlan::NoMatch => continue,
                IndexPlan::Ranked { filter, rank } => {
                    (source.ranked_sql(limit), filter, Some(rank))
                }
                IndexPlan::Broad { filter } => (source.broad_sql(limit), filter, None),
            };
            let (low, high) = match course {
                Some(slug) => self.course_rowids(source, slug)?,
                None => (i64::MIN, i64::MAX),
            };
            let mut stmt = self.conn().prepare_cached(&sql)?;
            let to_hit = |row: &rusqlite::Row<'_>| {
                Ok(SearchHit {
                    kind: source.kind,
                    course_slug: row.get(0)?,
                    lesson_id: row.get(1)?,
                    title: row.get(2)?,
                    snippet: row.get(3)?,
                    rank: row.get(4)?,
                })
            };
            let rows = match rank_query {
                Some(rank) => stmt.query_map(params![filter, course, low, high, rank], to_hit)?,
                None => stmt.query_map(params![filter, course, low, high], to_hit)?,
            };
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

    /// The first and last rowid of `source`'s index among course `slug`'s texts: a bound FTS5
    /// seeks to, where `p.piece_slug = ?2` alone would check every match in the library (0.4 s
    /// for the last course of 200,000 lessons). An empty range when the course has none.
    fn course_rowids(&self, source: &Source, slug: &str) -> Result<(i64, i64), StoreError> {
        let sql = format!(
            "SELECT coalesce(min(id), 1), coalesce(max(id), 0) FROM ({})",
            source.course_rows
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        Ok(stmt.query_row([slug], |row| Ok((row.get(0)?, row.get(1)?)))?)
    }
}

/// One full-text index and how its rows name a course, a target and a title.
struct Source {
    kind: SearchKind,
    fts: &'static str,
    /// `slug`, `lesson_id` (lesson index only) and `title` of a match, from `joins`.
    columns: &'static str,
    /// From the index's rows to their course `p` (`content_pieces`).
    joins: &'static str,
    /// What the hit list selects: slug, lesson id (or NULL), title.
    output: &'static str,
    /// Tie-break after the rank, so equal ranks always come in the same order.
    order: &'static str,
    /// The column `snippet()` quotes (-1: the best one).
    snippet_column: i32,
    /// The index rowids of course ?1's texts.
    course_rows: &'static str,
}

impl Source {
    /// bm25 over the ranking words (?5) among the texts holding every word (?1). Each index
    /// ranks and orders its matches without `snippet()` (it re-reads and re-tokenises the
    /// text), keeps the best `limit`, and only then builds their snippets. The best `limit` of
    /// all four lists are the best `limit` overall.
    ///
    /// The limit is written into the SQL and the course's rowids are bound as numbers: a
    /// bound `LIMIT ?` (and a `= ?` inside the scalar subquery that found the course's rowids)
    /// makes SQLite mark the statement for planning again whenever that parameter is rebound,
    /// and the statement cache clears every binding when a statement goes back to it, so the
    /// statement was parsed and planned anew on every search (a quarter of a keystroke's
    /// search on 200,000 lessons).
    fn ranked_sql(&self, limit: u32) -> String {
        let Source {
            fts,
            columns,
            joins,
            order,
            ..
        } = self;
        self.with_snippets(&format!(
            "SELECT {fts}.rowid AS id, {columns}, {fts}.rank AS rank
             FROM {fts} {joins}
             WHERE {fts} MATCH ?5 AND {fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?1)
               AND p.status <> 'archived' AND (?2 IS NULL OR p.piece_slug = ?2)
               AND {fts}.rowid BETWEEN ?3 AND ?4
             ORDER BY rank, {order} LIMIT {limit}",
        ))
    }

    /// The first `limit` texts holding every word (?1) in the order they were stored, rank 0
    /// (no word ranks: see `search_plan`). Parameters as in [`Source::ranked_sql`].
    ///
    /// Unlike a ranked query, this one reads matches in the index's own order and stops at
    /// `limit`, so `snippet()` in its columns runs for exactly the hits kept: no second pass
    /// (a second FTS5 cursor over every segment) is needed to make them.
    fn broad_sql(&self, limit: u32) -> String {
        let Source {
            fts,
            columns,
            joins,
            output,
            ..
        } = self;
        format!(
            "WITH top AS (
               SELECT {fts}.rowid AS id, {columns}, {snippet} AS snippet, 0.0 AS rank
               FROM {fts} {joins}
               WHERE {fts} MATCH ?1
                 AND p.status <> 'archived' AND (?2 IS NULL OR p.piece_slug = ?2)
                 AND {fts}.rowid BETWEEN ?3 AND ?4
               ORDER BY {fts}.rowid LIMIT {limit})
             SELECT {output}, top.snippet, top.rank FROM top ORDER BY top.rank, {order}",
            order = self.top_order(),
            snippet = self.snippet(),
        )
    }

    /// The text around a match, matched terms between [`MATCH_START`] and [`MATCH_END`]: the
    /// same for ranked and unranked hits.
    fn snippet(&self) -> String {
        format!(
            "snippet({}, {}, char(2), char(3), '…', 16)",
            self.fts, self.snippet_column
        )
    }

    /// The ranked hits of `top` with their snippets, best first. The snippets are made in one pass
    /// over the index's matches between the first and last hit's rowid, joined to the hits:
    /// a correlated `MATCH … AND rowid = ?` lookup per hit sets up a new FTS5 cursor over
    /// every segment each time, ≈ 100 µs a hit on 200,000 lessons (20 ms for the workbench's
    /// 200 hits) against ≈ 5 µs here.
    fn with_snippets(&self, top: &str) -> String {
        let Source { fts, output, .. } = self;
        format!(
            "WITH top AS ({top})
             SELECT {output}, {snippet}, top.rank
             FROM {fts} CROSS JOIN top
             WHERE {fts} MATCH ?1 AND top.id = {fts}.rowid
               AND {fts}.rowid BETWEEN (SELECT min(id) FROM top) AND (SELECT max(id) FROM top)
             ORDER BY top.rank, {order}",
            order = self.top_order(),
            snippet = self.snippet(),
        )
    }

    /// [`Source::order`] on the columns of `top`.
    fn top_order(&self) -> String {
        self.order
            .split(", ")
            .map(|column| format!("top.{column}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

const SOURCES: &[Source] = &[
    Source {
        kind: SearchKind::Lesson,
        fts: "lesson_fts",
        columns: "p.piece_slug AS slug, l.lesson_id AS lesson_id, l.title AS title",
        joins: "JOIN course_lessons l ON l.id = lesson_fts.rowid
                JOIN content_pieces p ON p.id = l.content_piece_id",
        output: "top.slug, top.lesson_id, top.title",
        order: "slug, lesson_id",
        snippet_column: -1,
        course_rows: "SELECT l.id AS id FROM course_lessons l JOIN content_pieces c ON c.id = l.content_piece_id WHERE c.piece_slug = ?1",
    },
    Source {
        kind: SearchKind::Brief,
        fts: "brief_fts",
        columns: "p.piece_slug AS slug, p.title AS title",
        joins: "JOIN course_metadata m ON m.id = brief_fts.rowid
                JOIN content_pieces p ON p.id = m.content_piece_id",
        output: "top.slug, NULL, top.title",
        order: "slug",
        snippet_column: -1,
        course_rows: "SELECT m.id AS id FROM course_metadata m JOIN content_pieces c ON c.id = m.content_piece_id WHERE c.piece_slug = ?1",
    },
    Source {
        kind: SearchKind::Course,
        fts: "course_fts",
        columns: "p.piece_slug AS slug, p.title AS title",
        joins: "JOIN content_pieces p ON p.id = course_fts.rowid",
        output: "top.slug, NULL, top.title",
        order: "slug",
        snippet_column: -1,
        course_rows: "SELECT c.id AS id FROM content_pieces c WHERE c.piece_slug = ?1",
    },
    Source {
        kind: SearchKind::Research,
        fts: "research_fts",
        columns: "p.piece_slug AS slug, 'research: ' || research_fts.name AS title",
        joins: "JOIN content_pieces p ON p.id = research_fts.content_piece_id",
        output: "top.slug, NULL, top.title",
        order: "slug, title",
        snippet_column: 2,
        course_rows: "SELECT r.rowid AS id FROM research_fts r JOIN content_pieces c ON c.id = r.content_piece_id WHERE c.piece_slug = ?1",
    },
];
