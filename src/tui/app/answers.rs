//! The app's side of the storage worker's answers: each goes to the screen that asked for it
//! (a stale answer for a screen since closed is dropped), opens a lesson, or becomes a
//! notification plus a library reload after an archive or an import. Must not do I/O.

use crate::tr;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::authoring::AuthoringEvent;
use crate::tui::message::effect::{Effect, StorageRequest};
use crate::tui::message::event::StorageEvent;
use crate::tui::screens::{
    CourseAction, EditorAction, LessonAction, LessonScreen, LibraryAction, ReviewAction,
    SearchAction,
};

use super::{App, SyntaxCache};

/// Lessons whose highlighting is kept; past this the cache starts over (a person reads a
/// handful of lessons at a time, and a miss only costs a background highlight).
const SYNTAX_CACHE_LESSONS: usize = 64;

impl App {
    /// Pushes a lesson screen, readied by [`ready_lesson`].
    pub(super) fn open_lesson(&mut self, screen: LessonScreen) -> Vec<StorageRequest> {
        let mut screen = screen.with_texts(self.theme.texts);
        let request = ready_lesson(&self.syntax_cache, self.main_area(), &mut screen);
        self.stack.push(Screen::Lesson(screen));
        request
    }

    /// Tells every open lesson screen its new area after a resize. (A regenerated lesson's
    /// one-row score banner is not counted: the jump keeps slack for more than that.)
    pub(super) fn fit_lessons(&mut self) {
        let main = self.main_area();
        for screen in &mut self.stack {
            if let Screen::Lesson(lesson) = screen {
                lesson.update(LessonAction::Resized(main));
            }
        }
    }

    pub(super) fn main_area(&self) -> ratatui::layout::Rect {
        let (width, height) = self.size;
        let [_, main, _] = super::frame_areas(ratatui::layout::Rect::new(0, 0, width, height));
        main
    }

