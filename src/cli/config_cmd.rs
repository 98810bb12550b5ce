//! `lectern config path|show`: where files live and the effective configuration.

use clap::{Args, Subcommand};

use crate::config::Config;

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
            let config = Config::load(&paths.config)?;
            outln!(
                "# effective configuration (file: {})",
                paths.config.display()
            );
            out!("{}", config.to_toml());
        }
    }
    Ok(Exit::Ok)
}
