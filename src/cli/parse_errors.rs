//! Clap's parse errors (`lectern xyz`, `export --format x`, a missing argument) in the
//! reader's language: the parts clap writes — what is wrong, its tips, the usage line, where
//! to read more — worded from the error's kind and context, coloured with the command's
//! styles where clap would colour them (a terminal, no `NO_COLOR`). English is clap's own
//! rendering, as are help and version, and any error lectern's command cannot produce or whose
//! context is not the one clap's own wording needs.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::builder::Styles;
use clap::builder::styling::Style;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::domain::rubric::UnknownRubric;
use crate::i18n::{Lang, Texts};
use crate::tr;

/// Clap's exit status for a usage error (`clap::Error::exit`).
const USAGE_STATUS: u8 = 2;

/// Prints `err` (from parsing with a command whose styles are `styles`) and gives the exit
/// status clap would.
pub fn report(err: clap::Error, styles: &Styles, t: Texts) -> ExitCode {
    if t.lang() == Lang::En {
        err.exit()
    }
    match word(&err, styles, t) {
        Some(text) => {
            anstream::eprint!("{text}");
            ExitCode::from(USAGE_STATUS)
        }
        None => err.exit(),
    }
}

/// The whole error in `t`'s language, laid out as clap lays it out; `None` to leave it to clap.
fn word(err: &clap::Error, styles: &Styles, t: Texts) -> Option<String> {
    let error = styles.get_error();
    let mut out = format!("{error}{}{error:#} ", t.get("clap-error"));
    out += &what(err, styles, t)?;
    let tips = tips(err, styles, t);
    if !tips.is_empty() {
        out.push('\n');
        let valid = styles.get_valid();
        for tip in tips {
            let _ = write!(out, "\n  {valid}{}{valid:#} {tip}", t.get("clap-tip"));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage
            .ansi()
            .to_string()
            .replacen("Usage:", &t.get("clap-usage-heading"), 1);
        out += "\n\n";
        out += &super::help_words::translate_usage(&usage, t);
    }
    let flag = paint("--help", styles.get_literal());
    out += &format!("\n\n{}\n", tr!(t, "clap-more-info", flag = flag));
    Some(out)
}

fn paint(text: &str, style: &Style) -> String {
    format!("{style}{text}{style:#}")
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Option<&[String]> {
    match err.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s),
        _ => None,
    }
}

/// `\n  [valores possíveis: a, b]` under a refused value, as clap lists them.
fn value_list(name: &str, values: Option<&[String]>, valid: &Style) -> String {
    match values {
        Some(values) if !values.is_empty() => {
            let values: Vec<String> = values.iter().map(|v| paint(v, valid)).collect();
            format!("\n  [{name}: {}]", values.join(", "))
        }
        _ => String::new(),
    }
}

/// The first line (and the lists under it) for the kinds lectern's command can produce.
fn what(err: &clap::Error, styles: &Styles, t: Texts) -> Option<String> {
    let (valid, invalid, literal) = (
        styles.get_valid(),
        styles.get_invalid(),
        styles.get_literal(),
    );
    let arg = || string(err, ContextKind::InvalidArg);
    let value = || string(err, ContextKind::InvalidValue);
    Some(match err.kind() {
        ErrorKind::InvalidSubcommand => {
            let name = paint(string(err, ContextKind::InvalidSubcommand)?, invalid);
            tr!(t, "clap-error-unknown-subcommand", name = name)
        }
        ErrorKind::UnknownArgument => {
            tr!(
                t,
                "clap-error-unknown-argument",
                arg = paint(arg()?, invalid)
            )
        }
        ErrorKind::InvalidValue => {
            let (arg, value) = (paint(arg()?, literal), value()?);
            let line = if value.is_empty() {
                tr!(t, "clap-error-value-missing", arg = arg)
            } else {
                let value = paint(value, invalid);
                tr!(t, "clap-error-invalid-value", value = value, arg = arg)
            };
            let values = strings(err, ContextKind::ValidValue);
            line + &value_list(&t.get("help-values-short"), values, valid)
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (paint(arg()?, literal), paint(value()?, invalid));
            let line = tr!(t, "clap-error-invalid-value", value = value, arg = arg);
            match reason(err, t) {
                Some(reason) => format!("{line}: {reason}"),
                None => line,
            }
        }
        ErrorKind::TooManyValues => {
            let (arg, value) = (paint(arg()?, literal), paint(value()?, invalid));
            tr!(t, "clap-error-too-many-values", value = value, arg = arg)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(err, ContextKind::InvalidArg)?;
            let count = missing.len();
            let mut line = tr!(t, "clap-error-missing-required", count = count);
            for arg in missing {
                let _ = write!(line, "\n  {}", paint(arg, valid));
            }
            line
        }
        ErrorKind::MissingSubcommand => {
            let name = paint(string(err, ContextKind::InvalidSubcommand)?, invalid);
            let subcommands = strings(err, ContextKind::ValidSubcommand);
            tr!(t, "clap-error-missing-subcommand", name = name)
                + &value_list(&t.get("clap-list-subcommands"), subcommands, valid)
        }
        ErrorKind::ArgumentConflict => conflict(err, styles, t)?,
        ErrorKind::InvalidUtf8 => t.get("clap-error-invalid-utf8"),
        _ => return None,
    })
}

