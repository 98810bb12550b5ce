//! Learner outcomes beside the rubric: what a course platform reported per lesson
//! (`content_performance`), and whether lessons that score higher keep learners (Pearson
//! correlation of Didática and of each element with the completion rate).

use serde::Serialize;

use super::moments::{MIN_CORRELATION_LESSONS, Moments};
use crate::domain::rubric::didatica::ELEMENTS;

/// One lesson with imported figures, beside its scores.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PerformanceRow {
    /// Didática points (0–100); `None` when the lesson is not scored.
    pub didatica: Option<f64>,
    /// Points per element in `ELEMENTS` order, when stored.
    pub elements: Option<[f64; ELEMENTS.len()]>,
    pub views: Option<u64>,
    /// 0–1.
    pub completion: Option<f64>,
    pub rating: Option<f64>,
    pub avg_time_seconds: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerformanceFigures {
    /// Lessons with imported figures.
    pub lessons: u64,
    pub views: u64,
    /// Mean completion rate (0–1) over lessons that report one.
    pub completion_rate_mean: Option<f64>,
    pub rating_mean: Option<f64>,
    pub avg_time_seconds_mean: Option<f64>,
    pub correlation: Correlation,
}

/// Pearson's r between scores and completion rate over `n` lessons (both known).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Correlation {
    pub n: u64,
    /// False under `MIN_CORRELATION_LESSONS`: the coefficients are then left out (`null`).
    pub enough_data: bool,
    pub didatica: Option<f64>,
    /// Element → r, in spec order.
    pub elements: Vec<ElementCorrelation>,
    /// "not enough data …" when `enough_data` is false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ElementCorrelation {
    pub element: &'static str,
    pub n: u64,
    pub r: Option<f64>,
}

impl PerformanceFigures {
    /// `None` when no lesson in scope has imported figures.
    pub fn build(rows: &[PerformanceRow]) -> Option<PerformanceFigures> {
        if rows.is_empty() {
            return None;
        }
        let mean_of = |f: &dyn Fn(&PerformanceRow) -> Option<f64>| {
            let (sum, n) = rows
                .iter()
                .filter_map(f)
                .fold((0.0, 0u64), |(s, n), v| (s + v, n + 1));
            (n > 0).then(|| sum / n as f64)
        };
        let mut dl = Moments::default();
        let mut per_element = [Moments::default(); ELEMENTS.len()];
        for row in rows {
            let Some(completion) = row.completion else {
                continue;
            };
            if let Some(points) = row.didatica {
                dl.push(points, completion);
            }
            if let Some(elements) = row.elements {
                for (m, e) in per_element.iter_mut().zip(elements) {
                    m.push(e, completion);
                }
            }
        }
        let enough = dl.n >= MIN_CORRELATION_LESSONS;
        let r = |m: &Moments| {
            if m.n >= MIN_CORRELATION_LESSONS {
                m.pearson()
            } else {
                None
            }
        };
        Some(PerformanceFigures {
            lessons: rows.len() as u64,
            views: rows.iter().filter_map(|r| r.views).sum(),
            completion_rate_mean: mean_of(&|r| r.completion),
            rating_mean: mean_of(&|r| r.rating),
            avg_time_seconds_mean: mean_of(&|r| r.avg_time_seconds),
            correlation: Correlation {
                n: dl.n,
                enough_data: enough,
                didatica: r(&dl),
                elements: ELEMENTS
                    .iter()
                    .zip(&per_element)
                    .map(|(&(element, ..), m)| ElementCorrelation {
                        element,
                        n: m.n,
                        r: r(m),
                    })
                    .collect(),
                note: (!enough).then(|| {
                    format!(
                        "not enough data: {} lessons with both a score and a completion rate \
                         ({MIN_CORRELATION_LESSONS} needed)",
                        dl.n
                    )
                }),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Didática 50, 51 … and completion 0.20, 0.23 …: a straight line, r = 1. The hook is 15
    /// in every lesson (no variance: r undefined); the action element falls as DL rises (−1).
    fn rows(n: usize) -> Vec<PerformanceRow> {
        (0..n)
            .map(|i| PerformanceRow {
                didatica: Some(50.0 + i as f64),
                elements: Some([15.0, 10.0, 5.0, 5.0, 5.0, 5.0, 10.0 - (i % 11) as f64]),
                views: Some(100),
                completion: Some(0.2 + 0.03 * i as f64),
                rating: Some(4.0),
                avg_time_seconds: None,
            })
            .collect()
    }

    #[test]
    fn correlation_with_enough_lessons() {
        let p = PerformanceFigures::build(&rows(20)).unwrap();
        let c = &p.correlation;
        assert_eq!((p.lessons, p.views, c.n), (20, 2000, 20));
        assert!(c.enough_data && c.note.is_none());
        assert!((c.didatica.unwrap() - 1.0).abs() < 1e-9);
        assert_eq!(c.elements[0].element, "hook_emocional");
        assert_eq!(c.elements[0].r, None);
        // Completion is mean 0.485; rating 4.
        assert!((p.completion_rate_mean.unwrap() - 0.485).abs() < 1e-9);
        assert_eq!(p.rating_mean, Some(4.0));
        assert_eq!(p.avg_time_seconds_mean, None);
    }

    #[test]
    fn under_twenty_lessons_is_not_enough_data() {
        let p = PerformanceFigures::build(&rows(19)).unwrap();
        assert!(!p.correlation.enough_data);
        assert_eq!(p.correlation.didatica, None);
        assert!(p.correlation.elements.iter().all(|e| e.r.is_none()));
        assert_eq!(
            p.correlation.note.as_deref(),
            Some("not enough data: 19 lessons with both a score and a completion rate (20 needed)")
        );
        assert_eq!(PerformanceFigures::build(&[]), None);
    }
}