    pub(super) fn storage_answered(&mut self, answer: StorageEvent) -> Vec<StorageRequest> {
        // The poll for other processes' writes changes nothing on screen by itself: an idle
        // workbench does not redraw for it (the reloads it may ask for do).
        if !matches!(
            answer,
            StorageEvent::DataVersion(_) | StorageEvent::SyncStatus(_)
        ) {
            self.dirty = true;
        }
        match answer {
            StorageEvent::CoursesLoaded {
                offset,
                result,
                more,
            } => {
                if let Err(e) = &result {
                    let text = tr!(
                        self.theme.texts,
                        "tui-app-library-failed",
                        error = e.as_str()
                    );
                    self.notify(text, true);
                }
                let next = result.as_ref().ok().and_then(|page| {
                    let last = page.last()?;
                    Some(StorageRequest::LoadMoreCourses {
                        offset: offset + page.len(),
                        after: (last.title.clone(), last.slug.clone()),
                    })
                });
                let action = LibraryAction::CoursesLoaded {
                    offset,
                    result,
                    more,
                };
                self.library.update(ScreenAction::Library(action));
                if more && let Some(next) = next {
                    return vec![next];
                }
            }
            StorageEvent::CourseLoaded {
                slug,
                result,
                checks,
                messages,
            } => {
                if let Err(e) = &result {
                    let t = self.theme.texts;
                    let text = tr!(
                        t,
                        "tui-app-course-failed",
                        slug = slug.as_str(),
                        error = e.as_str()
                    );
                    self.notify(text, true);
                }
                // A stored generated lesson refreshes the course and its open lesson screens.
                let reload = self.jobs.take_reload(&slug);
                let mut requests = if reload {
                    self.refresh_lessons(&slug, &result)
                } else {
                    Vec::new()
                };
                // A write (`refresh.rs`) reloads every screen of the course.
                if self.take_stale(&slug) {
                    let loaded = (&result, checks.as_deref(), messages);
                    requests.extend(self.reload_course_screens(&slug, loaded));
                    return requests;
                }
                // Only the screen that asked; it may have been closed meanwhile.
                let target = self.stack.iter_mut().rev().find(|s| {
                    matches!(s, Screen::Course(c) if c.slug() == slug && (reload || !c.is_loaded()))
                });
                if let Some(screen) = target {
                    screen.update(ScreenAction::Course(CourseAction::CourseLoaded(result)));
                    if let Some(checks) = checks {
                        screen.update(ScreenAction::Course(CourseAction::Checked(checks)));
                    }
                    screen.update(ScreenAction::Course(CourseAction::MessageCount(messages)));
                }
                return requests;
            }
            StorageEvent::Authoring(event) => return self.editor_answered(event),
            // The library's dialog opens the new course's brief; the list shows it behind.
            StorageEvent::CourseCreated(result) => {
                let action = ScreenAction::Library(LibraryAction::CourseCreated(result));
                let mut requests = vec![StorageRequest::LoadCourses];
                if let Some(effect) = self.library.update(action) {
                    requests.extend(self.apply(effect));
                }
                return requests;
            }
            StorageEvent::SearchResults {
                query,
                limit,
                result,
            } => {
                if let Some(Screen::Search(s)) = self.stack.last_mut() {
                    let effect = s.update(SearchAction::Results {
                        query,
                        limit,
                        result,
                    });
                    return effect.map_or_else(Vec::new, |e| self.apply(e));
                }
            }
            StorageEvent::ReviewLoaded {
                scope,
                code,
                result,
            } => {
                let target = self.stack.iter_mut().rev().find(|s| {
                    matches!(s, Screen::Review(r)
                        if r.scope() == scope.as_deref() && r.code() == code.as_deref())
                });
                if let Some(screen) = target
                    && let Some(effect) =
                        screen.update(ScreenAction::Review(ReviewAction::ReviewLoaded(result)))
                {
                    return self.apply(effect);
                }
            }
            StorageEvent::LessonLoaded(Ok(open)) => {
                return self.open_lesson(LessonScreen::new(*open));
            }
            StorageEvent::Highlighted { hash, lines } => {
                let Some(lines) = lines else {
                    return Vec::new();
                };
                if self.syntax_cache.len() >= SYNTAX_CACHE_LESSONS {
                    self.syntax_cache.clear();
                }
                self.syntax_cache.insert(hash, lines.clone());
                for screen in &mut self.stack {
                    if matches!(screen, Screen::Lesson(l) if l.content_hash() == hash) {
                        let action = LessonAction::Highlighted(lines.clone());
                        screen.update(ScreenAction::Lesson(action));
                    }
                }
            }
            StorageEvent::LessonLoaded(Err(e)) => {
                let text = tr!(self.theme.texts, "tui-app-lesson-failed", error = e);
                self.notify(text, true);
            }
            StorageEvent::CourseArchived { slug, result } => {
                let t = self.theme.texts;
                match result {
                    Ok(()) => {
                        self.acted_on(&slug);
                        let text = tr!(t, "tui-app-archived", slug = slug.as_str());
                        self.notify(self.with_undo_hint(&text), false);
                    }
                    Err(e) => {
                        let text =
                            tr!(t, "tui-app-archive-failed", slug = slug.as_str(), error = e);
                        self.notify(text, true);
                    }
                }
                return self.written(&slug);
            }
            StorageEvent::CourseUnarchived { slug, result } => {
                let t = self.theme.texts;
                let slug_value = slug.as_str();
                match result {
                    Ok(Some(status)) => {
                        self.acted_on(&slug);
                        // The status in the words the CLI's `unarchive` uses (`course-status`).
                        let status = tr!(t, "course-status", status = status);
                        let text = tr!(t, "tui-app-unarchived", slug = slug_value, status = status);
                        self.notify(text, false);
                    }
                    Ok(None) => {
                        self.notify(tr!(t, "tui-app-not-archived", slug = slug_value), false)
                    }
                    Err(e) => {
                        let text = tr!(t, "tui-app-unarchive-failed", slug = slug_value, error = e);
                        self.notify(text, true);
                    }
                }
                return self.written(&slug);
            }
            StorageEvent::FolderImported {
                result,
                reimported,
                warned,
            } => {
                return match result {
                    // A re-import replaced texts: the status line offers the way back.
                    Ok(report) => {
                        let messages = self.import_warned(&warned);
                        match reimported.last() {
                            Some(slug) => {
                                self.acted_on(slug);
                                let text = self.with_undo_hint(&format!("{report}{messages}"));
                                self.notify(text, false);
                                // Every re-imported course's screens reload, not only the last.
                                let mut requests: Vec<StorageRequest> = Vec::new();
                                for slug in &reimported {
                                    for request in self.written(slug) {
                                        if !requests.contains(&request) {
                                            requests.push(request);
                                        }
                                    }
                                }
                                requests
                            }
                            None => {
                                self.notify(format!("{report}{messages}"), false);
                                vec![StorageRequest::LoadCourses]
                            }
                        }
                    }
                    Err(e) => {
                        let text = tr!(self.theme.texts, "tui-app-import-refused", error = e);
                        self.notify(text, true);
                        Vec::new()
                    }
                };
            }
            StorageEvent::MessagesLoaded { slug, result } => self.messages_loaded(&slug, result),
            StorageEvent::PersonasLoaded(result) => self.personas_loaded(result),
            StorageEvent::PersonaAssigned {
                course,
                persona,
                result,
            } => return self.persona_assigned(&course, persona.as_deref(), result),
            StorageEvent::ConflictsLoaded { course, result } => {
                self.conflicts_loaded(course, result)
            }
            StorageEvent::ConflictResolved { course, result } => {
                return self.conflict_resolved(&course, result);
            }
            StorageEvent::SyncStatus(line) => self.sync_status_answered(line),
            StorageEvent::ConflictMarks(result) => self.conflict_marks_loaded(result),
            StorageEvent::AnalyticsLoaded { scope, result } => {
                self.analytics_loaded(&scope, *result)
            }
            StorageEvent::RecentJobs(result) => {
                let action = crate::tui::screens::PanelAction::Recorded(result);
                return self.jobs_update(action);
            }
            StorageEvent::Estimated { slug, kind, result } => {
                let action = crate::tui::screens::PanelAction::Estimated { slug, kind, result };
                return self.jobs_update(action);
            }
            StorageEvent::DataVersion(version) => return self.data_version_answered(version),
            StorageEvent::PathCompleted { input, candidates } => {
                let action = LibraryAction::PathCompleted { input, candidates };
                self.library.update(ScreenAction::Library(action));
            }
            history @ (StorageEvent::HistoryLoaded { .. }
            | StorageEvent::DiffLoaded { .. }
            | StorageEvent::Restored { .. }
            | StorageEvent::Undone { .. }) => return self.history_answered(history),
        }
        Vec::new()
    }

