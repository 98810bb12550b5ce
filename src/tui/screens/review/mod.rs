//! `ReviewScreen`: every failing or warning lesson of a course (or of the whole library),
//! grouped by issue code with how many lessons each touches ("GPS-P-MISSING — 23 lessons").
//! Groups expand and collapse; `Enter` on a lesson opens it at that issue.
//!
//! The lessons arrive from the storage worker (`ReviewLoaded`), grouped here in `update` so
//! render only reads. Must not do I/O or depend on other screens.

pub mod view;

use std::collections::BTreeMap;

use crossterm::event::KeyEvent;
use serde::Deserialize;

use crate::domain::course::ValidationStatus;
use crate::domain::issue::{Issue, Severity};
use crate::i18n::{Lang, Texts};
use crate::storage::ReviewLesson;
use crate::tr;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::effect::{Effect, LessonTarget, StorageRequest};
use crate::tui::text::sanitize::sanitized;

/// What a key can ask of the review screen (names as in `[review]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewCommand {
    Open,
    Toggle,
    ExpandAll,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Reload,
}

#[derive(Debug, Clone)]
pub enum ReviewAction {
    Command(ReviewCommand),
    ReviewLoaded(Result<Vec<ReviewLesson>, String>),
    /// Select the row at this position of the list (a mouse click).
    Select(usize),
}

/// One issue code and the lessons it appears in.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewGroup {
    pub code: String,
    /// The most serious severity the code has in any of its lessons.
    pub severity: Severity,
    pub hits: Vec<ReviewHit>,
}

/// One lesson under a code: where it is and the first line the code points at.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewHit {
    pub course_slug: String,
    pub course_title: String,
    pub lesson_id: String,
    pub title: String,
    pub status: ValidationStatus,
    pub line: Option<u32>,
    pub message: String,
    /// The issue itself (code and values), for its message in the chosen language.
    pub issue: Issue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewRow {
    Group(usize),
    /// Group index, hit index.
    Hit(usize, usize),
}

const PAGE: usize = 10;

#[derive(Debug, Clone)]
pub struct ReviewScreen {
    /// The course's slug, or `None` for the whole library.
    scope: Option<String>,
    /// Only this issue code's lessons (opened from the analytics' issue codes).
    code: Option<String>,
    pub(super) groups: Option<Vec<ReviewGroup>>,
    pub(super) lessons: usize,
    pub(super) expanded: Vec<bool>,
    pub(super) rows: Vec<ReviewRow>,
    pub(super) selected: usize,
    pub(super) error: Option<String>,
    /// The language of the notifications it raises (render takes the theme's).
    texts: Texts,
}

impl ReviewScreen {
    pub fn new(scope: Option<String>) -> ReviewScreen {
        ReviewScreen {
            scope,
            code: None,
            groups: None,
            lessons: 0,
            expanded: Vec::new(),
            rows: Vec::new(),
            selected: 0,
            error: None,
            texts: Texts::default(),
        }
    }

    /// The same screen raising its notifications in `texts`' language.
    pub fn with_texts(self, texts: Texts) -> ReviewScreen {
        ReviewScreen { texts, ..self }
    }

    /// The lessons of `scope` with issue `code` only, its group open.
    pub fn for_code(scope: Option<String>, code: String) -> ReviewScreen {
        ReviewScreen {
            code: Some(code),
            ..ReviewScreen::new(scope)
        }
    }

    pub fn scope(&self) -> Option<&str> {
        self.scope.as_deref()
    }

    /// What loads (and reloads) this screen's lessons.
    pub fn load(&self) -> StorageRequest {
        match &self.code {
            Some(code) => StorageRequest::LoadReviewCode {
                scope: self.scope.clone(),
                code: code.clone(),
            },
            None => StorageRequest::LoadReview(self.scope.clone()),
        }
    }

