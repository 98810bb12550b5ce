//! Where Lectern keeps its files, and the user's configuration file.
//!
//! Paths come from the platform's conventions (`directories`; XDG on Linux) unless
//! overridden by `--db`/`LECTERN_DB` and `--config`/`LECTERN_CONFIG`. A config file that exists
//! but cannot be read is an error naming the file, line and key — never silently ignored.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::{Deserialize, Serialize};

use crate::domain::rubric::Rubric;
use crate::domain::said::{Said, SaidArg};

pub mod pg_url;
mod sources;
mod sync;
mod toml_said;
mod validate;

pub use sources::{BASE_URL_ENV, Entry, Note, SECTIONS, Source, entries};
pub use sync::{DEFAULT_URL_ENV, SyncConfig, UrlSource};
pub use validate::{PROVIDERS, unknown_name};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot find a home directory to keep lectern's data in; pass --db and --config")]
    NoHome,
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `message`: the TOML reader's own sentence (quoted as written) or one of the checks'.
    #[error("{path}:{line}:{column}: {key_part}{message}\n  fix the value or remove the line (see `lectern config show` for the accepted keys)", key_part = key.as_ref().map(|k| format!("key `{k}`: ")).unwrap_or_default(), message = crate::i18n::Texts::default().said_arg(message))]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        key: Option<String>,
        message: SaidArg,
    },
}

impl ConfigError {
    /// What this error says, as data for the front ends (`src/domain/said.rs`).
    pub fn said(&self) -> Said {
        match self {
            ConfigError::NoHome => Said::new("err-config-no-home"),
            ConfigError::Read { path, source } => Said::new("err-config-read")
                .with("path", path)
                .with("error", source),
            ConfigError::Parse {
                path,
                line,
                column,
                key,
                message,
            } => {
                let said = match key {
                    Some(key) => Said::new("err-config-parse-key").with("key", key),
                    None => Said::new("err-config-parse"),
                };
                said.with("path", path)
                    .with("line", line.to_string())
                    .with("column", column.to_string())
                    .with("message", message.clone())
            }
        }
    }
}

/// Where the database, config file and log live, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Paths {
    pub db: PathBuf,
    pub config: PathBuf,
    pub log_dir: PathBuf,
}

impl Paths {
    /// Resolves the paths: explicit overrides first (already merged with env by clap), then
    /// the platform defaults (`~/.local/share/lectern/lectern.db`, `~/.config/lectern/config.toml`).
    pub fn resolve(db: Option<PathBuf>, config: Option<PathBuf>) -> Result<Paths, ConfigError> {
        let dirs = ProjectDirs::from("", "", "lectern");
        let dirs_ref = dirs.as_ref();
        let db = match db {
            Some(p) => p,
            None => dirs_ref
                .ok_or(ConfigError::NoHome)?
                .data_dir()
                .join("lectern.db"),
        };
        let config = match config {
            Some(p) => p,
            None => dirs_ref
                .ok_or(ConfigError::NoHome)?
                .config_dir()
                .join("config.toml"),
        };
        let log_dir = dirs_ref
            .map(|d| d.state_dir().unwrap_or_else(|| d.data_dir()).to_path_buf())
            .unwrap_or_else(|| db.parent().unwrap_or(Path::new(".")).to_path_buf());
        Ok(Paths {
            db,
            config,
            log_dir,
        })
    }
}

/// The effective configuration: defaults overridden by the user's file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub scoring: ScoringConfig,
    pub generation: GenerationConfig,
    pub author: AuthorConfig,
    pub sync: SyncConfig,
    pub ui: UiConfig,
}

/// How lectern talks to the person.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UiConfig {
    /// `pt-BR` or `en`; unset: `LECTERN_LANG`, then the locale (`src/i18n`).
    pub language: Option<String>,
}

impl UiConfig {
    /// The configured language (the value was checked when the file was loaded).
    pub fn lang(&self) -> Option<crate::i18n::Lang> {
        self.language.as_deref().and_then(crate::i18n::Lang::parse)
    }
}

