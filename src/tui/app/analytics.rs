//! The app's side of the analytics dashboard (issue 15): `a` opens it on the library or a
//! course and asks the storage worker for its figures; the worker's answer goes to every
//! dashboard of that scope; the dashboard's requests (review the lessons of an issue code,
//! open a lesson, load again) become the app's effects. Pure side, like the rest of `app/`.

use crate::services::{Analytics, Scope};
use crate::tui::app::App;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::effect::{Effect, LessonTarget, StorageRequest};
use crate::tui::screens::{AnalyticsAction, AnalyticsOutcome, AnalyticsScreen, ReviewScreen};

impl App {
    /// `Effect::OpenAnalytics` and `Effect::OpenReviewCode`.
    pub(super) fn analytics(&mut self, effect: Effect) -> Vec<StorageRequest> {
        match effect {
            Effect::OpenAnalytics(course) => {
                let (screen, load) = AnalyticsScreen::new(Scope::from_slug(course.as_deref()));
                self.stack.push(Screen::Analytics(Box::new(screen)));
                self.apply(analytics_effect(load))
            }
            Effect::OpenReviewCode { course, code } => {
                let screen = ReviewScreen::for_code(course, code);
                let load = screen.load();
                self.stack.push(Screen::Review(screen));
                vec![load]
            }
            _ => Vec::new(),
        }
    }

    /// The figures go to every dashboard of `scope` (the library's and a course's can both
    /// be open, one above the other).
    pub(super) fn analytics_loaded(&mut self, scope: &Scope, result: Result<Analytics, String>) {
        for screen in &mut self.stack {
            if matches!(screen, Screen::Analytics(a) if a.scope() == scope) {
                let action = AnalyticsAction::Loaded(Box::new(result.clone()));
                screen.update(ScreenAction::Analytics(action));
            }
        }
    }
}

/// The dashboard asks in its own terms (it names no app type); these are the app's.
pub(super) fn analytics_effect(outcome: AnalyticsOutcome) -> Effect {
    match outcome {
        AnalyticsOutcome::Load(scope) => Effect::Storage(StorageRequest::LoadAnalytics(scope)),
        AnalyticsOutcome::OpenReview { course, code } => Effect::OpenReviewCode { course, code },
        AnalyticsOutcome::OpenLesson { course, lesson_id } => {
            Effect::Storage(StorageRequest::LoadLesson {
                slug: course,
                lesson_id,
                at: LessonTarget::Top,
            })
        }
    }
}
