//! The analytics' reads (issue 15): sums per course and module, lesson counts per issue code,
//! scores per revision step, and imported learner outcomes. SQL does all the counting; the
//! figures are made from these sums in `domain::analytics`.
//!
//! The figures read the running sums migration 0013 keeps by triggers (`analytics_sums`,
//! `analytics_codes`, `analytics_trend`): a few rows per module instead of every lesson. The
//! `_scan` variants recompute the same sums from the lessons and revisions; tests compare them.

use std::collections::HashMap;

use rusqlite::types::ValueRef;
use rusqlite::{Row, params};

use super::{CourseId, Repo, StoreError};
use crate::domain::analytics::{GroupSums, OriginCounts, PerformanceRow, TrendSums};

/// `score_details` paths of the seven Didática elements (spec order) and the three GPS parts.
pub(super) const ELEMENT_EXPRS: [&str; 7] = [
    "json_extract(l.score_details, '$.didatica.element_scores.hook_emocional')",
    "json_extract(l.score_details, '$.didatica.element_scores.conceitos_primordiais')",
    "json_extract(l.score_details, '$.didatica.element_scores.link_transicao')",
    "json_extract(l.score_details, '$.didatica.element_scores.pergunta_reflexiva')",
    "json_extract(l.score_details, '$.didatica.element_scores.analogias_diagramas')",
    "json_extract(l.score_details, '$.didatica.element_scores.revisao_estruturada')",
    "json_extract(l.score_details, '$.didatica.element_scores.acao_rapida')",
];
pub(super) const PART_EXPRS: [&str; 3] = [
    "json_extract(l.score_details, '$.gps.has_goal')",
    "json_extract(l.score_details, '$.gps.has_position')",
    "json_extract(l.score_details, '$.gps.has_steps')",
];

/// The columns of `analytics_sums` after (course, module), in `sums_from_columns` order.
const COLUMNS: &str = "s.lessons, s.scored, s.gps_points, s.gps_valid, s.gps_0, s.gps_10, s.gps_20, s.gps_30, s.dl_points, s.passed, s.band_0, s.band_1, s.band_2, s.band_3, s.band_4, s.band_5, s.band_6, s.band_7, s.band_8, s.band_9, s.detailed, s.el_hook_emocional, s.el_conceitos_primordiais, s.el_link_transicao, s.el_pergunta_reflexiva, s.el_analogias_diagramas, s.el_revisao_estruturada, s.el_acao_rapida, s.has_goal, s.has_position, s.has_steps, s.origin_imported, s.origin_person, s.origin_generated, s.origin_offline";
const SUM_COLUMNS: usize = 35;

/// `WHERE` for the sums tables: one course, or every course not archived.
fn sums_scope(course: Option<CourseId>) -> &'static str {
    match course {
        Some(_) => "s.course_id = ?1",
        None => "?1 IS NULL AND p.status <> 'archived'",
    }
}

/// One integer column of `analytics_sums`, read without `FromSql`'s conversions: the library's
/// figures read 40,000 rows × 35 of them, and `Row::get` was a third of the dashboard's time.
fn sum_column(r: &Row<'_>, i: usize) -> rusqlite::Result<i64> {
    match r.get_ref(i)? {
        ValueRef::Integer(n) => Ok(n),
        other => Err(rusqlite::Error::InvalidColumnType(
            i,
            format!("analytics_sums column {i}"),
            other.data_type(),
        )),
    }
}

/// A row of `analytics_sums` as the domain's `GroupSums` (column order as in `COLUMNS`).
fn sums_from_columns(course: String, module: Option<u32>, v: &[i64; SUM_COLUMNS]) -> GroupSums {
    let n = |i: usize| v[i].max(0) as u64;
    let mut g = GroupSums {
        course,
        module,
        lessons: n(0),
        scored: n(1),
        gps_points: v[2] as f64,
        gps_valid: n(3),
        didatica_points: v[8] as f64,
        passed: n(9),
        detailed: n(20),
        ..GroupSums::default()
    };
    for k in 0..4 {
        g.gps_levels[k] = n(4 + k);
    }
    for b in 0..10 {
        g.histogram[b] = n(10 + b);
    }
    for e in 0..7 {
        g.element_points[e] = v[21 + e] as f64;
    }
    for p in 0..3 {
        g.gps_parts[p] = n(28 + p);
    }
    g.origin = OriginCounts {
        imported: n(31),
        written: n(32),
        generated: n(33),
        offline_draft: n(34),
        unknown: 0,
    };
    g.origin.unknown = g.lessons.saturating_sub(g.origin.total());
    g
}

