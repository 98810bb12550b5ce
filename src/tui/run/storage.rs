//! `StorageWorker`: the thread that owns the TUI's own `Store` and answers `StorageRequest`s,
//! so no query ever runs on the draw loop. Results go back to the runtime as `AppEvent`s.
//!
//! Goes through `storage`/`services` types only (never rusqlite directly); must not depend on
//! screens or rendering.

use std::path::Path;
use std::sync::mpsc;
use std::thread::JoinHandle;

use tokio::sync::mpsc::UnboundedSender;

use crate::i18n::{Lang, Texts};
use crate::services;
use crate::services::say;
use crate::storage::{Store, StoreError};
use crate::tr;

use crate::tui::message::effect::StorageRequest;
use crate::tui::message::event::{AppEvent, StorageEvent};
use crate::tui::run::authoring;
use crate::tui::run::conflicts;
use crate::tui::run::history;
use crate::tui::run::personas;
use crate::tui::run::storage_jobs;

/// Courses in the first page: a screenful on any usual terminal (its cost is what launch
/// waits for), the rest loads behind the first frame.
const FIRST_PAGE: usize = 40;
/// Courses per later page: few round trips, each short enough not to delay other requests.
const NEXT_PAGE: usize = 2000;
/// The most hits a search screen may ask for, however far it scrolls.
const SEARCH_LIMIT: u32 = 1000;

pub struct StorageWorker {
    requests: Option<mpsc::Sender<StorageRequest>>,
    thread: Option<JoinHandle<()>>,
}

impl StorageWorker {
    /// Opens the database at `db` (already created and migrated by the caller) and starts the
    /// thread that serves requests until the worker is dropped.
    pub fn spawn(
        db: &Path,
        texts: Texts,
        events: UnboundedSender<AppEvent>,
    ) -> Result<StorageWorker, StoreError> {
        let (store, _) = Store::open(db)?;
        let (tx, rx) = mpsc::channel::<StorageRequest>();
        let thread = std::thread::Builder::new()
            .name("lectern-storage".into())
            .spawn(move || {
                let mut store = store;
                for request in rx {
                    let answer = serve_in(&mut store, texts, request);
                    if events.send(AppEvent::Storage(answer)).is_err() {
                        break; // the app has gone: nothing left to answer
                    }
                }
            })
            .map_err(|e| {
                StoreError::Invalid(tr!(
                    texts,
                    "tui-app-no-storage-thread",
                    error = e.to_string()
                ))
            })?;
        Ok(StorageWorker {
            requests: Some(tx),
            thread: Some(thread),
        })
    }

    pub fn send(&self, request: StorageRequest) {
        if let Some(tx) = &self.requests
            && tx.send(request).is_err()
        {
            tracing::warn!("storage worker stopped; request dropped");
        }
    }
}

