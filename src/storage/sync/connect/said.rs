//! Connection errors as data for the front ends (`src/domain/said.rs`): the frame is ours and
//! translated; a system failure is said by its kind; the server's, the driver's and rustls's
//! sentences are quoted as written.

use crate::domain::said::{Said, SaidArg};
use crate::i18n::Texts;

use super::SyncConnectError;

/// A reason in English, as `Display` shows it.
pub(super) fn english(reason: &SaidArg) -> String {
    Texts::default().said_arg(reason)
}

impl SyncConnectError {
    /// What this error says, in any language.
    pub fn said(&self) -> Said {
        match self {
            SyncConnectError::Config(said) => {
                Said::new("err-sync-config").with("error", said.clone())
            }
            SyncConnectError::CaFile { path, reason } => Said::new("err-sync-ca-file")
                .with("path", path)
                .with("reason", reason.clone()),
            SyncConnectError::Connect { endpoint, reason } => Said::new("err-sync-connect")
                .with("endpoint", endpoint)
                .with("reason", reason.clone()),
            SyncConnectError::ConnectTimeout { endpoint, secs } => {
                Said::new("err-sync-connect-timeout")
                    .with("endpoint", endpoint)
                    .with("seconds", *secs)
            }
            SyncConnectError::Tls { endpoint, reason } => Said::new("err-sync-tls")
                .with("endpoint", endpoint)
                .with("reason", reason.clone()),
            SyncConnectError::Server { endpoint, message } => Said::new("err-sync-answered")
                .with("endpoint", endpoint)
                .with("message", message),
            SyncConnectError::Stalled { endpoint, secs } => Said::new("err-sync-stalled")
                .with("endpoint", endpoint)
                .with("seconds", *secs),
            SyncConnectError::Closed { endpoint, reason } => Said::new("err-sync-closed")
                .with("endpoint", endpoint)
                .with("reason", reason.clone()),
        }
    }
}
