//! `lectern export` and `lectern check` through the real binary: exit codes and output.

use predicates::prelude::*;

const DEMO: &str = "planilhas-sem-medo";

use crate::support::Sandbox;

#[test]
fn export_writes_the_folder_and_refuses_a_non_empty_one_without_force() {
    let sb = Sandbox::new();
    let out = sb.path("out");
    sb.cmd()
        .args(["export", DEMO, "--to"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("9 byte-for-byte as imported"));
    assert!(out.join("curriculum.yaml").is_file());
    sb.cmd()
        .args(["export", DEMO, "--to"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    sb.cmd()
        .args(["export", DEMO, "--force", "--to"])
        .arg(&out)
        .assert()
        .success();
    sb.cmd()
        .args(["export", "no-such-course", "--to"])
        .arg(sb.path("other"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-course"));
}

#[test]
fn export_json_prints_one_document_with_lessons_in_order() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["export", DEMO, "--format", "json", "--to", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["format"], "lectern-course");
    assert_eq!(doc["course"]["slug"], DEMO);
    let lessons = doc["lessons"].as_array().unwrap();
    assert_eq!(lessons.len(), 7, "the planned 2.4 is listed too");
    assert_eq!(lessons[0]["lesson_id"], "1.1");
    assert!(lessons[0]["score"]["issues"].is_array());
    assert!(doc["research"]["market_analysis"].is_string());

    let file = sb.path("course.json");
    sb.cmd()
        .args(["export", DEMO, "--format", "json", "--to"])
        .arg(&file)
        .assert()
        .success();
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(written["course"]["slug"], DEMO);
    sb.cmd()
        .args(["export", DEMO, "--format", "json", "--to"])
        .arg(&file)
        .assert()
        .code(2);
}

#[test]
fn check_exits_1_on_a_difference_and_0_after_fix() {
    let sb = Sandbox::new();
    let out = sb.path(DEMO);
    sb.cmd()
        .args(["export", DEMO, "--to"])
        .arg(&out)
        .assert()
        .success();
    sb.cmd()
        .args(["check", DEMO, "--against"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("matches"));

    std::fs::write(out.join("lessons/3.1-extra.md"), "# 3.1 - Extra\n").unwrap();
    sb.cmd()
        .args(["check", DEMO, "--against"])
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("lessons/3.1-extra.md"));
    let json = sb
        .cmd()
        .args(["check", DEMO, "--json", "--against"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["differences"][0]["kind"], "missing-in-database");

    sb.cmd()
        .args(["check", DEMO, "--fix", "--against"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("fixed:"));
    sb.cmd()
        .args(["check", DEMO, "--against"])
        .arg(&out)
        .assert()
        .success();
}
