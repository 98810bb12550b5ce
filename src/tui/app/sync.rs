//! The app's side of background sync: the sync-now key (`Y`; `S` already reverses the library's
//! sort) asks the runtime for a sync, the sync worker's `SyncEvent`s move the status line
//! (`⇅ syncing…`, `0↓` after a poll, `offline`) and say what a sync moved; after a pull the
//! screens reload through the same `data_version` path as any other process's write. Also
//! the conflict badges: the open conflicts' (course, target) pairs go to the library and to
//! each course screen. Pure side, like the rest of `app/`.

use std::collections::BTreeMap;

use crate::services::sync::Incoming;
use crate::tr;
use crate::tui::app::App;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::effect::StorageRequest;
use crate::tui::message::sync::SyncEvent;
use crate::tui::screens::{CourseAction, CourseScreen, LibraryAction};

impl App {
    /// True once after the sync-now key: the runtime hands it to the sync worker.
    pub fn take_sync_now(&mut self) -> bool {
        std::mem::take(&mut self.sync.wanted)
    }

    /// The sync-now key.
    pub(super) fn sync_now(&mut self) -> Vec<StorageRequest> {
        let t = self.theme.texts;
        if !self.sync.enabled() {
            self.notify(t.get("tui-sync-not-configured"), true);
        } else if self.sync.running {
            self.notify(t.get("tui-sync-already-running"), false);
        } else {
            self.sync.wanted = true;
            self.sync.running = true;
            self.sync.reshow(t);
            self.dirty = true;
        }
        Vec::new()
    }

    /// News from the sync worker.
    pub(super) fn sync_event(&mut self, event: SyncEvent) -> Vec<StorageRequest> {
        let t = self.theme.texts;
        let mut requests = Vec::new();
        match event {
            SyncEvent::Started { server } => {
                self.sync.running = true;
                self.notify(tr!(t, "tui-sync-started", server = server), false);
            }
            SyncEvent::Synced(report) => {
                self.sync.running = false;
                self.sync.incoming = Incoming::Waiting(0);
                let text = tr!(t, "tui-sync-synced", summary = report.summary);
                self.notify(text, false);
                requests.extend(self.pulled());
            }
            SyncEvent::Pulled(report) => {
                let n = report.pulled;
                let text = match report.courses.as_slice() {
                    [] => tr!(t, "tui-sync-pulled", n = n),
                    [one] => tr!(t, "tui-sync-pulled-course", n = n, course = one.as_str()),
                    many => tr!(t, "tui-sync-pulled-courses", n = n, courses = many.len()),
                };
                self.notify(text, false);
                requests.extend(self.pulled());
            }
            SyncEvent::Failed(text) => {
                self.sync.running = false;
                self.sync.incoming = Incoming::Offline;
                self.notify(text, true);
            }
            SyncEvent::Polled(waiting) => self.sync.incoming = Incoming::Waiting(waiting),
            SyncEvent::Offline(_) => self.sync.incoming = Incoming::Offline,
        }
        if self.sync.reshow(t) {
            self.dirty = true;
        }
        requests.extend(self.sync_status_request());
        requests
    }

    /// A sync or poll wrote through the worker's own connection: `data_version` moved, so
    /// asking for it now reloads every screen showing a changed course (`outside.rs`) at
    /// once instead of at the next look.
    fn pulled(&self) -> Vec<StorageRequest> {
        vec![
            StorageRequest::DataVersion,
            StorageRequest::LoadConflictMarks,
        ]
    }

    /// The open conflicts arrived: badges for the library and every open course screen.
    pub(super) fn conflict_marks_loaded(&mut self, result: Result<Vec<(String, String)>, String>) {
        let Ok(marks) = result else { return };
        if marks == self.conflict_marks {
            return;
        }
        self.conflict_marks = marks;
        let mut per_course: BTreeMap<String, u32> = BTreeMap::new();
        for (course, _) in &self.conflict_marks {
            *per_course.entry(course.clone()).or_default() += 1;
        }
        let action = LibraryAction::ConflictMarks(per_course);
        self.library.update(ScreenAction::Library(action));
        let marks = &self.conflict_marks;
        for screen in &mut self.stack {
            if let Screen::Course(course) = screen {
                let action = CourseAction::ConflictMarks(targets_of(marks, course.slug()));
                screen.update(ScreenAction::Course(action));
            }
        }
        self.dirty = true;
    }

    /// Opens course `slug`, its badges from the marks already loaded.
    pub(super) fn open_course(&mut self, slug: String) -> Vec<StorageRequest> {
        let mut screen = Screen::Course(CourseScreen::new(slug.clone(), self.theme.texts));
        let marks = CourseAction::ConflictMarks(targets_of(&self.conflict_marks, &slug));
        screen.update(ScreenAction::Course(marks));
        self.stack.push(screen);
        vec![StorageRequest::LoadCourse(slug)]
    }
}

fn targets_of(marks: &[(String, String)], slug: &str) -> Vec<String> {
    marks
        .iter()
        .filter(|(course, _)| course == slug)
        .map(|(_, target)| target.clone())
        .collect()
}