/// One lesson of a course beside its outcomes, for the per-lesson table.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonFigures {
    pub course: String,
    pub lesson_id: String,
    pub title: String,
    pub module: Option<u32>,
    /// Points: GPS 0–30, Didática 0–100; `None` when not scored.
    pub gps: Option<u32>,
    pub didatica: Option<u32>,
    pub status: Option<String>,
    pub origin: Option<String>,
    pub views: Option<u64>,
    pub completion: Option<f64>,
    pub rating: Option<f64>,
    /// Didática points of each scored revision, oldest first (a course's lessons only).
    pub history: Vec<u32>,
}

/// `WHERE` for lessons in scope: one course, or every course not archived (as the library).
pub(super) fn scope_filter(course: Option<CourseId>) -> &'static str {
    match course {
        Some(_) => "l.content_piece_id = ?1",
        None => "?1 IS NULL AND p.status <> 'archived'",
    }
}

impl Repo<'_> {
    /// Courses in scope: 1 for a course, every course not archived for the library.
    pub fn analytics_courses(&self, course: Option<CourseId>) -> Result<u64, StoreError> {
        Ok(match course {
            Some(_) => 1,
            None => self.conn().query_row(
                "SELECT count(*) FROM content_pieces WHERE status <> 'archived'",
                [],
                |r| r.get(0),
            )?,
        })
    }

    /// Sums per course and module (the maintained `analytics_sums`, migration 0013), in
    /// course slug then module order.
    pub fn analytics_groups(&self, course: Option<CourseId>) -> Result<Vec<GroupSums>, StoreError> {
        let sql = format!(
            "SELECT p.piece_slug, s.module, {COLUMNS}
             FROM analytics_sums s JOIN content_pieces p ON p.id = s.course_id
             WHERE {} AND s.lessons > 0
             ORDER BY p.piece_slug, s.module",
            sums_scope(course)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            let mut v = [0i64; SUM_COLUMNS];
            for (i, slot) in v.iter_mut().enumerate() {
                *slot = sum_column(r, 2 + i)?;
            }
            let module: i64 = r.get(1)?;
            Ok(sums_from_columns(r.get(0)?, u32::try_from(module).ok(), &v))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Issue code → lessons it appears in (any severity), for lessons in scope.
    pub fn analytics_issue_codes(
        &self,
        course: Option<CourseId>,
    ) -> Result<Vec<(String, u64)>, StoreError> {
        let sql = format!(
            "SELECT s.code, sum(s.lessons) FROM analytics_codes s
             JOIN content_pieces p ON p.id = s.course_id
             WHERE {} GROUP BY s.code HAVING sum(s.lessons) > 0",
            sums_scope(course)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Scored lesson revisions per step of their history (step 1: each lesson's first scored
    /// revision), summed.
    pub fn analytics_trend(&self, course: Option<CourseId>) -> Result<Vec<TrendSums>, StoreError> {
        let sql = format!(
            "SELECT s.step, sum(s.lessons), sum(s.gps_points), sum(s.dl_points)
             FROM analytics_trend s JOIN content_pieces p ON p.id = s.course_id
             WHERE {} GROUP BY s.step ORDER BY s.step",
            sums_scope(course)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            Ok(TrendSums {
                step: r.get(0)?,
                lessons: r.get::<_, i64>(1)? as u64,
                gps_points: r.get::<_, i64>(2)? as f64,
                didatica_points: r.get::<_, i64>(3)? as f64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Imported outcomes of lessons in scope, beside their scores.
    pub fn analytics_performance(
        &self,
        course: Option<CourseId>,
    ) -> Result<Vec<PerformanceRow>, StoreError> {
        let elements: String = ELEMENT_EXPRS.iter().map(|e| format!(", {e}")).collect();
        let sql = format!(
            "SELECT round(l.didatica_score * 100), c.views, c.completion_rate, c.avg_rating,
                    c.avg_time_seconds {elements}
             FROM content_performance c JOIN course_lessons l ON l.id = c.lesson_row_id
                  JOIN content_pieces p ON p.id = l.content_piece_id
             WHERE {}",
            scope_filter(course)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            let mut elements = [0.0; 7];
            let mut known = true;
            for (i, e) in elements.iter_mut().enumerate() {
                match r.get::<_, Option<f64>>(5 + i)? {
                    Some(v) => *e = v,
                    None => known = false,
                }
            }
            Ok(PerformanceRow {
                didatica: r.get(0)?,
                views: r.get::<_, Option<i64>>(1)?.map(|v| v.max(0) as u64),
                completion: r.get(2)?,
                rating: r.get(3)?,
                avg_time_seconds: r.get(4)?,
                elements: known.then_some(elements),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A course's lessons in order with their scores, outcomes and Didática history; for the
    /// library (`None`), every lesson of every course not archived, without history.
    pub fn analytics_lessons(
        &self,
        course: Option<CourseId>,
    ) -> Result<Vec<LessonFigures>, StoreError> {
        let mut history: HashMap<String, Vec<u32>> = HashMap::new();
        if let Some(course) = course {
            let mut stmt = self.conn().prepare_cached(
                "SELECT substr(target, 8), round(didatica_score * 100) FROM revisions
                 WHERE content_piece_id = ?1 AND target >= 'lesson/' AND target < 'lesson0'
                   AND didatica_score IS NOT NULL
                 ORDER BY target, seq",
            )?;
            let mut rows = stmt.query(params![course.0])?;
            while let Some(r) = rows.next()? {
                let points: f64 = r.get(1)?;
                history.entry(r.get(0)?).or_default().push(points as u32);
            }
        }
        let sql = format!(
            "SELECT p.piece_slug, l.lesson_id, l.title, l.module_number, round(l.gps_score * 30),
                    round(l.didatica_score * 100), l.validation_status, l.origin,
                    c.views, c.completion_rate, c.avg_rating
             FROM course_lessons l JOIN content_pieces p ON p.id = l.content_piece_id
                  LEFT JOIN content_performance c ON c.lesson_row_id = l.id
             WHERE {}
             ORDER BY p.piece_slug, l.sort_order, l.lesson_id",
            scope_filter(course)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            let lesson_id: String = r.get(1)?;
            Ok(LessonFigures {
                course: r.get(0)?,
                history: history.remove(&lesson_id).unwrap_or_default(),
                lesson_id,
                title: r.get(2)?,
                module: r.get(3)?,
                gps: r.get::<_, Option<f64>>(4)?.map(|v| v as u32),
                didatica: r.get::<_, Option<f64>>(5)?.map(|v| v as u32),
                status: r.get(6)?,
                origin: r.get(7)?,
                views: r.get::<_, Option<i64>>(8)?.map(|v| v.max(0) as u64),
                completion: r.get(9)?,
                rating: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

pub(super) fn group_from_row(r: &Row<'_>) -> rusqlite::Result<GroupSums> {
    let n = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, f64>(i)? as u64) };
    let count = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, i64>(i)? as u64) };
    let lessons = count(2)?;
    let mut origin = OriginCounts {
        imported: n(9)?,
        written: n(10)?,
        generated: n(11)?,
        offline_draft: n(12)?,
        unknown: 0,
    };
    origin.unknown = lessons.saturating_sub(origin.total());
    let mut g = GroupSums {
        course: r.get(0)?,
        module: r.get(1)?,
        lessons,
        scored: count(3)?,
        gps_points: r.get(4)?,
        gps_valid: n(5)?,
        didatica_points: r.get(6)?,
        passed: n(7)?,
        detailed: count(8)?,
        origin,
        ..GroupSums::default()
    };
    let mut col = 13;
    for slot in g.gps_levels.iter_mut().chain(g.histogram.iter_mut()) {
        *slot = n(col)?;
        col += 1;
    }
    for slot in g.element_points.iter_mut() {
        *slot = r.get(col)?;
        col += 1;
    }
    for slot in g.gps_parts.iter_mut() {
        *slot = n(col)?;
        col += 1;
    }
    Ok(g)
}

impl super::Store {
    /// Runs `read` in one read transaction: every query sees the same database, even while
    /// another process writes (WAL keeps the snapshot).
    pub fn snapshot<T, E>(&self, read: impl FnOnce(&Repo<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self
            .conn()
            .unchecked_transaction()
            .map_err(StoreError::from)?;
        let out = read(&Repo::over(&tx, self.author()))?;
        // Nothing was written; ending the transaction releases the snapshot.
        tx.rollback().map_err(StoreError::from)?;
        Ok(out)
    }
}
