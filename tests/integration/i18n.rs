//! Issue 18: the message files (both languages, every id, every variable the code passes),
//! plurals and decimal commas, issue texts in both languages, the language choice, and the
//! CLI's human output in pt-BR (snapshots) and unchanged English under `LANG=C`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lectern::domain::bloom::BloomLevel;
use lectern::domain::checks::{COURSE_CODES, CurriculumFacts, LessonSummary, check_course};
use lectern::domain::issue::Issue;
use lectern::domain::rubric::{Rubric, codes::CATALOG};
use lectern::i18n::{Lang, Texts, Value, decimal, message_variables};

use crate::support::Sandbox;

const PT: Texts = pt();
const EN: Texts = en();

const fn pt() -> Texts {
    Texts::new(Lang::PtBr)
}

const fn en() -> Texts {
    Texts::new(Lang::En)
}

#[test]
fn both_languages_have_the_same_messages_and_attributes() {
    let en: BTreeSet<_> = message_variables(Lang::En).into_keys().collect();
    let pt: BTreeSet<_> = message_variables(Lang::PtBr).into_keys().collect();
    let only_en: Vec<_> = en.difference(&pt).collect();
    let only_pt: Vec<_> = pt.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_pt.is_empty(),
        "missing in pt-BR: {only_en:?}\nmissing in en: {only_pt:?}"
    );
    assert!(en.len() > 100, "{} messages", en.len());
}

#[test]
fn every_message_formats_with_sample_values_in_both_languages() {
    for lang in Lang::ALL {
        let texts = Texts::new(lang);
        for (key, vars) in message_variables(lang) {
            let (id, attribute) = match key.split_once('.') {
                Some((id, a)) => (id.to_string(), Some(a.to_string())),
                None => (key.clone(), None),
            };
            for sample in [0_i64, 1, 2, 5, 1234] {
                let values: Vec<(&str, Value<'_>)> = vars
                    .iter()
                    .map(|v| (v.as_str(), Value::from(sample)))
                    .collect();
                let text = texts
                    .try_format(&id, attribute.as_deref(), &values)
                    .unwrap_or_else(|e| panic!("{lang} {key} with {sample}: {e:?}"));
                assert!(!text.trim().is_empty(), "{lang} {key} is empty");
            }
        }
    }
}

/// `tr!(texts, "id", a = …, b = …)` and `.get("id")` calls in `src/cli`, `src/i18n`, `src/services`
/// (the estimate line, the draft header) and `src/tui`: each
/// id exists in both languages, each variable a message uses is passed, each passed variable
/// is used by at least one language (a typo in a name would otherwise print `{$name}`).
#[test]
fn the_code_passes_every_variable_its_messages_use() {
    let en = message_variables(Lang::En);
    let pt = message_variables(Lang::PtBr);
    let mut calls = 0;
    for dir in ["src/cli", "src/i18n", "src/services", "src/tui"] {
        for file in crate::support::rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)) {
            let text = std::fs::read_to_string(&file).unwrap();
            for (id, passed) in tr_calls(&text) {
                calls += 1;
                let place = format!("{}: {id}", file.display());
                for (lang, vars) in [("en", &en), ("pt-BR", &pt)] {
                    let used = vars
                        .get(&id)
                        .unwrap_or_else(|| panic!("{place}: no message in {lang}"));
                    for v in used {
                        assert!(passed.contains(v), "{place}: {lang} uses ${v}, not passed");
                    }
                }
                for v in &passed {
                    assert!(
                        en[&id].contains(v) || pt[&id].contains(v),
                        "{place}: ${v} is passed but no language uses it"
                    );
                }
            }
        }
    }
    assert!(calls > 40, "only {calls} calls found: is the scan broken?");
}

