//! `--help` in the chosen language: the program's and every subcommand's description (nested
//! ones too), every argument's help, `-h`/`-V`, the headings of each help page (`Uso:`,
//! `Comandos:`, `Argumentos:`, `Opções:`) and clap's `help` subcommand; once the command is
//! built, clap's own words on each page (`help_words`): the values an argument takes,
//! `[padrão: …]`, `[variável: …]` and the usage line's `[OPÇÕES]`/`<COMANDO>`. Clap's parse
//! errors are worded in `parse_errors` (docs/i18n.md).
//!
//! The language is chosen before the arguments are parsed, so `--config PATH` is read from
//! the raw arguments here; a config that cannot be read is reported later by the command.

use clap::{Arg, ArgAction, Command};

use crate::config::{Config, Paths};
use crate::i18n::{Lang, Texts};

/// The language for the help texts: `--config`/`LECTERN_CONFIG`'s `[ui] language`, else the
/// environment (`LECTERN_LANG`, the locale).
pub fn early_texts() -> Texts {
    // `args_os`: an argument that is not UTF-8 is clap's to report, not a panic here.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        a.strip_prefix("--config=").map(Into::into).or_else(|| {
            (a == "--config")
                .then(|| args.get(i + 1).cloned())
                .flatten()
        })
    });
    let config = flag
        .or_else(|| std::env::var_os("LECTERN_CONFIG"))
        .map(std::path::PathBuf::from);
    let configured = Paths::resolve(Some(std::path::PathBuf::new()), config)
        .ok()
        .and_then(|p| Config::load(&p.config).ok())
        .and_then(|c| c.ui.lang());
    super::context::texts_for(configured)
}

/// The command with its help in `t`'s language (English is clap's text as written in the code).
pub fn localised(command: Command, t: Texts) -> Command {
    if t.lang() == Lang::En {
        return command;
    }
    let command = command
        .about(t.get("help-about"))
        .mut_arg("db", |a| a.help(t.get("help-arg-db")))
        .mut_arg("config", |a| a.help(t.get("help-arg-config")))
        .mut_arg("no_demo", |a| a.help(t.get("help-arg-no-demo")));
    let command = own_help_flags(command, t);
    let names = subcommand_names(&command);
    let mut command = names.into_iter().fold(command, |command, name| {
        command.mut_subcommand(&name, |s| subcommand(s, std::slice::from_ref(&name), t))
    });
    // Clap adds its `help` subcommand when the command is built; built here, its line can be
    // described too (parsing builds a command once, so nothing is added again).
    command.build();
    super::help_words::finish(help_subcommands(command, t), t)
}

/// The `help` subcommand's description, at every level that has one.
fn help_subcommands(command: Command, t: Texts) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.into_iter().fold(command, |command, name| {
        if name == "help" {
            command.mut_subcommand(&name, |s| s.about(t.get("help-cmd-help")))
        } else {
            command.mut_subcommand(&name, |s| help_subcommands(s, t))
        }
    })
}

/// A message id's part for a clap name or id: `dry_run` → `dry-run`.
pub(super) fn id_part(name: &str) -> String {
    name.replace('_', "-")
}

pub(super) fn subcommand_names(command: &Command) -> Vec<String> {
    command
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name().to_string())
        .collect()
}

/// One subcommand (`path` its names from the top, e.g. `persona`, `show`) and, recursively,
/// its own subcommands: description, each argument's help and our `-h`/`-V`.
fn subcommand(mut command: Command, path: &[String], t: Texts) -> Command {
    let key = path
        .iter()
        .map(|p| id_part(p))
        .collect::<Vec<_>>()
        .join("-");
    if let Ok(about) = t.try_format(&format!("help-cmd-{key}"), None, &[]) {
        command = command.about(about);
    }
    let args: Vec<String> = command
        .get_arguments()
        .filter(|a| !a.is_global_set() && !a.is_hide_set() && a.get_help().is_some())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in &args {
        let message = format!("help-arg-{key}-{}", id_part(id));
        if let Ok(help) = t.try_format(&message, None, &[]) {
            command = command.mut_arg(id, |a| a.help(help));
        }
    }
    let names = subcommand_names(&command);
    command = own_help_flags(command, t);
    names.into_iter().fold(command, |command, name| {
        let mut inner = path.to_vec();
        inner.push(name.clone());
        command.mut_subcommand(&name, |s| subcommand(s, &inner, t))
    })
}

/// After every argument of a command, as clap places its own `--help` and `--version`.
const HELP_ORDER: usize = 1_000_000;

/// Clap's `-h`/`--help` and `-V`/`--version` replaced by the same flags with translated help
/// (clap 4 lets a command's own help arguments be described only this way).
fn own_help_flags(command: Command, t: Texts) -> Command {
    command
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .display_order(HELP_ORDER)
                .help(t.get("help-arg-help")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(HELP_ORDER + 1)
                .help(t.get("help-arg-version")),
        )
}
