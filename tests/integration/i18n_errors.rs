//! Issue 18: errors and refusals of the lower layers said in pt-BR. Each error that carries a
//! `Said` is worded from `assets/i18n/*/errors*.ftl`; the English message must equal the
//! error's own `Display` (English output and logs unchanged), the pt-BR one must format with
//! every value and differ from it.

use std::error::Error;
use std::path::{Path, PathBuf};

use lectern::i18n::{Lang, Texts};
use lectern::services;
use lectern::storage::StoreError;

use crate::support::lectern;

/// The error is said from the message files: in English exactly as its `Display`, in pt-BR
/// with every value and in other words. Returns the pt-BR text for further checks.
pub fn assert_said(err: &(dyn Error + 'static)) -> String {
    let said = services::said_of(err).unwrap_or_else(|| panic!("no Said for `{err}`"));
    let en = Texts::new(Lang::En).try_said(&said);
    assert_eq!(
        en.as_deref(),
        Ok(err.to_string().as_str()),
        "{}: the English message differs from Display",
        said.id
    );
    let pt = Texts::new(Lang::PtBr)
        .try_said(&said)
        .unwrap_or_else(|e| panic!("{} in pt-BR: {e:?}", said.id));
    assert_ne!(pt, err.to_string(), "{}: pt-BR equals English", said.id);
    assert_eq!(services::say(Texts::new(Lang::PtBr), err), pt);
    assert_eq!(services::say(Texts::new(Lang::En), err), err.to_string());
    pt
}

fn io(kind: std::io::ErrorKind) -> std::io::Error {
    std::io::Error::from(kind)
}

fn sqlite_error() -> rusqlite::Error {
    rusqlite::Error::QueryReturnedNoRows
}

#[test]
fn storage_errors_are_said_in_both_languages() {
    let path = PathBuf::from("/tmp/lectern.db");
    let errors = vec![
        StoreError::TooNew {
            path: path.clone(),
            found: 99,
            supported: 14,
        },
        StoreError::Backup {
            path: path.clone(),
            backup: PathBuf::from("/tmp/lectern.db.bak"),
            source: sqlite_error(),
        },
        StoreError::BackupFile {
            path: path.clone(),
            backup: PathBuf::from("/tmp/lectern.db.bak"),
            source: io(std::io::ErrorKind::PermissionDenied),
        },
        StoreError::Migration {
            path: path.clone(),
            number: 3,
            name: "0003_revisions",
            left_at: 2,
            source: sqlite_error(),
        },
        StoreError::CreateDir {
            path: path.clone(),
            source: io(std::io::ErrorKind::ReadOnlyFilesystem),
        },
        StoreError::Busy {
            path: path.clone(),
            waited_secs: 30,
        },
        StoreError::CourseNotFound("nope".into()),
        StoreError::SlugTaken("taken".into()),
        StoreError::Json {
            what: "issues",
            source: serde_json::from_str::<u8>("x").unwrap_err(),
        },
        StoreError::LockFile {
            path,
            source: io(std::io::ErrorKind::NotFound),
        },
    ];
    for err in &errors {
        assert_said(err);
    }
    let pt = assert_said(&StoreError::BackupFile {
        path: PathBuf::from("a.db"),
        backup: PathBuf::from("a.db.bak"),
        source: io(std::io::ErrorKind::PermissionDenied),
    });
    assert!(pt.contains("permissão negada"), "{pt}");
}

/// Every message id the code names in `Said::new("…")` exists in both languages (outside
/// unit tests and comments).
#[test]
fn every_said_id_in_the_code_has_a_message_in_both_languages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let en = lectern::i18n::message_ids(Lang::En);
    let pt = lectern::i18n::message_ids(Lang::PtBr);
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in crate::support::rust_files(&src) {
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests name made-up ids on purpose; doc comments show the pattern.
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (i, part) in code.split("Said::new(\"").enumerate().skip(1) {
            let id = part.split('"').next().unwrap_or_default();
            seen += 1;
            for (lang, ids) in [("en", &en), ("pt-BR", &pt)] {
                if !ids.contains(id) {
                    missing.push(format!("{} (#{i}): `{id}` not in {lang}", file.display()));
                }
            }
        }
    }
    // About 250 when this was written: far fewer means the scan stopped reading the code.
    assert!(seen >= 200, "the scan found only {seen} ids");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn a_database_too_new_is_refused_in_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let list = |lang: &str| {
        let out = lectern(dir.path())
            .env("LANG", lang)
            .args(["--no-demo", "--db"])
            .arg(&db)
            .arg("list")
            .output()
            .unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let pt = list("pt_BR.UTF-8");
    assert!(
        pt.contains("está na versão de esquema 999") && pt.contains("atualize o lectern"),
        "{pt}"
    );
    let en = list("C");
    assert!(en.contains("is at schema version 999"), "{en}");
}

/// The workbench refuses a keymap file with a mistake before touching the terminal: in pt-BR
/// the frame and the mistake (an action name or a key that does not exist) are Portuguese.
#[test]
fn a_keymap_mistake_is_said_in_portuguese() {
    let sb = crate::support::Sandbox::new();
    let keymap = sb.path("config/lectern/keymap.toml");
    std::fs::create_dir_all(keymap.parent().unwrap()).unwrap();
    let run = |lang: &str| {
        let out = sb.cmd().env("LANG", lang).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    std::fs::write(&keymap, "[lesson]\nzoom = { keys = [\"z\"] }\n").unwrap();
    let pt = run("pt_BR.UTF-8");
    assert!(
        pt.contains("keymap.toml:2:1: nome desconhecido `zoom`; os aceitos são `")
            && pt.contains("corrija a entrada ou apague-a"),
        "{pt}"
    );
    std::fs::write(&keymap, "[lesson]\nwrap = { keys = [\"ctrl-nada\"] }\n").unwrap();
    let pt = run("pt_BR.UTF-8");
    assert!(pt.contains("tecla desconhecida `ctrl-nada`"), "{pt}");
    let en = run("C");
    assert!(en.contains("unknown key `ctrl-nada`"), "{en}");
}

/// An authoring refusal handed on as an error (a curriculum that does not parse, behind an
/// approval or a generation) is said with the parser's complaint and hint in pt-BR.
#[test]
fn an_authoring_refusal_is_said_with_the_parser_s_words() {
    use lectern::services::authoring::{AuthoringError, check_curriculum};
    let refusal = check_curriculum("modules:\n  - title: A: B\n").unwrap_err();
    let pt = assert_said(&AuthoringError::Refused(refusal));
    assert!(
        pt.starts_with("2:")
            && pt.contains("há um “: ” dentro de um valor sem aspas")
            && pt.contains("(ponha o valor da linha 2 entre aspas duplas"),
        "{pt}"
    );
}

/// The workbench and the CLI turn errors into text with `services::say` (the reader's
/// language), not with `to_string` (always English) — the shape that slipped through before.
#[test]
fn front_ends_do_not_turn_errors_into_english_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for dir in ["tui", "cli"] {
        for file in crate::support::rust_files(&root.join(dir)) {
            let text = std::fs::read_to_string(&file).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (i, line) in code.lines().enumerate() {
                if line.contains("map_err(|e| e.to_string())")
                    || line.contains("Err(e.to_string())")
                {
                    found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "use services::say:\n{}", found.join("\n"));
}