    /// The issue code the screen is narrowed to, if any.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    pub fn is_loaded(&self) -> bool {
        self.groups.is_some()
    }

    pub fn title(&self) -> String {
        self.title_in(Texts::new(Lang::En))
    }

    /// The breadcrumb's name in `t`'s language.
    pub fn title_in(&self, t: Texts) -> String {
        let scope = match &self.scope {
            Some(slug) => tr!(t, "tui-review-title-course", slug = sanitized(slug)),
            None => t.get("tui-review-title-library"),
        };
        match &self.code {
            Some(code) => format!("{scope} · {}", sanitized(code)),
            None => scope,
        }
    }

    /// `(code, lessons)` of every group, in display order.
    pub fn group_counts(&self) -> Vec<(&str, usize)> {
        self.groups
            .iter()
            .flatten()
            .map(|g| (g.code.as_str(), g.hits.len()))
            .collect()
    }

    pub fn selected_row(&self) -> Option<ReviewRow> {
        self.rows.get(self.selected).copied()
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<ReviewCommand>,
    ) -> Option<ReviewAction> {
        keys.action_for(key).map(ReviewAction::Command)
    }

    pub fn update(&mut self, action: ReviewAction) -> Option<Effect> {
        match action {
            ReviewAction::ReviewLoaded(Ok(lessons)) => {
                let mut groups = group_by_code(&lessons, self.code.as_deref());
                if let Some(code) = &self.code {
                    groups.retain(|g| g.code == sanitized(code));
                }
                self.lessons = match &self.code {
                    Some(_) => groups.iter().map(|g| g.hits.len()).sum(),
                    None => lessons.len(),
                };
                // A reload after a write keeps the codes that were open open (by code: the
                // order may change) and the selection where it was, clamped.
                let was_open: Vec<&str> = self
                    .groups
                    .iter()
                    .flatten()
                    .zip(&self.expanded)
                    .filter(|(_, open)| **open)
                    .map(|(g, _)| g.code.as_str())
                    .collect();
                // Narrowed to one code, its lessons are what the person came for.
                self.expanded = groups
                    .iter()
                    .map(|g| self.code.is_some() || was_open.contains(&g.code.as_str()))
                    .collect();
                if self.groups.is_none() {
                    self.selected = 0;
                }
                self.groups = Some(groups);
                self.error = None;
                self.rebuild();
                None
            }
            ReviewAction::ReviewLoaded(Err(e)) => {
                self.error = Some(e.clone());
                Some(Effect::Notify(tr!(
                    self.texts,
                    "tui-review-notify-load-failed",
                    error = e.as_str()
                )))
            }
            ReviewAction::Select(row) => {
                if row < self.rows.len() {
                    self.selected = row;
                }
                None
            }
            ReviewAction::Command(command) => self.command(command),
        }
    }

    fn command(&mut self, command: ReviewCommand) -> Option<Effect> {
        let last = self.rows.len().saturating_sub(1);
        match command {
            ReviewCommand::Open => return self.open(),
            ReviewCommand::Toggle => self.toggle(),
            ReviewCommand::ExpandAll => {
                let open = !self.expanded.iter().all(|e| *e);
                self.expanded.iter_mut().for_each(|e| *e = open);
                let group = self.current_group();
                self.rebuild();
                self.select_group(group);
            }
            ReviewCommand::Down => self.selected = (self.selected + 1).min(last),
            ReviewCommand::Up => self.selected = self.selected.saturating_sub(1),
            ReviewCommand::PageDown => self.selected = (self.selected + PAGE).min(last),
            ReviewCommand::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            ReviewCommand::Top => self.selected = 0,
            ReviewCommand::Bottom => self.selected = last,
            ReviewCommand::Reload => return Some(Effect::Storage(self.load())),
        }
        None
    }

    fn open(&mut self) -> Option<Effect> {
        match self.selected_row()? {
            ReviewRow::Group(_) => {
                self.toggle();
                None
            }
            ReviewRow::Hit(g, h) => {
                let group = self.groups.as_ref()?.get(g)?;
                let hit = group.hits.get(h)?;
                Some(Effect::Storage(StorageRequest::LoadLesson {
                    slug: hit.course_slug.clone(),
                    lesson_id: hit.lesson_id.clone(),
                    at: LessonTarget::Issue {
                        code: group.code.clone(),
                        line: hit.line,
                    },
                }))
            }
        }
    }

    /// Expands or collapses the group under the cursor (or the one the lesson belongs to).
    fn toggle(&mut self) {
        let Some(group) = self.current_group() else {
            return;
        };
        if let Some(open) = self.expanded.get_mut(group) {
            *open = !*open;
        }
        self.rebuild();
        self.select_group(Some(group));
    }

    fn current_group(&self) -> Option<usize> {
        match self.selected_row()? {
            ReviewRow::Group(g) | ReviewRow::Hit(g, _) => Some(g),
        }
    }

    fn select_group(&mut self, group: Option<usize>) {
        let Some(group) = group else { return };
        if let Some(pos) = self.rows.iter().position(|r| *r == ReviewRow::Group(group)) {
            self.selected = pos;
        }
    }

    fn rebuild(&mut self) {
        let Some(groups) = &self.groups else { return };
        self.rows.clear();
        for (g, group) in groups.iter().enumerate() {
            self.rows.push(ReviewRow::Group(g));
            if self.expanded.get(g).copied().unwrap_or(false) {
                self.rows
                    .extend((0..group.hits.len()).map(|h| ReviewRow::Hit(g, h)));
            }
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }
}

/// Groups errors and warnings (hints are left out) by code; one hit per lesson and code, at
/// the code's first line in it. Errors first, then the codes touching most lessons.
/// Narrowed to `code`, that code's hints are kept too: the person asked for every lesson
/// with it.
fn group_by_code(lessons: &[ReviewLesson], code: Option<&str>) -> Vec<ReviewGroup> {
    let mut by_code: BTreeMap<String, ReviewGroup> = BTreeMap::new();
    for lesson in lessons {
        let mut issues: Vec<_> = lesson
            .issues
            .iter()
            .filter(|i| i.severity != Severity::Info || code == Some(i.code.as_str()))
            .collect();
        issues.sort_by_key(|i| i.line_start.unwrap_or(u32::MAX));
        for issue in issues {
            let code = sanitized(&issue.code);
            let group = by_code.entry(code.clone()).or_insert_with(|| ReviewGroup {
                code,
                severity: issue.severity,
                hits: Vec::new(),
            });
            group.severity = group.severity.min(issue.severity);
            let seen = group.hits.last().is_some_and(|h| {
                h.course_slug == lesson.course_slug && h.lesson_id == lesson.lesson_id
            });
            if !seen {
                group.hits.push(ReviewHit {
                    course_slug: lesson.course_slug.clone(),
                    course_title: sanitized(&lesson.course_title),
                    lesson_id: sanitized(&lesson.lesson_id),
                    title: sanitized(&lesson.title),
                    status: lesson.status,
                    line: issue.line_start,
                    message: sanitized(&issue.message),
                    issue: issue.clone(),
                });
            }
        }
    }
    let mut groups: Vec<ReviewGroup> = by_code.into_values().collect();
    groups.sort_by(|a, b| {
        (a.severity, std::cmp::Reverse(a.hits.len()), &a.code).cmp(&(
            b.severity,
            std::cmp::Reverse(b.hits.len()),
            &b.code,
        ))
    });
    groups
}