/// (id, variables passed) of each `tr!(…)`, `.get("…")` call in a source text.
fn tr_calls(text: &str) -> Vec<(String, BTreeSet<String>)> {
    // Comments (doc examples) are not calls.
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    let text = code.as_str();
    let mut out = Vec::new();
    let id_re = regex::Regex::new(r#"^\s*[^,]+?,\s*"([a-zA-Z][a-zA-Z0-9-]*)""#).unwrap();
    let var_re = regex::Regex::new(r"(?:^|,)\s*([a-z_][a-z0-9_]*)\s*=[^=>]").unwrap();
    let mut rest = text;
    while let Some(at) = rest.find("tr!(") {
        let body_start = at + 4;
        let bytes = rest.as_bytes();
        let (mut depth, mut end) = (1, body_start);
        while end < bytes.len() && depth > 0 {
            match bytes[end] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            }
            end += 1;
        }
        let body = &rest[body_start..end.saturating_sub(1)];
        rest = &rest[end..];
        let Some(id) = id_re.captures(body) else {
            continue; // the macro's own definition
        };
        // Only top-level `name = value` pairs: nested calls are blanked out first.
        let mut flat = String::new();
        let mut depth = 0;
        for c in body.chars() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ if depth == 0 => flat.push(c),
                _ => {}
            }
        }
        let vars = var_re
            .captures_iter(&flat)
            .map(|c| c[1].to_string())
            .collect();
        out.push((id[1].to_string(), vars));
    }
    // `t.get("id")`, `texts.get("id")`, and list.rs's `head("id")` (other `.get`s are maps').
    let get_re =
        regex::Regex::new(r#"(?:\bt\.get|texts\.get|\bhead)\("([a-z][a-z0-9-]*)"\)"#).unwrap();
    for c in get_re.captures_iter(text) {
        out.push((c[1].to_string(), BTreeSet::new()));
    }
    out
}

#[test]
fn every_issue_code_has_a_message_and_a_hint_in_both_languages() {
    let en = message_variables(Lang::En);
    let pt = message_variables(Lang::PtBr);
    let codes = CATALOG
        .iter()
        .map(|(c, _, _, hint)| (*c, *hint))
        .chain(COURSE_CODES.iter().map(|(c, _, hint)| (*c, *hint)));
    for (code, hint) in codes {
        for vars in [&en, &pt] {
            assert!(vars.contains_key(code), "{code}: no message");
            assert!(
                vars.contains_key(&format!("{code}.hint")),
                "{code}: no hint"
            );
        }
        let en_hint = EN.try_format(code, Some("hint"), &[]).unwrap();
        assert_eq!(
            en_hint, hint,
            "{code}: the English hint differs from the catalogue"
        );
        let pt_hint = PT.try_format(code, Some("hint"), &[]).unwrap();
        assert_ne!(pt_hint, hint, "{code}: the pt-BR hint is not translated");
    }
}

/// Every issue of a set: the message files' English is the domain's text exactly, and the
/// pt-BR text formats without a missing value and differs from the English.
fn check_issue_texts(issues: &[Issue], seen: &mut BTreeMap<String, usize>) {
    for issue in issues {
        *seen.entry(issue.code.clone()).or_default() += 1;
        let en = EN
            .try_issue_text(&issue.code, None, &issue.args)
            .unwrap_or_else(|e| panic!("{}: {e:?}", issue.code));
        assert_eq!(en, issue.message, "{}: English differs", issue.code);
        let pt = PT
            .try_issue_text(&issue.code, None, &issue.args)
            .unwrap_or_else(|e| panic!("{} in pt-BR: {e:?}", issue.code));
        assert_ne!(pt, issue.message, "{}: pt-BR not translated", issue.code);
        assert_eq!(PT.issue_message(issue), pt);
        assert_eq!(EN.issue_message(issue), issue.message);
        assert!(!PT.issue_hint(issue).is_empty());
    }
}

