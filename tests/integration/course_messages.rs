//! The messages an import, `validate SLUG` and `check` leave with a course (issue 13): stored,
//! listed by `show`, replaced by the next run, named by course in folder-of-courses output, and
//! written to `lectern.log`.

use std::path::{Path, PathBuf};

use lectern::domain::rubric::Rubric;
use lectern::services;
use lectern::storage::MessageSource;
use serde_json::Value;

use crate::course_layouts::{fixture, imported};
use crate::support;
use crate::support::copy_dir;

#[test]
fn import_messages_are_stored_listed_by_show_and_replaced_on_reimport() {
    let home = support::Sandbox::new();
    let course = home.path("courses/modules-and-days");
    copy_dir(&fixture("modules-and-days"), &course);
    let import = |c: &mut assert_cmd::Command| {
        c.args(["--no-demo", "import"])
            .arg(&course)
            .assert()
            .success();
    };
    import(&mut home.cmd());
    let out = home
        .cmd()
        .args(["--no-demo", "show", "modules-and-days", "--json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let messages = doc["messages"].as_array().unwrap();
    let planned = messages
        .iter()
        .find(|m| {
            m["code"] == "IMPORT-PLANNED-ONLY" && m["message"].as_str().unwrap().contains("1.2")
        })
        .unwrap();
    assert_eq!(
        (&planned["file"], &planned["line"], &planned["source"]),
        (
            &Value::from("curriculum.yaml"),
            &Value::from(20),
            &Value::from("import")
        )
    );
    let human = home
        .cmd()
        .args(["--no-demo", "show", "modules-and-days"])
        .output()
        .unwrap();
    let human = String::from_utf8(human.stdout).unwrap();
    assert!(human.contains("Messages (6)"), "{human}");
    assert!(human.contains("curriculum.yaml:20: "), "{human}");

    // Writing lesson 1.2 and re-importing replaces the messages: its warning is gone.
    std::fs::write(
        course.join("lessons/1.2-farinhas.md"),
        "# Farinhas\n\nTexto.\n",
    )
    .unwrap();
    import(&mut home.cmd());
    let out = home
        .cmd()
        .args(["--no-demo", "show", "modules-and-days", "--json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let messages = doc["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 5, "{messages:?}");
    assert!(
        !messages
            .iter()
            .any(|m| m["message"].as_str().unwrap().contains("lesson 1.2 "))
    );

    // A refused re-import keeps the course as it was, and its refusal is the import's message.
    let yaml = course.join("curriculum.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, text.replace("title: \"Sova\"", "title: Sova: a mão")).unwrap();
    home.cmd()
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .code(1);
    let out = home
        .cmd()
        .args(["--no-demo", "show", "modules-and-days", "--json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let messages = doc["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1, "{messages:?}");
    let refused = &messages[0];
    assert_eq!(
        (
            &refused["code"],
            &refused["severity"],
            &refused["file"],
            &refused["line"]
        ),
        (
            &Value::from("IMPORT-REFUSED"),
            &Value::from("error"),
            &Value::from("curriculum.yaml"),
            &Value::from(26)
        )
    );
    assert!(refused["column"].as_u64().is_some());
    assert_eq!(doc["lessons"].as_array().unwrap().len(), 8);

    // Every import and its warnings are in lectern.log.
    let log = find_file(&home.path(""), "lectern.log").unwrap();
    let log = std::fs::read_to_string(log).unwrap();
    assert_eq!(log.matches(": imported ").count(), 2, "{log}");
    assert!(log.contains("3.1-bonus-sem-modulo.md"), "{log}");
    assert!(log.contains("import refused"), "{log}");
}

#[test]
fn validate_and_check_keep_their_own_messages_beside_the_imports() {
    let (tmp, mut store, report) = imported("modules-and-days");
    let count = || services::course_message_count(&store, "modules-and-days").unwrap();
    assert_eq!(count() as usize, report.warnings.len());
    let before = count();
    services::validate_stored(&mut store, "modules-and-days", Rubric::Creatoros).unwrap();
    let messages = services::course_messages(&store, "modules-and-days").unwrap();
    let validate = messages
        .iter()
        .filter(|m| m.source == MessageSource::Validate)
        .count();
    assert!(validate > 0, "{messages:?}");
    assert_eq!(messages.len() as u32, before + validate as u32);
    // Running it again replaces, never piles up.
    services::validate_stored(&mut store, "modules-and-days", Rubric::Creatoros).unwrap();
    assert_eq!(
        services::course_messages(&store, "modules-and-days")
            .unwrap()
            .len(),
        messages.len()
    );
    let elsewhere = tmp.path().join("other");
    copy_dir(&fixture("modules-and-days"), &elsewhere);
    std::fs::remove_file(elsewhere.join("lessons/1.1-fermento-natural.md")).unwrap();
    let check = services::check_against(&store, "modules-and-days", &elsewhere).unwrap();
    services::record_check(&mut store, &check).unwrap();
    let messages = services::course_messages(&store, "modules-and-days").unwrap();
    let check_msg = messages
        .iter()
        .find(|m| m.source == MessageSource::Check)
        .unwrap();
    assert_eq!(check_msg.file, "lessons/1.1-fermento-natural.md");
    assert_eq!(check_msg.code, "CHECK-MISSING-ON-DISK");
}

#[test]
fn folder_of_courses_output_names_the_course_of_each_warning() {
    let home = support::Sandbox::new();
    let out = home
        .cmd()
        .args(["--no-demo", "validate"])
        .arg(fixture(""))
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "warning: glossary-folders: lessons/modulo-02/2.2-abafado.md:3: not valid UTF-8"
        ),
        "{err}"
    );
    let out = home
        .cmd()
        .args(["--no-demo", "import", "--dry-run"])
        .arg(fixture(""))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("modules-and-days: lessons/3.1-bonus-sem-modulo.md"),
        "{text}"
    );
}

