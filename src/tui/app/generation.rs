//! The app's side of generation: hands intents, keys, ticks and the bridge's events to the
//! `JobsPanel`, carries out what it asks (notify, reload the course a stored lesson belongs
//! to, open a lesson being written, reload a course whose curriculum or research was stored), rebuilds open lesson screens once their new text is
//! stored, and draws the panel, its dialogs, the live text and the score change.
//!
//! Must not do I/O: runs start and stop through `GenerationRequest`s the runtime takes.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::services::CourseDetail;
use crate::tr;
use crate::tui::app::screen::Screen;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::authoring::AuthoringRequest;
use crate::tui::message::effect::{OpenLesson, StorageRequest};
use crate::tui::message::jobs::{
    GenerationEvent, GenerationRequest, GenerationSettings, JobsIntent,
};
use crate::tui::message::target::EditorTarget;
use crate::tui::screens::{
    EditorScreen, JobsPanel, LessonProgress, LessonScreen, PanelAction, PanelEffect, render_stream,
    score_change_line,
};

use super::App;
use super::answers::ready_lesson;

pub(super) enum MainView<'a> {
    Stream(&'a LessonProgress),
    Screen {
        banner: Option<(Line<'static>, Rect)>,
        screen: Rect,
    },
}

impl App {
    /// Starts runs from `settings` (the config's provider, model and limits) instead of the
    /// offline defaults.
    pub fn with_generation(mut self, settings: GenerationSettings) -> App {
        self.jobs = JobsPanel::new(settings, self.theme.texts);
        self
    }

    pub fn jobs(&self) -> &JobsPanel {
        &self.jobs
    }

    /// Opens an editor; the curriculum's approval checkpoint estimates with the configured
    /// generation options, as `g` does.
    pub(super) fn open_editor(&mut self, target: EditorTarget) -> Vec<StorageRequest> {
        let editor = EditorScreen::new(target.clone())
            .with_provider(self.jobs.provider_name())
            .with_options(self.jobs.options())
            .with_texts(self.theme.texts);
        self.stack.push(Screen::Editor(Box::new(editor)));
        vec![StorageRequest::Authoring(AuthoringRequest::Load(target))]
    }

    /// What the runtime must start or cancel since the last call.
    pub fn take_generation_requests(&mut self) -> Vec<GenerationRequest> {
        self.jobs.take_requests()
    }

    /// Applies a panel action and what it asks for.
    pub fn jobs_update(&mut self, action: PanelAction) -> Vec<StorageRequest> {
        self.dirty = true;
        match self.jobs.update(action) {
            Some(effect) => self.panel_effect(effect),
            None => Vec::new(),
        }
    }

    pub(super) fn jobs_intent(&mut self, intent: JobsIntent) -> Vec<StorageRequest> {
        self.jobs_update(PanelAction::Intent(intent))
    }

    pub(super) fn generation_event(&mut self, event: GenerationEvent) -> Vec<StorageRequest> {
        self.jobs_update(PanelAction::Generation(event))
    }

    pub(super) fn jobs_tick(&mut self) {
        if self.jobs.is_busy() {
            self.jobs.update(PanelAction::Tick);
            self.dirty = true;
        }
    }

    /// Keys while the panel or a dialog is up, and `J` anywhere text is not being typed.
    pub(super) fn jobs_key(
        &mut self,
        key: &KeyEvent,
        global: Option<GlobalAction>,
    ) -> Vec<StorageRequest> {
        if let Some(action) = self
            .jobs
            .handle_key(key, self.keymap.global(), self.keymap.jobs())
        {
            return self.jobs_update(action);
        }
        match global {
            Some(GlobalAction::Quit) => return self.request_quit(),
            Some(GlobalAction::Jobs) if !self.jobs.captures_keys() => {
                return self.jobs_update(PanelAction::Toggle);
            }
            _ => {}
        }
        Vec::new()
    }

    fn panel_effect(&mut self, effect: PanelEffect) -> Vec<StorageRequest> {
        match effect {
            PanelEffect::Notify { text, is_error } => {
                self.notify(text, is_error);
                Vec::new()
            }
            PanelEffect::Estimate(request) => vec![StorageRequest::Estimate(request)],
            PanelEffect::LoadRecorded => vec![StorageRequest::RecentJobs],
            PanelEffect::Finished { slug, text } => {
                self.acted_on(&slug);
                self.notify(self.with_undo_hint(&text), false);
                Vec::new()
            }
            PanelEffect::DocumentStored { slug, text } => {
                self.acted_on(&slug);
                self.notify(self.with_undo_hint(&text), false);
                let shown = self
                    .stack
                    .iter()
                    .any(|s| matches!(s, Screen::Course(c) if c.slug() == slug));
                if shown {
                    vec![StorageRequest::LoadCourse(slug)]
                } else {
                    self.jobs.take_reload(&slug);
                    vec![StorageRequest::LoadCourses]
                }
            }
            PanelEffect::Stored { slug, .. } => {
                let shown = self
                    .stack
                    .iter()
                    .any(|s| matches!(s, Screen::Course(c) if c.slug() == slug));
                if !shown {
                    // No course screen takes the reload; lesson screens and the library's
                    // counts still change (`refresh.rs`).
                    self.jobs.take_reload(&slug);
                }
                self.written(&slug)
            }
            PanelEffect::Watch { slug, lesson_id } => {
                let open = self.stack.iter().rev().find_map(|s| match s {
                    Screen::Course(c) if c.slug() == slug => c.open_lesson(&lesson_id),
                    _ => None,
                });
                match open {
                    Some(open) => return self.open_lesson(LessonScreen::new(open)),
                    None => {
                        let t = self.theme.texts;
                        let text = tr!(t, "tui-app-watch-needs-course", lesson = lesson_id);
                        self.notify(text, false);
                    }
                }
                Vec::new()
            }
        }
    }

    /// After a reload caused by a stored lesson: lesson screens of that course showing a
    /// lesson just stored are rebuilt from the new row (text, scores, issues), readied like
    /// any lesson opened; returns the highlighting they ask for.
    pub(super) fn refresh_lessons(
        &mut self,
        slug: &str,
        result: &Result<Box<CourseDetail>, String>,
    ) -> Vec<StorageRequest> {
        let Ok(detail) = result else {
            return Vec::new();
        };
        let main = self.main_area();
        let mut requests = Vec::new();
        let mut course_title = None;
        for screen in &mut self.stack {
            match screen {
                Screen::Course(c) if c.slug() == slug => {
                    course_title = Some(detail.course.title.clone());
                }
                Screen::Course(_) => course_title = None,
                Screen::Lesson(lesson) => {
                    let Some(title) = &course_title else { continue };
                    let id = lesson.lesson_id().to_string();
                    if !self.jobs.take_fresh(slug, &id) {
                        continue;
                    }
                    if let Some(row) = detail.lessons.iter().find(|r| r.record.lesson_id == id) {
                        *lesson = LessonScreen::new(OpenLesson {
                            course_slug: slug.to_string(),
                            course_title: title.clone(),
                            lesson: row.clone(),
                            at: Default::default(),
                        })
                        .with_texts(self.theme.texts);
                        requests.extend(ready_lesson(&self.syntax_cache, main, lesson));
                    }
                }
                _ => {}
            }
        }
        requests
    }

    /// The generation progress of the lesson on top, if it is a lesson screen.
    pub(super) fn top_lesson_progress(&self) -> Option<&LessonProgress> {
        let Some(Screen::Lesson(lesson)) = self.stack.last() else {
            return None;
        };
        let slug = self.stack.iter().rev().find_map(|s| match s {
            Screen::Course(c) => Some(c.slug()),
            _ => None,
        })?;
        self.jobs.lesson(slug, lesson.lesson_id())
    }

    /// What the main area shows: the live text of the top lesson while it streams, else the
    /// top screen, under a banner with its score change once the new text is stored. Render
    /// and mouse clicks both ask here, so a click maps to where the screen really is.
    pub(super) fn main_view(&self, main: Rect) -> MainView<'_> {
        let progress = self.top_lesson_progress();
        if let Some(lesson) = progress.filter(|l| l.state.is_active()) {
            return MainView::Stream(lesson);
        }
        match progress.and_then(|l| score_change_line(l, &self.theme)) {
            Some(line) => {
                let [banner, screen] = main.layout(&Layout::vertical([
                    Constraint::Length(1),
                    Constraint::Min(0),
                ]));
                MainView::Screen {
                    banner: Some((line, banner)),
                    screen,
                }
            }
            None => MainView::Screen {
                banner: None,
                screen: main,
            },
        }
    }

    pub(super) fn render_main(&self, frame: &mut Frame, area: Rect) {
        match self.main_view(area) {
            MainView::Stream(lesson) => render_stream(frame, area, lesson, &self.theme),
            MainView::Screen { banner, screen } => {
                if let Some((line, banner)) = banner {
                    frame.render_widget(Paragraph::new(line), banner);
                }
                self.screen().render(frame, screen, &self.theme);
            }
        }
    }

    /// The jobs panel and the generation dialogs, over everything but the help.
    pub(super) fn render_jobs(&self, frame: &mut Frame, area: Rect) {
        if self.jobs.is_open() {
            self.jobs
                .render_panel(frame, area, &self.theme, self.keymap.jobs());
        }
        self.jobs.render_dialog(frame, area, &self.theme);
    }
}
