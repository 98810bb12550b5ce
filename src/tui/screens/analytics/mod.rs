//! `AnalyticsScreen`: the library's or a course's figures as pictures (issue 15) — score
//! distributions, the weakest Didática elements, modules, issue codes, trends over revisions,
//! origin mix, learner outcomes and (a course) its lessons with a sparkline each. `Tab` moves
//! between sections; `Enter` on an issue code asks for the Review screen filtered to it.
//!
//! The figures arrive loaded (`services::load_analytics`, run by the storage worker off the
//! draw loop) as `AnalyticsAction::Loaded`; everything render needs is derived there in
//! `update`. Must not do I/O or depend on other screens.

mod answers;
mod lessons;
mod outcomes;
mod sections;
pub mod view;

use crossterm::event::KeyEvent;
use serde::Deserialize;

use crate::i18n::{Lang, Texts};
use crate::services::{Analytics, Scope};
use crate::tr;
use crate::tui::keys::keymap::Bindings;

/// What a key can ask of the analytics screen (names as in `[analytics]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnalyticsCommand {
    NextSection,
    PreviousSection,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Open,
    Reload,
}

#[derive(Debug, Clone)]
pub enum AnalyticsAction {
    Command(AnalyticsCommand),
    /// The loader's answer (`services::load_analytics`), or its error as text.
    Loaded(Box<Result<Analytics, String>>),
}

/// What the screen asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnalyticsOutcome {
    /// Open the Review screen on `course` (`None`: the library) filtered to `code`.
    OpenReview {
        course: Option<String>,
        code: String,
    },
    /// Open a lesson of the course.
    OpenLesson { course: String, lesson_id: String },
    /// Run `services::load_analytics(scope)` off the draw loop and send back `Loaded`.
    Load(Scope),
}

/// The sections, in `Tab` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnalyticsSection {
    Scores,
    Elements,
    Modules,
    Issues,
    Trends,
    Origin,
    Outcomes,
    Lessons,
}

impl AnalyticsSection {
    /// The section's name in `t`'s language (its tab and its block's title).
    pub fn title(self, t: Texts, library: bool) -> String {
        t.get(match self {
            AnalyticsSection::Scores => "tui-analytics-section-scores",
            AnalyticsSection::Elements => "tui-analytics-section-elements",
            AnalyticsSection::Modules if library => "tui-analytics-section-courses",
            AnalyticsSection::Modules => "tui-analytics-section-modules",
            AnalyticsSection::Issues => "tui-analytics-section-issues",
            AnalyticsSection::Trends => "tui-analytics-section-trends",
            AnalyticsSection::Origin => "tui-analytics-section-origin",
            AnalyticsSection::Outcomes => "tui-analytics-section-outcomes",
            AnalyticsSection::Lessons => "tui-analytics-section-lessons",
        })
    }
}

/// What a bar of the modules or courses section stands for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum GroupName {
    /// A module of the course (`None`: lessons without one).
    Module(Option<u32>),
    /// A course of the library, by slug.
    Course(String),
}

impl GroupName {
    /// `Module 2`, `no module` or the course's slug, in `t`'s language.
    pub fn label(&self, t: Texts) -> String {
        match self {
            GroupName::Module(Some(n)) => tr!(t, "tui-analytics-module", n = n.to_string()),
            GroupName::Module(None) => t.get("tui-analytics-no-module"),
            GroupName::Course(slug) => slug.clone(),
        }
    }
}

/// One bar of the modules (course) or courses (library) section.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRow {
    pub label: GroupName,
    pub lessons: u64,
    pub pass_rate: Option<f64>,
    pub didatica: Option<f64>,
    pub weakest: bool,
}

const PAGE: usize = 10;

#[derive(Debug, Clone)]
pub struct AnalyticsScreen {
    scope: Scope,
    data: Option<Analytics>,
    error: Option<String>,
    sections: Vec<AnalyticsSection>,
    section: usize,
    /// Selected row of the current section (issues, modules, lessons).
    selected: usize,
    // Derived from `data` in `update`, so render only reads:
    groups: Vec<GroupRow>,
    trend_didatica: Vec<(f64, f64)>,
    trend_gps: Vec<(f64, f64)>,
    histories: Vec<Vec<u64>>,
}

impl AnalyticsScreen {
    /// A screen waiting for its figures: the app should run `Load(scope)` at once.
    pub fn new(scope: Scope) -> (AnalyticsScreen, AnalyticsOutcome) {
        let load = AnalyticsOutcome::Load(scope.clone());
        let sections = sections_for(&scope);
        (
            AnalyticsScreen {
                scope,
                data: None,
                error: None,
                sections,
                section: 0,
                selected: 0,
                groups: Vec::new(),
                trend_didatica: Vec::new(),
                trend_gps: Vec::new(),
                histories: Vec::new(),
            },
            load,
        )
    }

    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    pub fn title(&self) -> String {
        self.title_in(Texts::new(Lang::En))
    }

    /// The breadcrumb's name in `t`'s language.
    pub fn title_in(&self, t: Texts) -> String {
        match &self.data {
            Some(_) if self.scope.slug().is_none() => t.get("tui-analytics-title-library-loaded"),
            Some(a) => tr!(t, "tui-analytics-title", name = a.title.clone()),
            None => match self.scope.slug() {
                Some(slug) => tr!(t, "tui-analytics-title", name = slug.to_string()),
                None => t.get("tui-analytics-title-library"),
            },
        }
    }

