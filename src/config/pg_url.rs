//! The PostgreSQL connection URL (`postgres://user:password@host:port/db?sslmode=…`), read
//! without I/O so that the config check and the sync connection understand it the same way.
//!
//! Errors and `Debug` never carry the password: a URL is shown through [`redact`].
//! Must not depend on storage, services or front ends.

use std::fmt;

use crate::domain::said::{Said, SaidArg};

/// How the connection is protected, with libpq's names. Lectern is stricter than libpq:
/// every mode but `disable` insists on TLS and verifies the certificate chain, and all but
/// `verify-ca` verify the host name too (a URL that says `require` gets no silent downgrade).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    pub const NAMES: [&'static str; 5] =
        ["disable", "prefer", "require", "verify-ca", "verify-full"];

    pub fn parse(name: &str) -> Option<SslMode> {
        Some(match name {
            "disable" => SslMode::Disable,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// Whether the server's name must match its certificate.
    pub fn checks_host_name(self) -> bool {
        !matches!(self, SslMode::VerifyCa | SslMode::Disable)
    }
}

/// Query parameters Lectern understands; anything else is refused rather than ignored.
pub const KNOWN_PARAMS: [&str; 4] = [
    "sslmode",
    "sslrootcert",
    "connect_timeout",
    "application_name",
];

/// The parts of a connection URL.
#[derive(Clone, PartialEq, Eq)]
pub struct PgUrl {
    pub user: Option<String>,
    pub password: Option<String>,
    pub host: String,
    pub port: u16,
    pub dbname: Option<String>,
    pub sslmode: Option<SslMode>,
    pub sslrootcert: Option<String>,
    pub connect_timeout_secs: Option<u64>,
    pub application_name: Option<String>,
}

impl fmt::Debug for PgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgUrl")
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("host", &self.host)
            .field("port", &self.port)
            .field("dbname", &self.dbname)
            .field("sslmode", &self.sslmode)
            .field("sslrootcert", &self.sslrootcert)
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PgUrlError {
    #[error("`{0}` is not a PostgreSQL URL: it must start with postgres:// or postgresql://")]
    Scheme(String),
    #[error("`{0}` names no host")]
    NoHost(String),
    #[error("`{url}`: port `{port}` is not a number from 1 to 65535")]
    Port { url: String, port: String },
    #[error("`{url}`: `{what}` has a bad %-escape")]
    Escape { url: String, what: &'static str },
    #[error(
        "`{url}`: unknown parameter `{name}` (accepted: {})",
        KNOWN_PARAMS.join(", ")
    )]
    UnknownParam { url: String, name: String },
    #[error(
        "`{url}`: sslmode `{value}` is not one of {}",
        SslMode::NAMES.join(", ")
    )]
    SslMode { url: String, value: String },
    #[error("`{url}`: connect_timeout `{value}` is not a whole number of seconds")]
    ConnectTimeout { url: String, value: String },
}

impl PgUrlError {
    /// What this error says, as data for the front ends (`src/domain/said.rs`).
    pub fn said(&self) -> Said {
        match self {
            PgUrlError::Scheme(url) => Said::new("err-pg-url-scheme").with("url", url),
            PgUrlError::NoHost(url) => Said::new("err-pg-url-no-host").with("url", url),
            PgUrlError::Port { url, port } => Said::new("err-pg-url-port")
                .with("url", url)
                .with("port", port),
            PgUrlError::Escape { url, what } => {
                // The part of the URL is a word of the sentence, said in the reader's language.
                let part = match *what {
                    "user" => Said::new("err-pg-url-part-user").into(),
                    "password" => Said::new("err-pg-url-part-password").into(),
                    "host" => Said::new("err-pg-url-part-host").into(),
                    "database name" => Said::new("err-pg-url-part-database").into(),
                    "parameter" => Said::new("err-pg-url-part-parameter").into(),
                    other => SaidArg::from(other),
                };
                Said::new("err-pg-url-escape")
                    .with("url", url)
                    .with("what", part)
            }
            PgUrlError::UnknownParam { url, name } => Said::new("err-pg-url-unknown-param")
                .with("url", url)
                .with("name", name)
                .with("accepted", KNOWN_PARAMS.join(", ")),
            PgUrlError::SslMode { url, value } => Said::new("err-pg-url-sslmode")
                .with("url", url)
                .with("value", value)
                .with("accepted", SslMode::NAMES.join(", ")),
            PgUrlError::ConnectTimeout { url, value } => Said::new("err-pg-url-connect-timeout")
                .with("url", url)
                .with("value", value),
        }
    }
}

/// The URL with its password (if any) replaced by `***`; unparsable text is treated the same
/// way, so a typo never reveals a secret.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let Some(at) = authority.rfind('@') else {
        return url.to_string();
    };
    let (userinfo, host) = authority.split_at(at);
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***{host}{tail}"),
        None => url.to_string(),
    }
}

/// Whether the URL carries a password (`user:password@`).
pub fn has_password(url: &str) -> bool {
    redact(url) != url
}

