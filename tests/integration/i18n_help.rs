//! Issue 18: `--help` of every subcommand in pt-BR. Each subcommand's description is
//! `help-cmd-PATH` (`help-cmd-persona-show`), each argument's help `help-arg-PATH-ID`
//! (`help-arg-import-dry-run`), each described value `help-value-PATH-ID-VALUE`
//! (`help-value-export-format-json`); the English messages equal clap's text as written in the code
//! (what English `--help` prints, unchanged) and the pt-BR ones are translations.

use std::path::Path;

use clap::CommandFactory;
use lectern::cli::Cli;
use lectern::i18n::{Lang, Texts};

use crate::support::lectern;

/// Messages whose pt-BR text may equal the English one, with the reason. None today: even
/// the shell list says `ou`.
const SAME_IN_BOTH: &[(&str, &str)] = &[];

/// A message id's part for a clap name or id: `dry_run` → `dry-run`.
fn id_part(name: &str) -> String {
    name.replace('_', "-")
}

/// (message id, clap's English text) of every visible subcommand's description and every
/// visible argument's help, nested subcommands included; the global flags once, at the top.
fn help_texts() -> Vec<(String, String)> {
    fn walk(command: &clap::Command, path: &[String], out: &mut Vec<(String, String)>) {
        let key: String = path.iter().map(|p| format!("{}-", id_part(p))).collect();
        for arg in command.get_arguments() {
            if arg.is_hide_set() || (arg.is_global_set() && !path.is_empty()) {
                continue;
            }
            let arg_id = id_part(arg.get_id().as_str());
            if let Some(help) = arg.get_help() {
                out.push((format!("help-arg-{key}{arg_id}"), help.to_string()));
            }
            for value in arg.get_possible_values() {
                if let Some(help) = value.get_help() {
                    let id = format!("help-value-{key}{arg_id}-{}", id_part(value.get_name()));
                    out.push((id, help.to_string()));
                }
            }
        }
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut inner = path.to_vec();
            inner.push(sub.get_name().to_string());
            if let Some(about) = sub.get_about() {
                let id = format!(
                    "help-cmd-{}",
                    inner
                        .iter()
                        .map(|p| id_part(p))
                        .collect::<Vec<_>>()
                        .join("-")
                );
                out.push((id, about.to_string()));
            }
            walk(sub, &inner, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

/// Every visible subcommand's path (`["persona", "show"]`).
fn subcommand_paths() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut inner = path.to_vec();
            inner.push(sub.get_name().to_string());
            out.push(inner.clone());
            walk(sub, &inner, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

#[test]
fn every_subcommand_and_argument_help_has_its_message_in_both_languages() {
    let (en, pt) = (Texts::new(Lang::En), Texts::new(Lang::PtBr));
    let texts = help_texts();
    assert!(
        texts.len() > 100,
        "the walk found only {} texts",
        texts.len()
    );
    assert!(texts.iter().any(|(id, _)| id == "help-cmd-persona-show"));
    assert!(texts.iter().any(|(id, _)| id == "help-arg-import-dry-run"));
    assert!(
        texts
            .iter()
            .any(|(id, _)| id == "help-value-export-format-json")
    );
    let mut problems = Vec::new();
    for (id, english) in &texts {
        match en.try_format(id, None, &[]) {
            Ok(text) if text == *english => {}
            Ok(text) => problems.push(format!("{id}: en is {text:?}, clap says {english:?}")),
            Err(errors) => problems.push(format!("{id}: no English message ({errors:?})")),
        }
        match pt.try_format(id, None, &[]) {
            Ok(text) if text != *english => {}
            Ok(_) if SAME_IN_BOTH.iter().any(|(same, _)| same == id) => {}
            Ok(text) => problems.push(format!("{id}: pt-BR is still English: {text:?}")),
            Err(errors) => problems.push(format!("{id}: no pt-BR message ({errors:?})")),
        }
    }
    for (id, _) in SAME_IN_BOTH {
        assert!(
            texts.iter().any(|(t, _)| t == id),
            "allow-listed {id} is no help text"
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_help_pages_own_words_have_messages_in_both_languages() {
    for id in [
        "help-template-sub",
        "help-heading-commands",
        "help-heading-arguments",
        "help-heading-options",
        "help-arg-help",
        "help-arg-version",
        "help-heading-values",
        "help-values-short",
        "help-cmd-help",
    ] {
        let en = Texts::new(Lang::En).try_format(id, None, &[]).unwrap();
        let pt = Texts::new(Lang::PtBr).try_format(id, None, &[]).unwrap();
        assert_ne!(en, pt, "{id}");
    }
}

fn help_page(dir: &Path, lang: &str, args: &[&str]) -> String {
    let out = lectern(dir)
        .env("LECTERN_LANG", lang)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn import_help_in_pt_br_has_portuguese_headings_and_descriptions() {
    let dir = tempfile::tempdir().unwrap();
    let pt = help_page(dir.path(), "pt-BR", &["import", "--help"]);
    for line in [
        "Importa pastas de curso CreatorOS (uma transação por curso)",
        "Uso: lectern import [OPÇÕES] [PATHS]...",
        "Argumentos:",
        "Opções:",
        "          Pastas de curso, ou pastas de pastas de curso",
        "          Lê, interpreta e avalia, informa o que aconteceria e não grava nada",
        "          Mostra a ajuda",
        "          Valores possíveis:",
        "          - skip:   Deixa o curso guardado como está",
    ] {
        assert!(pt.lines().any(|l| l == line), "no line {line:?} in:\n{pt}");
    }
    let en = help_page(dir.path(), "en", &["import", "--help"]);
    for (id, english) in help_texts() {
        if id.starts_with("help-arg-import-")
            || id.starts_with("help-value-import-")
            || ["help-arg-db", "help-arg-config", "help-arg-no-demo"].contains(&id.as_str())
        {
            assert!(en.contains(&english), "English help lost {id}:\n{en}");
            assert!(
                !pt.contains(&english),
                "pt-BR help still says {english:?}:\n{pt}"
            );
        }
    }
    for english in [
        "Usage:",
        "Arguments:",
        "Options:",
        "Possible values:",
        "Print help",
        "Print version",
    ] {
        assert!(en.contains(english), "{english} in English:\n{en}");
        assert!(!pt.contains(english), "{english} in pt-BR:\n{pt}");
    }
}

#[test]
fn every_subcommand_help_page_has_portuguese_headings() {
    let dir = tempfile::tempdir().unwrap();
    for (path, flag) in subcommand_paths()
        .into_iter()
        .flat_map(|p| [(p.clone(), "--help"), (p, "-h")])
    {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push(flag);
        let pt = help_page(dir.path(), "pt-BR", &args);
        assert!(pt.contains("\nUso: lectern "), "{args:?}:\n{pt}");
        assert!(pt.contains("\nOpções:\n"), "{args:?}:\n{pt}");
        for english in [
            "Usage:",
            "Arguments:",
            "Options:",
            "Commands:",
            "Possible values:",
            "[possible values:",
            "Print help\n",
            "[default:",
            "[env:",
            "[OPTIONS]",
            "COMMAND]",
            "COMMAND>",
        ] {
            assert!(!pt.contains(english), "{args:?} says {english}:\n{pt}");
        }
    }
}

#[test]
fn clap_s_help_subcommand_is_described_in_pt_br_at_every_level() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Mostra esta mensagem ou a ajuda do(s) subcomando(s) indicado(s)";
    for args in [&["--help"][..], &["persona", "--help"], &["sync", "-h"]] {
        let pt = help_page(dir.path(), "pt-BR", args);
        let help = pt.lines().find(|l| l.trim_start().starts_with("help "));
        assert!(help.is_some_and(|l| l.ends_with(line)), "{args:?}:\n{pt}");
        let en = help_page(dir.path(), "en", args);
        assert!(en.contains("Print this message or the help of the given subcommand(s)"));
    }
    let pt = help_page(dir.path(), "pt-BR", &["help", "persona", "show"]);
    assert!(pt.contains("\nUso: lectern persona show "), "{pt}");
}
