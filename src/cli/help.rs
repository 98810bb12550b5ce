//! `--help` in the chosen language, where clap allows it: the program's and each subcommand's
//! description, the global flags and the section headings of the top-level help. Clap's own
//! fixed words inside a subcommand's help (`Usage:`, `Options:`) and each subcommand's flag
//! descriptions stay English for now (docs/i18n.md).
//!
//! The language is chosen before the arguments are parsed, so `--config PATH` is read from
//! the raw arguments here; a config that cannot be read is reported later by the command.

use clap::Command;

use crate::config::{Config, Paths};
use crate::i18n::{Lang, Texts};

/// The language for the help texts: `--config`/`LECTERN_CONFIG`'s `[ui] language`, else the
/// environment (`LECTERN_LANG`, the locale).
pub fn early_texts() -> Texts {
    let args: Vec<String> = std::env::args().collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--config=").map(str::to_string).or_else(|| {
            (a == "--config")
                .then(|| args.get(i + 1).cloned())
                .flatten()
        })
    });
    let config = flag
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("LECTERN_CONFIG").map(Into::into));
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
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut command = command
        .about(t.get("help-about"))
        .help_template(t.get("help-template"))
        .mut_arg("db", |a| a.help(t.get("help-arg-db")))
        .mut_arg("config", |a| a.help(t.get("help-arg-config")))
        .mut_arg("no_demo", |a| a.help(t.get("help-arg-no-demo")));
    for name in names {
        let id = format!("help-cmd-{name}");
        if let Ok(about) = t.try_format(&id, None, &[]) {
            command = command.mut_subcommand(&name, |s| s.about(about));
        }
    }
    command
}