fn find_file(dir: &Path, name: &str) -> Option<PathBuf> {
    for entry in std::fs::read_dir(dir).ok()? {
        let path = entry.ok()?.path();
        if path.is_dir() {
            if let Some(found) = find_file(&path, name) {
                return Some(found);
            }
        } else if path.file_name().is_some_and(|n| n == name) {
            return Some(path);
        }
    }
    None
}

#[test]
fn the_log_keeps_generations_and_errors_too() {
    let home = support::Sandbox::new();
    // The demo course has one planned lesson: the offline provider fills it.
    home.cmd()
        .args(["generate", "planilhas-sem-medo", "--missing"])
        .assert()
        .success();
    home.cmd().args(["show", "nao-existe"]).assert().code(2);
    let log = find_file(&home.path(""), "lectern.log").unwrap();
    let log = std::fs::read_to_string(log).unwrap();
    assert!(log.contains("lesson generated"), "{log}");
    assert!(log.contains("generation run ended"), "{log}");
    assert!(log.contains("course `nao-existe` not found"), "{log}");
}

/// Issue 18: a stored message keeps its values, so `show` and the messages screen say it in
/// the reader's language; one stored before the values were kept is shown as stored.
#[test]
fn stored_messages_keep_their_values_and_are_said_in_the_readers_language() {
    use lectern::i18n::{Lang, Texts};
    let (tmp, mut store, _) = imported("modules-and-days");
    let elsewhere = tmp.path().join("other");
    copy_dir(&fixture("modules-and-days"), &elsewhere);
    std::fs::remove_file(elsewhere.join("lessons/1.1-fermento-natural.md")).unwrap();
    let check = services::check_against(&store, "modules-and-days", &elsewhere).unwrap();
    services::record_check(&mut store, &check).unwrap();
    let messages = services::course_messages(&store, "modules-and-days").unwrap();
    let (pt, en) = (Texts::new(Lang::PtBr), Texts::new(Lang::En));
    let planned = messages
        .iter()
        .find(|m| m.code == "IMPORT-PLANNED-ONLY" && m.message.contains("has no lesson file"))
        .unwrap();
    let said = pt.code_message(&planned.code, &planned.message, &planned.args);
    assert!(said.contains("não tem arquivo"), "{said}");
    assert_eq!(
        en.code_message(&planned.code, &planned.message, &planned.args),
        planned.message
    );
    let missing = messages
        .iter()
        .find(|m| m.code == "CHECK-MISSING-ON-DISK")
        .unwrap();
    let said = pt.code_message(&missing.code, &missing.message, &missing.args);
    assert!(
        said.starts_with("lessons/1.1-fermento-natural.md está no banco de dados, não na pasta"),
        "{said}"
    );
    let hint = pt.code_hint(&missing.code, &missing.hint, &missing.args);
    assert!(
        hint.starts_with("rode `lectern check modules-and-days --against "),
        "{hint}"
    );
    assert_eq!(
        en.code_hint(&missing.code, &missing.hint, &missing.args),
        missing.hint
    );

    // A message stored by an older lectern has no values: shown as it was stored.
    let conn = rusqlite::Connection::open(tmp.path().join("lectern.db")).unwrap();
    conn.execute("UPDATE course_messages SET args = NULL", [])
        .unwrap();
    drop(conn);
    let messages = services::course_messages(&store, "modules-and-days").unwrap();
    let missing = messages
        .iter()
        .find(|m| m.code == "CHECK-MISSING-ON-DISK")
        .unwrap();
    assert!(missing.args.is_empty());
    assert_eq!(
        pt.code_message(&missing.code, &missing.message, &missing.args),
        missing.message
    );
}

#[test]
fn show_says_the_stored_import_messages_in_portuguese() {
    let home = support::Sandbox::new();
    let course = home.path("courses/modules-and-days");
    copy_dir(&fixture("modules-and-days"), &course);
    home.cmd()
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success();
    let out = home
        .cmd()
        .env("LECTERN_LANG", "pt-BR")
        .args(["--no-demo", "show", "modules-and-days"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("não tem arquivo; mantida como lição planejada"),
        "{text}"
    );
    assert!(!text.contains("has no lesson file"), "{text}");
}
