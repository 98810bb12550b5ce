//! `lectern config path|show`: where files live and the effective configuration.

use clap::{Args, Subcommand};

use crate::config::{self, Config};
use crate::generation::provider::without_userinfo;

use super::context::GlobalArgs;
use super::output::{Exit, print_json, shown};

#[derive(Debug, Args)]
pub struct Cmd {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Print the database, config file and log folder paths.
    Path {
        #[arg(long)]
        json: bool,
    },
    /// Print every key with its effective value and where it comes from (default, file,
    /// environment, flag), as TOML with comments.
    Show,
}

pub fn run(cmd: Cmd, global: &GlobalArgs) -> anyhow::Result<Exit> {
    let paths = global.paths()?;
    match cmd.action {
        Action::Path { json: true } => print_json(&paths)?,
        Action::Path { json: false } => {
            outln!("database: {}", paths.db.display());
            outln!("config:   {}", paths.config.display());
            outln!("log:      {}", paths.log_dir.join("lectern.log").display());
        }
        Action::Show => {
            let mut config = Config::load(&paths.config)?;
            // A password in the file must not travel further through a terminal or a log.
            if let Some(url) = &config.generation.base_url {
                config.generation.base_url = Some(without_userinfo(url));
            }
            let text = std::fs::read_to_string(&paths.config).ok();
            let file_state = if text.is_some() {
                ""
            } else {
                ", not found: defaults only"
            };
            outln!("# effective configuration: each key, its value and where it comes from");
            outln!(
                "# config file: {} ({}{file_state})",
                shown(&paths.config.display().to_string()),
                global.config_source
            );
            outln!(
                "# database:    {} ({})",
                shown(&paths.db.display().to_string()),
                global.db_source
            );
            outln!(
                "# log:         {}",
                shown(&paths.log_dir.join("lectern.log").display().to_string())
            );
            let entries = config::entries(&config, text.as_deref(), |k| std::env::var(k).ok());
            for section in config::SECTIONS {
                outln!("\n[{section}]");
                let rows: Vec<_> = entries.iter().filter(|e| e.section == section).collect();
                let width = rows
                    .iter()
                    .filter_map(|e| {
                        e.value
                            .as_ref()
                            .map(|v| e.key.len() + v.chars().count() + 3)
                    })
                    .max()
                    .unwrap_or(0)
                    .min(48);
                for e in rows {
                    let mut why = e.source.to_string();
                    if let Some(note) = &e.note {
                        why.push_str("; ");
                        why.push_str(note);
                    }
                    match &e.value {
                        Some(v) => {
                            let line = format!("{} = {}", e.key, shown(v));
                            outln!("{line:<width$}  # {why}");
                        }
                        None => outln!("# {} is not set ({why})", e.key),
                    }
                }
            }
        }
    }
    Ok(Exit::Ok)
}