#[test]
fn rubric_issues_read_the_same_in_english_and_are_translated() {
    let mut seen = BTreeMap::new();
    let mut texts: Vec<String> = Vec::new();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/planilhas-sem-medo/lessons");
    for f in crate::support::files_with_extension(&demo, "md") {
        texts.push(std::fs::read_to_string(f).unwrap());
    }
    if let Some(corpus) = crate::support::corpus_dir("rubric_issues_read_the_same") {
        for f in crate::support::files_with_extension(&corpus, "md")
            .into_iter()
            .take(400)
        {
            texts.push(std::fs::read_to_string(f).unwrap_or_default());
        }
    }
    // Lessons that miss parts in every way the rubric explains.
    texts.extend([
        String::new(),
        "# T\n\ntext only\n".to_string(),
        "# T\n## 🗺 P - POSITION\nTalvez você\n## 🛤 S - STEPS\nx\n".to_string(),
        "# T\n## 🎯 G - GOAL\n✅ a\n## 📍 POSITION\nx\n".to_string(),
        "# T\n## 🎯 G - GOAL\n✅ a ✅ b\neconomizar\n## 🗺️ P - POSITION\nEu sei que\n## 🛤️ S - STEPS\n### Passo 1\nX é como Y. Imagine que? Como? Por quê?\n".to_string(),
    ]);
    for text in &texts {
        for rubric in [Rubric::Creatoros, Rubric::Strict] {
            let scored = lectern::domain::rubric::score_lesson(text, rubric);
            check_issue_texts(&scored.issues, &mut seen);
        }
    }
    let missing: Vec<_> = CATALOG
        .iter()
        .map(|(c, ..)| *c)
        .filter(|c| !seen.contains_key(*c))
        .collect();
    assert!(missing.is_empty(), "codes never produced: {missing:?}");
}

#[test]
fn course_check_issues_read_the_same_in_english_and_are_translated() {
    let lesson = |name: &str, words, gps, dl| LessonSummary {
        name: name.into(),
        word_count: words,
        gps_valid: gps,
        dl_score: dl,
        dl_passed: dl >= 70,
    };
    let mut seen = BTreeMap::new();
    let weak = [lesson("1.1", 120, false, 30), lesson("1.2", 90, true, 40)];
    let facts = CurriculumFacts {
        expected_lessons: Some(5),
        total_minutes: Some(60.0),
        bloom_modules: vec![
            vec![
                Some(BloomLevel::Evaluate),
                Some(BloomLevel::Remember),
                Some(BloomLevel::Create),
            ],
            vec![
                Some(BloomLevel::Remember),
                Some(BloomLevel::Analyze),
                Some(BloomLevel::Remember),
                Some(BloomLevel::Create),
            ],
            vec![Some(BloomLevel::Remember)],
        ],
    };
    check_issue_texts(&check_course(&weak, &facts).issues, &mut seen);
    check_issue_texts(
        &check_course(&[], &CurriculumFacts::default()).issues,
        &mut seen,
    );
    let missing: Vec<_> = COURSE_CODES
        .iter()
        .map(|(c, ..)| *c)
        .filter(|c| !seen.contains_key(*c))
        .collect();
    assert!(missing.is_empty(), "codes never produced: {missing:?}");
    let jump = check_course(&weak, &facts)
        .issues
        .into_iter()
        .find(|i| i.code == "COURSE-BLOOM-ILLOGICAL" || i.code == "COURSE-BLOOM-MINOR-JUMP")
        .unwrap();
    let pt = PT.issue_message(&jump);
    assert!(
        pt.contains("lição 1 (avaliar) → lição 2 (lembrar)") || pt.contains("(criar)"),
        "{pt}"
    );
}

#[test]
fn plurals_and_decimal_commas_in_both_languages() {
    assert_eq!(lectern::tr!(PT, "stats-code-lessons", n = 1), "1 lição");
    assert_eq!(lectern::tr!(PT, "stats-code-lessons", n = 2), "2 lições");
    assert_eq!(
        lectern::tr!(
            EN,
            "validate-summary",
            lessons = 1,
            gps_passed = 1,
            gps_pct = 100,
            dl_passed = 0,
            dl_pct = 0,
            avg = 41,
            gate = "FAIL"
        ),
        "1 lesson · GPS-valid 1/1 (100%) · Didática ≥ 70 0/1 (0%) · avg Didática 41 · gate FAIL"
    );
    assert!(
        lectern::tr!(
            PT,
            "validate-summary",
            lessons = 2,
            gps_passed = 1,
            gps_pct = 50,
            dl_passed = 0,
            dl_pct = 0,
            avg = 41,
            gate = "X"
        )
        .starts_with("2 lições · ")
    );
    assert_eq!(
        lectern::tr!(EN, "validate-below-thresholds", n = 1),
        "1 lesson below the requested thresholds"
    );
    assert_eq!(
        lectern::tr!(EN, "validate-below-thresholds", n = 2),
        "2 lesson(s) below the requested thresholds"
    );
    assert_eq!(
        lectern::tr!(PT, "validate-below-thresholds", n = 1),
        "1 lição abaixo dos mínimos pedidos"
    );
    assert_eq!(
        lectern::tr!(PT, "validate-below-thresholds", n = 3),
        "3 lições abaixo dos mínimos pedidos"
    );
    assert_eq!(
        lectern::tr!(
            EN,
            "stats-element",
            mean = EN.number(41.75, 1),
            max = 20,
            share = "x"
        ),
        "41.8 of 20 points (x)"
    );
    assert_eq!(
        lectern::tr!(
            PT,
            "stats-element",
            mean = PT.number(41.75, 1),
            max = 20,
            share = "x"
        ),
        "41,8 de 20 pontos (x)"
    );
    // A number passed as a number is written in the language's style by Fluent itself.
    assert_eq!(
        lectern::tr!(PT, "stats-correlation", r = decimal(0.5, 2), n = 12500),
        "Didática × conclusão: r = 0,50 (n = 12.500)"
    );
    assert_eq!(
        lectern::tr!(EN, "stats-correlation", r = decimal(0.5, 2), n = 12500),
        "Didática × completion: r = 0.50 (n = 12500)"
    );
    assert_eq!(PT.timestamp("2026-12-07T14:05:09"), "07/12/2026 14:05:09");
    assert_eq!(EN.timestamp("2026-12-07T14:05:09"), "2026-12-07T14:05:09");
}

