//! `Figures`: every number the dashboard, `lectern stats` and the report show, built once from
//! the sums SQL returned. Serialises as the `stats --json` document (keys in docs/cli.md).

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::performance::PerformanceFigures;
use super::sums::{GroupSums, OriginCounts, TrendSums};
use super::{BANDS, GPS_LEVELS, GPS_PARTS};
use crate::domain::rubric::didatica::ELEMENTS;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    /// The course's slug, or `null` for the whole library.
    pub course: Option<String>,
    pub courses: u64,
    /// Lessons with scores (what every mean and count below rests on).
    pub lessons: u64,
    /// Every lesson row, planned ones (no text yet) included.
    pub lessons_total: u64,
    pub gps: GpsFigures,
    pub didatica: DidaticaFigures,
    /// The seven Didática elements, weakest first (lowest share of their points).
    pub elements: Vec<ElementShare>,
    /// Issue code → lessons it appears in, most frequent first.
    #[serde(serialize_with = "ordered_map")]
    pub issue_codes: Vec<(String, u64)>,
    /// One row per course (library) — the weakest course is the one to open first.
    pub per_course: Vec<CourseFigures>,
    /// One row per module of every course in scope, in course then module order.
    pub modules: Vec<ModuleFigures>,
    /// Average scores at each revision step of the lessons' history.
    pub trend: Vec<TrendStep>,
    pub origin: OriginCounts,
    /// Learner outcomes, when a platform export was imported for lessons in scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub performance: Option<PerformanceFigures>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GpsFigures {
    /// Mean points (0–30) over scored lessons; `null` when none is scored.
    pub mean: Option<f64>,
    pub valid: u64,
    /// Lessons at 0, 10, 20 and 30 points.
    pub distribution: [u64; GPS_LEVELS],
    /// Share (0–1) of lessons with per-part details that have each part.
    pub parts: Vec<PartShare>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartShare {
    pub part: &'static str,
    pub share: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DidaticaFigures {
    /// Mean points (0–100); `null` when no lesson is scored.
    pub mean: Option<f64>,
    /// Lessons at 70 points or more.
    pub passed: u64,
    pub pass_rate: Option<f64>,
    /// Lessons per band: 0–9, 10–19 … 80–89, 90–100.
    pub histogram: [u64; BANDS],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ElementShare {
    pub element: &'static str,
    pub max_points: u32,
    pub mean_points: Option<f64>,
    /// Mean share (0–1) of the element's points the lessons earn.
    pub mean_share: Option<f64>,
    /// Lessons whose element points are known.
    pub lessons: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleFigures {
    pub course: String,
    pub module: Option<u32>,
    pub lessons: u64,
    pub scored: u64,
    pub passed: u64,
    pub pass_rate: Option<f64>,
    pub gps_mean: Option<f64>,
    pub didatica_mean: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CourseFigures {
    pub course: String,
    pub lessons: u64,
    pub scored: u64,
    pub passed: u64,
    pub pass_rate: Option<f64>,
    pub gps_mean: Option<f64>,
    pub didatica_mean: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TrendStep {
    pub revision: u32,
    pub lessons: u64,
    pub gps_mean: f64,
    pub didatica_mean: f64,
}

impl Figures {
    /// Builds every figure from `groups` (one per course and module, in course then module
    /// order), the issue codes with their lesson counts, and the revision steps.
    pub fn build(
        course: Option<String>,
        courses: u64,
        groups: &[GroupSums],
        mut issue_codes: Vec<(String, u64)>,
        trend: &[TrendSums],
        performance: Option<PerformanceFigures>,
    ) -> Figures {
        let mut total = GroupSums::default();
        groups.iter().for_each(|g| total.add(g));
        issue_codes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Figures {
            course,
            courses,
            lessons: total.scored,
            lessons_total: total.lessons,
            gps: GpsFigures {
                mean: mean(total.gps_points, total.scored),
                valid: total.gps_valid,
                distribution: total.gps_levels,
                parts: GPS_PARTS
                    .iter()
                    .zip(total.gps_parts)
                    .map(|(&part, n)| PartShare {
                        part,
                        share: mean(n as f64, total.detailed),
                    })
                    .collect(),
            },
            didatica: DidaticaFigures {
                mean: mean(total.didatica_points, total.scored),
                passed: total.passed,
                pass_rate: mean(total.passed as f64, total.scored),
                histogram: total.histogram,
            },
            elements: elements(&total),
            issue_codes,
            per_course: per_course(groups),
            modules: groups.iter().map(module_figures).collect(),
            trend: trend
                .iter()
                .filter(|t| t.lessons > 0)
                .map(|t| TrendStep {
                    revision: t.step,
                    lessons: t.lessons,
                    gps_mean: t.gps_points / t.lessons as f64,
                    didatica_mean: t.didatica_points / t.lessons as f64,
                })
                .collect(),
            origin: total.origin,
            performance,
        }
    }
}

fn mean(sum: f64, n: u64) -> Option<f64> {
    (n > 0).then(|| sum / n as f64)
}

fn elements(total: &GroupSums) -> Vec<ElementShare> {
    let mut out: Vec<ElementShare> = ELEMENTS
        .iter()
        .zip(total.element_points)
        .map(|(&(element, max, _), points)| {
            let mean_points = mean(points, total.detailed);
            ElementShare {
                element,
                max_points: max,
                mean_points,
                mean_share: mean_points.map(|p| p / f64::from(max)),
                lessons: total.detailed,
            }
        })
        .collect();
    // Weakest first; ties keep the spec's order (the sort is stable).
    out.sort_by(|a, b| match (a.mean_share, b.mean_share) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        _ => std::cmp::Ordering::Equal,
    });
    out
}

fn module_figures(g: &GroupSums) -> ModuleFigures {
    ModuleFigures {
        course: g.course.clone(),
        module: g.module,
        lessons: g.lessons,
        scored: g.scored,
        passed: g.passed,
        pass_rate: mean(g.passed as f64, g.scored),
        gps_mean: mean(g.gps_points, g.scored),
        didatica_mean: mean(g.didatica_points, g.scored),
    }
}

/// Groups arrive in course order, so a course's modules are adjacent.
fn per_course(groups: &[GroupSums]) -> Vec<CourseFigures> {
    let mut out: Vec<(String, GroupSums)> = Vec::new();
    for g in groups {
        match out.last_mut() {
            Some((course, sums)) if *course == g.course => sums.add(g),
            _ => out.push((g.course.clone(), g.clone())),
        }
    }
    out.into_iter()
        .map(|(course, g)| CourseFigures {
            course,
            lessons: g.lessons,
            scored: g.scored,
            passed: g.passed,
            pass_rate: mean(g.passed as f64, g.scored),
            gps_mean: mean(g.gps_points, g.scored),
            didatica_mean: mean(g.didatica_points, g.scored),
        })
        .collect()
}

/// Writes `(key, value)` pairs as a JSON object in the order given (most frequent first).
fn ordered_map<S: Serializer>(pairs: &[(String, u64)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        map.serialize_entry(k, v)?;
    }
    map.end()
}
