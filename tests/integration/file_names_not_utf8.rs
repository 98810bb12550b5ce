//! A lesson file whose name is not UTF-8 (an old Latin-1 name) goes through import, export
//! and check with its bytes intact, and import says what it saw (issue 21, item 16).
#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use predicates::prelude::*;

use crate::support::{Sandbox, copy_dir};

const DEMO: &str = "assets/demo/planilhas-sem-medo";
const SLUG: &str = "planilhas-sem-medo";
const LATIN1_NAME: &[u8] = b"1.2-f\xF3rmulas-que-somam.md";

fn latin1_course(sb: &Sandbox) -> std::path::PathBuf {
    let course = sb.path("latin");
    copy_dir(Path::new(DEMO), &course);
    let lessons = course.join("lessons");
    std::fs::rename(
        lessons.join("1.2-formulas-que-somam.md"),
        lessons.join(OsStr::from_bytes(LATIN1_NAME)),
    )
    .unwrap();
    course
}

fn lesson_names(dir: &Path) -> Vec<Vec<u8>> {
    let mut names: Vec<Vec<u8>> = std::fs::read_dir(dir.join("lessons"))
        .unwrap()
        .map(|e| e.unwrap().file_name().as_bytes().to_vec())
        .collect();
    names.sort();
    names
}

#[test]
fn a_latin1_file_name_round_trips_byte_for_byte_and_import_says_so() {
    let sb = Sandbox::new();
    let course = latin1_course(&sb);
    sb.cmd()
        .args(["--no-demo", "import"])
        .arg(&course)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1.2-f\\xF3rmulas-que-somam.md is not UTF-8",
        ));

    let out = sb.path("out");
    sb.cmd()
        .args(["export", SLUG, "--to"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("9 byte-for-byte as imported"));
    assert_eq!(lesson_names(&out), lesson_names(&course));
    let exported = std::fs::read(out.join("lessons").join(OsStr::from_bytes(LATIN1_NAME)));
    let imported = std::fs::read(course.join("lessons").join(OsStr::from_bytes(LATIN1_NAME)));
    assert_eq!(exported.unwrap(), imported.unwrap());

    sb.cmd()
        .args(["check", SLUG, "--against"])
        .arg(&course)
        .assert()
        .success()
        .stdout(predicate::str::contains("matches"));
}