// ---- the real binary ----------------------------------------------------------------------

fn demo_folder() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/planilhas-sem-medo")
}

fn stdout_of(sb: &Sandbox, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = sb.cmd();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn show_and_validate_in_pt_br() {
    let sb = Sandbox::new();
    let pt = [("LANG", "pt_BR.UTF-8")];
    let show = stdout_of(&sb, &pt, &["show", "planilhas-sem-medo"]);
    insta::assert_snapshot!("show_pt_br", show);
    let folder = demo_folder();
    let validate = stdout_of(&sb, &pt, &["validate", folder.to_str().unwrap()]);
    insta::assert_snapshot!("validate_pt_br", validate);
    assert!(
        validate.contains("lições ·") && show.contains("linha "),
        "{validate}\n{show}"
    );
}

#[test]
fn lang_c_is_english_as_before() {
    let sb = Sandbox::new();
    let folder = demo_folder();
    let args = ["validate", folder.to_str().unwrap()];
    let plain = stdout_of(&sb, &[], &args);
    let c = stdout_of(&sb, &[("LANG", "C")], &args);
    let en = stdout_of(
        &sb,
        &[("LC_ALL", "en_US.UTF-8"), ("LANG", "pt_BR.UTF-8")],
        &args,
    );
    assert_eq!(plain, c);
    assert_eq!(plain, en);
    assert!(plain.contains(" lessons · GPS-valid "), "{plain}");
    let show_c = stdout_of(&sb, &[("LANG", "C")], &["show", "planilhas-sem-medo"]);
    assert!(
        show_c.contains("passed ") || show_c.contains("failed "),
        "{show_c}"
    );
}

#[test]
fn config_decides_over_lectern_lang_over_the_locale_and_show_says_why() {
    let sb = Sandbox::new();
    let show = |env: &[(&str, &str)]| stdout_of(&sb, env, &["config", "show"]);
    let line = |text: String| {
        text.lines()
            .find(|l| l.contains("language"))
            .unwrap_or_default()
            .to_string()
    };
    assert!(line(show(&[])).contains("speaking en: default"));
    // Said in the language it names.
    let pt_line = line(show(&[("LANG", "pt_BR.UTF-8")]));
    assert!(
        pt_line.contains("falando pt-BR: locale LANG=pt_BR.UTF-8"),
        "{pt_line}"
    );
    assert!(
        line(show(&[("LC_ALL", "C"), ("LANG", "pt_BR.UTF-8")]))
            .contains("speaking en: locale LC_ALL=C")
    );
    let env_line = line(show(&[("LECTERN_LANG", "pt-BR"), ("LC_ALL", "C")]));
    assert!(
        env_line.contains("falando pt-BR: LECTERN_LANG=pt-BR"),
        "{env_line}"
    );
    let config = sb.path("config/lectern/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "[ui]\nlanguage = \"en\"\n").unwrap();
    let file_line = line(show(&[("LECTERN_LANG", "pt-BR"), ("LANG", "pt_BR.UTF-8")]));
    assert!(
        file_line.contains("speaking en: [ui] language in the config file"),
        "{file_line}"
    );
    let out = sb
        .cmd()
        .env("LANG", "pt_BR.UTF-8")
        .args(["show", "planilhas-sem-medo"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("line "),
        "config's en wins over LANG"
    );

    std::fs::write(&config, "[ui]\nlanguage = \"pt-PT\"\n").unwrap();
    let out = sb.cmd().args(["list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("config.toml:2:")
            && err.contains("key `language`")
            && err.contains("pt-BR, en"),
        "{err}"
    );
}

#[test]
fn help_in_pt_br_names_every_command_and_english_help_is_unchanged() {
    let sb = Sandbox::new();
    let pt = stdout_of(&sb, &[("LANG", "pt_BR.UTF-8")], &["--help"]);
    assert!(pt.contains("Comandos:") && pt.contains("Opções:"), "{pt}");
    assert!(pt.contains("Lista os cursos com suas notas"), "{pt}");
    let visible: Vec<String> = {
        use clap::CommandFactory;
        lectern::cli::Cli::command()
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| s.get_name().to_string())
            .collect()
    };
    for name in &visible {
        let id = format!("help-cmd-{name}");
        let about = PT
            .try_format(&id, None, &[])
            .unwrap_or_else(|e| panic!("{id}: {e:?}"));
        assert!(pt.contains(&about), "{name}'s help is not in pt-BR:\n{pt}");
    }
    let plain = stdout_of(&sb, &[], &["--help"]);
    assert_eq!(plain, stdout_of(&sb, &[("LANG", "C")], &["--help"]));
    assert!(plain.contains("Commands:") && plain.contains("List courses with their scores"));
    let from_config = {
        let config = sb.path("config/lectern/config.toml");
        std::fs::create_dir_all(config.parent().unwrap()).unwrap();
        std::fs::write(&config, "[ui]\nlanguage = \"pt-BR\"\n").unwrap();
        stdout_of(&sb, &[], &["--help"])
    };
    assert!(
        from_config.contains("Comandos:"),
        "[ui] language chooses --help language:\n{from_config}"
    );
}

#[test]
fn every_message_file_parses_without_errors() {
    for (lang, name, text) in lectern::i18n::FILES {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new((*text).to_string()) {
            panic!("assets/i18n/{lang}/{name}: {errors:?}");
        }
    }
}

#[test]
fn an_unknown_course_is_reported_in_the_chosen_language() {
    let sb = Sandbox::new();
    let stderr = |env: &[(&str, &str)]| {
        let mut cmd = sb.cmd();
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.args(["show", "nada"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    let pt = stderr(&[("LANG", "pt_BR.UTF-8")]);
    assert!(
        pt.contains("lectern: erro: curso `nada` não encontrado (veja `lectern list`)"),
        "{pt}"
    );
    let c = stderr(&[("LANG", "C")]);
    assert!(
        c.contains("lectern: error: course `nada` not found (see `lectern list`)"),
        "{c}"
    );
}

/// A generation's totals agree in number in pt-BR: `1 gerada (1 aprovada)`, `2 geradas`.
#[test]
fn generation_totals_agree_in_number_in_portuguese() {
    let pt = Texts::new(Lang::PtBr);
    let totals = |n: i64| {
        pt.format(
            "generate-totals",
            &[
                ("lessons", Value::from(n)),
                ("finished", Value::from(n)),
                ("passed", Value::from(n)),
                ("failed", Value::from(0)),
                ("cancelled", Value::from(n)),
                ("cost", Value::from("$0,0000")),
                ("input", Value::from(0)),
                ("output", Value::from(0)),
                ("seconds", Value::from("0,0")),
            ],
        )
    };
    let one = totals(1);
    assert!(
        one.starts_with("1 lição: 1 gerada (1 aprovada), 0 com falha, 1 cancelada ·"),
        "{one}"
    );
    let two = totals(2);
    assert!(
        two.starts_with("2 lições: 2 geradas (2 aprovadas), 0 com falha, 2 canceladas ·"),
        "{two}"
    );
}