/// `--lessons` with `--curriculum`, a flag given twice, or a subcommand with an argument it
/// excludes.
fn conflict(err: &clap::Error, styles: &Styles, t: Texts) -> Option<String> {
    let invalid = styles.get_invalid();
    let (kind, name) = match string(err, ContextKind::InvalidArg) {
        Some(arg) => ("argument", arg),
        None => ("subcommand", string(err, ContextKind::InvalidSubcommand)?),
    };
    let prior = err.get(ContextKind::PriorArg);
    let arg = paint(name, invalid);
    Some(match prior {
        Some(ContextValue::String(other)) if kind == "argument" && other == name => {
            tr!(t, "clap-error-used-twice", arg = arg)
        }
        Some(ContextValue::String(other)) => {
            let other = paint(other, invalid);
            tr!(
                t,
                "clap-error-conflict",
                kind = kind,
                arg = arg,
                other = other
            )
        }
        Some(ContextValue::Strings(others)) => {
            let mut line = tr!(t, "clap-error-conflict-list", kind = kind, arg = arg);
            for other in others {
                let _ = write!(line, "\n  {}", paint(other, invalid));
            }
            line
        }
        Some(_) => tr!(t, "clap-error-conflict-others", kind = kind, arg = arg),
        None => return None,
    })
}

/// Why a value was refused: the number and range errors of clap's integer parsers and an
/// unknown rubric in `t`'s language; any other reason as its parser wrote it.
fn reason(err: &clap::Error, t: Texts) -> Option<String> {
    use std::num::IntErrorKind;
    let source = std::error::Error::source(err)?;
    if let Some(e) = source.downcast_ref::<std::num::ParseIntError>() {
        return Some(match e.kind() {
            IntErrorKind::Empty => t.get("clap-reason-empty"),
            IntErrorKind::PosOverflow => t.get("clap-reason-too-large"),
            IntErrorKind::NegOverflow => t.get("clap-reason-too-small"),
            _ => t.get("clap-reason-not-a-number"),
        });
    }
    if let Some(UnknownRubric(name)) = source.downcast_ref::<UnknownRubric>() {
        return Some(tr!(t, "clap-reason-rubric", name = name.as_str()));
    }
    let text = source.to_string();
    Some(range(&text, t).unwrap_or(text))
}

/// Clap's `0 is not in 1..=4294967295` (or `…1..5`, the end left out) in `t`'s language.
fn range(text: &str, t: Texts) -> Option<String> {
    let (value, bounds) = text.split_once(" is not in ")?;
    let (min, max) = bounds.split_once("..")?;
    let max = match max.strip_prefix('=') {
        Some(max) => max.parse::<i128>().ok()?,
        None => max.parse::<i128>().ok()? - 1,
    };
    min.parse::<i128>().ok()?;
    let (min, max) = (min.to_string(), max.to_string());
    Some(tr!(
        t,
        "clap-reason-range",
        value = value,
        min = min,
        max = max
    ))
}

/// Clap's tips: a similar subcommand, argument or value, and the hints it writes in English
/// (`to pass '--x' as a value, use '-- --x'`), said again in `t`'s language; a hint not known
/// here is shown as clap wrote it.
fn tips(err: &clap::Error, styles: &Styles, t: Texts) -> Vec<String> {
    let valid = styles.get_valid();
    let mut tips = Vec::new();
    let similar = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ];
    for kind in similar {
        let names: Vec<&str> = match err.get(kind) {
            Some(ContextValue::String(name)) => vec![name],
            Some(ContextValue::Strings(names)) => names.iter().map(String::as_str).collect(),
            _ => continue,
        };
        let count = names.len();
        let names = names
            .iter()
            .map(|n| format!("'{}'", paint(n, valid)))
            .collect::<Vec<_>>()
            .join(", ");
        tips.push(match kind {
            ContextKind::SuggestedSubcommand => {
                tr!(
                    t,
                    "clap-tip-similar-subcommand",
                    count = count,
                    names = names
                )
            }
            ContextKind::SuggestedArg => {
                tr!(t, "clap-tip-similar-argument", count = count, names = names)
            }
            _ => tr!(t, "clap-tip-similar-value", count = count, names = names),
        });
    }
    if let Some(ContextValue::StyledStrs(hints)) = err.get(ContextKind::Suggested) {
        for hint in hints {
            let worded = hint_in(&hint.to_string(), styles, t);
            tips.push(worded.unwrap_or_else(|| hint.ansi().to_string()));
        }
    }
    tips
}

fn hint_in(hint: &str, styles: &Styles, t: Texts) -> Option<String> {
    let (valid, invalid) = (styles.get_valid(), styles.get_invalid());
    if let Some(rest) = hint.strip_prefix("to pass '") {
        let (arg, fix) = rest.split_once("' as a value, use '")?;
        let fix = fix.strip_suffix('\'')?;
        let (arg, fix) = (paint(arg, invalid), paint(fix, valid));
        return Some(tr!(t, "clap-tip-as-value", arg = arg, fix = fix));
    }
    if let Some(rest) = hint.strip_prefix("subcommand '") {
        let name = rest.strip_suffix("' exists; to use it, remove the '--' before it")?;
        return Some(tr!(t, "clap-tip-remove-dashes", name = paint(name, valid)));
    }
    let name = hint.strip_prefix('\'')?.strip_suffix("' exists")?;
    Some(tr!(t, "clap-tip-exists", name = paint(name, valid)))
}
