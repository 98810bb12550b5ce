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
    // Generated into memory first: clap_complete panics when its writer fails (`| head`).
    let mut script = Vec::new();
    clap_complete::generate(cmd.shell, &mut command, "lectern", &mut script);
    super::output::emit(&String::from_utf8_lossy(&script));
    Ok(Exit::Ok)
}
