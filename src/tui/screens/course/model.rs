//! `CourseModel`: a loaded course prepared for the course screen — lesson facts, module
//! titles, the header's averages — and the curriculum tree rows, derived in `update` so render
//! only reads. Pure; must not do I/O.

use serde_json::Value;

use crate::domain::course::ValidationStatus;
use crate::services::CourseDetail;
use crate::storage::LessonRow;
use crate::tui::text::sanitize::sanitized;

use crate::tui::widgets::lesson_facts::LessonFacts;

#[derive(Debug, Clone, PartialEq)]
pub struct CourseModel {
    pub title: String,
    pub subtitle: Option<String>,
    pub lessons: Vec<LessonRow>,
    pub facts: Vec<LessonFacts>,
    /// Module number → title, from the curriculum.
    modules: Vec<(u32, String)>,
    pub stats: CourseStats,
    /// A curriculum is stored / any market-research report is (for `C`/`M`'s dialog).
    pub has_curriculum: bool,
    pub has_research: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct CourseStats {
    pub lessons: usize,
    pub planned: usize,
    pub passed: usize,
    pub warning: usize,
    pub failed: usize,
    /// Offline drafts: apart from the verdicts, and never counted as passed.
    pub draft: usize,
    /// Average GPS points (0–30) and Didática points (0–100) of scored lessons.
    pub avg_gps: Option<f64>,
    pub avg_didatica: Option<f64>,
}

impl CourseStats {
    pub fn scored(&self) -> usize {
        self.passed + self.warning + self.failed
    }

    /// Passed or warning out of scored, 0–100; an offline draft counts as not passed.
    pub fn pass_rate(&self) -> Option<f64> {
        let judged = self.scored() + self.draft;
        (judged > 0).then(|| (self.passed + self.warning) as f64 * 100.0 / judged as f64)
    }
}

/// One line of the curriculum tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeRow {
    /// A module header, by module number (0 for lessons outside any module).
    Module(u32),
    /// Index into `lessons`/`facts`.
    Lesson(usize),
}

impl CourseModel {
    pub fn new(detail: CourseDetail) -> CourseModel {
        let facts: Vec<LessonFacts> = detail.lessons.iter().map(LessonFacts::new).collect();
        let modules = detail
            .metadata
            .as_ref()
            .and_then(|m| m.curriculum.as_ref())
            .and_then(|c| c.get("modules"))
            .and_then(Value::as_array)
            .map(|modules| {
                modules
                    .iter()
                    .filter_map(|m| {
                        let number = m.get("number").and_then(Value::as_u64)? as u32;
                        let title = m.get("title").and_then(Value::as_str).unwrap_or("");
                        Some((number, sanitized(title)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let stats = stats_of(&facts);
        let has_curriculum = detail
            .metadata
            .as_ref()
            .and_then(|m| m.curriculum_yaml.as_deref())
            .is_some_and(|t| !t.trim().is_empty());
        CourseModel {
            has_curriculum,
            has_research: detail.has_research,
            title: sanitized(&detail.course.title),
            subtitle: detail.course.subtitle.as_deref().map(sanitized),
            lessons: detail.lessons,
            facts,
            modules,
            stats,
        }
    }

    pub fn module_title(&self, number: u32) -> String {
        self.modules.iter().find(|(n, _)| *n == number).map_or_else(
            || format!("Module {number}"),
            |(_, t)| format!("{number} · {t}"),
        )
    }

    /// The tree: a module row before each run of lessons of that module; lessons that do not
    /// fail are left out when `failing_only`, and so are modules left empty.
    pub fn tree(&self, failing_only: bool) -> Vec<TreeRow> {
        let mut rows = Vec::new();
        let mut current: Option<Option<u32>> = None;
        for (i, facts) in self.facts.iter().enumerate() {
            if failing_only && !facts.is_failing() {
                continue;
            }
            if current != Some(facts.module) {
                current = Some(facts.module);
                rows.push(TreeRow::Module(facts.module.unwrap_or(0)));
            }
            rows.push(TreeRow::Lesson(i));
        }
        rows
    }

    /// Passed-or-warning and scored counts of a module, for its tree row.
    pub fn module_counts(&self, number: u32) -> (usize, usize) {
        let in_module = self
            .facts
            .iter()
            .filter(|f| f.module.unwrap_or(0) == number);
        in_module.fold((0, 0), |(ok, scored), f| match f.status {
            Some(ValidationStatus::Failed) => (ok, scored + 1),
            Some(_) => (ok + 1, scored + 1),
            None => (ok, scored),
        })
    }
}

fn stats_of(facts: &[LessonFacts]) -> CourseStats {
    let mut stats = CourseStats {
        lessons: facts.len(),
        ..CourseStats::default()
    };
    let (mut gps, mut dl) = (0u32, 0u32);
    for f in facts {
        if f.draft {
            stats.draft += 1;
            continue;
        }
        match f.status {
            Some(ValidationStatus::Passed) => stats.passed += 1,
            Some(ValidationStatus::Warning) => stats.warning += 1,
            Some(ValidationStatus::Failed) => stats.failed += 1,
            None => stats.planned += 1,
        }
        if f.status.is_some() {
            gps += f.gps_points;
            dl += f.didatica_points;
        }
    }
    let scored = stats.scored();
    if scored > 0 {
        stats.avg_gps = Some(f64::from(gps) / scored as f64);
        stats.avg_didatica = Some(f64::from(dl) / scored as f64);
    }
    stats
}
