//! `CourseModel`: a loaded course prepared for the course screen — lesson facts, module
//! titles, the header's averages — and the curriculum tree rows, derived in `update` so render
//! only reads. Pure; must not do I/O.

use crate::domain::course::ValidationStatus;
use crate::services::{CourseDetail, ModuleGroup, module_groups};
use crate::storage::LessonRow;
use crate::tui::text::sanitize::sanitized;

use crate::tui::widgets::lesson_facts::LessonFacts;

#[derive(Debug, Clone, PartialEq)]
pub struct CourseModel {
    pub title: String,
    pub subtitle: Option<String>,
    pub lessons: Vec<LessonRow>,
    pub facts: Vec<LessonFacts>,
    /// The tree's groups as `services::module_groups` draws them: each module once, in
    /// stored order, lessons outside every module last ("Not in the curriculum").
    groups: Vec<ModuleGroup>,
    pub stats: CourseStats,
    /// A curriculum is stored / any market-research report is (for `C`/`M`'s dialog).
    pub has_curriculum: bool,
    pub has_research: bool,
    /// The display name of the persona the course is written in.
    pub persona: Option<String>,
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
    /// A module header, by index into the model's groups.
    Module(usize),
    /// Index into `lessons`/`facts`.
    Lesson(usize),
}

impl CourseModel {
    pub fn new(detail: CourseDetail) -> CourseModel {
        let facts: Vec<LessonFacts> = detail.lessons.iter().map(LessonFacts::new).collect();
        let groups = module_groups(&detail)
            .into_iter()
            .map(|g| ModuleGroup {
                title: sanitized(&g.title),
                ..g
            })
            .collect();
        let stats = stats_of(&facts);
        let has_curriculum = detail
            .metadata
            .as_ref()
            .and_then(|m| m.curriculum_yaml.as_deref())
            .is_some_and(|t| !t.trim().is_empty());
        CourseModel {
            has_curriculum,
            has_research: detail.has_research,
            persona: detail.course.persona.as_deref().map(sanitized),
            title: sanitized(&detail.course.title),
            subtitle: detail.course.subtitle.as_deref().map(sanitized),
            lessons: detail.lessons,
            facts,
            groups,
            stats,
        }
    }

    /// The header of group `group` (the module's number and title, or the final group's name).
    pub fn module_title(&self, group: usize) -> &str {
        self.groups.get(group).map_or("", |g| g.title.as_str())
    }

    /// [`CourseModel::module_title`] in `t`'s language (the services name some groups).
    pub fn module_heading(&self, group: usize, t: crate::i18n::Texts) -> String {
        let module = self.groups.get(group).and_then(|g| g.module);
        crate::tui::screens::course::labels::module_heading(t, module, self.module_title(group))
    }

    /// The tree: each group's header once, then its lessons; lessons that do not fail are
    /// left out when `failing_only`, and so are groups left empty.
    pub fn tree(&self, failing_only: bool) -> Vec<TreeRow> {
        let mut rows = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            let shown: Vec<usize> = group
                .lessons
                .iter()
                .copied()
                .filter(|&i| !failing_only || self.facts.get(i).is_some_and(|f| f.is_failing()))
                .collect();
            if shown.is_empty() {
                continue;
            }
            rows.push(TreeRow::Module(g));
            rows.extend(shown.into_iter().map(TreeRow::Lesson));
        }
        rows
    }

    /// Passed-or-warning and scored counts of group `group`, for its tree row.
    pub fn module_counts(&self, group: usize) -> (usize, usize) {
        let lessons = self.groups.get(group).map_or(&[][..], |g| &g.lessons[..]);
        let in_group = lessons.iter().filter_map(|&i| self.facts.get(i));
        in_group.fold((0, 0), |(ok, scored), f| match f.status {
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
