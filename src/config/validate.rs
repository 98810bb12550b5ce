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
use crate::domain::said::{Said, SaidArg};
use crate::domain::suggest::closest;

/// The provider names `[generation] provider` accepts.
pub const PROVIDERS: [&str; 3] = ["offline", "openai", "anthropic"];

/// One bad value: the dotted key and what is wrong with it.
struct Problem {
    key: [&'static str; 2],
    message: Said,
}

fn problem(section: &'static str, key: &'static str, message: Said) -> Problem {
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
        message: p.message.into(),
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
            Said::new("err-config-temperature").with("value", g.temperature.to_string()),
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
                Said::new("err-config-url-password")
                    .with("url", pg_url::redact(url))
                    .with("var", s.url_env.as_str()),
            ));
        } else {
            match PgUrl::parse(url) {
                Err(e) => found.push(problem("sync", "url", e.said())),
                Ok(parsed) if parsed.user.is_none() => found.push(problem(
                    "sync",
                    "url",
                    Said::new("err-config-url-no-user")
                        .with("url", url)
                        .with("host", parsed.host.as_str())
                        .with("port", parsed.port.to_string()),
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
                Said::new("err-config-ca-file").with("path", &resolved),
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
            Said::new("err-config-schema").with("schema", s.schema.as_str()),
        ));
    }
}

fn at_least_one(key: &str) -> Said {
    Said::new("err-config-at-least-one").with("key", key)
}

/// "unknown provider `opneai`; accepted: offline, openai, anthropic (did you mean `openai`?)".
/// `what` (`provider`, `language`) is a word of the sentence, said in the reader's language.
pub fn unknown_name(what: &str, value: &str, accepted: &[&str]) -> Said {
    let what: SaidArg = match what {
        "provider" => Said::new("err-config-what-provider").into(),
        "language" => Said::new("err-config-what-language").into(),
        other => other.into(),
    };
    let said = match closest(value, accepted) {
        Some(best) => Said::new("err-config-unknown-name-suggest").with("best", best),
        None => Said::new("err-config-unknown-name"),
    };
    said.with("what", what)
        .with("value", value)
        .with("accepted", accepted.join(", "))
}

fn http_url(url: &str) -> Result<(), Said> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !rest.starts_with(['/', '?', '#', ':']) => Ok(()),
        _ => Err(Said::new("err-config-not-http-url").with("url", pg_url::redact(url))),
    }
}

fn env_name(name: &str) -> Result<(), Said> {
    let ok = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Said::new("err-config-not-env-name").with("name", name))
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
