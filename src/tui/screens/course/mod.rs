//! `CourseScreen`: one course as a scored curriculum tree (left) and the selected lesson's
//! summary (right), under a header with averages and pass rate. `Tab`/`h`/`l` switch panes,
//! `f` shows failing lessons only, `Enter` opens the lesson.
//!
//! The course arrives from the storage worker (`CourseLoaded`). Must not do I/O or depend on
//! other screens.

pub mod generate;
pub mod header;
pub mod labels;
pub mod model;
pub mod view;

use crossterm::event::KeyEvent;
use serde::Deserialize;

use crate::i18n::Texts;
use crate::services::{CourseChecks, CourseDetail};
use crate::tr;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::effect::{Effect, OpenLesson, StorageRequest};
use crate::tui::message::history::HistoryTarget;

use crate::tui::message::target::EditorTarget;
use crate::tui::screens::course::model::{CourseModel, TreeRow};
use crate::tui::widgets::lesson_facts::LessonFacts;

/// What a key can ask of the course screen (names as in `[course]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CourseCommand {
    Open,
    FailingOnly,
    SwitchPane,
    FocusLeft,
    FocusRight,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    EditBrief,
    EditCurriculum,
    EditLesson,
    Review,
    GenerateAll,
    Regenerate,
    RegenerateFailing,
    CancelJob,
    CancelAllJobs,
    GenerateCurriculum,
    GenerateResearch,
    /// The selected lesson's history (the brief's when the course has no lesson).
    History,
    /// Take back the course's last bulk action.
    Undo,
    /// What the last import, validate and check said about the course.
    Messages,
    /// Pick the persona whose voice the course is written in.
    Personas,
    /// The course's sync conflicts.
    Conflicts,
    /// The analytics dashboard of the course.
    Analytics,
}

