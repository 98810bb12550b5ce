//! Output helpers: exit codes, JSON printing, colour (honouring NO_COLOR), error reports, and
//! the terminal-safety rule of docs/cli.md: every piece of untrusted text in human output
//! (titles, slugs, file names, issue messages, server errors) goes through [`shown`], the
//! domain's one sanitiser, so no escape sequence from course data reaches the terminal.
//! `--json` output is exact (JSON escapes every control character itself).

use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use serde::Serialize;

use crate::domain::display_text;

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
    if raw || !std::io::stdout().is_terminal() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(display_text::sanitized_block(text))
    }
}

/// `--print`: [`document`] written out.
pub fn print_document(text: &str, raw: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(document(text, raw).as_bytes())?;
    out.flush()?;
    Ok(())
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
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
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

/// Formats a 0–1 score as a percentage, or `—` when there is none.
pub fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_string(), |s| format!("{:.0}%", s * 100.0))
}

/// Errors quote titles, file names and server answers: every line is sanitised.
pub fn report_error(err: &anyhow::Error) {
    let mut msg = format!("lectern: error: {err}");
    for cause in err.chain().skip(1) {
        msg.push_str(&format!("\n  caused by: {cause}"));
    }
    eprintln!("{}", shown_lines(&msg));
}
