//! The analytics' reference sums, recomputed from every lesson and revision (slow on a large
//! library): tests check the running sums migration 0013 keeps by triggers against them.

use rusqlite::params;

use super::analytics::{ELEMENT_EXPRS, PART_EXPRS, group_from_row, scope_filter};
use super::{CourseId, Repo, StoreError};
use crate::domain::analytics::{GroupSums, TrendSums};

impl Repo<'_> {
    /// Sums per course and module recomputed from the lessons (slow on a large library: the
    /// reference the maintained sums are checked against in tests).
    pub fn analytics_groups_scan(
        &self,
        course: Option<CourseId>,
    ) -> Result<Vec<GroupSums>, StoreError> {
        let elements: String = ELEMENT_EXPRS
            .iter()
            .map(|e| format!(", total({e})"))
            .collect();
        let parts: String = PART_EXPRS.iter().map(|e| format!(", total({e})")).collect();
        let bands: String = (0..10)
            .map(|b| {
                format!(
                    ", total(min(9, CAST(round(l.didatica_score * 100) AS INTEGER) / 10) = {b})"
                )
            })
            .collect();
        let levels: String = (0..4)
            .map(|v| format!(", total(CAST(round(l.gps_score * 3) AS INTEGER) = {v})"))
            .collect();
        let sql = format!(
            "SELECT p.piece_slug, l.module_number, count(*), count(l.didatica_score),
                total(round(l.gps_score * 30)), total(l.gps_valid),
                total(round(l.didatica_score * 100)), total(round(l.didatica_score * 100) >= 70),
                count({first_element}),
                total(l.origin = 'imported'), total(l.origin = 'person'),
                total(l.origin = 'generated'), total(l.origin = 'offline-draft')
                {levels}{bands}{elements}{parts}
             FROM course_lessons l JOIN content_pieces p ON p.id = l.content_piece_id
             WHERE {scope}
             GROUP BY l.content_piece_id, l.module_number
             ORDER BY p.piece_slug, l.module_number",
            first_element = ELEMENT_EXPRS[0],
            scope = scope_filter(course),
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], group_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Issue code → lessons, recomputed from the lessons (the tests' reference).
    pub fn analytics_issue_codes_scan(
        &self,
        course: Option<CourseId>,
    ) -> Result<Vec<(String, u64)>, StoreError> {
        let sql = format!(
            "SELECT j.value ->> '$.code' AS code, count(DISTINCT l.id)
             FROM course_lessons l JOIN content_pieces p ON p.id = l.content_piece_id,
                  json_each(l.validation_issues) j
             WHERE {} AND l.validation_issues <> '[]' AND code IS NOT NULL
             GROUP BY code",
            scope_filter(course)
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Revision steps recomputed from the revisions (the tests' reference).
    pub fn analytics_trend_scan(
        &self,
        course: Option<CourseId>,
    ) -> Result<Vec<TrendSums>, StoreError> {
        let scope = match course {
            Some(_) => "r.content_piece_id = ?1",
            None => "?1 IS NULL AND p.status <> 'archived'",
        };
        // 'lesson0' is the first key after every 'lesson/…' ('0' follows '/'): a range the
        // revisions_target index can seek, where LIKE could not.
        let sql = format!(
            "SELECT step, count(*), total(round(gps * 30)), total(round(dl * 100)) FROM (
                SELECT row_number() OVER (PARTITION BY r.content_piece_id, r.target
                                          ORDER BY r.seq) AS step,
                       r.gps_score AS gps, r.didatica_score AS dl
                FROM revisions r JOIN content_pieces p ON p.id = r.content_piece_id
                WHERE {scope} AND r.target >= 'lesson/' AND r.target < 'lesson0'
                  AND r.didatica_score IS NOT NULL)
             GROUP BY step ORDER BY step"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![course.map(|c| c.0)], |r| {
            Ok(TrendSums {
                step: r.get(0)?,
                lessons: r.get::<_, i64>(1)? as u64,
                gps_points: r.get(2)?,
                didatica_points: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
