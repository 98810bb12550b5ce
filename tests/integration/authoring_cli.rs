//! `lectern new/brief/curriculum/lesson` through the real binary: `--set` refusals change
//! nothing, `--edit` with a scripted `$EDITOR` that saves by rename, the approval checkpoint.

use predicates::prelude::*;

const CURRICULUM: &str = "tests/fixtures/authoring/curriculum.yaml";
const MALFORMED: &str = "tests/fixtures/authoring/curriculum-malformed.yaml";

fn lectern(dir: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = crate::support::lectern(dir);
    cmd.env("LECTERN_DB", dir.join("l.db"))
        .env("LECTERN_NO_DEMO", "1");
    cmd
}

fn fixture(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn new_course(dir: &std::path::Path) {
    lectern(dir)
        .args(["new", "--title", "Fórmulas & Funções"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "created course `formulas-funcoes`",
        ));
}

#[test]
fn set_refuses_a_malformed_curriculum_with_file_line_col_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    new_course(dir.path());
    lectern(dir.path())
        .args(["curriculum", "formulas-funcoes", "--set"])
        .arg(fixture(CURRICULUM))
        .assert()
        .success();
    let before = lectern(dir.path())
        .args(["curriculum", "formulas-funcoes", "--print"])
        .output()
        .unwrap()
        .stdout;
    lectern(dir.path())
        .args(["curriculum", "formulas-funcoes", "--set"])
        .arg(fixture(MALFORMED))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("curriculum-malformed.yaml:7:31:"))
        .stderr(predicate::str::contains("nothing was changed"));
    let after = lectern(dir.path())
        .args(["curriculum", "formulas-funcoes"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(before, after);
    assert_eq!(
        String::from_utf8(after).unwrap(),
        std::fs::read_to_string(fixture(CURRICULUM)).unwrap()
    );
}

#[test]
fn edit_uses_editor_that_writes_by_rename() {
    let dir = tempfile::tempdir().unwrap();
    new_course(dir.path());
    let script = dir.path().join("editor.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nsed 's/^Fórmulas & Funções$/Planilhas sem medo/' \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n",
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    lectern(dir.path())
        .env("EDITOR", &script)
        .args(["brief", "formulas-funcoes", "--edit"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "saved the brief of `formulas-funcoes` (version 2",
        ));
    lectern(dir.path())
        .args(["brief", "formulas-funcoes"])
        .assert()
        .stdout(predicate::str::contains("\nPlanilhas sem medo\n"));
    lectern(dir.path())
        .args(["list"])
        .assert()
        .stdout(predicate::str::contains("Planilhas sem medo"));
}

#[test]
fn refused_edit_keeps_the_text_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    new_course(dir.path());
    let script = dir.path().join("editor.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\ncp '{}' \"$1\"\n", fixture(MALFORMED).display()),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    lectern(dir.path())
        .env("VISUAL", &script)
        .args(["curriculum", "formulas-funcoes", "--edit"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("curriculum.yaml:7:31:"))
        .stderr(predicate::str::contains("kept as a draft"));
    // An editor that changes nothing: the draft is what gets saved (and refused again).
    lectern(dir.path())
        .env("VISUAL", "true")
        .args(["curriculum", "formulas-funcoes", "--edit"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "continuing from the unsaved draft",
        ));
}

#[test]
fn approval_needs_yes_off_a_terminal_and_creates_planned_lessons() {
    let dir = tempfile::tempdir().unwrap();
    new_course(dir.path());
    lectern(dir.path())
        .args(["curriculum", "formulas-funcoes", "--set"])
        .arg(fixture(CURRICULUM))
        .assert()
        .success();
    lectern(dir.path())
        .args(["curriculum", "formulas-funcoes", "--approve"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("3 lessons across 2 modules"))
        // The default provider is offline: no made-up CreatorOS rate or time.
        .stdout(predicate::str::contains("Estimate: offline: free, instant"))
        .stderr(predicate::str::contains("pass --yes"));
    lectern(dir.path())
        .args(["curriculum", "formulas-funcoes", "--approve", "--yes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("3 planned lesson(s) created"));
    let lesson = dir.path().join("aula.md");
    std::fs::write(
        &lesson,
        "# 1.1 - Células\n\n## 🎯 G - GOAL\nVocê vai somar.\n",
    )
    .unwrap();
    lectern(dir.path())
        .args(["lesson", "formulas-funcoes", "1.1", "--set"])
        .arg(&lesson)
        .assert()
        .success()
        .stdout(predicate::str::contains("saved lesson 1.1"));
    lectern(dir.path())
        .args(["lesson", "formulas-funcoes", "1.1"])
        .assert()
        .stdout(predicate::str::contains("Você vai somar."));
}
