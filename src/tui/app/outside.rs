//! Changes made by other processes (the CLI's import, generate or edit; a second window):
//! every few ticks the app asks for SQLite's `data_version`, which moves only when another
//! connection committed, and when it moved reloads what is on screen — the library and every
//! course, lesson, review, history and messages screen — keeping each one's selection (the
//! screens take reloads in place). Editors are not reloaded: their save checks its base and
//! offers the conflict dialog. Pure side, like the rest of `app/`.

use crate::tui::message::effect::StorageRequest;

use super::App;
use super::screen::Screen;

/// Ticks (250 ms) between two looks at `data_version`.
pub const POLL_EVERY_TICKS: u64 = 4;

impl App {
    pub(super) fn poll_outside(&mut self) -> Vec<StorageRequest> {
        self.ticks += 1;
        if self.ticks.is_multiple_of(POLL_EVERY_TICKS) {
            vec![StorageRequest::DataVersion]
        } else {
            Vec::new()
        }
    }

    pub(super) fn data_version_answered(&mut self, version: Option<i64>) -> Vec<StorageRequest> {
        let Some(version) = version else {
            return Vec::new();
        };
        let before = self.data_version.replace(version);
        if before.is_none_or(|b| b == version) {
            return Vec::new();
        }
        let mut slugs: Vec<String> = Vec::new();
        for screen in &self.stack {
            let slug = match screen {
                Screen::Course(c) => Some(c.slug().to_string()),
                Screen::Lesson(l) => Some(l.course_slug().to_string()),
                Screen::History(h) => Some(h.target().slug.clone()),
                Screen::Messages(m) => Some(m.slug().to_string()),
                _ => None,
            };
            if let Some(slug) = slug
                && !slugs.contains(&slug)
            {
                slugs.push(slug);
            }
        }
        let mut requests = vec![
            StorageRequest::LoadCourses,
            StorageRequest::LoadConflictMarks,
        ];
        // A `lectern sync` elsewhere (or the sync worker) moves the counts and the age.
        requests.extend(self.sync_status_request());
        for screen in &self.stack {
            match screen {
                Screen::Review(review) => requests.push(review.load()),
                // Another process may have assigned a persona or added one.
                Screen::Personas(_) if !requests.contains(&StorageRequest::LoadPersonas) => {
                    requests.push(StorageRequest::LoadPersonas);
                }
                Screen::Analytics(a) => {
                    let request = StorageRequest::LoadAnalytics(a.scope().clone());
                    if !requests.contains(&request) {
                        requests.push(request);
                    }
                }
                // A `lectern sync` elsewhere may have brought conflicts or resolved them.
                Screen::Conflicts(c) => {
                    let request = StorageRequest::LoadConflicts(c.course().map(str::to_string));
                    if !requests.contains(&request) {
                        requests.push(request);
                    }
                }
                _ => {}
            }
        }
        for slug in slugs {
            for request in self.written(&slug) {
                if !requests.contains(&request) {
                    requests.push(request);
                }
            }
        }
        requests
    }
}
