//! `lectern completions SHELL`: completion scripts generated from the clap definition.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use super::output::Exit;

#[derive(Debug, Args)]
pub struct Cmd {
    /// bash, zsh, fish, elvish or powershell.
    shell: Shell,
}

pub fn run(cmd: Cmd) -> anyhow::Result<Exit> {
    let mut command = Cli::command();
    clap_complete::generate(cmd.shell, &mut command, "lectern", &mut std::io::stdout());
    Ok(Exit::Ok)
}
