//! Issue 18: clap's own words in pt-BR — the notes on help pages (`[padrão: …]`,
//! `[variável: …]`, the usage line's `[OPÇÕES]`/`<COMANDO>`) and the parse errors, worded
//! from the error's kind and context (`src/cli/parse_errors.rs`). English stays clap's text.

use std::collections::BTreeSet;
use std::ffi::OsString;

use clap::CommandFactory;
use clap::error::ErrorKind;
use lectern::cli::Cli;
use lectern::i18n::{Lang, Texts, message_ids};

use crate::support::lectern;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(env: &[(&str, &str)], args: &[OsString]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let out = lectern(dir.path())
        .envs(env.iter().copied())
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

const PT: &[(&str, &str)] = &[("LECTERN_LANG", "pt-BR")];

/// What clap itself says for `args` (the English lectern must print unchanged).
fn clap_error(args: &[OsString]) -> clap::Error {
    let argv = std::iter::once(OsString::from("lectern")).chain(args.iter().cloned());
    Cli::command().try_get_matches_from(argv).unwrap_err()
}

/// Mistakes a user can make, one or more per error kind lectern's command line produces.
fn mistakes() -> Vec<Vec<OsString>> {
    let mut out: Vec<Vec<OsString>> = [
        &["xyz"][..],
        &["syn"],
        &["import", "--bogus"],
        &["import", "--dry-runn"],
        &["list", "extra"],
        &["export", "--format", "x"],
        &["report", "--html"],
        &["import", "--jobs", "abc"],
        &["import", "--jobs", "0"],
        &["validate", "--rubric", "zz", "x"],
        &["import", "--dry-run=3"],
        &["export"],
        &["persona", "show"],
        &["report"],
        &["config", "--db", "x"],
        &["generate", "x", "--lessons", "--curriculum"],
        &["import", "--dry-run", "--dry-run"],
    ]
    .iter()
    .map(|a| os(a))
    .collect();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        out.push(vec!["show".into(), OsString::from_vec(vec![b'a', 0xff])]);
    }
    out
}

#[test]
fn the_mistakes_cover_every_error_kind_worded_in_pt_br() {
    let kinds: BTreeSet<String> = mistakes()
        .iter()
        .map(|args| format!("{:?}", clap_error(args).kind()))
        .collect();
    let mut expected: BTreeSet<String> = [
        ErrorKind::InvalidSubcommand,
        ErrorKind::UnknownArgument,
        ErrorKind::InvalidValue,
        ErrorKind::ValueValidation,
        ErrorKind::TooManyValues,
        ErrorKind::MissingRequiredArgument,
        ErrorKind::MissingSubcommand,
        ErrorKind::ArgumentConflict,
    ]
    .iter()
    .map(|k| format!("{k:?}"))
    .collect();
    if cfg!(unix) {
        expected.insert(format!("{:?}", ErrorKind::InvalidUtf8));
    }
    assert_eq!(kinds, expected);
}

#[test]
fn every_mistake_is_worded_in_pt_br_with_exit_2_and_english_is_clap_s_text() {
    for args in mistakes() {
        let pt = run(PT, &args);
        assert_eq!(pt.code, Some(2), "{args:?}: {}", pt.stderr);
        assert_eq!(pt.stdout, "", "{args:?}");
        assert!(pt.stderr.starts_with("erro: "), "{args:?}:\n{}", pt.stderr);
        assert!(
            pt.stderr
                .ends_with("\n\nPara mais informações, tente '--help'.\n"),
            "{args:?}:\n{}",
            pt.stderr
        );
        for english in [
            "error:",
            "Usage:",
            "tip:",
            "[OPTIONS]",
            "COMMAND",
            "possible values",
            "found",
            "required",
            "provided",
            "cannot",
            "invalid",
            "similar",
        ] {
            assert!(
                !pt.stderr.contains(english),
                "{args:?} says {english:?}:\n{}",
                pt.stderr
            );
        }
        let en = run(&[("LANG", "C")], &args);
        let clap = clap_error(&args);
        assert_eq!(en.code, Some(clap.exit_code()), "{args:?}");
        assert_eq!(en.stderr, clap.render().to_string(), "{args:?}");
    }
}

#[test]
fn an_unknown_subcommand_in_pt_br_names_it_and_suggests_a_similar_one() {
    let pt = run(PT, &os(&["xyz"]));
    assert_eq!(
        pt.stderr,
        "erro: subcomando não reconhecido 'xyz'\n\n\
         Uso: lectern [OPÇÕES] [COMANDO]\n\n\
         Para mais informações, tente '--help'.\n"
    );
    let pt = run(PT, &os(&["syn"]));
    assert!(
        pt.stderr.starts_with(
            "erro: subcomando não reconhecido 'syn'\n\n  dica: existe um subcomando parecido: 'sync'\n\nUso:"
        ),
        "{}",
        pt.stderr
    );
    let en = run(&[("LANG", "C")], &os(&["xyz"]));
    assert_eq!(
        en.stderr,
        "error: unrecognized subcommand 'xyz'\n\n\
         Usage: lectern [OPTIONS] [COMMAND]\n\n\
         For more information, try '--help'.\n"
    );
}

