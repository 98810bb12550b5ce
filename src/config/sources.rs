//! Every config key with its effective value and where that value came from (default, file,
//! environment, flag), for `lectern config show`. Secrets never leave here: URLs are shown
//! with `***` for a password, and variables that hold keys are reported as set or not.
//! Must not depend on storage, services or front ends.

use std::fmt;

use toml::Value;

use super::Config;
use super::pg_url::redact;

/// The environment variable that may hold the base URL, credentials included; it wins over
/// `[generation] base_url`.
pub const BASE_URL_ENV: &str = "LECTERN_BASE_URL";

/// Where an effective value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File,
    /// The environment variable's name.
    Env(String),
    /// The command-line flag.
    Flag(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::File => f.write_str("file"),
            Source::Env(var) => write!(f, "environment {var}"),
            Source::Flag(flag) => write!(f, "flag {flag}"),
        }
    }
}

/// One key of the effective configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub section: &'static str,
    pub key: String,
    /// The value as TOML (`"openai"`, `3`), or `None` when the key is unset.
    pub value: Option<String>,
    pub source: Source,
    /// What else is worth knowing ("the variable is set"); worded by the front end.
    pub note: Option<Note>,
}

/// A remark `config show` adds after a key's source.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// Whether the environment variable a key names is set.
    Variable { name: String, set: bool },
    /// No sync server: `variable` or `[sync] url` turns sync on.
    SyncOff { variable: String },
    /// The language spoken and what decided it.
    Speaking {
        lang: crate::i18n::Lang,
        choice: crate::i18n::Choice,
    },
}

/// English, as `config show` wrote it before the notes were data (logs, tests).
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Note::Variable { name, set: true } => write!(f, "{name} is set"),
            Note::Variable { name, set: false } => write!(f, "{name} is not set"),
            Note::SyncOff { variable } => {
                write!(f, "sync is off: set {variable} or [sync] url to turn it on")
            }
            Note::Speaking { lang, choice } => write!(f, "speaking {lang}: {choice}"),
        }
    }
}

/// The sections, in the order `config show` prints them.
pub const SECTIONS: [&str; 5] = ["scoring", "generation", "author", "sync", "ui"];

