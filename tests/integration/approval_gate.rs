//! Issue 21, item 10: generation refuses lessons of a curriculum that was changed after its
//! approval (the approval was withdrawn) and says how to go on; `--allow-unapproved` and a new
//! approval both let it run. An imported course that was never approved keeps generating
//! (`generation_resume.rs` and `generation.rs` import and generate without approving).

use std::path::Path;

use predicates::prelude::*;

use super::generation_docs::{SLUG, course_with_brief, lectern};

#[test]
fn a_curriculum_changed_after_approval_must_be_approved_again_or_forced() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    course_with_brief(home);
    lectern(home)
        .args(["generate", SLUG, "--curriculum"])
        .assert()
        .success();
    lectern(home)
        .args(["curriculum", SLUG, "--approve", "--yes"])
        .assert()
        .success();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authoring/curriculum.yaml");
    lectern(home)
        .args(["curriculum", SLUG, "--set"])
        .arg(&fixture)
        .assert()
        .success()
        .stdout(predicate::str::contains("approval was withdrawn"));
    lectern(home)
        .args(["generate", SLUG])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has not been approved since"))
        .stderr(predicate::str::contains("--approve"))
        .stderr(predicate::str::contains("--allow-unapproved"));
    lectern(home)
        .args(["generate", SLUG, "--allow-unapproved", "--yes"])
        .assert()
        .success();
    lectern(home)
        .args(["curriculum", SLUG, "--approve", "--yes"])
        .assert()
        .success();
    lectern(home)
        .args(["generate", SLUG, "--yes"])
        .assert()
        .success();
}
