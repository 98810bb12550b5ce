//! Clap's own words on a translated help page, set once the command is built (by then every
//! subcommand holds its copy of the global arguments, whose notes are what most pages show):
//! each argument's `[variável: …]`, `[padrão: …]` and the values it takes, written as part of
//! its help in clap's order and layout with clap's notes hidden; each page's template, with
//! the usage line rendered by clap and `[OPTIONS]`/`<COMMAND>` translated.
//!
//! Clap decides per page whether `--help` is the long layout (some argument has a long help)
//! or the short one, and so does this: a page clap shows short gets only the short text, so
//! `list --help` keeps its one-line-per-option layout.

use clap::builder::PossibleValue;
use clap::{Arg, Command};

use super::help::{id_part, subcommand_names};
use crate::i18n::Texts;
use crate::tr;

/// Every visible page but clap's `help` subcommand's (reached only by `lectern help help`).
pub fn finish(command: Command, t: Texts) -> Command {
    page(command, &[], t)
}

fn page(mut command: Command, path: &[String], t: Texts) -> Command {
    if command.has_subcommands() {
        command = command.subcommand_value_name(t.get("clap-usage-command"));
    }
    let key: String = path.iter().map(|p| format!("{}-", id_part(p))).collect();
    let long = long_help_exists(&command);
    let args: Vec<String> = command
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in &args {
        let prefix = format!("help-value-{key}{}", id_part(id));
        command = command.mut_arg(id, |a| notes(a, &prefix, long, t));
    }
    let template = template(&command, path.is_empty(), t);
    let usage = usage(&mut command, t);
    command = command.help_template(template.replace("{usage}", &usage));
    let names = subcommand_names(&command);
    names
        .into_iter()
        .filter(|name| name != "help")
        .fold(command, |command, name| {
            let mut inner = path.to_vec();
            inner.push(name.clone());
            command.mut_subcommand(&name, |s| page(s, &inner, t))
        })
}

/// Clap's own test for a page with a long layout (`Command::long_help_exists_`, not public).
fn long_help_exists(command: &Command) -> bool {
    let long = |a: &Arg| {
        !a.is_hide_set()
            && (a.get_long_help().is_some()
                || a.is_hide_long_help_set()
                || a.is_hide_short_help_set()
                || (!a.is_hide_possible_values_set()
                    && a.get_possible_values().iter().any(described)))
    };
    command.get_long_about().is_some()
        || command.get_before_long_help().is_some()
        || command.get_after_long_help().is_some()
        || command.get_arguments().any(long)
}

fn described(value: &PossibleValue) -> bool {
    !value.is_hide_set() && value.get_help().is_some()
}

/// The page's template (headings in `t`'s language) with `{usage}` still in it.
fn template(command: &Command, top: bool, t: Texts) -> String {
    if top {
        return t.get("help-template");
    }
    let mut template = t.get("help-template-sub");
    if command.has_subcommands() {
        template += &format!("\n\n{}\n{{subcommands}}", t.get("help-heading-commands"));
    }
    if command.get_positionals().next().is_some() {
        template += &format!("\n\n{}\n{{positionals}}", t.get("help-heading-arguments"));
    }
    template + &format!("\n\n{}\n{{options}}", t.get("help-heading-options"))
}

/// Clap's usage line for the page, styled as clap styles it (the help printer drops the
/// colours where clap would), with `[OPTIONS]` in `t`'s language (`<COMMAND>` is the
/// command's `subcommand_value_name`) and without clap's `Usage: `, which the template says.
fn usage(command: &mut Command, t: Texts) -> String {
    let style = command.get_styles().get_usage();
    let title = format!("{style}Usage:{style:#} ");
    let usage = command.render_usage().ansi().to_string();
    translate_usage(usage.strip_prefix(&title).unwrap_or(&usage), t)
}

