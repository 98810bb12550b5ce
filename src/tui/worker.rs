//! `StorageWorker`: the thread that owns the TUI's own `Store` and answers `StorageRequest`s,
//! so no query ever runs on the draw loop. Results go back to the runtime as `AppEvent`s.
//!
//! Goes through `storage`/`services` types only (never rusqlite directly); must not depend on
//! screens or rendering.

use std::path::Path;
use std::sync::mpsc;
use std::thread::JoinHandle;

use tokio::sync::mpsc::UnboundedSender;

use crate::services;
use crate::storage::{Store, StoreError};

use super::authoring_worker;
use super::effect::StorageRequest;
use super::event::{AppEvent, StorageEvent};

/// Search results beyond this are not useful on one screen.
const SEARCH_LIMIT: u32 = 200;

pub struct StorageWorker {
    requests: Option<mpsc::Sender<StorageRequest>>,
    thread: Option<JoinHandle<()>>,
}

impl StorageWorker {
    /// Opens the database at `db` (already created and migrated by the caller) and starts the
    /// thread that serves requests until the worker is dropped.
    pub fn spawn(
        db: &Path,
        events: UnboundedSender<AppEvent>,
    ) -> Result<StorageWorker, StoreError> {
        let (store, _) = Store::open(db)?;
        let (tx, rx) = mpsc::channel::<StorageRequest>();
        let thread = std::thread::Builder::new()
            .name("lectern-storage".into())
            .spawn(move || {
                let mut store = store;
                for request in rx {
                    let answer = serve_mut(&mut store, request);
                    if events.send(AppEvent::Storage(answer)).is_err() {
                        break; // the app has gone: nothing left to answer
                    }
                }
            })
            .map_err(|e| StoreError::Invalid(format!("cannot start the storage thread: {e}")))?;
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

/// Answers any request, the editors' writes included; the worker thread calls it.
pub fn serve_mut(store: &mut Store, request: StorageRequest) -> StorageEvent {
    match request {
        StorageRequest::Authoring(r) => StorageEvent::Authoring(authoring_worker::serve(store, r)),
        StorageRequest::CreateCourse { title, slug } => {
            StorageEvent::CourseCreated(authoring_worker::create_course(store, title, slug))
        }
        other => serve(store, other),
    }
}

/// Answers one read request synchronously; the worker thread calls it, and so can tests.
pub fn serve(store: &Store, request: StorageRequest) -> StorageEvent {
    match request {
        // Editors write; only `serve_mut` has the access for that.
        StorageRequest::Authoring(_) => {
            StorageEvent::CoursesLoaded(Err("editor request sent to a read-only server".into()))
        }
        StorageRequest::CreateCourse { .. } => {
            StorageEvent::CourseCreated(Err("course creation sent to a read-only server".into()))
        }
        StorageRequest::LoadCourses => {
            StorageEvent::CoursesLoaded(store.read().list_courses(false).map_err(|e| e.to_string()))
        }
        StorageRequest::LoadCourse(slug) => StorageEvent::CourseLoaded {
            result: services::course_detail(store, &slug)
                .map(Box::new)
                .map_err(|e| e.to_string()),
            slug,
        },
        StorageRequest::Search(query) => StorageEvent::SearchResults {
            result: store
                .read()
                .search(&query, SEARCH_LIMIT)
                .map_err(|e| e.to_string()),
            query,
        },
    }
}
