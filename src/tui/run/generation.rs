//! `GenerationBridge`: the runtime's side of generation. It takes the app's
//! `GenerationRequest`s, starts runs through `services::start_generation` (off the event loop,
//! on a blocking task, since planning reads the database) and forwards every stored
//! `JobEvent` into the app's event channel as `AppEvent::Generation`, tagged with the app's
//! job key. The course-level documents (`C`/`M`) run the curriculum and research services on
//! a blocking task and report one `DocumentDone`. Cancel tokens live here, owned by the runtime; nothing is shared with render.
//!
//! Must not depend on screens or rendering; tests drive it without a terminal.

use std::collections::HashMap;
use std::path::PathBuf;

use tokio::sync::mpsc::UnboundedSender;
use tokio_util::sync::CancellationToken;

use crate::i18n::{Lang, Texts};
use crate::services::authoring::Replace;
use crate::services::say;
use crate::services::{self, GenerateOptions};
use crate::storage::Store;
use crate::tr;

use crate::tui::message::event::AppEvent;
use crate::tui::message::jobs::{
    DocumentKind, DocumentSpent, GenerationEvent, GenerationRequest, JobKey,
};

pub struct GenerationBridge {
    db: PathBuf,
    events: UnboundedSender<AppEvent>,
    /// One token per run the app started; cancelling it cancels the service's own token.
    cancels: HashMap<JobKey, CancellationToken>,
    /// The language of what it reports (English unless [`GenerationBridge::with_texts`]).
    texts: Texts,
}

impl GenerationBridge {
    pub fn new(db: PathBuf, events: UnboundedSender<AppEvent>) -> GenerationBridge {
        GenerationBridge {
            db,
            events,
            cancels: HashMap::new(),
            texts: Texts::new(Lang::En),
        }
    }

    /// Reports (a stored curriculum, a task that stopped) in `texts`' language.
    pub fn with_texts(mut self, texts: Texts) -> GenerationBridge {
        self.texts = texts;
        self
    }

    /// Carries out one request; must be called inside a tokio runtime.
    pub fn handle(&mut self, request: GenerationRequest) {
        match request {
            GenerationRequest::Start { key, options } => self.start(key, *options),
            GenerationRequest::Cancel(key) => {
                if let Some(token) = self.cancels.get(&key) {
                    token.cancel();
                }
            }
            GenerationRequest::FindUnfinished => self.find_unfinished(),
            GenerationRequest::Document {
                key,
                kind,
                options,
                replace,
            } => self.document(key, kind, *options, replace),
        }
    }

    /// Cancels every run (the person is leaving); what is stored stays, the rest resumes.
    pub fn cancel_all(&self) {
        self.cancels.values().for_each(CancellationToken::cancel);
    }

    fn start(&mut self, key: JobKey, options: GenerateOptions) {
        let token = CancellationToken::new();
        self.cancels.insert(key, token.clone());
        let db = self.db.clone();
        let t = self.texts;
        let events = self.events.clone();
        let send = move |event: GenerationEvent| events.send(AppEvent::Generation(event)).is_ok();
        tokio::spawn(async move {
            // Planning and recording the job read and write SQLite: not on the event loop.
            let started =
                tokio::task::spawn_blocking(move || services::start_generation(&db, &options))
                    .await;
            let mut handle = match started {
                Ok(Ok(handle)) => handle,
                Ok(Err(e)) => {
                    send(GenerationEvent::JobRefused {
                        key,
                        message: say(t, &e),
                    });
                    return;
                }
                Err(e) => {
                    send(GenerationEvent::JobRefused {
                        key,
                        message: tr!(t, "tui-app-generation-stopped", error = e.to_string()),
                    });
                    return;
                }
            };
            send(GenerationEvent::JobStarted {
                key,
                job: handle.job,
                lessons: handle.lessons.clone(),
            });
            let mut cancelled = false;
            loop {
                tokio::select! {
                    event = handle.events.recv() => match event {
                        Some(event) => {
                            if !send(GenerationEvent::Job { key, event: Box::new(event) }) {
                                // The app is gone: stop spending tokens on nobody.
                                handle.cancel.cancel();
                            }
                        }
                        None => break,
                    },
                    () = token.cancelled(), if !cancelled => {
                        cancelled = true;
                        handle.cancel.cancel();
                    }
                }
            }
            // The saving thread has nothing left to write once the events end.
            let _ = tokio::task::spawn_blocking(move || handle.join()).await;
        });
    }