/// Every key of every section, with its effective value and source.
/// `file_text` is the config file's text when it exists; `env` reads the environment.
pub fn entries(
    config: &Config,
    file_text: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Vec<Entry> {
    let effective = as_table(config);
    let in_file: toml::Table = file_text
        .and_then(|t| t.parse::<toml::Table>().ok())
        .unwrap_or_default();
    let mut out = Vec::new();
    for section in SECTIONS {
        let values = effective.get(section).and_then(Value::as_table);
        let written = in_file.get(section).and_then(Value::as_table);
        for key in section_keys(section) {
            let value = values.and_then(|v| v.get(&key)).map(render);
            let source = if written.is_some_and(|w| w.contains_key(&key)) {
                Source::File
            } else {
                Source::Default
            };
            out.push(Entry {
                section,
                key,
                value,
                source,
                note: None,
            });
        }
    }
    apply_environment(config, &mut out, &env);
    out
}

fn apply_environment(config: &Config, out: &mut [Entry], env: &impl Fn(&str) -> Option<String>) {
    let set_or_not = |var: &str| Note::Variable {
        name: var.to_string(),
        set: env(var).is_some_and(|v| !v.is_empty()),
    };
    for entry in out.iter_mut() {
        match (entry.section, entry.key.as_str()) {
            ("generation", "base_url") => {
                if let Some(url) = env(BASE_URL_ENV).filter(|u| !u.trim().is_empty()) {
                    entry.value = Some(quoted(&redact(url.trim())));
                    entry.source = Source::Env(BASE_URL_ENV.to_string());
                }
            }
            ("generation", "api_key_env") => {
                entry.note = config.generation.api_key_env.as_deref().map(set_or_not);
            }
            ("sync", "url") => {
                if let Some((url, super::UrlSource::Env(var))) = config.sync.url_from(env) {
                    entry.value = Some(quoted(&redact(&url)));
                    entry.source = Source::Env(var);
                } else if let Some(url) = &config.sync.url {
                    entry.value = Some(quoted(&redact(url)));
                } else {
                    entry.note = Some(Note::SyncOff {
                        variable: config.sync.url_env.clone(),
                    });
                }
            }
            ("sync", "password_env") => {
                entry.note = config.sync.password_env.as_deref().map(set_or_not);
            }
            ("ui", "language") => {
                // Which language is spoken and what decided it (config, LECTERN_LANG, locale).
                let (lang, choice) = crate::i18n::choose(config.ui.lang(), env);
                if let crate::i18n::Choice::Env(value) = &choice {
                    entry.value = Some(quoted(value));
                    entry.source = Source::Env(crate::i18n::LANG_ENV.to_string());
                }
                entry.note = Some(Note::Speaking { lang, choice });
            }
            _ => {}
        }
    }
}

fn quoted(text: &str) -> String {
    Value::String(text.to_string()).to_string()
}

fn as_table(config: &Config) -> toml::Table {
    match Value::try_from(config) {
        Ok(Value::Table(t)) => t,
        _ => toml::Table::new(),
    }
}

/// A value as TOML; floats at the precision they are kept in (`f32`: 0.7, not 0.69999…).
fn render(value: &Value) -> String {
    match value {
        Value::Float(f) => {
            let short = (*f as f32).to_string();
            if short.contains(['.', 'e', 'i', 'n']) {
                short
            } else {
                format!("{short}.0")
            }
        }
        other => other.to_string(),
    }
}

/// The keys a section accepts, in declaration order. Serde knows them, and its unknown-field
/// error is where it says so; asking it keeps this list complete as fields are added
/// (an `Option` field that is unset is otherwise invisible when serialised).
fn section_keys(section: &str) -> Vec<String> {
    let probe = format!("[{section}]\n__lectern_probe__ = 0\n");
    let message = match toml::from_str::<Config>(&probe) {
        Err(e) => e.message().to_string(),
        Ok(_) => return Vec::new(),
    };
    let Some((_, expected)) = message.split_once("expected") else {
        return Vec::new();
    };
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_serialised_key_is_listed() {
        let mut config = Config::default();
        config.generation.model = Some("m".into());
        config.generation.base_url = Some("http://h".into());
        config.generation.api_key_env = Some("K".into());
        config.author.name = Some("a".into());
        config.sync.url = Some("postgres://u@h/d".into());
        config.sync.password_env = Some("P".into());
        config.sync.ca_file = Some("ca.pem".into());
        config.sync.author = Some("a".into());
        config.ui.language = Some("pt-BR".into());
        let full = as_table(&config);
        for section in SECTIONS {
            let keys = section_keys(section);
            let serialised = full[section].as_table().unwrap();
            for key in serialised.keys() {
                assert!(keys.contains(key), "{section}.{key} missing from {keys:?}");
            }
            assert_eq!(keys.len(), serialised.len(), "{section}: {keys:?}");
        }
        assert_eq!(
            full.len(),
            SECTIONS.len(),
            "a section is missing from SECTIONS"
        );
    }

    #[test]
    fn sources_default_file_and_environment() {
        let text = "[generation]\nprovider = \"openai\"\napi_key_env = \"MY_KEY\"\n";
        let config = Config::parse(text, std::path::Path::new("c.toml")).unwrap();
        let env = |k: &str| match k {
            "LECTERN_SYNC_URL" => Some("postgres://ana:hunter2@h/db".to_string()),
            "LECTERN_BASE_URL" => Some("http://u:pw@llm:4000/v1".to_string()),
            _ => None,
        };
        let all = entries(&config, Some(text), env);
        let get = |s: &str, k: &str| {
            all.iter()
                .find(|e| e.section == s && e.key == k)
                .unwrap()
                .clone()
        };
        assert_eq!(get("generation", "provider").source, Source::File);
        assert_eq!(get("generation", "concurrency").source, Source::Default);
        assert_eq!(get("generation", "model").value, None);
        let note = get("generation", "api_key_env").note.unwrap();
        assert_eq!(
            note,
            Note::Variable {
                name: "MY_KEY".into(),
                set: false
            }
        );
        assert_eq!(note.to_string(), "MY_KEY is not set");
        let url = get("sync", "url");
        assert_eq!(url.source, Source::Env("LECTERN_SYNC_URL".into()));
        assert_eq!(url.value.as_deref(), Some("\"postgres://ana:***@h/db\""));
        let base = get("generation", "base_url");
        assert_eq!(base.value.as_deref(), Some("\"http://u:***@llm:4000/v1\""));
    }
}
