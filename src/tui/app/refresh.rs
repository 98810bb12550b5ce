//! One source of truth for screens: after a write (a save, an approval, a stored generated
//! lesson, an archive) the app marks the course stale and asks for it again; when it arrives,
//! every course screen of that slug takes it and every lesson screen of that course is rebuilt
//! from its stored row (keeping the reader's place). The library always reloads (it is always
//! on the stack), and review and history screens reload too. So no screen shows a score or text older
//! than the database. Pure side, like the rest of `app/`.

use crate::services::{CourseChecks, CourseDetail};
use crate::tui::app::App;
use crate::tui::app::answers::ready_lesson;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::effect::{OpenLesson, StorageRequest};
use crate::tui::screens::CourseAction;

impl App {
    /// Course `slug` changed in the database: what must be loaded again so every open screen
    /// shows it as stored.
    pub(super) fn written(&mut self, slug: &str) -> Vec<StorageRequest> {
        let mut requests = vec![StorageRequest::LoadCourses];
        // A write queues a change for sync (or resolved a conflict): the bar's count moves,
        // and the badges may.
        requests.extend(self.sync_status_request());
        requests.push(StorageRequest::LoadConflictMarks);
        let shown = self.stack.iter().any(|s| match s {
            Screen::Course(c) => c.slug() == slug,
            Screen::Lesson(l) => l.course_slug() == slug,
            _ => false,
        });
        if shown {
            if !self.stale.iter().any(|s| s == slug) {
                self.stale.push(slug.to_string());
            }
            requests.push(StorageRequest::LoadCourse(slug.to_string()));
        }
        for screen in &self.stack {
            match screen {
                Screen::Review(review) if review.scope().is_none_or(|scope| scope == slug) => {
                    requests.push(review.load());
                }
                Screen::History(history) if history.target().slug == slug => {
                    requests.push(history.load());
                }
                Screen::Messages(messages) if messages.slug() == slug => {
                    requests.push(messages.load());
                }
                Screen::Analytics(a) if a.scope().slug().is_none_or(|scope| scope == slug) => {
                    let request = StorageRequest::LoadAnalytics(a.scope().clone());
                    if !requests.contains(&request) {
                        requests.push(request);
                    }
                }
                _ => {}
            }
        }
        requests
    }

    /// True once for a course marked stale by [`App::written`].
    pub(super) fn take_stale(&mut self, slug: &str) -> bool {
        let before = self.stale.len();
        self.stale.retain(|s| s != slug);
        self.stale.len() != before
    }

    /// A stale course arrived: all its course screens take it, and its lesson screens are
    /// rebuilt from their rows; returns the highlighting the rebuilt ones ask for.
    pub(super) fn reload_course_screens(
        &mut self,
        slug: &str,
        (result, checks, messages): (
            &Result<Box<CourseDetail>, String>,
            Option<&CourseChecks>,
            u32,
        ),
    ) -> Vec<StorageRequest> {
        let main = self.main_area();
        let mut requests = Vec::new();
        for screen in &mut self.stack {
            match screen {
                Screen::Course(c) if c.slug() == slug => {
                    let loaded = CourseAction::CourseLoaded(result.clone());
                    screen.update(ScreenAction::Course(loaded));
                    if let Some(checks) = checks {
                        let checked = CourseAction::Checked(Box::new(checks.clone()));
                        screen.update(ScreenAction::Course(checked));
                    }
                    let count = CourseAction::MessageCount(messages);
                    screen.update(ScreenAction::Course(count));
                }
                Screen::Lesson(lesson) if lesson.course_slug() == slug => {
                    let Ok(detail) = result else { continue };
                    let id = lesson.lesson_id();
                    let Some(row) = detail.lessons.iter().find(|r| r.record.lesson_id == id) else {
                        continue;
                    };
                    *lesson = lesson.reloaded(OpenLesson {
                        course_slug: slug.to_string(),
                        course_title: detail.course.title.clone(),
                        lesson: row.clone(),
                        at: Default::default(),
                    });
                    requests.extend(ready_lesson(&self.syntax_cache, main, lesson));
                }
                _ => {}
            }
        }
        requests
    }
}