#[test]
fn values_and_missing_arguments_in_pt_br() {
    let pt = run(PT, &os(&["export", "--format", "x"]));
    assert!(
        pt.stderr.starts_with(
            "erro: valor inválido 'x' para '--format <FORMAT>'\n  [valores possíveis: folder, json]\n"
        ),
        "{}",
        pt.stderr
    );
    let pt = run(PT, &os(&["export"]));
    assert!(
        pt.stderr.starts_with(
            "erro: faltam estes argumentos obrigatórios:\n  --to <DIR>\n  <SLUG>\n\n\
             Uso: lectern export --to <DIR> <SLUG>\n"
        ),
        "{}",
        pt.stderr
    );
    let pt = run(PT, &os(&["persona", "show"]));
    assert!(
        pt.stderr
            .starts_with("erro: falta este argumento obrigatório:\n  <SLUG>\n"),
        "{}",
        pt.stderr
    );
    let pt = run(PT, &os(&["import", "--jobs", "0"]));
    assert!(
        pt.stderr.starts_with(
            "erro: valor inválido '0' para '--jobs <N>': 0 está fora do intervalo de 1 a 4294967295\n"
        ),
        "{}",
        pt.stderr
    );
    let pt = run(PT, &os(&["validate", "--rubric", "zz", "x"]));
    assert!(
        pt.stderr.contains("rubrica desconhecida `zz`"),
        "{}",
        pt.stderr
    );
}

#[test]
fn import_help_in_pt_br_says_clap_s_notes_in_portuguese() {
    let long = run(PT, &os(&["import", "--help"]));
    assert_eq!(long.code, Some(0));
    let long = long.stdout;
    for line in [
        "Uso: lectern import [OPÇÕES] [PATHS]...",
        "          [padrão: update]",
        "          [variável: LECTERN_DB]",
    ] {
        assert!(long.lines().any(|l| l == line), "no {line:?}:\n{long}");
    }
    let short = run(PT, &os(&["import", "-h"])).stdout;
    assert!(
        short.contains(
            "no banco de dados [padrão: update] [valores possíveis: update, skip, fail]\n"
        ),
        "{short}"
    );
    for page in [&long, &short] {
        for english in ["[default:", "[env:", "[OPTIONS]", "[possible values:"] {
            assert!(!page.contains(english), "{english}:\n{page}");
        }
    }
    let set = run(
        &[("LECTERN_LANG", "pt-BR"), ("LECTERN_DB", "/x/l.db")],
        &os(&["list", "-h"]),
    );
    assert!(
        set.stdout.contains(" [variável: LECTERN_DB=/x/l.db]\n"),
        "{}",
        set.stdout
    );
    let en = run(&[("LANG", "C")], &os(&["import", "--help"])).stdout;
    assert!(
        en.contains("Usage: lectern import [OPTIONS] [PATHS]..."),
        "{en}"
    );
    assert!(
        en.contains("[default: update]") && en.contains("[env: LECTERN_DB=]"),
        "{en}"
    );
}

#[test]
fn a_page_clap_lays_out_short_keeps_one_line_per_option_in_pt_br() {
    let page = run(PT, &os(&["list", "--help"])).stdout;
    assert!(
        page.lines().any(
            |l| l.starts_with("      --db <PATH>      Arquivo do banco de dados")
                && l.ends_with(" [variável: LECTERN_DB]")
        ),
        "{page}"
    );
    let top = run(PT, &os(&["persona", "--help"])).stdout;
    assert!(
        top.contains("Uso: lectern persona [OPÇÕES] <COMANDO>\n"),
        "{top}"
    );
}

#[test]
fn clap_s_words_are_translated_in_pt_br() {
    let (en, pt) = (Texts::new(Lang::En), Texts::new(Lang::PtBr));
    let ids: Vec<String> = message_ids(Lang::En)
        .into_iter()
        .filter(|id| id.starts_with("clap-"))
        .collect();
    assert!(ids.len() > 30, "{ids:?}");
    for id in ids {
        let values = [
            ("name", "x".into()),
            ("arg", "--x".into()),
            ("value", "v".into()),
            ("other", "--y".into()),
            ("kind", "argument".into()),
            ("count", 1.into()),
            ("names", "'a'".into()),
            ("fix", "-- --x".into()),
            ("flag", "--help".into()),
            ("min", "1".into()),
            ("max", "2".into()),
        ];
        assert_ne!(en.format(&id, &values), pt.format(&id, &values), "{id}");
    }
}

/// Every visible page's path (`["persona", "show"]`), the top one (`[]`) included.
fn page_paths() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
        out.push(path.to_vec());
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut inner = path.to_vec();
            inner.push(sub.get_name().to_string());
            walk(sub, &inner, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

/// The notes moved into the help text must not change clap's layout: each pt-BR page has as
/// many lines as the English one (long pages stay long, short ones short) and the same usage
/// line, translated.
#[test]
fn every_pt_br_help_page_keeps_the_english_layout_and_usage_line() {
    let paths = page_paths();
    assert!(paths.len() > 30, "{}", paths.len());
    for path in paths {
        for flag in ["-h", "--help"] {
            let mut args = os(&path.iter().map(String::as_str).collect::<Vec<_>>());
            args.push(flag.into());
            let en = run(&[("LANG", "C")], &args).stdout;
            let pt = run(PT, &args).stdout;
            assert_eq!(
                en.lines().count(),
                pt.lines().count(),
                "{args:?}\n{en}\n{pt}"
            );
            let usage = |page: &str, head: &str| {
                page.lines()
                    .find(|l| l.starts_with(head))
                    .map(|l| l[head.len()..].to_string())
            };
            let expected = usage(&en, "Usage: ").map(|u| {
                u.replace("[OPTIONS]", "[OPÇÕES]")
                    .replace("COMMAND", "COMANDO")
            });
            assert!(expected.is_some(), "{args:?}: {en}");
            assert_eq!(usage(&pt, "Uso: "), expected, "{args:?}");
        }
    }
}