    /// The curriculum or research services on a blocking task: they read and write SQLite,
    /// and their model calls are awaited there through the runtime's handle. The run is a
    /// job (the services record it); `key`'s token cancels it, leaving it resumable.
    fn document(
        &mut self,
        key: JobKey,
        kind: DocumentKind,
        options: GenerateOptions,
        replace: bool,
    ) {
        let token = CancellationToken::new();
        self.cancels.insert(key, token.clone());
        let db = self.db.clone();
        let t = self.texts;
        let events = self.events.clone();
        let slug = options.slug.clone();
        let runtime = tokio::runtime::Handle::current();
        tokio::spawn(async move {
            let done = tokio::task::spawn_blocking(move || {
                let (mut store, _) = Store::open(&db).map_err(|e| say(t, &e))?;
                runtime.block_on(generate_document(
                    &mut store, t, kind, &options, replace, &token,
                ))
            })
            .await
            .unwrap_or_else(|e| Err(tr!(t, "tui-app-generation-stopped", error = e.to_string())));
            let (result, usage) = match done {
                Ok((text, spent)) => (Ok(text), Some(spent)),
                Err(e) => (Err(e), None),
            };
            let _ = events.send(AppEvent::Generation(GenerationEvent::DocumentDone {
                key,
                slug,
                kind,
                result,
                usage,
            }));
        });
    }

    fn find_unfinished(&self) {
        let db = self.db.clone();
        let t = self.texts;
        let events = self.events.clone();
        tokio::spawn(async move {
            let found = tokio::task::spawn_blocking(move || {
                let (store, _) = Store::open(&db).map_err(|e| say(t, &e))?;
                services::unfinished_generations(&store).map_err(|e| say(t, &e))
            })
            .await
            .unwrap_or_else(|e| Err(tr!(t, "tui-app-lookup-stopped", error = e.to_string())));
            let _ = events.send(AppEvent::Generation(GenerationEvent::UnfinishedFound(
                found,
            )));
        });
    }
}

/// Runs the service of `kind` and says what it stored, in one line for the status bar, with
/// what its job spent.
async fn generate_document(
    store: &mut Store,
    t: Texts,
    kind: DocumentKind,
    options: &GenerateOptions,
    replace: bool,
    cancel: &CancellationToken,
) -> Result<(String, DocumentSpent), String> {
    // A confirmed replacement keeps the old curriculum as a version (`--force`).
    let replace = if replace {
        Replace::KeepPrevious
    } else {
        Replace::Refuse
    };
    match kind {
        DocumentKind::Curriculum => {
            let done = services::generate_curriculum_with(store, options, replace, cancel)
                .await
                .map_err(|e| say(t, &e))?;
            let saved = &done.saved;
            let text = tr!(
                t,
                "tui-app-curriculum-generated",
                provider = done.run.provider.as_str(),
                modules = saved.modules,
                lessons = saved.lessons,
                version = saved.version
            );
            Ok((text, spent(&done.run)))
        }
        DocumentKind::Research => {
            let done = services::generate_research_with(store, options, replace, cancel)
                .await
                .map_err(|e| say(t, &e))?;
            let text = tr!(
                t,
                "tui-app-research-generated",
                provider = done.run.provider.as_str(),
                n = done.reports.len(),
                reports = done.reports.join(", ")
            );
            Ok((text, spent(&done.run)))
        }
    }
}

fn spent(run: &services::DocumentUsage) -> DocumentSpent {
    let usage = run.usage.unwrap_or_default();
    DocumentSpent {
        job: run.job,
        input_tokens: usage.input_tokens,
        output_tokens: usage.output_tokens,
        cost_usd: run.cost_usd,
    }
}
