//! What every database-backed subcommand needs: resolved paths, config, logging, the store.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::{Config, Paths, Source};
use crate::i18n::{self, Texts};
use crate::services::{self, OpenOptions};
use crate::storage::Store;
use crate::tr;

use super::logging::{self, LogGuard};

#[derive(Debug, Clone)]
pub struct GlobalArgs {
    pub db: Option<PathBuf>,
    pub config: Option<PathBuf>,
    pub no_demo: bool,
    /// Where `db` and `config` came from (flag, environment or the platform default).
    pub db_source: Source,
    pub config_source: Source,
}

impl GlobalArgs {
    pub fn paths(&self) -> anyhow::Result<Paths> {
        Ok(Paths::resolve(self.db.clone(), self.config.clone())?)
    }

    /// The language to speak (`[ui] language`, `LECTERN_LANG`, the locale), for commands that
    /// do not open a [`Context`]. A config that cannot be read is reported by the command.
    pub fn texts(&self) -> Texts {
        let configured = self
            .paths()
            .ok()
            .and_then(|p| Config::load(&p.config).ok())
            .and_then(|c| c.ui.lang());
        texts_for(configured)
    }
}

/// The texts for a configured language (or none), the environment deciding otherwise.
pub fn texts_for(configured: Option<i18n::Lang>) -> Texts {
    Texts::new(i18n::choose(configured, |k| std::env::var(k).ok()).0)
}

pub struct Context {
    pub paths: Paths,
    pub config: Config,
    pub store: Store,
    /// The language of everything printed for people.
    pub texts: Texts,
    _log: Option<LogGuard>,
}

impl Context {
    pub fn open(global: &GlobalArgs) -> anyhow::Result<Context> {
        let paths = global.paths()?;
        let config = Config::load(&paths.config)?;
        let texts = texts_for(config.ui.lang());
        let log = logging::init(&paths.log_dir);
        let (store, report) = services::open_library(
            &paths.db,
            OpenOptions {
                seed_demo: !global.no_demo,
            },
        )
        .with_context(|| {
            tr!(
                texts,
                "context-opening-database",
                path = paths.db.display().to_string()
            )
        })?;
        let mut store = store;
        if let Some(name) = &config.author.name {
            store.set_author(name);
        }
        let db = paths.db.display().to_string();
        if let Some(backup) = &report.migration.backup {
            eprintln!(
                "lectern: {}",
                tr!(
                    texts,
                    "db-migrated",
                    db = db.as_str(),
                    from = report.migration.from.to_string(),
                    to = report.migration.to.to_string(),
                    backup = backup.display().to_string()
                )
            );
        }
        if let Some(slug) = &report.demo_seeded {
            eprintln!(
                "lectern: {}",
                tr!(texts, "db-new-demo", db = db.as_str(), slug = slug.as_str())
            );
        }
        Ok(Context {
            texts,
            paths,
            config,
            store,
            _log: log,
        })
    }
}
