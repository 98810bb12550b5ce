//! Checks of the values serde cannot judge (enum names kept as text, numeric ranges, URLs,
//! environment variable names, files), located at the value's line and column in the file.
//!
//! Runs once when the config is loaded, so a typo stops `lectern list` and the workbench
//! before any screen opens instead of failing later at generation time.
//! Must not depend on storage, services or front ends.

use std::path::Path;

use super::pg_url::{self, PgUrl};
use super::{Config, ConfigError};
use crate::domain::lines::line_col;
use crate::domain::suggest::closest;

/// The provider names `[generation] provider` accepts.
pub const PROVIDERS: [&str; 3] = ["offline", "openai", "anthropic"];

/// One bad value: the dotted key and what is wrong with it.
struct Problem {
    key: [&'static str; 2],
    message: String,
}

fn problem(section: &'static str, key: &'static str, message: String) -> Problem {
    Problem {
        key: [section, key],
        message,
    }
}

/// The first bad value of `config` (in the order of the checks), located in `text`.
pub(super) fn validate(config: &Config, text: &str, path: &Path) -> Result<(), ConfigError> {
    let Some(p) = problems(config, path).into_iter().next() else {
        return Ok(());
    };
    let (line, column) = locate(text, &p.key).unwrap_or((1, 1));
    Err(ConfigError::Parse {
        path: path.to_path_buf(),
        line,
        column,
        key: Some(p.key[1].to_string()),
        message: p.message,
    })
}

fn problems(config: &Config, path: &Path) -> Vec<Problem> {
    let mut found = Vec::new();
    let g = &config.generation;
    if !PROVIDERS.contains(&g.provider.as_str()) {
        found.push(problem(
            "generation",
            "provider",
            unknown_name("provider", &g.provider, &PROVIDERS),
        ));
    }
    for (key, value) in [
        ("concurrency", u64::from(g.concurrency)),
        ("max_attempts", u64::from(g.max_attempts)),
        ("connect_timeout_secs", g.connect_timeout_secs),
        ("send_timeout_secs", g.send_timeout_secs),
        ("response_head_timeout_secs", g.response_head_timeout_secs),
        ("first_token_timeout_secs", g.first_token_timeout_secs),
        ("idle_timeout_secs", g.idle_timeout_secs),
        ("request_timeout_secs", g.request_timeout_secs),
        ("max_tokens", u64::from(g.max_tokens)),
    ] {
        if value == 0 {
            found.push(problem("generation", key, at_least_one(key)));
        }
    }
    if !(0.0..=2.0).contains(&g.temperature) {
        found.push(problem(
            "generation",
            "temperature",
            format!(
                "temperature {} is outside 0.0 to 2.0 (the range the providers accept)",
                g.temperature
            ),
        ));
    }
    if let Some(url) = &g.base_url
        && let Err(why) = http_url(url)
    {
        found.push(problem("generation", "base_url", why));
    }
    if let Some(name) = &g.api_key_env
        && let Err(why) = env_name(name)
    {
        found.push(problem("generation", "api_key_env", why));
    }
    sync_problems(config, path, &mut found);
    if let Some(language) = &config.ui.language
        && crate::i18n::Lang::parse(language).is_none()
    {
        found.push(problem(
            "ui",
            "language",
            unknown_name("language", language, &["pt-BR", "en"]),
        ));
    }
    found
}

fn sync_problems(config: &Config, path: &Path, found: &mut Vec<Problem>) {
    let s = &config.sync;
    if let Err(why) = env_name(&s.url_env) {
        found.push(problem("sync", "url_env", why));
    }
    if let Some(name) = &s.password_env
        && let Err(why) = env_name(name)
    {
        found.push(problem("sync", "password_env", why));
    }
    if let Some(url) = &s.url {
        if pg_url::has_password(url) {
            found.push(problem(
                "sync",
                "url",
                format!(
                    "`{}` carries a password, and the config file is no place for it: remove it \
                     from the URL and put the whole URL in the environment variable `{}` \
                     (url_env), or the password alone in the variable named by password_env",
                    pg_url::redact(url),
                    s.url_env
                ),
            ));
        } else {
            match PgUrl::parse(url) {
                Err(e) => found.push(problem("sync", "url", e.to_string())),
                Ok(parsed) if parsed.user.is_none() => found.push(problem(
                    "sync",
                    "url",
                    format!(
                        "`{url}` names no user; write it as postgres://USER@{}:{}/DATABASE",
                        parsed.host, parsed.port
                    ),
                )),
                Ok(_) => {}
            }
        }
    }
    if let Some(ca) = &s.ca_file {
        let resolved = super::relative_to(path, ca);
        if !resolved.is_file() {
            found.push(problem(
                "sync",
                "ca_file",
                format!(
                    "{} is not a readable file; give the PEM file of the server's certificate \
                     authority (a relative path starts at the config file's folder)",
                    resolved.display()
                ),
            ));
        }
    }
    for (key, value) in [
        ("poll_seconds", s.poll_seconds),
        ("connect_timeout_secs", s.connect_timeout_secs),
        ("statement_timeout_secs", s.statement_timeout_secs),
    ] {
        if value == 0 {
            found.push(problem("sync", key, at_least_one(key)));
        }
    }
    if !is_identifier(&s.schema) {
        found.push(problem(
            "sync",
            "schema",
            format!(
                "schema `{}` must be a plain PostgreSQL name: lower-case letters, digits and `_`, \
                 not starting with a digit, at most 63 characters",
                s.schema
            ),
        ));
    }
}

fn at_least_one(key: &str) -> String {
    format!("{key} must be at least 1")
}

/// "unknown provider `opneai`; accepted: offline, openai, anthropic (did you mean `openai`?)"
pub fn unknown_name(what: &str, value: &str, accepted: &[&str]) -> String {
    let mut msg = format!(
        "unknown {what} `{value}`; accepted: {}",
        accepted.join(", ")
    );
    if let Some(best) = closest(value, accepted) {
        msg.push_str(&format!(" (did you mean `{best}`?)"));
    }
    msg
}

fn http_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !rest.starts_with(['/', '?', '#', ':']) => Ok(()),
        _ => Err(format!(
            "`{}` is not an http:// or https:// URL with a host",
            pg_url::redact(url)
        )),
    }
}

fn env_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{name}` is not an environment variable name (letters, digits and `_`); \
             name the variable here, never its value"
        ))
    }
}

fn is_identifier(name: &str) -> bool {
    name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Line and column (1-based) of the value of `[section] key` in the file.
fn locate(text: &str, key: &[&str; 2]) -> Option<(usize, usize)> {
    let table = toml::de::DeTable::parse(text).ok()?;
    let section = table.get_ref().get(key[0])?;
    let toml::de::DeValue::Table(section) = section.get_ref() else {
        return None;
    };
    let value = section.get(key[1])?;
    Some(line_col(text, value.span().start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_urls() {
        assert!(env_name("OPENAI_API_KEY").is_ok());
        assert!(env_name("sk-abc").is_err());
        assert!(http_url("http://127.0.0.1:4000/v1").is_ok());
        assert!(http_url("localhost:4000").is_err());
        assert!(is_identifier("lectern_2") && !is_identifier("Lectern") && !is_identifier("2x"));
    }
}
