//! Issue 18: import/validate warnings (`IMPORT-…`) read in English exactly as the domain and
//! services write them, and in pt-BR from the message files, for a course folder that trips
//! each of them.

use std::collections::BTreeSet;
use std::ops::ControlFlow;
use std::path::Path;

use lectern::domain::rubric::Rubric;
use lectern::i18n::{Lang, Texts, message_variables};
use lectern::services::{self, ValidateOptions};

use crate::support::copy_dir;

/// The demo course plus files each import warning is about.
fn odd_course(root: &Path) -> std::path::PathBuf {
    let dir = root.join("odd-course");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/planilhas-sem-medo"),
        &dir,
    );
    let lessons = dir.join("lessons");
    let write = |name: &str, bytes: &[u8]| std::fs::write(lessons.join(name), bytes).unwrap();
    write("1.1-copia.md", b"# Copia\n\ntexto\n");
    write("extra.md", b"# Extra\n\ntexto\n");
    write("3.1-vazia.md", b"");
    write("3.2-nul.md", b"# Nul\n\na\0b\n");
    write("3.3-latin.md", b"# Caf\xe9\n\ntexto\n");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "# Dezesseis\n\ntexto\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    write("3.4-utf16.md", &utf16);
    write(
        "3.5-yaml.md",
        b"---\ntitle: [aberto\n---\n# Yaml\n\ntexto\n",
    );
    dir
}

/// The warnings `validate` gives the course folder `dir`.
pub fn validate_warnings(dir: std::path::PathBuf) -> Vec<services::ImportWarning> {
    let mut warnings = Vec::new();
    services::validate_folders(
        vec![dir],
        ValidateOptions {
            rubric: Rubric::Creatoros,
            sha256: false,
            jobs: 1,
        },
        |course| {
            warnings.extend(course.unwrap().warnings);
            ControlFlow::Continue(())
        },
    );
    warnings
}

#[test]
fn import_warnings_read_the_same_in_english_and_are_translated() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = odd_course(tmp.path());
    let warnings = validate_warnings(dir);
    let (en, pt) = (Texts::new(Lang::En), Texts::new(Lang::PtBr));
    let known = message_variables(Lang::En);
    let mut seen = BTreeSet::new();
    for w in &warnings {
        let issue = &w.issue;
        if !known.contains_key(&issue.code) {
            continue; // a code whose texts are not in the message files yet (docs/i18n.md)
        }
        seen.insert(issue.code.clone());
        let english = en
            .try_issue_text(&issue.code, None, &issue.args)
            .unwrap_or_else(|e| panic!("{}: {e:?}", issue.code));
        assert_eq!(english, issue.message, "{}", issue.code);
        let hint = en
            .try_issue_text(&issue.code, Some("hint"), &issue.args)
            .unwrap_or_else(|e| panic!("{} hint: {e:?}", issue.code));
        assert_eq!(hint, issue.hint, "{} hint", issue.code);
        let portuguese = pt.issue_message(issue);
        assert_ne!(portuguese, issue.message, "{} not translated", issue.code);
        assert_ne!(
            pt.issue_hint(issue),
            issue.hint,
            "{} hint not translated",
            issue.code
        );
    }
    for code in [
        "IMPORT-EMPTY-FILE",
        "IMPORT-NUL-BYTE",
        "IMPORT-NOT-UTF8",
        "IMPORT-UTF16",
        "IMPORT-FRONT-MATTER",
        "IMPORT-DUPLICATE-LESSON-NUMBER",
        "IMPORT-UNNUMBERED-LESSON",
    ] {
        assert!(seen.contains(code), "{code} not produced; seen {seen:?}");
    }
}
