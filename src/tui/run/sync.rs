//! `SyncWorker`: the workbench's background sync, only started when `[sync]` is configured.
//! A thread of its own with its own `Store` (a second connection to the database file) and its
//! own tokio runtime, so the draw loop never waits on the network or on a sync's SQLite
//! writes. It keeps one connection to the server between polls and reconnects after a
//! failure; every `poll` it asks the server's log sequence (`storage::sync::poll_server`, one
//! row) and pulls when something is waiting; the sync-now key pushes then pulls
//! (`services::sync::sync`). Unreachable servers are asked again later and later (backoff).
//! What happens goes back to the app as `SyncEvent`s; the other screens learn of pulled
//! changes through SQLite's `data_version`, as of any other process's write.
//!
//! Goes through `services`/`storage` only; must not depend on screens or rendering.

use std::path::Path;
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio_postgres::Client;
use tokio_util::sync::CancellationToken;

use crate::i18n::{Lang, Texts};
use crate::services::say;
use crate::services::sync::{SyncOptions, SyncReport, pull, sync};
use crate::storage::sync::connect::{ConnectionWatch, SyncTarget, connect_watched};
use crate::storage::sync::poll_server;
use crate::storage::{Store, StoreError};
use crate::tr;

use crate::tui::message::event::AppEvent;
use crate::tui::message::sync::{SyncEvent, SyncSummary};

/// Longest wait between two polls while the server cannot be reached.
const MAX_BACKOFF: Duration = Duration::from_secs(600);

/// What the workbench needs to sync: the server (from `[sync]`), who writes, how often to poll.
#[derive(Debug, Clone)]
pub struct SyncSettings {
    pub target: SyncTarget,
    /// `[sync] author`, else `[author] name`: who this replica's changes are attributed to.
    pub author: Option<String>,
    /// `[sync] poll_seconds`.
    pub poll: Duration,
}

enum Command {
    SyncNow,
}

pub struct SyncWorker {
    commands: UnboundedSender<Command>,
    stop: CancellationToken,
    thread: Option<JoinHandle<()>>,
}

impl SyncWorker {
    /// [`SyncWorker::spawn_in`] reporting in English.
    pub fn spawn(
        db: &Path,
        settings: SyncSettings,
        events: UnboundedSender<AppEvent>,
    ) -> Result<SyncWorker, StoreError> {
        SyncWorker::spawn_in(db, settings, Texts::new(Lang::En), events)
    }

    /// Opens its own connection to `db` and starts polling `settings.target` at once; what it
    /// reports (a sync's summary, a failure) is in `texts`' language.
    pub fn spawn_in(
        db: &Path,
        settings: SyncSettings,
        texts: Texts,
        events: UnboundedSender<AppEvent>,
    ) -> Result<SyncWorker, StoreError> {
        let (mut store, _) = Store::open(db)?;
        if let Some(author) = &settings.author {
            store.set_author(author);
        }
        let (commands, rx) = unbounded_channel();
        let stop = CancellationToken::new();
        let stopped = stop.clone();
        let thread = std::thread::Builder::new()
            .name("lectern-sync".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(e) => {
                        let text = tr!(texts, "tui-sync-no-runtime", error = e.to_string());
                        let _ = events.send(AppEvent::Sync(SyncEvent::Failed(text)));
                        return;
                    }
                };
                let worker = Worker::new(store, settings, texts, events);
                runtime.block_on(worker.run(rx, stopped));
            })
            .map_err(|e| {
                StoreError::Invalid(tr!(texts, "tui-sync-no-thread", error = e.to_string()))
            })?;
        Ok(SyncWorker {
            commands,
            stop,
            thread: Some(thread),
        })
    }

    /// Push then pull now, in the background (a poll or sync under way finishes first).
    pub fn sync_now(&self) {
        let _ = self.commands.send(Command::SyncNow);
    }
}