/// `[OPTIONS]` in a usage line rendered by clap, in `t`'s language.
pub fn translate_usage(usage: &str, t: Texts) -> String {
    usage.replace("[OPTIONS]", &t.get("clap-usage-options"))
}

/// One argument's help with clap's notes in `t`'s language, in clap's order (variable,
/// default, possible values), clap's own notes hidden. `prefix` names the messages of
/// described values (`help-value-import-on-existing`); `long`, whether the page has the long
/// layout, where the notes come after a blank line, one a line, and described values are
/// listed under `Valores possíveis:`.
fn notes(mut arg: Arg, prefix: &str, long: bool, t: Texts) -> Arg {
    let mut notes = Vec::new();
    if let Some(name) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let name = name.to_string_lossy().into_owned();
        // Clap shows the value it read when the command was made; the same value, read now.
        let value = std::env::var_os(&name)
            .filter(|v| !v.is_empty() && !arg.is_hide_env_values_set())
            .map(|v| v.to_string_lossy().into_owned());
        notes.push(match value {
            Some(value) => tr!(t, "clap-spec-env-set", name = name, value = value),
            None => tr!(t, "clap-spec-env", name = name),
        });
        arg = arg.hide_env(true);
    }
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let value = arg
            .get_default_values()
            .iter()
            .map(|v| quoted(&v.to_string_lossy()))
            .collect::<Vec<_>>()
            .join(" ");
        notes.push(tr!(t, "clap-spec-default", value = value));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut short_notes = notes.clone();
    let mut listed = None;
    if takes_values && !arg.is_hide_possible_values_set() && !values.is_empty() {
        let names: Vec<String> = values.iter().map(|v| quoted(v.get_name())).collect();
        let list = format!("[{}: {}]", t.get("help-values-short"), names.join(", "));
        short_notes.push(list.clone());
        if long && values.iter().any(described) {
            // Every described value needs its message; without one the list is left to clap.
            let Some(lines) = value_lines(&values, prefix, t) else {
                return with_notes(arg, &notes, &notes, None, long);
            };
            listed = Some(lines);
        } else {
            notes.push(list);
        }
        arg = arg.hide_possible_values(true);
    }
    with_notes(arg, &short_notes, &notes, listed, long)
}

fn with_notes(
    arg: Arg,
    short_notes: &[String],
    long_notes: &[String],
    listed: Option<String>,
    long: bool,
) -> Arg {
    if short_notes.is_empty() && long_notes.is_empty() && listed.is_none() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string);
    let short = help
        .iter()
        .cloned()
        .chain(short_notes.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    if !long {
        return arg.help(short);
    }
    let head = arg.get_long_help().map(ToString::to_string).or(help);
    let tail = (!long_notes.is_empty()).then(|| long_notes.join("\n"));
    let long_text = head
        .into_iter()
        .chain(listed)
        .chain(tail)
        .collect::<Vec<_>>()
        .join("\n\n");
    arg.help(short).long_help(long_text)
}

/// `Valores possíveis:` and a line per value with its description from `prefix-VALUE`
/// (`- skip:   Deixa o curso guardado como está`), aligned as clap aligns them; `None` when a
/// value has no message.
fn value_lines(values: &[PossibleValue], prefix: &str, t: Texts) -> Option<String> {
    let width = values
        .iter()
        .map(|v| v.get_name().chars().count())
        .max()
        .unwrap_or(0);
    let mut lines = vec![t.get("help-heading-values")];
    for value in values {
        let name = value.get_name();
        let id = format!("{prefix}-{}", id_part(name));
        let help = t.try_format(&id, None, &[]).ok()?;
        let pad = " ".repeat(width - name.chars().count());
        lines.push(format!("- {name}:{pad} {help}"));
    }
    Some(lines.join("\n"))
}

/// A value as clap writes it in a note: quoted when it holds a space.
fn quoted(value: &str) -> String {
    if value.contains(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_string()
    }
}
