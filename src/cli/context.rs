//! What every database-backed subcommand needs: resolved paths, config, logging, the store.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::{Config, Paths, Source};
use crate::i18n::{self, Texts};
use crate::services::{self, OpenOptions};
use crate::storage::Store;

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
        let log = logging::init(&paths.log_dir);
        let (store, report) = services::open_library(
            &paths.db,
            OpenOptions {
                seed_demo: !global.no_demo,
            },
        )
        .with_context(|| format!("opening database {}", paths.db.display()))?;
        let mut store = store;
        if let Some(name) = &config.author.name {
            store.set_author(name);
        }
        if let Some(backup) = &report.migration.backup {
            eprintln!(
                "lectern: migrated {} from schema v{} to v{}; the previous file was copied to {}",
                paths.db.display(),
                report.migration.from,
                report.migration.to,
                backup.display()
            );
        }
        if let Some(slug) = &report.demo_seeded {
            eprintln!(
                "lectern: new database at {}; added the demo course `{slug}`",
                paths.db.display()
            );
        }
        Ok(Context {
            texts: texts_for(config.ui.lang()),
            paths,
            config,
            store,
            _log: log,
        })
    }
}
