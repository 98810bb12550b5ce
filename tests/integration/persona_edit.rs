//! `lectern persona edit` never overwrites a system prompt saved while the editor was open:
//! the editor script below saves another version through a second `lectern` process before
//! writing its own, as a second terminal (or a sync) would.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use super::external_editor::script;
use super::support::lectern;

const BIN: &str = env!("CARGO_BIN_EXE_lectern");

fn stored_prompt(home: &Path) -> String {
    let out = lectern(home)
        .args(["persona", "show", "ana", "--json"])
        .assert()
        .success();
    let shown: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    shown["persona"]["system_prompt"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A persona `ana` whose prompt is three lines, and `other.md` saved over it mid-edit.
fn persona_with_prompt(home: &Path, other: &str) {
    std::fs::create_dir_all(home).unwrap();
    std::fs::write(home.join("start.md"), "Line A\nmiddle\nLine B\n").unwrap();
    std::fs::write(home.join("other.md"), other).unwrap();
    lectern(home)
        .args(["persona", "new", "ana", "--name", "Ana", "--system-prompt"])
        .arg(home.join("start.md"))
        .assert()
        .success();
}

/// An editor that first lets "someone else" save other.md, then writes `mine` over the file.
fn racing_editor(home: &Path, mine: &str) -> std::path::PathBuf {
    script(
        home,
        "editor.sh",
        &format!(
            "\"{BIN}\" persona edit ana --file \"{}\" >/dev/null || exit 9\n\
             printf '{mine}' > \"$1\"",
            home.join("other.md").display()
        ),
    )
}

#[test]
fn a_change_saved_meanwhile_on_other_lines_is_merged() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    persona_with_prompt(home, "Line A\nmiddle\nTheir B\n");
    lectern(home)
        .current_dir(home)
        .env("EDITOR", racing_editor(home, "My A\\nmiddle\\nLine B\\n"))
        .args(["persona", "edit", "ana"])
        .assert()
        .success()
        .stdout(predicate::str::contains("merged with a change saved"));
    assert_eq!(stored_prompt(home), "My A\nmiddle\nTheir B\n");
}

#[test]
fn overlapping_edits_save_nothing_and_keep_both_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    persona_with_prompt(home, "Their A\nmiddle\nLine B\n");
    let out = lectern(home)
        .current_dir(home)
        .env("EDITOR", racing_editor(home, "My A\\nmiddle\\nLine B\\n"))
        .args(["persona", "edit", "ana"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nothing was saved"));
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    // The other save stands; mine waits in the kept file, beside it, between markers.
    assert_eq!(stored_prompt(home), "Their A\nmiddle\nLine B\n");
    let kept = home.join("ana-system_prompt.conflict.md");
    assert!(stderr.contains("ana-system_prompt.conflict.md"), "{stderr}");
    let text = std::fs::read_to_string(&kept).unwrap();
    assert!(text.contains("<<<<<<< your edit\nMy A\n"), "{text}");
    assert!(text.contains("Their A\n>>>>>>> saved meanwhile"), "{text}");

    // Saving the file with its markers is refused with the line; resolved, it is stored.
    lectern(home)
        .args(["persona", "edit", "ana", "--file"])
        .arg(&kept)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("line 1").and(predicate::str::contains("conflict marker")),
        );
    std::fs::write(&kept, "My A and Their A\nmiddle\nLine B\n").unwrap();
    lectern(home)
        .args(["persona", "edit", "ana", "--file"])
        .arg(&kept)
        .assert()
        .success();
    assert_eq!(stored_prompt(home), "My A and Their A\nmiddle\nLine B\n");
}

#[test]
fn an_edit_with_nobody_else_saves_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    persona_with_prompt(home, "unused\n");
    let editor = script(home, "plain.sh", "printf 'Only mine\\n' > \"$1\"");
    lectern(home)
        .current_dir(home)
        .env("EDITOR", editor)
        .args(["persona", "edit", "ana"])
        .assert()
        .success()
        .stdout(predicate::str::contains("system prompt saved"));
    assert_eq!(stored_prompt(home), "Only mine\n");
}