impl Drop for StorageWorker {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop; joining keeps the connection's last
        // write (if any) from racing process exit.
        self.requests.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A page of the library after the course `after` (title, slug), to go in at `offset`;
/// `more` when it came back full (another may follow). Archived courses come too: the
/// library shows them only in its Archived view (`A`).
fn courses_page(
    store: &Store,
    t: Texts,
    offset: usize,
    after: Option<&(String, String)>,
    limit: usize,
) -> StorageEvent {
    let after = after.map(|(title, slug)| (title.as_str(), slug.as_str()));
    let result = store
        .read()
        .list_courses_after(true, after, limit as i64)
        .map_err(|e| say(t, &e));
    let more = result.as_ref().is_ok_and(|page| page.len() == limit);
    StorageEvent::CoursesLoaded {
        offset,
        result,
        more,
    }
}

/// Highlights a lesson; the runtime calls it on a blocking task, `serve` (tests) directly.
pub fn highlight(hash: u64, lines: &[String]) -> StorageEvent {
    StorageEvent::Highlighted {
        hash,
        lines: Some(std::sync::Arc::new(
            crate::tui::text::highlight::highlight_lines(lines),
        )),
    }
}

/// [`serve_in`] in English: for tests and benchmarks that read no words.
pub fn serve(store: &mut Store, request: StorageRequest) -> StorageEvent {
    serve_in(store, Texts::new(Lang::En), request)
}

/// Answers one request synchronously, its reports (an import's, a restore's, a save's, the
/// sync line) in `t`'s language; the worker thread calls it, and so can tests.
pub fn serve_in(store: &mut Store, t: Texts, request: StorageRequest) -> StorageEvent {
    match request {
        StorageRequest::Authoring(r) => StorageEvent::Authoring(authoring::serve(store, t, r)),
        StorageRequest::CreateCourse { title, slug } => {
            StorageEvent::CourseCreated(authoring::create_course(store, t, title, slug))
        }
        StorageRequest::LoadCourses => courses_page(store, t, 0, None, FIRST_PAGE),
        StorageRequest::LoadMoreCourses { offset, after } => {
            courses_page(store, t, offset, Some(&after), NEXT_PAGE)
        }
        StorageRequest::LoadCourse(slug) => {
            let result = services::course_detail(store, &slug)
                .map(Box::new)
                .map_err(|e| say(t, &e));
            let checks = result
                .as_ref()
                .ok()
                .map(|detail| Box::new(services::course_checks(detail)));
            // The header's count; a course that cannot count them simply shows none.
            let messages = services::course_message_count(store, &slug).unwrap_or(0);
            StorageEvent::CourseLoaded {
                result,
                checks,
                messages,
                slug,
            }
        }
        StorageRequest::Search { query, limit } => StorageEvent::SearchResults {
            result: store
                .read()
                .search(&query, limit.min(SEARCH_LIMIT))
                .map_err(|e| say(t, &e)),
            query,
            limit,
        },
        StorageRequest::LoadReview(scope) => storage_jobs::load_review(store, t, scope, None),
        StorageRequest::LoadReviewCode { scope, code } => {
            storage_jobs::load_review(store, t, scope, Some(code))
        }
        StorageRequest::LoadLesson {
            slug,
            lesson_id,
            at,
        } => storage_jobs::load_lesson(store, t, &slug, &lesson_id, at),
        StorageRequest::ArchiveCourse(slug) => storage_jobs::archive(store, t, slug),
        StorageRequest::UnarchiveCourse(slug) => storage_jobs::unarchive(store, t, slug),
        StorageRequest::ImportFolder(path) => storage_jobs::import(store, t, &path),
        StorageRequest::CompletePath(input) => storage_jobs::complete_path(input),
        StorageRequest::Highlight { hash, lines } => highlight(hash, &lines),
        StorageRequest::LoadHistory(target) => history::load_history(store, t, target),
        StorageRequest::LoadDiff {
            target,
            revision,
            base,
        } => history::load_diff(store, t, target, revision, base),
        StorageRequest::Restore { target, revision } => {
            history::restore(store, t, target, &revision)
        }
        StorageRequest::Undo(slug) => history::undo(store, t, slug),
        StorageRequest::LoadMessages(slug) => storage_jobs::load_messages(store, t, slug),
        StorageRequest::LoadPersonas => personas::load(store, t),
        StorageRequest::AssignPersona { course, persona } => {
            personas::assign(store, t, course, persona)
        }
        StorageRequest::LoadConflicts(course) => conflicts::load(store, t, course),
        StorageRequest::ResolveConflict {
            course,
            target,
            keep,
        } => conflicts::resolve(store, t, course, &target, keep),
        StorageRequest::SyncStatus(incoming) => conflicts::sync_status(store, t, incoming),
        StorageRequest::LoadConflictMarks => conflicts::marks(store, t),
        StorageRequest::Estimate(request) => storage_jobs::estimate(store, t, request),
        StorageRequest::LoadAnalytics(scope) => StorageEvent::AnalyticsLoaded {
            result: Box::new(services::load_analytics(store, &scope).map_err(|e| say(t, &e))),
            scope,
        },
        StorageRequest::RecentJobs => StorageEvent::RecentJobs(
            services::recent_jobs(store, storage_jobs::RECENT_JOBS).map_err(|e| say(t, &e)),
        ),
        StorageRequest::DataVersion => StorageEvent::DataVersion(store.read().data_version().ok()),
    }
}
