//! Output helpers: exit codes, JSON printing, colour (honouring NO_COLOR), error reports.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use serde::Serialize;

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

    fn wrap(self, code: &str, text: &str) -> String {
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

pub fn report_error(err: &anyhow::Error) {
    let mut msg = format!("lectern: error: {err}");
    for cause in err.chain().skip(1) {
        msg.push_str(&format!("\n  caused by: {cause}"));
    }
    eprintln!("{msg}");
}