impl Drop for SyncWorker {
    fn drop(&mut self) {
        // A sync cut here resumes at the next one without repeats (each push batch and pull
        // page is one transaction on both sides), so quitting never waits on the network.
        self.stop.cancel();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

struct Worker {
    store: Store,
    target: SyncTarget,
    opts: SyncOptions,
    poll: Duration,
    events: UnboundedSender<AppEvent>,
    /// The connection kept between polls; dropped after any failure.
    client: Option<(Client, ConnectionWatch)>,
    /// Polls in a row that could not reach the server.
    failures: u32,
    texts: Texts,
}

impl Worker {
    fn new(
        store: Store,
        settings: SyncSettings,
        texts: Texts,
        events: UnboundedSender<AppEvent>,
    ) -> Worker {
        let target = settings.target;
        let server = format!("{}/{}", target.endpoint(), target.dbname);
        let opts = SyncOptions {
            schema: target.schema.clone(),
            timeout: target.statement_timeout,
            ..SyncOptions::new(&server)
        };
        Worker {
            store,
            target,
            opts,
            poll: settings.poll.max(Duration::from_secs(1)),
            events,
            client: None,
            failures: 0,
            texts,
        }
    }

    async fn run(mut self, mut commands: UnboundedReceiver<Command>, stop: CancellationToken) {
        let mut wait = Duration::ZERO;
        loop {
            let command = tokio::select! {
                () = stop.cancelled() => return,
                command = commands.recv() => match command {
                    Some(command) => Some(command),
                    None => return,
                },
                () = tokio::time::sleep(wait) => None,
            };
            let work = async {
                match command {
                    Some(Command::SyncNow) => self.sync_now().await,
                    None => self.poll().await,
                }
            };
            wait = tokio::select! {
                () = stop.cancelled() => return,
                next = work => next,
            };
        }
    }

    fn send(&self, event: SyncEvent) {
        let _ = self.events.send(AppEvent::Sync(event));
    }

    /// The kept connection, or a new one.
    async fn connection(&mut self) -> Result<&mut Client, String> {
        connection(&mut self.client, &self.target, self.texts).await
    }

    /// A failed round, explained by the connection's own failure when it broke (a stall or a
    /// cut shows on the query as "connection closed"); the connection is dropped.
    fn failed(&mut self, err: impl std::fmt::Display) -> String {
        let explained = match self.client.take().and_then(|(_, watch)| watch.failure()) {
            Some(failure) => say(self.texts, &failure),
            None => err.to_string(),
        };
        let server = self.opts.server.as_str();
        tr!(
            self.texts,
            "tui-sync-failed",
            server = server,
            error = explained
        )
    }

    /// Pushes then pulls; the next poll comes a whole interval later.
    async fn sync_now(&mut self) -> Duration {
        self.send(SyncEvent::Started {
            server: self.opts.server.clone(),
        });
        let t = self.texts;
        let result = match connection(&mut self.client, &self.target, t).await {
            Ok(client) => sync(&mut self.store, client, &self.opts)
                .await
                .map_err(|e| say(t, &e)),
            Err(e) => Err(e),
        };
        match result {
            Ok(report) => {
                self.failures = 0;
                self.send(SyncEvent::Synced(summary(self.texts, &report)));
                self.send(SyncEvent::Polled(0));
                self.poll
            }
            Err(e) => {
                let text = self.failed(e);
                tracing::warn!(error = %text, "workbench sync failed");
                self.send(SyncEvent::Failed(text));
                self.poll
            }
        }
    }

    /// One cheap query; a pull when the server's log is past this replica's cursor. Returns
    /// how long to wait before the next poll.
    async fn poll(&mut self) -> Duration {
        match self.poll_once().await {
            Ok(()) => {
                self.failures = 0;
                self.poll
            }
            Err(e) => {
                let text = self.failed(e);
                tracing::info!(error = %text, "sync poll: server unreachable");
                self.send(SyncEvent::Offline(text));
                self.failures += 1;
                backoff(self.poll, self.failures)
            }
        }
    }

    async fn poll_once(&mut self) -> Result<(), String> {
        let schema = self.opts.schema.clone();
        let t = self.texts;
        let client = self.connection().await?;
        let seq = poll_server(client, &schema).await.map_err(|e| say(t, &e))?;
        let state = self.store.read().sync_state().map_err(|e| say(t, &e))?;
        let waiting = (seq - state.pull_cursor).max(0);
        self.send(SyncEvent::Polled(waiting));
        // Before the first sync the replica records nothing: its first exchange is the
        // person's own `lectern sync` or sync-now key, never a poll.
        if waiting == 0 || !state.recording {
            return Ok(());
        }
        let mut report = SyncReport::default();
        let client = connection(&mut self.client, &self.target, t).await?;
        pull(&mut self.store, client, &self.opts, &mut report)
            .await
            .map_err(|e| say(t, &e))?;
        report.open_conflicts = self
            .store
            .read()
            .open_conflict_count()
            .map_err(|e| say(t, &e))?;
        self.send(SyncEvent::Pulled(summary(self.texts, &report)));
        self.send(SyncEvent::Polled(0));
        Ok(())
    }
}

/// The connection kept in `slot` (dropped first when it broke), or a new one to `target`.
async fn connection<'a>(
    slot: &'a mut Option<(Client, ConnectionWatch)>,
    target: &SyncTarget,
    t: Texts,
) -> Result<&'a mut Client, String> {
    if slot.as_ref().is_some_and(|(c, _)| c.is_closed()) {
        *slot = None;
    }
    if slot.is_none() {
        *slot = Some(connect_watched(target).await.map_err(|e| say(t, &e))?);
    }
    match slot {
        Some((client, _)) => Ok(client),
        None => Err("no connection".to_string()),
    }
}