    /// The course's title, or the library's name in `t`'s language, once loaded.
    pub(super) fn name_in(&self, t: Texts) -> String {
        match (&self.data, self.scope.slug()) {
            (Some(_), None) => t.get("tui-analytics-library"),
            (Some(a), Some(_)) => a.title.clone(),
            (None, _) => String::new(),
        }
    }

    pub fn section(&self) -> AnalyticsSection {
        self.sections[self.section]
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn is_loaded(&self) -> bool {
        self.data.is_some()
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<AnalyticsCommand>,
    ) -> Option<AnalyticsAction> {
        keys.action_for(key).map(AnalyticsAction::Command)
    }

    pub fn update(&mut self, action: AnalyticsAction) -> Option<AnalyticsOutcome> {
        match action {
            AnalyticsAction::Loaded(result) => {
                match *result {
                    Ok(data) => self.loaded(data),
                    Err(e) => self.error = Some(e),
                }
                None
            }
            AnalyticsAction::Command(command) => self.command(command),
        }
    }

    fn loaded(&mut self, data: Analytics) {
        let f = &data.figures;
        self.groups = match &f.course {
            Some(_) => f
                .modules
                .iter()
                .map(|m| GroupRow {
                    label: GroupName::Module(m.module),
                    lessons: m.lessons,
                    pass_rate: m.pass_rate,
                    didatica: m.didatica_mean,
                    weakest: false,
                })
                .collect(),
            None => {
                // The library: courses weakest first, so the one to open is on top.
                let mut rows: Vec<GroupRow> = f
                    .per_course
                    .iter()
                    .map(|c| GroupRow {
                        label: GroupName::Course(c.course.clone()),
                        lessons: c.lessons,
                        pass_rate: c.pass_rate,
                        didatica: c.didatica_mean,
                        weakest: false,
                    })
                    .collect();
                rows.sort_by(|a, b| {
                    let key = |r: &GroupRow| r.didatica.unwrap_or(f64::MAX);
                    key(a)
                        .total_cmp(&key(b))
                        .then_with(|| a.label.cmp(&b.label))
                });
                rows
            }
        };
        let weakest = self
            .groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| g.didatica.map(|d| (i, d)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
        if let Some(i) = weakest {
            self.groups[i].weakest = true;
        }
        self.trend_didatica = f
            .trend
            .iter()
            .map(|t| (f64::from(t.revision), t.didatica_mean))
            .collect();
        self.trend_gps = f
            .trend
            .iter()
            .map(|t| (f64::from(t.revision), t.gps_mean / 30.0 * 100.0))
            .collect();
        self.histories = data
            .lessons
            .iter()
            .map(|l| l.history.iter().map(|&v| u64::from(v)).collect())
            .collect();
        self.error = None;
        self.data = Some(data);
        self.selected = self.selected.min(self.rows().saturating_sub(1));
    }

    /// Rows the current section can select.
    fn rows(&self) -> usize {
        let Some(data) = &self.data else { return 0 };
        match self.section() {
            AnalyticsSection::Issues => data.figures.issue_codes.len().min(10),
            AnalyticsSection::Modules => self.groups.len(),
            AnalyticsSection::Lessons => data.lessons.len(),
            _ => 0,
        }
    }

    fn command(&mut self, command: AnalyticsCommand) -> Option<AnalyticsOutcome> {
        let last = self.rows().saturating_sub(1);
        match command {
            AnalyticsCommand::NextSection => {
                self.section = (self.section + 1) % self.sections.len();
                self.selected = 0;
            }
            AnalyticsCommand::PreviousSection => {
                self.section = (self.section + self.sections.len() - 1) % self.sections.len();
                self.selected = 0;
            }
            AnalyticsCommand::Down => self.selected = (self.selected + 1).min(last),
            AnalyticsCommand::Up => self.selected = self.selected.saturating_sub(1),
            AnalyticsCommand::PageDown => self.selected = (self.selected + PAGE).min(last),
            AnalyticsCommand::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            AnalyticsCommand::Top => self.selected = 0,
            AnalyticsCommand::Bottom => self.selected = last,
            AnalyticsCommand::Reload => return Some(AnalyticsOutcome::Load(self.scope.clone())),
            AnalyticsCommand::Open => return self.open(),
        }
        None
    }

    fn open(&self) -> Option<AnalyticsOutcome> {
        let data = self.data.as_ref()?;
        match self.section() {
            AnalyticsSection::Issues => {
                let (code, _) = data.figures.issue_codes.get(self.selected)?;
                Some(AnalyticsOutcome::OpenReview {
                    course: self.scope.slug().map(str::to_string),
                    code: code.clone(),
                })
            }
            AnalyticsSection::Lessons => {
                let lesson = data.lessons.get(self.selected)?;
                Some(AnalyticsOutcome::OpenLesson {
                    course: lesson.course.clone(),
                    lesson_id: lesson.lesson_id.clone(),
                })
            }
            _ => None,
        }
    }
}

fn sections_for(scope: &Scope) -> Vec<AnalyticsSection> {
    use AnalyticsSection::*;
    let mut all = vec![Scores, Elements, Modules, Issues, Trends, Origin, Outcomes];
    if matches!(scope, Scope::Course(_)) {
        all.push(Lessons);
    }
    all
}
