//! Output helpers: exit codes, JSON printing, colour (honouring NO_COLOR), error reports, and
//! the terminal-safety rule of docs/cli.md: every piece of untrusted text in human output
//! (titles, slugs, file names, issue messages, server errors) goes through [`shown`], the
//! domain's one sanitiser, so no escape sequence from course data reaches the terminal.
//! `--json` output is exact (JSON escapes every control character itself).
//!
//! It is also the one way the CLI writes to stdout ([`out!`]/[`outln!`], [`emit`]).
//!
//! A reader that stops early (`lectern list | head -1`) closes the pipe; `print!` would then
//! panic with a backtrace. Every write here turns a closed pipe into a quiet exit with status
//! 141 (128 + SIGPIPE, what a C tool killed by the signal reports), nothing on stderr.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use serde::Serialize;

use unicode_width::UnicodeWidthStr;

use crate::domain::course::ValidationStatus;
use crate::domain::display_text;
use crate::i18n::Texts;
use crate::services::say;
use crate::tr;

pub use crate::domain::display_text::fit_width;

/// Untrusted text made safe for one line of human output (controls become `␛`, `␇` …).
pub fn shown(text: &str) -> Cow<'_, str> {
    display_text::sanitize(text)
}

/// Untrusted text of several lines (line breaks kept, everything else neutralised).
pub fn shown_lines(text: &str) -> String {
    display_text::sanitized_block(text)
}

/// A stored document for stdout: byte for byte into a pipe or a file, or with `raw`; on a
/// terminal its controls are neutralised like every other human output.
pub fn document(text: &str, raw: bool) -> Cow<'_, str> {
    document_writer(raw)(text)
}

/// [`document`] for many pieces of one output (a diff's lines): whether stdout is a terminal
/// is asked once, not per piece.
pub fn document_writer(raw: bool) -> impl Fn(&str) -> Cow<'_, str> {
    let exact = raw || !std::io::stdout().is_terminal();
    move |text| {
        if exact {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(display_text::sanitized_block(text))
        }
    }
}

/// `--print`: [`document`] written out.
pub fn print_document(text: &str, raw: bool) -> anyhow::Result<()> {
    emit(&document(text, raw));
    Ok(())
}

/// `print!` to stdout, quiet on a closed pipe (see the module docs).
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::output::write_out(format_args!($($arg)*)) };
}

/// `println!` to stdout, quiet on a closed pipe (see the module docs).
macro_rules! outln {
    () => { $crate::cli::output::write_out(format_args!("\n")) };
    ($($arg:tt)*) => {
        $crate::cli::output::write_out(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Status for a reader that closed stdout early: 128 + SIGPIPE (13), the shell's convention.
pub const CLOSED_PIPE_STATUS: u8 = 141;

/// Writes formatted text to stdout. The callers (`out!`, `outln!`) sit in printing code that
/// has nothing left to do once the reader is gone, so a closed pipe ends the process here,
/// quietly; any other write failure is reported on stderr (status 2) instead of a panic.
pub fn write_out(args: std::fmt::Arguments<'_>) {
    if let Err(err) = std::io::stdout().lock().write_fmt(args) {
        exit_on_write_error(&err);
    }
}

/// Writes text to stdout in one piece; same rules as [`write_out`].
pub fn emit(text: &str) {
    if let Err(err) = std::io::stdout().lock().write_all(text.as_bytes()) {
        exit_on_write_error(&err);
    }
}

fn exit_on_write_error(err: &std::io::Error) -> ! {
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(i32::from(CLOSED_PIPE_STATUS));
    }
    eprintln!("lectern: error: cannot write to standard output: {err}");
    std::process::exit(2);
}

/// True when an error (anywhere in its chain) is a write to a closed pipe: `main` then exits
/// quietly with [`CLOSED_PIPE_STATUS`] instead of reporting it.
pub fn is_closed_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// Process exit status, as documented in docs/cli.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok,
    /// A check ran and found a problem (validation below a threshold, differences…).
    CheckFailed,
    /// Bad usage or bad input (unknown slug, unreadable file, bad config).
    BadInput,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        match exit {
            Exit::Ok => ExitCode::SUCCESS,
            Exit::CheckFailed => ExitCode::from(1),
            Exit::BadInput => ExitCode::from(2),
        }
    }
}

/// Prints one JSON document on stdout.
///
/// Buffered: stdout is line-buffered, and a pretty document of 200,000 lessons' figures is
/// half a million lines — one `write` each took most of `stats --json`'s time.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// Colour for human output: only on a terminal, never when `NO_COLOR` is set.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    enabled: bool,
}

impl Paint {
    pub fn stdout() -> Paint {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Paint {
            enabled: !no_color && std::io::stdout().is_terminal(),
        }
    }

    /// No colour, whatever the output is.
    #[cfg(test)]
    pub const fn plain() -> Paint {
        Paint { enabled: false }
    }

    /// True when styles reach the terminal (a TTY without `NO_COLOR`).
    pub fn is_enabled(self) -> bool {
        self.enabled
    }

    /// The painted text is sanitised too: callers pass titles and codes from course data.
    fn wrap(self, code: &str, text: &str) -> String {
        let text = shown(text);
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn good(self, text: &str) -> String {
        self.wrap("32", text)
    }
    pub fn warn(self, text: &str) -> String {
        self.wrap("33", text)
    }
    pub fn bad(self, text: &str) -> String {
        self.wrap("31", text)
    }
    pub fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }
    pub fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }
}

/// A lesson's status as a word of `lectern validate`/`show` (`passed `, `aprovada`…), padded to
/// the longest of the three in this language so the columns after it line up; `draft` marks a
/// lesson whose draft is newer than its text.
pub fn status_word(t: Texts, paint: Paint, status: ValidationStatus, draft: bool) -> String {
    let words = [
        tr!(t, "status-passed"),
        tr!(t, "status-warning"),
        tr!(t, "status-failed"),
        tr!(t, "status-draft"),
    ];
    let width = words.iter().map(|w| w.width()).max().unwrap_or(0);
    let padded = |w: &str| format!("{w}{}", " ".repeat(width.saturating_sub(w.width())));
    match status {
        _ if draft => paint.warn(&padded(&words[3])),
        ValidationStatus::Passed => paint.good(&padded(&words[0])),
        ValidationStatus::Warning => paint.warn(&padded(&words[1])),
        ValidationStatus::Failed => paint.bad(&padded(&words[2])),
    }
}

/// Formats a 0–1 score as a percentage, or `—` when there is none.
pub fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_string(), |s| format!("{:.0}%", s * 100.0))
}

/// Errors quote titles, file names and server answers: every line is sanitised. Each error
/// of the chain that carries its sentence as data is said in `t`'s language
/// (`services::say`); the others are quoted as the lower layers wrote them.
pub fn report_error(err: &anyhow::Error, t: Texts) {
    let mut chain = err.chain();
    let first = chain.next().map(|e| say(t, e)).unwrap_or_default();
    let mut msg = format!("lectern: {}", tr!(t, "error-line", message = first));
    for cause in chain {
        msg.push_str(&format!(
            "\n  {}",
            tr!(t, "error-caused-by", cause = say(t, cause))
        ));
    }
    // The log keeps what the terminal showed, so a failure can be found again later.
    tracing::error!("{msg}");
    eprintln!("{}", shown_lines(&msg));
}
