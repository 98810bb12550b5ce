//! `lectern config path|show`: where files live and the effective configuration.

use clap::{Args, Subcommand};

use crate::config::{self, Config, Note, Source};
use crate::generation::provider::without_userinfo;
use crate::i18n::{Choice, LANG_ENV, Texts};
use crate::tr;

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
    let t = global.texts();
    match cmd.action {
        Action::Path { json: true } => print_json(&paths)?,
        Action::Path { json: false } => {
            let path = |p: &std::path::Path| p.display().to_string();
            outln!("{}", tr!(t, "config-path-database", path = path(&paths.db)));
            outln!(
                "{}",
                tr!(t, "config-path-config", path = path(&paths.config))
            );
            outln!(
                "{}",
                tr!(
                    t,
                    "config-path-log",
                    path = path(&paths.log_dir.join("lectern.log"))
                )
            );
        }
        Action::Show => {
            let mut config = Config::load(&paths.config)?;
            // A password in the file must not travel further through a terminal or a log.
            if let Some(url) = &config.generation.base_url {
                config.generation.base_url = Some(without_userinfo(url));
            }
            let text = std::fs::read_to_string(&paths.config).ok();
            let found = if text.is_some() { "yes" } else { "no" };
            outln!("# {}", tr!(t, "config-show-header"));
            outln!(
                "# {}",
                tr!(
                    t,
                    "config-show-file",
                    path = shown(&paths.config.display().to_string()).into_owned(),
                    source = source(&global.config_source, t),
                    found = found
                )
            );
            outln!(
                "# {}",
                tr!(
                    t,
                    "config-show-database",
                    path = shown(&paths.db.display().to_string()).into_owned(),
                    source = source(&global.db_source, t)
                )
            );
            outln!(
                "# {}",
                tr!(
                    t,
                    "config-show-log",
                    path = shown(&paths.log_dir.join("lectern.log").display().to_string())
                        .into_owned()
                )
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
                    let mut why = source(&e.source, t);
                    if let Some(note) = &e.note {
                        why.push_str("; ");
                        why.push_str(&note_text(note, t));
                    }
                    match &e.value {
                        Some(v) => {
                            let line = format!("{} = {}", e.key, shown(v));
                            outln!("{line:<width$}  # {why}");
                        }
                        None => outln!(
                            "# {}",
                            tr!(t, "config-show-unset", key = e.key.as_str(), why = why)
                        ),
                    }
                }
            }
        }
    }
    Ok(Exit::Ok)
}

/// Where a value comes from (`default`, `file`, `environment LECTERN_DB`, `flag --db`).
/// A key's note in `t`'s language.
fn note_text(note: &Note, t: Texts) -> String {
    match note {
        Note::Variable { name, set } => tr!(
            t,
            "config-note-variable",
            name = name.as_str(),
            set = if *set { "yes" } else { "no" }
        ),
        Note::SyncOff { variable } => {
            tr!(t, "config-note-sync-off", variable = variable.as_str())
        }
        Note::Speaking { lang, choice } => {
            let why = match choice {
                Choice::Config => t.get("config-choice-config"),
                Choice::Env(value) => tr!(
                    t,
                    "config-choice-env",
                    name = LANG_ENV,
                    value = value.as_str()
                ),
                Choice::Locale(var, value) => tr!(
                    t,
                    "config-choice-locale",
                    name = *var,
                    value = value.as_str()
                ),
                Choice::Default => t.get("config-choice-default"),
            };
            tr!(t, "config-note-speaking", lang = lang.tag(), why = why)
        }
    }
}

fn source(source: &Source, t: Texts) -> String {
    match source {
        Source::Default => tr!(t, "config-source", source = "default", name = ""),
        Source::File => tr!(t, "config-source", source = "file", name = ""),
        Source::Env(var) => tr!(t, "config-source", source = "env", name = var.as_str()),
        Source::Flag(flag) => tr!(t, "config-source", source = "flag", name = flag.as_str()),
    }
}
