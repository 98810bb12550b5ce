//! `tracing` to a log file in the state dir — never to the terminal, which the TUI may own.
//! `LECTERN_LOG` sets the filter (e.g. `debug`); the default is `info`.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;

/// Keeps the background log writer alive; logs are flushed when it drops.
pub struct LogGuard(#[allow(dead_code)] WorkerGuard);

/// Starts file logging. Failing to create the log folder is not fatal: Lectern runs without
/// a log rather than refusing to start.
pub fn init(log_dir: &Path) -> Option<LogGuard> {
    std::fs::create_dir_all(log_dir).ok()?;
    let appender = tracing_appender::rolling::never(log_dir, "lectern.log");
    // The default queue holds 128,000 lines, allocated and touched up front: 4.1 MB of every
    // process's memory for a log that writes a few lines a second. 8,192 lines still absorb
    // an import's burst (one line per course and warning); past that, a writer waits for the
    // log instead of dropping lines from it.
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .buffered_lines_limit(8192)
        .lossy(false)
        .finish(appender);
    let filter = EnvFilter::try_from_env("LECTERN_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init()
        .ok()?;
    Some(LogGuard(guard))
}