    /// Hands an editor's answer to the editor it is for (it may have been closed meanwhile).
    pub(super) fn editor_answered(&mut self, event: AuthoringEvent) -> Vec<StorageRequest> {
        let target = event.target().clone();
        // A stored text: every screen showing the course reloads (`refresh.rs`), even when
        // the editor that saved it has been closed meanwhile.
        let wrote = matches!(
            &event,
            AuthoringEvent::Saved { result: Ok(_), .. }
                | AuthoringEvent::Approved { result: Ok(_), .. }
        );
        let mut requests = if wrote {
            self.written(target.slug())
        } else {
            Vec::new()
        };
        let loaded = matches!(&event, AuthoringEvent::Loaded { result: Ok(_), .. });
        let Some(index) = self
            .stack
            .iter()
            .rposition(|s| matches!(s, Screen::Editor(e) if *e.target() == target))
        else {
            return requests;
        };
        // A merge's save resolves with the text saved (read before the editor may close).
        requests.extend(self.merge_saved(index, &target, wrote));
        let effect = self.stack[index].update(ScreenAction::Editor(EditorAction::Answered(event)));
        let on_top = index + 1 == self.stack.len();
        match effect {
            Some(Effect::Close(_)) if !on_top => {}
            Some(e) => requests.extend(self.apply(e)),
            None => {}
        }
        if loaded {
            self.merge_loaded(index, &target);
        }
        requests
    }
}

/// Everything a lesson screen needs before it is shown, wherever it was built (opened, watched,
/// rebuilt after generation): the area it is drawn over (so a jump to an issue can keep it in
/// view when long lines wrap) and its highlighting from the cache, or a request for it.
pub(super) fn ready_lesson(
    syntax_cache: &SyntaxCache,
    main: ratatui::layout::Rect,
    screen: &mut LessonScreen,
) -> Vec<StorageRequest> {
    screen.update(LessonAction::Resized(main));
    let hash = screen.content_hash();
    match syntax_cache.get(&hash) {
        Some(lines) => {
            screen.update(LessonAction::Highlighted(lines.clone()));
            Vec::new()
        }
        None => vec![StorageRequest::Highlight {
            hash,
            lines: std::sync::Arc::new(screen.text_lines().to_vec()),
        }],
    }
}
