//! Issue 18, phase 2: every issue code the code can produce has a message and a `.hint` in
//! both languages, and the brief's, the curriculum's, course matching's and `check`'s findings
//! read in English exactly as the domain and services write them, and in Portuguese from the
//! message files.

use std::collections::BTreeSet;
use std::path::Path;

use lectern::domain::brief::parse_brief;
use lectern::domain::curriculum::parse_curriculum;
use lectern::domain::issue::Issue;
use lectern::domain::rubric::Rubric;
use lectern::i18n::{Lang, Texts, Value, message_variables};
use lectern::services::{self, OnExisting};
use lectern::storage::{MessageSource, Store};

use crate::course_layouts::{fixture, imported};
use crate::support::{Sandbox, copy_dir};

const EN: Texts = Texts::new(Lang::En);
const PT: Texts = Texts::new(Lang::PtBr);

/// Codes whose whole text is another layer's words, quoted: no message of ours to translate.
/// None today: `COURSE-CURRICULUM-INVALID` says the curriculum parser's error by its kind.
const QUOTED_CODES: &[&str] = &[];

/// Every `"GPS-…"`, `"DL-…"`, `"COURSE-…"`, `"IMPORT-…"`, `"BRIEF-…"`, `"CURRICULUM-…"` and
/// `"CHECK-…"` literal in `src/domain` and `src/services` (tests left out).
fn codes_in_the_code() -> BTreeSet<String> {
    let re = regex::Regex::new(r#""((?:GPS|DL|COURSE|IMPORT|BRIEF|CURRICULUM|CHECK)-[A-Z0-9-]+)""#)
        .unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = BTreeSet::new();
    for dir in ["src/domain", "src/services"] {
        for file in crate::support::rust_files(&root.join(dir)) {
            if file.file_name().is_some_and(|n| n == "tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap();
            // Inline test modules sit at the end of a file.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                out.extend(re.captures_iter(line).map(|c| c[1].to_string()));
            }
        }
    }
    out
}

#[test]
fn every_issue_code_in_the_code_has_a_message_and_a_hint_in_both_languages() {
    let codes = codes_in_the_code();
    for code in [
        "BRIEF-TITLE",
        "CURRICULUM-NUMBERING",
        "CHECK-CONTENT-DIFFERS",
    ] {
        assert!(codes.contains(code), "the scan misses {code}: {codes:?}");
    }
    let en = message_variables(Lang::En);
    let pt = message_variables(Lang::PtBr);
    let mut missing = Vec::new();
    for code in codes.iter().filter(|c| !QUOTED_CODES.contains(&c.as_str())) {
        for (lang, vars) in [("en", &en), ("pt-BR", &pt)] {
            for key in [code.clone(), format!("{code}.hint")] {
                if !vars.contains_key(&key) {
                    missing.push(format!("{lang}: {key}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no message for {missing:#?}");
}

/// The message files' English is the issue's text and hint exactly; the Portuguese formats
/// with the issue's values and differs from it.
fn check(issue: &Issue, seen: &mut BTreeSet<String>) {
    seen.insert(issue.code.clone());
    let en = EN
        .try_issue_text(&issue.code, None, &issue.args)
        .unwrap_or_else(|e| panic!("{}: {e:?}", issue.code));
    assert_eq!(en, issue.message, "{}: English differs", issue.code);
    let hint = EN
        .try_issue_text(&issue.code, Some("hint"), &issue.args)
        .unwrap_or_else(|e| panic!("{} hint: {e:?}", issue.code));
    assert_eq!(hint, issue.hint, "{}: English hint differs", issue.code);
    let pt = PT
        .try_issue_text(&issue.code, None, &issue.args)
        .unwrap_or_else(|e| panic!("{} in pt-BR: {e:?}", issue.code));
    assert_ne!(pt, issue.message, "{}: pt-BR not translated", issue.code);
    assert_eq!(PT.issue_message(issue), pt);
    assert_ne!(
        PT.issue_hint(issue),
        issue.hint,
        "{}: pt-BR hint not translated",
        issue.code
    );
}

fn assert_seen(seen: &BTreeSet<String>, prefix: &str, expected: usize) {
    let n = seen.iter().filter(|c| c.starts_with(prefix)).count();
    let all = codes_in_the_code();
    let wanted: Vec<_> = all.iter().filter(|c| c.starts_with(prefix)).collect();
    assert_eq!(
        n, expected,
        "{prefix}: seen {seen:?}, in the code {wanted:?}"
    );
    assert_eq!(wanted.len(), expected, "{prefix}: a new code to cover here");
}

#[test]
fn brief_issues_read_the_same_in_english_and_are_translated() {
    let mut seen = BTreeSet::new();
    for text in [
        "",
        "---\ntitle: [aberto\n---\n# Curso\n",
        "---\ncourse_slug: x\n---\n# Um curso\n\n## 1. Identidade\n\n**Título do Curso:** Planilhas\n",
    ] {
        for issue in &parse_brief(text).issues {
            check(issue, &mut seen);
        }
    }
    let front = parse_brief("---\ntitle: [aberto\n---\n")
        .issues
        .into_iter()
        .find(|i| i.code == "BRIEF-FRONT-MATTER")
        .unwrap();
    assert!(
        PT.issue_message(&front)
            .starts_with("o front matter não é YAML válido (linha 2, coluna"),
        "{}",
        PT.issue_message(&front)
    );
    // BRIEF-PERSONA-SLUG is the import's, below.
    seen.insert("BRIEF-PERSONA-SLUG".into());
    assert_seen(&seen, "BRIEF-", 6);
}

#[test]
fn curriculum_issues_read_the_same_in_english_and_are_translated() {
    let texts = [
        "title: x\n",
        "course_title: T\nmodules:\n  - module_number: 1\n    lessons:\n      - lesson_number: \"Aula 1.1\"\n        title: \"A\"\n        duration_minutes: 3\n      - lesson_number: \"Aula 1.1\"\n        duration_minutes: 200\n",
        "title: T\nmodules:\n  - module_id: 1\n    module_title: M\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: A\n        bloom_level: CreateA\n        duration_minutes: 20\n      - lesson_id: \"1.3\"\n        lesson_title: B\n        duration_minutes: 20\n  - module_id: 2\n    module_title: Vazio\n    lessons: []\n",
        "modules:\n  - {id: \"week_1\", title: \"Um\", lessons: 3}\n",
        "modules:\n  - module_id: 1\n    module_title: M\n    lessons:\n      - {lesson_id: \"1.1\", lesson_title: A, duration_minutes: 1500}\n      - {lesson_id: \"1.2\", lesson_title: B, duration_minutes: 1600}\n",
    ];
    let mut seen = BTreeSet::new();
    for text in texts {
        let parsed = parse_curriculum(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        for issue in &parsed.issues {
            check(issue, &mut seen);
        }
    }
    let long = parse_curriculum(texts[4]).unwrap().issues;
    let total = long
        .iter()
        .find(|i| i.code == "CURRICULUM-LONG-TOTAL")
        .unwrap();
    assert_eq!(
        PT.issue_message(total),
        "A duração total parece longa demais: 3.100 minutos (> 50 horas)"
    );
    assert_seen(&seen, "CURRICULUM-", 12);
}

/// A course folder whose curriculum names missing and outside paths, numbers two files alike,
/// leaves a module out, and whose brief names a persona slug no persona can have.
fn mismatched_course(root: &Path) -> std::path::PathBuf {
    let dir = root.join("desencontros");
    let lessons = dir.join("lessons");
    std::fs::create_dir_all(&lessons).unwrap();
    std::fs::write(
        dir.join("COURSE-BRIEF.md"),
        "---\nmmos_persona:\n  enabled: true\n  mind_slug: \"José Amorim\"\n---\n# Desencontros\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("curriculum.yaml"),
        "title: Desencontros\nmodules:\n  - module_id: 1\n    module_title: Um\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: Primeira\n        file_path: lessons/1.1-nao-existe.md\n      - lesson_id: \"1.2\"\n        lesson_title: Segunda\n        file_path: ../fora.md\n      - lesson_id: \"1.3\"\n        lesson_title: Terceira\n      - lesson_id: \"1.4\"\n        lesson_title: Quarta aula\n        file_path: lessons/1.4-sumiu.md\n",
    )
    .unwrap();
    for (name, title) in [
        ("1.1-primeira.md", "Primeira"),
        ("1.2-segunda.md", "Segunda"),
        ("1.3-a.md", "Terceira A"),
        ("1.3-b.md", "Terceira B"),
        ("quarta.md", "Quarta aula"),
        ("2.1-fora-do-modulo.md", "Fora"),
    ] {
        std::fs::write(lessons.join(name), format!("# {title}\n\nTexto.\n")).unwrap();
    }
    dir
}

#[test]
fn course_matching_warnings_read_the_same_in_english_and_are_translated() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = mismatched_course(tmp.path());
    // Import's planning says these (validate reads lessons without pairing them).
    let mut store = Store::open(&tmp.path().join("lectern.db")).unwrap().0;
    let snapshot = services::read_course_folder(&dir).unwrap();
    let report =
        services::import_snapshot(&mut store, &snapshot, Rubric::Creatoros, OnExisting::Update)
            .unwrap();
    let issues: Vec<Issue> = report.warnings.into_iter().map(|w| w.issue).collect();
    let mut seen = BTreeSet::new();
    for issue in &issues {
        check(issue, &mut seen);
    }
    for code in [
        "IMPORT-AMBIGUOUS-CURRICULUM-ENTRY",
        "IMPORT-CURRICULUM-PATH",
        "IMPORT-NOT-IN-CURRICULUM",
        "BRIEF-PERSONA-SLUG",
    ] {
        assert!(seen.contains(code), "{code} not produced; seen {seen:?}");
    }
    let by: Vec<String> = issues
        .iter()
        .filter(|i| i.code == "IMPORT-CURRICULUM-PATH")
        .map(|i| PT.issue_message(i).into_owned())
        .collect();
    assert!(
        by.iter()
            .any(|m| m.contains("que fica fora da pasta do curso"))
            && by.iter().any(|m| m.ends_with("pelo título"))
            && by.iter().any(|m| m.ends_with("pelo número")),
        "{by:#?}"
    );
}

#[test]
fn check_messages_read_the_same_in_english_and_are_translated() {
    let (tmp, mut store, _) = imported("modules-and-days");
    let elsewhere = tmp.path().join("other");
    copy_dir(&fixture("modules-and-days"), &elsewhere);
    let lessons = elsewhere.join("lessons");
    std::fs::remove_file(lessons.join("1.1-fermento-natural.md")).unwrap();
    std::fs::write(lessons.join("9.9-nova.md"), "# Nova\n\nTexto.\n").unwrap();
    let changed = std::fs::read_dir(&lessons)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().is_some_and(|n| n != "9.9-nova.md"))
        .unwrap();
    std::fs::write(&changed, "# Mudou\n\nOutro texto.\n").unwrap();
    let report = services::check_against(&store, "modules-and-days", &elsewhere).unwrap();
    services::record_check(&mut store, &report).unwrap();
    let messages = services::course_messages(&store, "modules-and-days").unwrap();
    let mut seen = BTreeSet::new();
    for m in messages.iter().filter(|m| m.source == MessageSource::Check) {
        let d = report
            .differences
            .iter()
            .find(|d| d.path == m.file)
            .unwrap();
        let dir = report.dir.display().to_string();
        let values = [
            ("path", Value::from(d.path.as_str())),
            ("detail", Value::from(d.detail.as_str())),
            ("slug", Value::from("modules-and-days")),
            ("dir", Value::from(dir.as_str())),
        ];
        let text = |t: Texts, attribute| t.try_format(&m.code, attribute, &values).unwrap();
        assert_eq!(text(EN, None), m.message, "{}", m.code);
        assert_eq!(text(EN, Some("hint")), m.hint, "{} hint", m.code);
        assert_ne!(text(PT, None), m.message, "{}", m.code);
        assert_ne!(text(PT, Some("hint")), m.hint, "{} hint", m.code);
        seen.insert(m.code.clone());
    }
    assert_seen(&seen, "CHECK-", 3);
}

#[test]
fn an_import_refusal_reads_the_same_in_english_and_is_translated() {
    let home = Sandbox::new();
    let course = home.path("courses/modules-and-days");
    copy_dir(&fixture("modules-and-days"), &course);
    let import = |code: i32| {
        home.cmd()
            .args(["--no-demo", "import"])
            .arg(&course)
            .assert()
            .code(code);
    };
    import(0);
    let yaml = course.join("curriculum.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, text.replace("title: \"Sova\"", "title: Sova: a mão")).unwrap();
    import(1);
    let out = home
        .cmd()
        .args(["--no-demo", "show", "modules-and-days", "--json"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let refused = &doc["messages"][0];
    assert_eq!(refused["code"], "IMPORT-REFUSED");
    let (message, hint) = (
        refused["message"].as_str().unwrap(),
        refused["hint"].as_str().unwrap(),
    );
    let reason = message
        .strip_suffix("; nothing was imported, the course is as before")
        .unwrap_or_else(|| panic!("{message}"));
    assert!(
        reason.contains("mapping values") && hint.starts_with("quote the value on line"),
        "{message} / {hint}"
    );
    // The stored refusal keeps the parser's values: pt-BR says the YAML mistake and the fix.
    let out = home
        .cmd()
        .env("LANG", "pt_BR.UTF-8")
        .args(["--no-demo", "show", "modules-and-days"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("há um “: ” dentro de um valor sem aspas")
            && shown.contains("nada foi importado, o curso continua como estava")
            && !shown.contains("mapping values"),
        "{shown}"
    );
}

/// Every kind of curriculum error (YAML mistakes and counts past the limits), as `validate`
/// reports it: English exactly as the parser's sentence and hint, pt-BR from the message files.
#[test]
fn curriculum_errors_read_the_same_in_english_and_are_translated() {
    let big_module = format!(
        "modules:\n  - module_id: 1\n    lessons:\n{}",
        "      - lesson_title: A\n".repeat(501)
    );
    let big_course = format!("modules:\n{}", "  - lessons: 500\n".repeat(21));
    let cases: [(&str, &str); 7] = [
        (
            "mapping-value",
            "modules:\n  - lesson_title: Aula 1.2: Origem e Rota\n",
        ),
        ("unclosed-quote", "title: \"aberto\nmodules: []\n"),
        ("tab", "modules:\n\t- a: 1\n"),
        (
            "aliases",
            "a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n",
        ),
        ("other", "modules: [1, 2\n"),
        ("module-too-big", &big_module),
        ("course-too-big", &big_course),
    ];
    let tmp = tempfile::tempdir().unwrap();
    let mut seen = BTreeSet::new();
    for (kind, yaml) in cases {
        let dir = tmp.path().join(kind);
        std::fs::create_dir_all(dir.join("lessons")).unwrap();
        std::fs::write(dir.join("curriculum.yaml"), yaml).unwrap();
        std::fs::write(dir.join("lessons/1.1-a.md"), "# A\n\ntexto\n").unwrap();
        let issues: Vec<Issue> = crate::i18n_import::validate_warnings(dir)
            .into_iter()
            .map(|w| w.issue)
            .collect();
        let issue = issues
            .iter()
            .find(|i| i.code == "COURSE-CURRICULUM-INVALID")
            .unwrap_or_else(|| panic!("{kind}: {issues:?}"));
        assert_eq!(
            issue.args.get("kind"),
            Some(&lectern::domain::issue::IssueArg::Text(kind.into())),
            "{kind}: {issue:?}"
        );
        check(issue, &mut seen);
    }
    assert_eq!(seen.len(), 1);
}