/// What a sync moved, its line in `t`'s language (the CLI's `sync-summary`; in English the
/// service's own `SyncReport::summary`).
fn summary(t: Texts, report: &SyncReport) -> SyncSummary {
    let line = tr!(
        t,
        "sync-summary",
        pushed_revisions = report.pushed_revisions,
        pushed_courses = report.pushed_courses,
        pulled_revisions = report.pulled_revisions,
        pulled_courses = report.pulled_courses.len(),
        conflicts = report.open_conflicts.max(0)
    );
    SyncSummary {
        summary: line,
        courses: report.pulled_courses.iter().cloned().collect(),
        pulled: report.pulled_revisions,
        open_conflicts: report.open_conflicts,
    }
}

/// The wait after `failures` unreachable polls in a row: the interval doubled each time, up
/// to ten minutes (never shorter than the interval itself).
fn backoff(poll: Duration, failures: u32) -> Duration {
    let doubled = poll.saturating_mul(1 << failures.min(10));
    doubled.min(MAX_BACKOFF.max(poll))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_in_english_is_the_service_s_own() {
        let en = Texts::new(Lang::En);
        for (pushed, courses, pulled, pulled_in, open) in
            [(0, 0, 0, 0, 0), (1, 1, 1, 1, 1), (12, 2, 3, 2, 5)]
        {
            let report = SyncReport {
                pushed_revisions: pushed,
                pushed_courses: courses,
                pulled_revisions: pulled,
                pulled_courses: (0..pulled_in).map(|i| format!("c{i}")).collect(),
                open_conflicts: open,
                ..SyncReport::default()
            };
            assert_eq!(summary(en, &report).summary, report.summary());
        }
    }

    #[test]
    fn an_unreachable_server_is_asked_again_later_and_later_up_to_ten_minutes() {
        let poll = Duration::from_secs(30);
        let waits: Vec<u64> = (1..=6).map(|n| backoff(poll, n).as_secs()).collect();
        assert_eq!(waits, [60, 120, 240, 480, 600, 600]);
        let slow = Duration::from_secs(900);
        assert_eq!(backoff(slow, 3), slow, "never shorter than the interval");
    }
}
