//! `lectern config path|show`: where files live and the effective configuration.

use clap::{Args, Subcommand};

use crate::config::Config;
use crate::generation::provider::without_userinfo;

use super::context::GlobalArgs;
use super::output::{Exit, print_json};

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
    /// Print the effective configuration (defaults merged with the config file) as TOML.
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
            outln!(
                "# effective configuration (file: {})",
                paths.config.display()
            );
            out!("{}", config.to_toml());
        }
    }
    Ok(Exit::Ok)
}
