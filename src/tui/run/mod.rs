//! The TUI's event loop: `tokio::select!` over terminal input, a tick, the storage worker's
//! answers and SIGTERM; draws only when the app says something changed. All database work
//! happens on the `StorageWorker` thread, never here.
//!
//! The I/O side of the TUI, and the only folder with threads, channels, tokio and storage
//! handles; the only one that touches the real terminal (through `TerminalGuard`). It may
//! import everything in `src/tui`; nothing outside it may import it (the architecture test
//! checks). Errors are `anyhow` here, as at every front end's edge.

pub mod authoring;
pub mod conflicts;
pub mod external_edit;
pub mod generation;
pub mod history;
pub mod personas;
pub mod storage;
pub mod storage_jobs;
pub mod sync;
pub mod terminal;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context as _;
use crossterm::event::EventStream;
use futures_util::StreamExt;
use tokio::sync::mpsc;

use crate::tr;
use crate::tui::app::App;
use crate::tui::app::keymap::Keymap;
use crate::tui::message::authoring::AuthoringRequest;
use crate::tui::message::effect::StorageRequest;
use crate::tui::message::event::{AppEvent, StorageEvent};
use crate::tui::message::jobs::GenerationSettings;
use crate::tui::theme::Theme;
use generation::GenerationBridge;
use storage::{StorageWorker, highlight};
use terminal::TerminalGuard;

const TICK: Duration = Duration::from_millis(250);
/// Events handled between two draws at most, so input stays responsive under a flood.
const MAX_BATCH: usize = 256;

/// What the TUI needs from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    /// The database, already created and migrated (and seeded) by the caller.
    pub db: PathBuf,
    /// The user's keymap override (`keymap.toml` next to the config); may not exist.
    pub keymap: PathBuf,
    /// `NO_COLOR` is set to a non-empty value.
    pub no_color: bool,
    /// Provider, model, limits and prices for `g`/`r`/`R`, from `[generation]` of the config.
    pub generation: GenerationSettings,
    /// `[sync]` of the config, when configured: the status bar shows the sync line, a
    /// background worker polls the server and the sync-now key pushes and pulls. `None`: no
    /// thread, no connection, nothing shown.
    pub sync: Option<sync::SyncSettings>,
    /// The language, chosen by the caller as for every command (`[ui] language`,
    /// `LECTERN_LANG`, the locale): screens, help and palette speak it.
    pub texts: crate::i18n::Texts,
}

/// Runs the workbench until the person quits. A bad user keymap is reported (file and line)
/// before the terminal is touched.
pub fn run(options: Options) -> anyhow::Result<()> {
    let keymap = Keymap::load_in(Some(&options.keymap), options.texts)
        .map_err(|e| anyhow::Error::msg(options.texts.said(&e.said())))?;
    let t = options.texts;
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(t.get("tui-app-needs-terminal"));
    }
    let theme = Theme::new(!options.no_color).with_texts(options.texts);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context(t.get("context-async-runtime"))?;
    runtime.block_on(event_loop(options, keymap, theme))
}

async fn event_loop(options: Options, keymap: Keymap, theme: Theme) -> anyhow::Result<()> {
    let (answers_tx, mut answers) = mpsc::unbounded_channel::<AppEvent>();
    let answers_tx_for_jobs = answers_tx.clone();
    let t = options.texts;
    let db = options.db.display().to_string();
    let worker = StorageWorker::spawn(&options.db, t, answers_tx.clone())
        .with_context(|| tr!(t, "tui-app-opening-database", path = db.as_str()))?;
    let mut bridge = GenerationBridge::new(options.db.clone(), answers_tx_for_jobs).with_texts(t);
    let syncer = match options.sync.clone() {
        Some(settings) => Some(
            sync::SyncWorker::spawn_in(&options.db, settings, t, answers_tx.clone())
                .with_context(|| tr!(t, "tui-app-opening-database-sync", path = db.as_str()))?,
        ),
        None => None,
    };
    let mut app = App::new(keymap, theme, options.db.display().to_string())
        .with_generation(options.generation.clone())
        .with_sync_status(syncer.is_some());
    for request in app.start() {
        worker.send(request);
    }
    let mut terminate = Terminate::new(t)?;
    let mut guard = TerminalGuard::enter().context(t.get("tui-app-terminal-setup"))?;
    // Mouse clicks are mapped to rows with the terminal's size; later sizes arrive as events.
    if let Ok(size) = guard.terminal().size() {
        app.handle_event(AppEvent::Terminal(crossterm::event::Event::Resize(
            size.width,
            size.height,
        )));
    }
    let mut input = EventStream::new();
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        for request in app.take_generation_requests() {
            bridge.handle(request);
        }
        if app.take_sync_now()
            && let Some(syncer) = &syncer
        {
            syncer.sync_now();
        }
        if app.take_dirty() {
            guard.terminal().draw(|frame| app.render(frame))?;
        }
        if app.should_quit() {
            break;
        }
        let requests = tokio::select! {
            event = input.next() => match event {
                Some(Ok(event)) => app.handle_event(AppEvent::Terminal(event)),
                Some(Err(e)) => return Err(e).context(t.get("tui-app-terminal-input")),
                None => break,
            },
            Some(answer) = answers.recv() => {
                // A streaming model sends many small chunks: take what is queued before
                // drawing once, instead of drawing per chunk.
                let mut requests = app.handle_event(answer);
                for _ in 0..MAX_BATCH {
                    let Ok(more) = answers.try_recv() else { break };
                    requests.extend(app.handle_event(more));
                }
                requests
            }
            _ = tick.tick() => app.handle_event(AppEvent::Tick),
            () = terminate.recv() => break,
        };
        let mut pending = std::collections::VecDeque::from(requests);
        while let Some(request) = pending.pop_front() {
            let request = match request {
                StorageRequest::Highlight { hash, lines } => {
                    let answers = answers_tx.clone();
                    tokio::task::spawn_blocking(move || {
                        let _ = answers.send(AppEvent::Storage(highlight(hash, &lines)));
                    });
                    continue;
                }
                other => other,
            };
            let StorageRequest::Authoring(AuthoringRequest::EditExternally { target, text }) =
                request
            else {
                worker.send(request);
                continue;
            };
            // The `$EDITOR` hand-off blocks this loop on purpose: the TUI is suspended and
            // nothing is drawn. crossterm's reader thread would steal the editor's keys, so
            // the input stream is dropped meanwhile and made anew after.
            drop(input);
            let editor = crate::services::authoring::editor_command();
            let answer = external_edit::hand_off_in(&mut guard, t, &editor, target, &text);
            input = EventStream::new();
            let event = AppEvent::Storage(StorageEvent::Authoring(answer));
            pending.extend(app.handle_event(event));
        }
    }
    // Stored lessons stay; the rest of a run is offered for resume at the next start.
    bridge.cancel_all();
    // A sync under way is cut (it resumes at the next one); the terminal comes back first.
    drop(guard);
    drop(syncer);
    Ok(())
}

/// SIGTERM as a future (never fires where there is no such signal).
struct Terminate {
    #[cfg(unix)]
    signal: tokio::signal::unix::Signal,
}

impl Terminate {
    fn new(t: crate::i18n::Texts) -> anyhow::Result<Terminate> {
        Ok(Terminate {
            #[cfg(unix)]
            signal: tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                .context(t.get("tui-app-sigterm"))?,
        })
    }

    async fn recv(&mut self) {
        #[cfg(unix)]
        {
            self.signal.recv().await;
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await;
    }
}
