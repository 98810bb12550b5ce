//! The `[sync]` section: where the PostgreSQL server is and how to reach it.
//!
//! The password never lives in the config file: the URL comes from the environment
//! (`url_env`), or a password-less `url` is completed from `password_env`.
//! Must not depend on storage, services or front ends.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The environment variable read for the URL unless `url_env` names another.
pub const DEFAULT_URL_ENV: &str = "LECTERN_SYNC_URL";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SyncConfig {
    /// Environment variable holding the full URL, password included.
    pub url_env: String,
    /// The URL without a password (the password then comes from `password_env`).
    pub url: Option<String>,
    /// Environment variable holding the password for `url`.
    pub password_env: Option<String>,
    /// PEM file of the certificate authority the server's certificate must chain to
    /// (Supabase: `prod-ca-2021.crt`); the platform's roots when unset.
    pub ca_file: Option<PathBuf>,
    /// Who this replica's changes are attributed to on the server; `[author] name` when unset.
    pub author: Option<String>,
    /// How often the open workbench asks the server for news.
    pub poll_seconds: u64,
    /// Schema of the target database that holds Lectern's tables.
    pub schema: String,
    /// Seconds to open the connection (TCP, TLS and login).
    pub connect_timeout_secs: u64,
    /// Longest wait, in seconds, for the server's answer once a request is sent.
    pub statement_timeout_secs: u64,
}

impl Default for SyncConfig {
    fn default() -> Self {
        SyncConfig {
            url_env: DEFAULT_URL_ENV.to_string(),
            url: None,
            password_env: None,
            ca_file: None,
            author: None,
            poll_seconds: 30,
            schema: "lectern".to_string(),
            connect_timeout_secs: 10,
            statement_timeout_secs: 30,
        }
    }
}

impl SyncConfig {
    /// The URL to use and where it came from: the `url_env` variable wins over `url`.
    /// `None` means sync is not configured (nothing is shown, nothing is tried).
    pub fn url_from(&self, env: impl Fn(&str) -> Option<String>) -> Option<(String, UrlSource)> {
        if let Some(url) = env(&self.url_env).filter(|u| !u.trim().is_empty()) {
            return Some((url.trim().to_string(), UrlSource::Env(self.url_env.clone())));
        }
        self.url.clone().map(|u| (u, UrlSource::File))
    }

    /// Whether sync is configured in this environment.
    pub fn is_configured(&self, env: impl Fn(&str) -> Option<String>) -> bool {
        self.url_from(env).is_some()
    }
}

/// Where the sync URL was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlSource {
    Env(String),
    File,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_wins_and_blank_means_unset() {
        let cfg = SyncConfig {
            url: Some("postgres://a@h/d".into()),
            ..SyncConfig::default()
        };
        let env = |k: &str| (k == DEFAULT_URL_ENV).then(|| "postgres://b:pw@h/d".to_string());
        assert_eq!(
            cfg.url_from(env),
            Some((
                "postgres://b:pw@h/d".to_string(),
                UrlSource::Env(DEFAULT_URL_ENV.into())
            ))
        );
        let blank = |_: &str| Some("  ".to_string());
        assert_eq!(cfg.url_from(blank).map(|(_, s)| s), Some(UrlSource::File));
        assert!(!SyncConfig::default().is_configured(|_| None));
    }
}