#[derive(Debug, Clone)]
pub enum CourseAction {
    Command(CourseCommand),
    CourseLoaded(Result<Box<CourseDetail>, String>),
    /// The course-level checks, computed on the worker.
    Checked(Box<CourseChecks>),
    /// Select the lesson at this tree row and focus the tree (a mouse click).
    Select(usize),
    /// How many messages the course has stored (for the header).
    MessageCount(u32),
    /// The targets of the course's open sync conflicts (`lesson/1.2`, `lesson/1.2#title`,
    /// `brief`, `course#title`…), for the tree's badges and the header's count.
    ConflictMarks(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CoursePane {
    #[default]
    Tree,
    Summary,
}

const PAGE: usize = 10;

#[derive(Debug, Clone)]
pub struct CourseScreen {
    slug: String,
    /// The language of the notifications `update` writes (render takes the theme's).
    texts: Texts,
    pub(super) model: Option<CourseModel>,
    pub(super) error: Option<String>,
    pub(super) rows: Vec<TreeRow>,
    /// Index into `rows`; always a lesson row when there is one.
    pub(super) selected: usize,
    pub(super) failing_only: bool,
    pub(super) focus: CoursePane,
    pub(super) summary_scroll: u16,
    pub(super) checks: Option<Box<CourseChecks>>,
    pub(super) messages: u32,
    /// Open sync conflicts: how many, and the lesson ids they touch (sorted).
    pub(super) conflicts: usize,
    pub(super) conflicted_lessons: Vec<String>,
}

impl CourseScreen {
    pub fn new(slug: String, texts: Texts) -> CourseScreen {
        CourseScreen {
            slug,
            texts,
            model: None,
            error: None,
            rows: Vec::new(),
            selected: 0,
            failing_only: false,
            focus: CoursePane::Tree,
            summary_scroll: 0,
            checks: None,
            messages: 0,
            conflicts: 0,
            conflicted_lessons: Vec::new(),
        }
    }

    /// The lesson `lesson_id` has an open sync conflict (its text or one of its fields).
    pub fn is_conflicted(&self, lesson_id: &str) -> bool {
        self.conflicted_lessons
            .binary_search_by(|id| id.as_str().cmp(lesson_id))
            .is_ok()
    }

    pub fn checks(&self) -> Option<&CourseChecks> {
        self.checks.as_deref()
    }

    pub fn slug(&self) -> &str {
        &self.slug
    }

    pub fn title(&self) -> &str {
        self.model.as_ref().map_or(&self.slug, |m| &m.title)
    }

    pub fn failing_only(&self) -> bool {
        self.failing_only
    }

    pub fn focus(&self) -> CoursePane {
        self.focus
    }

    pub fn is_loaded(&self) -> bool {
        self.model.is_some()
    }

    /// The lesson under the cursor.
    pub fn selected_lesson(&self) -> Option<&LessonFacts> {
        let model = self.model.as_ref()?;
        match self.rows.get(self.selected)? {
            TreeRow::Lesson(i) => model.facts.get(*i),
            TreeRow::Module(_) => None,
        }
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<CourseCommand>,
    ) -> Option<CourseAction> {
        keys.action_for(key).map(CourseAction::Command)
    }

    pub fn update(&mut self, action: CourseAction) -> Option<Effect> {
        match action {
            CourseAction::CourseLoaded(Ok(detail)) => {
                let keep = self.selected_lesson().map(|f| f.lesson_id.clone());
                self.model = Some(CourseModel::new(*detail));
                self.error = None;
                self.rebuild(keep);
                None
            }
            CourseAction::CourseLoaded(Err(e)) => {
                self.error = Some(e.clone());
                Some(Effect::Notify(tr!(
                    self.texts,
                    "tui-course-cannot-load",
                    slug = self.slug.as_str(),
                    error = e
                )))
            }
            CourseAction::MessageCount(count) => {
                self.messages = count;
                None
            }
            CourseAction::ConflictMarks(targets) => {
                self.conflicts = targets.len();
                let mut lessons: Vec<String> = targets
                    .iter()
                    .filter_map(|t| t.strip_prefix("lesson/"))
                    .map(|t| t.split_once('#').map_or(t, |(id, _)| id).to_string())
                    .collect();
                lessons.sort();
                lessons.dedup();
                self.conflicted_lessons = lessons;
                None
            }
            CourseAction::Checked(checks) => {
                self.checks = Some(checks);
                None
            }
            CourseAction::Select(row) => {
                // Module rows are headings; the cursor only ever rests on a lesson.
                if matches!(self.rows.get(row), Some(TreeRow::Lesson(_))) {
                    if row != self.selected {
                        self.summary_scroll = 0;
                    }
                    self.selected = row;
                    self.focus = CoursePane::Tree;
                }
                None
            }
            CourseAction::Command(command) => self.command(command),
        }
    }

    fn command(&mut self, command: CourseCommand) -> Option<Effect> {
        match command {
            CourseCommand::Open => return self.open_selected(),
            CourseCommand::EditBrief => {
                return Some(Effect::OpenEditor(EditorTarget::Brief {
                    slug: self.slug.clone(),
                }));
            }
            CourseCommand::EditCurriculum => {
                return Some(Effect::OpenEditor(EditorTarget::Curriculum {
                    slug: self.slug.clone(),
                }));
            }
            CourseCommand::EditLesson => {
                let lesson_id = self.selected_lesson()?.lesson_id.clone();
                return Some(Effect::OpenEditor(EditorTarget::Lesson {
                    slug: self.slug.clone(),
                    lesson_id,
                }));
            }
            CourseCommand::GenerateAll
            | CourseCommand::Regenerate
            | CourseCommand::RegenerateFailing
            | CourseCommand::CancelJob
            | CourseCommand::CancelAllJobs
            | CourseCommand::GenerateCurriculum
            | CourseCommand::GenerateResearch => return self.generation_intent(command),
            CourseCommand::FailingOnly => {
                self.failing_only = !self.failing_only;
                let keep = self.selected_lesson().map(|f| f.lesson_id.clone());
                self.rebuild(keep);
                if self.failing_only && self.rows.is_empty() {
                    return Some(Effect::Notify(self.texts.get("tui-course-none-failing")));
                }
            }
            CourseCommand::SwitchPane => {
                self.focus = match self.focus {
                    CoursePane::Tree => CoursePane::Summary,
                    CoursePane::Summary => CoursePane::Tree,
                }
            }
            CourseCommand::FocusLeft => self.focus = CoursePane::Tree,
            CourseCommand::FocusRight => self.focus = CoursePane::Summary,
            CourseCommand::Down => self.step(1),
            CourseCommand::Up => self.step(-1),
            CourseCommand::PageDown => self.step(PAGE as isize),
            CourseCommand::PageUp => self.step(-(PAGE as isize)),
            CourseCommand::Top => self.step(isize::MIN / 2),
            CourseCommand::Bottom => self.step(isize::MAX / 2),
            CourseCommand::Review => return Some(Effect::OpenReview(Some(self.slug.clone()))),
            CourseCommand::History => {
                let target = self
                    .selected_lesson()
                    .map_or_else(|| "brief".to_string(), |l| l.lesson_id.clone());
                return Some(Effect::OpenHistory(HistoryTarget::new(&self.slug, &target)));
            }
            CourseCommand::Undo => {
                return Some(Effect::Storage(StorageRequest::Undo(self.slug.clone())));
            }
            CourseCommand::Messages => {
                return Some(Effect::OpenMessages {
                    slug: Some(self.slug.clone()),
                    from_library: false,
                });
            }
            CourseCommand::Personas => return Some(Effect::OpenPersonas(Some(self.slug.clone()))),
            CourseCommand::Conflicts => {
                return Some(Effect::OpenConflicts(Some(self.slug.clone())));
            }
            CourseCommand::Analytics => {
                return Some(Effect::OpenAnalytics(Some(self.slug.clone())));
            }
        }
        None
    }

    fn open_selected(&self) -> Option<Effect> {
        let model = self.model.as_ref()?;
        let TreeRow::Lesson(i) = *self.rows.get(self.selected)? else {
            return None;
        };
        let facts = model.facts.get(i)?;
        if facts.is_planned() {
            return Some(Effect::Notify(tr!(
                self.texts,
                "tui-course-planned-lesson",
                id = facts.lesson_id.as_str()
            )));
        }
        Some(Effect::OpenLesson(Box::new(OpenLesson {
            course_slug: self.slug.clone(),
            course_title: model.title.clone(),
            lesson: model.lessons.get(i)?.clone(),
            at: crate::tui::message::effect::LessonTarget::Top,
        })))
    }

    /// Moves the tree cursor by `delta` lesson rows (module rows are skipped), or scrolls the
    /// summary when it has focus.
    fn step(&mut self, delta: isize) {
        if self.focus == CoursePane::Summary {
            let next = i64::from(self.summary_scroll) + delta.clamp(-1000, 1000) as i64;
            self.summary_scroll = next.clamp(0, i64::from(u16::MAX)) as u16;
            return;
        }
        let lessons: Vec<usize> = (0..self.rows.len())
            .filter(|&r| matches!(self.rows[r], TreeRow::Lesson(_)))
            .collect();
        let Some(pos) = lessons.iter().position(|&r| r >= self.selected) else {
            return;
        };
        let target = (pos as isize)
            .saturating_add(delta)
            .clamp(0, lessons.len() as isize - 1);
        self.selected = lessons[target as usize];
        self.summary_scroll = 0;
    }

    /// Rebuilds the tree rows, keeping `keep` (a lesson id) selected when it is still shown.
    fn rebuild(&mut self, keep: Option<String>) {
        let Some(model) = &self.model else { return };
        self.rows = model.tree(self.failing_only);
        let find = |id: &str| {
            self.rows
                .iter()
                .position(|r| matches!(r, TreeRow::Lesson(i) if model.facts[*i].lesson_id == id))
        };
        let first_lesson = self
            .rows
            .iter()
            .position(|r| matches!(r, TreeRow::Lesson(_)));
        self.selected = keep.as_deref().and_then(find).or(first_lesson).unwrap_or(0);
        self.summary_scroll = 0;
    }
}