impl PgUrl {
    pub fn parse(url: &str) -> Result<PgUrl, PgUrlError> {
        let shown = redact(url);
        let rest = url
            .strip_prefix("postgres://")
            .or_else(|| url.strip_prefix("postgresql://"))
            .ok_or_else(|| PgUrlError::Scheme(shown.clone()))?;
        let rest = rest.split_once('#').map_or(rest, |(r, _)| r);
        let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, path) = before_query.split_once('/').unwrap_or((before_query, ""));
        let (userinfo, hostport) = match authority.rfind('@') {
            Some(at) => (Some(&authority[..at]), &authority[at + 1..]),
            None => (None, authority),
        };
        let decode = |text: &str, what: &'static str| {
            percent_decode(text).ok_or_else(|| PgUrlError::Escape {
                url: shown.clone(),
                what,
            })
        };
        let (user, password) = match userinfo {
            None => (None, None),
            Some(info) => match info.split_once(':') {
                Some((u, p)) => (Some(decode(u, "user")?), Some(decode(p, "password")?)),
                None => (Some(decode(info, "user")?), None),
            },
        };
        let (host, port_text) = split_host_port(hostport);
        if host.is_empty() {
            return Err(PgUrlError::NoHost(shown));
        }
        let port = match port_text {
            None | Some("") => 5432,
            Some(p) => {
                p.parse::<u16>()
                    .ok()
                    .filter(|p| *p > 0)
                    .ok_or_else(|| PgUrlError::Port {
                        url: shown.clone(),
                        port: p.to_string(),
                    })?
            }
        };
        let mut parsed = PgUrl {
            user: user.filter(|u| !u.is_empty()),
            password,
            host: decode(host, "host")?,
            port,
            dbname: Some(decode(path, "database name")?).filter(|d| !d.is_empty()),
            sslmode: None,
            sslrootcert: None,
            connect_timeout_secs: None,
            application_name: None,
        };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value, "parameter")?;
            match name {
                "sslmode" => {
                    parsed.sslmode =
                        Some(SslMode::parse(&value).ok_or_else(|| PgUrlError::SslMode {
                            url: shown.clone(),
                            value: value.clone(),
                        })?)
                }
                "sslrootcert" => parsed.sslrootcert = Some(value),
                "connect_timeout" => {
                    parsed.connect_timeout_secs =
                        Some(value.parse().map_err(|_| PgUrlError::ConnectTimeout {
                            url: shown.clone(),
                            value: value.clone(),
                        })?)
                }
                "application_name" => parsed.application_name = Some(value),
                other => {
                    return Err(PgUrlError::UnknownParam {
                        url: shown,
                        name: other.to_string(),
                    });
                }
            }
        }
        Ok(parsed)
    }
}

/// `host:port`, `host`, `[::1]:port` or `[::1]`.
fn split_host_port(hostport: &str) -> (&str, Option<&str>) {
    if let Some(inner) = hostport.strip_prefix('[') {
        return match inner.split_once(']') {
            Some((host, after)) => (host, after.strip_prefix(':')),
            None => (hostport, None),
        };
    }
    match hostport.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (hostport, None),
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_url_is_read() {
        let u = PgUrl::parse(
            "postgresql://ana:s%40cret@db.example.com:6543/postgres?sslmode=verify-ca&sslrootcert=/x/ca.crt",
        )
        .unwrap();
        assert_eq!(u.user.as_deref(), Some("ana"));
        assert_eq!(u.password.as_deref(), Some("s@cret"));
        assert_eq!((u.host.as_str(), u.port), ("db.example.com", 6543));
        assert_eq!(u.dbname.as_deref(), Some("postgres"));
        assert_eq!(u.sslmode, Some(SslMode::VerifyCa));
        assert_eq!(u.sslrootcert.as_deref(), Some("/x/ca.crt"));
    }

    #[test]
    fn short_and_ipv6_forms() {
        let u = PgUrl::parse("postgres://localhost").unwrap();
        assert_eq!(
            (u.host.as_str(), u.port, u.user, u.dbname),
            ("localhost", 5432, None, None)
        );
        let u = PgUrl::parse("postgres://me@[::1]:6432/test").unwrap();
        assert_eq!((u.host.as_str(), u.port), ("::1", 6432));
    }

    #[test]
    fn errors_never_show_the_password() {
        for url in [
            "postgres://ana:hunter2@h:99999/db",
            "postgres://ana:hunter2@h/db?sslmode=sometimes",
            "postgres://ana:hunter2@h/db?pgbouncer=true",
            "postgres://ana:hunter2@/db",
            "postgres://ana:hunter2@h/db?connect_timeout=soon",
        ] {
            let err = PgUrl::parse(url).unwrap_err().to_string();
            assert!(!err.contains("hunter2") && err.contains("***"), "{err}");
        }
        let debug = format!("{:?}", PgUrl::parse("postgres://a:hunter2@h/d").unwrap());
        assert!(!debug.contains("hunter2"), "{debug}");
    }

    #[test]
    fn bad_values_name_what_is_accepted() {
        let err = PgUrl::parse("postgres://h/db?sslmode=sometimes")
            .unwrap_err()
            .to_string();
        assert!(err.contains("verify-full"), "{err}");
        let err = PgUrl::parse("mysql://h/db").unwrap_err().to_string();
        assert!(err.contains("postgres://"), "{err}");
    }

    #[test]
    fn redact_handles_every_shape() {
        assert_eq!(redact("postgres://a:b@h/d"), "postgres://a:***@h/d");
        assert_eq!(redact("postgres://a@h/d"), "postgres://a@h/d");
        assert_eq!(redact("postgres://h/d?x=a:b@c"), "postgres://h/d?x=a:b@c");
        assert!(has_password("postgres://a:@h"));
        assert!(!has_password("postgres://a@h"));
    }
}
