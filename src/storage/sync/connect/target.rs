//! Where to connect: the server, the login and the TLS rules, put together from the `[sync]`
//! config and the environment. Shown only through [`SyncTarget::redacted`] (`***` for the
//! password). No I/O besides the environment lookups the caller passes in.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use crate::config::pg_url::{PgUrl, SslMode, redact};
use crate::config::{SyncConfig, UrlSource};
use crate::domain::said::Said;

use super::SyncConnectError;

/// A sync server and how to reach it.
#[derive(Clone, PartialEq, Eq)]
pub struct SyncTarget {
    pub host: String,
    pub port: u16,
    pub dbname: String,
    pub user: String,
    /// Never printed: `Debug`, `Display` and every error show `***`.
    pub password: Option<String>,
    pub sslmode: SslMode,
    /// PEM file of the certificate authority; the platform's roots when `None`.
    pub ca_file: Option<PathBuf>,
    /// Schema of the server database that holds Lectern's tables.
    pub schema: String,
    pub connect_timeout: Duration,
    /// Longest wait for the server's answer once a request is on its way.
    pub statement_timeout: Duration,
}

impl SyncTarget {
    /// The target the config describes, or `None` when sync is not configured.
    /// `env` looks up environment variables (tests pass their own).
    pub fn from_config(
        cfg: &SyncConfig,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<SyncTarget>, SyncConnectError> {
        let Some((url, source)) = cfg.url_from(&env) else {
            return Ok(None);
        };
        let parsed = PgUrl::parse(&url).map_err(|e| SyncConnectError::Config(e.said()))?;
        if source == UrlSource::File && parsed.password.is_some() {
            return Err(SyncConnectError::Config(
                Said::new("err-sync-url-password")
                    .with("url", redact(&url))
                    .with("var", cfg.url_env.as_str()),
            ));
        }
        let url_timeout = parsed.connect_timeout_secs;
        let mut target = SyncTarget::from_parsed(parsed, cfg.ca_file.clone())?;
        if target.password.is_none()
            && let Some(var) = &cfg.password_env
        {
            target.password = Some(env(var).ok_or_else(|| {
                SyncConnectError::Config(Said::new("err-sync-password-env-unset").with("var", var))
            })?);
        }
        target.schema = cfg.schema.clone();
        if url_timeout.is_none() {
            target.connect_timeout = Duration::from_secs(cfg.connect_timeout_secs);
        }
        target.statement_timeout = Duration::from_secs(cfg.statement_timeout_secs);
        Ok(Some(target))
    }

    /// A target from a URL alone (tests, `--url`); `ca_file` wins over the URL's `sslrootcert`.
    pub fn from_url(url: &str, ca_file: Option<PathBuf>) -> Result<SyncTarget, SyncConnectError> {
        let parsed = PgUrl::parse(url).map_err(|e| SyncConnectError::Config(e.said()))?;
        SyncTarget::from_parsed(parsed, ca_file)
    }

    fn from_parsed(
        parsed: PgUrl,
        ca_file: Option<PathBuf>,
    ) -> Result<SyncTarget, SyncConnectError> {
        let user = parsed.user.clone().ok_or_else(|| {
            SyncConnectError::Config(
                Said::new("err-sync-url-no-user")
                    .with("host", parsed.host.as_str())
                    .with("port", parsed.port.to_string()),
            )
        })?;
        if parsed.host.starts_with('/') {
            return Err(SyncConnectError::Config(
                Said::new("err-sync-url-socket").with("folder", parsed.host.as_str()),
            ));
        }
        Ok(SyncTarget {
            dbname: parsed.dbname.clone().unwrap_or_else(|| user.clone()),
            user,
            password: parsed.password,
            host: parsed.host,
            port: parsed.port,
            sslmode: parsed.sslmode.unwrap_or(SslMode::VerifyFull),
            ca_file: ca_file.or(parsed.sslrootcert.map(PathBuf::from)),
            schema: "lectern".to_string(),
            connect_timeout: Duration::from_secs(parsed.connect_timeout_secs.unwrap_or(10)),
            statement_timeout: Duration::from_secs(30),
        })
    }

    /// `host:port`, as errors name the server.
    pub fn endpoint(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// The URL with `***` in place of the password.
    pub fn redacted(&self) -> String {
        let login = match self.password {
            Some(_) => format!("{}:***", self.user),
            None => self.user.clone(),
        };
        format!(
            "postgres://{login}@{}/{}?sslmode={}",
            self.endpoint(),
            self.dbname,
            self.sslmode.as_str()
        )
    }
}

impl fmt::Display for SyncTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl fmt::Debug for SyncTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncTarget")
            .field("url", &self.redacted())
            .field("ca_file", &self.ca_file)
            .field("schema", &self.schema)
            .field("connect_timeout", &self.connect_timeout)
            .field("statement_timeout", &self.statement_timeout)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn unconfigured_is_none() {
        let t = SyncTarget::from_config(&SyncConfig::default(), |_| None).unwrap();
        assert!(t.is_none());
    }

    #[test]
    fn url_from_env_with_password_and_defaults() {
        let env = env_of(&[("LECTERN_SYNC_URL", "postgres://ana:hunter2@db.local/lib")]);
        let t = SyncTarget::from_config(&SyncConfig::default(), env)
            .unwrap()
            .unwrap();
        assert_eq!(t.password.as_deref(), Some("hunter2"));
        assert_eq!(t.sslmode, SslMode::VerifyFull);
        assert_eq!(t.endpoint(), "db.local:5432");
        assert_eq!(t.schema, "lectern");
        let shown = format!("{t} {t:?}");
        assert!(
            !shown.contains("hunter2") && shown.contains("ana:***@"),
            "{shown}"
        );
    }

    #[test]
    fn file_url_takes_the_password_from_password_env() {
        let cfg = SyncConfig {
            url: Some("postgres://ana@h:6543/postgres?sslmode=require".into()),
            password_env: Some("PGPASS_ANA".into()),
            ..SyncConfig::default()
        };
        let t = SyncTarget::from_config(&cfg, env_of(&[("PGPASS_ANA", "pw")]))
            .unwrap()
            .unwrap();
        assert_eq!(
            (t.password.as_deref(), t.port, t.sslmode),
            (Some("pw"), 6543, SslMode::Require)
        );
        let err = SyncTarget::from_config(&cfg, |_| None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("PGPASS_ANA") && err.contains("not set"),
            "{err}"
        );
    }

    #[test]
    fn file_url_with_password_is_refused_without_showing_it() {
        let cfg = SyncConfig {
            url: Some("postgres://ana:hunter2@h/db".into()),
            ..SyncConfig::default()
        };
        let err = SyncTarget::from_config(&cfg, |_| None)
            .unwrap_err()
            .to_string();
        assert!(
            !err.contains("hunter2") && err.contains("LECTERN_SYNC_URL"),
            "{err}"
        );
    }

    #[test]
    fn user_is_required_and_sockets_are_refused() {
        assert!(SyncTarget::from_url("postgres://h/db", None).is_err());
        assert!(SyncTarget::from_url("postgres://u@%2Ftmp/db", None).is_err());
        let t = SyncTarget::from_url("postgres://u@[::1]:6432", None).unwrap();
        assert_eq!(
            (t.endpoint(), t.dbname.as_str()),
            ("[::1]:6432".into(), "u")
        );
    }
}