/// Who the revisions this person writes are attributed to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthorConfig {
    /// The name in history; the OS user when unset.
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScoringConfig {
    /// Rubric used when a course does not name one: `creatoros` (default) or `strict`.
    pub rubric: Rubric,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GenerationConfig {
    /// `offline` (default, no network), `openai` or `anthropic`.
    pub provider: String,
    pub model: Option<String>,
    pub base_url: Option<String>,
    /// Name of the environment variable holding the API key (the key itself never goes here).
    pub api_key_env: Option<String>,
    pub concurrency: u32,
    pub max_retries: u32,
    /// Attempts per lesson when the answer fails the rubric (regenerate until it passes).
    pub max_attempts: u32,
    /// Seconds to establish a connection.
    pub connect_timeout_secs: u64,
    /// Seconds to hand the request over once connected.
    pub send_timeout_secs: u64,
    /// Seconds from the request sent to the answer's status line and headers.
    pub response_head_timeout_secs: u64,
    /// Seconds to wait for the first streamed token.
    pub first_token_timeout_secs: u64,
    /// Longest silence, in seconds, between two streamed events.
    pub idle_timeout_secs: u64,
    /// Seconds for one whole request, connect to last event.
    pub request_timeout_secs: u64,
    /// Upper bound on the answer's length, in tokens.
    pub max_tokens: u32,
    pub temperature: f32,
}

impl Default for GenerationConfig {
    fn default() -> Self {
        GenerationConfig {
            provider: "offline".to_string(),
            model: None,
            base_url: None,
            api_key_env: None,
            concurrency: 3,
            max_retries: 3,
            max_attempts: 2,
            connect_timeout_secs: 10,
            send_timeout_secs: 30,
            response_head_timeout_secs: 90,
            first_token_timeout_secs: 90,
            idle_timeout_secs: 30,
            request_timeout_secs: 600,
            max_tokens: 4000,
            temperature: 0.7,
        }
    }
}

impl Config {
    /// Loads `path`; a missing file means defaults, anything unreadable is an error.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(source) => Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// Reads and checks the file's text: a value of the wrong type, an unknown key and a
    /// value out of its range are all errors at the value's line and column.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let (line, column) =
                crate::domain::lines::line_col(text, e.span().map_or(0, |s| s.start));
            let line_text = text.lines().nth(line - 1).unwrap_or("");
            let key = line_text
                .split_once('=')
                .map(|(k, _)| k.trim().to_string())
                .filter(|k| !k.is_empty() && !k.starts_with('['));
            ConfigError::Parse {
                path: path.to_path_buf(),
                line,
                column,
                key,
                message: toml_said::toml_message(e.message()),
            }
        })?;
        validate::validate(&config, text, path)?;
        if let Some(ca) = &config.sync.ca_file {
            config.sync.ca_file = Some(relative_to(path, ca));
        }
        Ok(config)
    }

    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_else(|e| format!("# cannot render config: {e}\n"))
    }
}

/// `file` as written in the config at `config_path`: relative paths start at its folder.
fn relative_to(config_path: &Path, file: &Path) -> PathBuf {
    if file.is_absolute() {
        return file.to_path_buf();
    }
    config_path.parent().unwrap_or(Path::new(".")).join(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_value_names_line_and_key() {
        let text = "[scoring]\nrubric = \"creatoros\"\n[generation]\nconcurrency = \"three\"\n";
        let err = Config::parse(text, Path::new("c.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("c.toml:4:"), "{msg}");
        assert!(msg.contains("key `concurrency`"), "{msg}");
    }

    #[test]
    fn unknown_key_is_an_error() {
        let err = Config::parse("[scoring]\nrubrik = \"strict\"\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("c.toml:2:") && err.contains("rubrik"), "{err}");
    }

    #[test]
    fn unknown_rubric_is_an_error() {
        let err = Config::parse("[scoring]\nrubric = \"lenient\"\n", Path::new("c.toml"))
            .expect_err("lenient is not a rubric")
            .to_string();
        assert!(err.contains("c.toml:2:") && err.contains("rubric"), "{err}");
    }

    #[test]
    fn generation_section_reads_every_key_and_keeps_defaults() {
        let text = "[generation]\nprovider = \"openai\"\nbase_url = \"http://localhost:11434/v1\"\n\
                    max_attempts = 3\nidle_timeout_secs = 5\nmax_retries = 0\n";
        let g = Config::parse(text, Path::new("c.toml")).unwrap().generation;
        assert_eq!(g.provider, "openai");
        assert_eq!(g.base_url.as_deref(), Some("http://localhost:11434/v1"));
        assert_eq!(
            (g.max_attempts, g.idle_timeout_secs, g.max_retries),
            (3, 5, 0)
        );
        assert_eq!(g.concurrency, 3);
        assert_eq!(g.first_token_timeout_secs, 90);
    }

    #[test]
    fn unknown_generation_key_is_an_error() {
        let err = Config::parse("[generation]\napi_key = \"sk-x\"\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("c.toml:2:") && err.contains("api_key"),
            "{err}"
        );
    }

    #[test]
    fn author_name_is_read() {
        let c = Config::parse("[author]\nname = \"Ana Lima\"\n", Path::new("c.toml")).unwrap();
        assert_eq!(c.author.name.as_deref(), Some("Ana Lima"));
    }

    #[test]
    fn empty_file_gives_defaults() {
        assert_eq!(
            Config::parse("", Path::new("c.toml")).unwrap(),
            Config::default()
        );
    }
}
