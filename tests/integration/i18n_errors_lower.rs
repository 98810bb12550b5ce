//! Issue 18, the lower layers: storage refusals, sync and its connection, the configuration
//! file and PostgreSQL URLs said in pt-BR. Each error goes through
//! [`crate::i18n_errors::assert_said`] (English message == `Display`, pt-BR formats with every
//! value and differs), triggered through the public API where it can be; end-to-end runs show
//! a Portuguese refusal with `LANG=pt_BR.UTF-8` and the English one with `LANG=C`.

use std::path::Path;

use lectern::domain::said::Said;
use lectern::services::sync::resolve_conflict;
use lectern::storage::sync::{Keep, RowKey};
use lectern::storage::{
    Conflict, CourseId, JobId, RevisionRow, Store, StoreError, Target, read_creatoros_db,
};

use crate::i18n_errors::assert_said;
use crate::support::lectern;

mod config;
mod sync;

fn store(dir: &Path) -> Store {
    Store::open(&dir.join("lectern.db")).unwrap().0
}

#[test]
fn storage_refusals_reached_through_the_api_are_said_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path());
    let err = store.read().job(JobId(424242)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "stored value is invalid: no generation job 424242"
    );
    let pt = assert_said(&err);
    assert!(pt.contains("424242") && !pt.contains("424.242"), "{pt}");

    let err = store.read().text_by_sha("0123456789abcdef").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("stored value is invalid: revision text 0123456789abcdef is missing")
    );
    assert_said(&err);

    let err = store
        .write(|r| r.set_curriculum_approved(CourseId(999), Some("2026-01-01T00:00:00Z")))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "stored value is invalid: course 999 has no metadata row to approve"
    );
    assert_said(&err);

    for key in ["not json", r#"["nothing","x"]"#] {
        assert_said(&RowKey::parse(key).unwrap_err());
    }

    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let err = read_creatoros_db(&other).unwrap_err();
    assert!(
        err.to_string().contains("is it a CreatorOS database?"),
        "{err}"
    );
    assert_said(&err);

    let err = resolve_conflict(&mut store, "nope", "1.1", Keep::Mine).unwrap_err();
    assert_eq!(
        err.to_string(),
        "no open conflict on `lesson/1.1` of `nope` (see `lectern conflicts`)"
    );
    assert!(err.is_bad_input());
    let pt = assert_said(&err);
    assert!(pt.contains("não há conflito aberto"), "{pt}");
}

/// Refusals of stored data that does not hold together (a damaged database, a server log from
/// a newer lectern): built as the code builds them, each must read in both languages.
#[test]
fn storage_refusals_of_damaged_data_are_said_in_both_languages() {
    let blob = |what: Said| {
        Said::new("err-blob-damaged")
            .with("sha", "abc")
            .with("what", what)
    };
    let refusals = vec![
        Said::new("err-store-job-no-lesson")
            .with("job", "7")
            .with("lesson", "1.2"),
        Said::new("err-store-no-lesson-row").with("row", "12"),
        Said::new("err-store-lesson-not-written").with("lesson", "1.2"),
        Said::new("err-course-message-source").with("value", "x"),
        Said::new("err-course-message-severity").with("value", "x"),
        Said::new("err-course-message-values")
            .with("code", "GPS-1")
            .with("error", "bad"),
        Said::new("err-draft-kind").with("value", "x"),
        blob(Said::new("err-blob-cannot-inflate").with("error", "HasMoreOutput")),
        blob(Said::new("err-blob-chain-too-long")),
        blob(Said::new("err-blob-not-utf8")),
        blob(Said::new("err-blob-bad-delta")),
        blob(Said::new("err-blob-sha-mismatch")),
        Said::new("err-sync-pulled-change-course").with("slug", "s"),
        Said::new("err-sync-pulled-revision-course").with("slug", "s"),
        Said::new("err-sync-log-kind")
            .with("seq", "12")
            .with("kind", "k"),
        Said::new("err-sync-pulled-revision-hash").with("id", "r1"),
        Said::new("err-sync-head-unknown")
            .with("id", "r1")
            .with("target", "1.2"),
        Said::new("err-sync-conflict-no-id"),
        Said::new("err-conflict-mine-missing").with("id", "r1"),
        Said::new("err-conflict-theirs-missing").with("id", "r1"),
    ];
    for said in refusals {
        let err = StoreError::Refused(said);
        assert!(
            err.to_string().starts_with("stored value is invalid: "),
            "{err}"
        );
        assert_said(&err);
    }
    assert_said(&lectern::services::ServiceError::refused(
        Said::new("err-conflict-target-no-row").with("target", "x#y"),
    ));
}

#[test]
fn an_unknown_stored_status_names_its_kind_in_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lectern.db");
    lectern(dir.path())
        .args(["--no-demo", "--db"])
        .arg(&db)
        .args(["dev", "seed", "--courses", "1", "--lessons", "1"])
        .assert()
        .success();
    // A value the schema's CHECK would refuse: as a damaged or hand-edited database holds it.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch(
            "PRAGMA ignore_check_constraints = ON;
             UPDATE course_lessons SET status = 'bogus';",
        )
        .unwrap();
    let run = |lang: &str| {
        let out = lectern(dir.path())
            .env("LANG", lang)
            .args(["--no-demo", "--db"])
            .arg(&db)
            .args(["show", "seed-00000"])
            .output()
            .unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let pt = run("pt_BR.UTF-8");
    assert!(
        pt.contains("valor guardado inválido: status de lição desconhecido `bogus`"),
        "{pt}"
    );
    let en = run("C");
    assert!(
        en.contains("stored value is invalid: unknown lesson status `bogus`"),
        "{en}"
    );
}

#[test]
fn a_damaged_revision_text_is_refused_in_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lectern.db");
    let db_arg = db.to_str().unwrap();
    lectern(dir.path())
        .args(["--no-demo", "--db", db_arg, "dev", "seed", "--courses", "1"])
        .args(["--lessons", "1"])
        .assert()
        .success();
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute("UPDATE revision_blobs SET data = x'0001'", [])
        .unwrap();
    let args = ["--no-demo", "--db", db_arg, "diff", "seed-00000", "1.1"];
    let pt = stderr_of(dir.path(), "pt_BR.UTF-8", &args);
    assert!(
        pt.contains("valor guardado inválido: o texto da revisão")
            && pt.contains("está danificado (não foi possível descompactar: "),
        "{pt}"
    );
    let en = stderr_of(dir.path(), "C", &args);
    assert!(
        en.contains("stored value is invalid: revision text")
            && en.contains("is damaged (cannot inflate: "),
        "{en}"
    );
}

fn revision_row() -> RevisionRow {
    RevisionRow {
        id: "0193f0aa-bbbb-7ccc-8ddd-eeeeffff0000".into(),
        parent: None,
        target: "lesson/1.2".into(),
        created_at: "2026-12-07T17:47:30Z".into(),
        source: "edited".into(),
        author: "Ana".into(),
        provider: None,
        model: None,
        origin: "local".into(),
        gps_score: None,
        didatica_score: None,
        sha256: "f".repeat(64),
        action_id: "a".into(),
        undoes_action: None,
        lines_added: 1,
        lines_removed: 0,
    }
}

#[test]
fn a_save_conflict_is_said_in_both_languages() {
    let targets = [
        Target::Lesson("1.2".into()),
        Target::Brief,
        Target::Curriculum,
        Target::Research("market".into()),
        Target::Status,
    ];
    for (i, target) in targets.into_iter().enumerate() {
        let conflict = Conflict {
            target,
            base: "a".repeat(64),
            current: "b".repeat(64),
            current_text: String::new(),
            base_text: None,
            head: (i % 2 == 0).then(revision_row),
        };
        let pt = assert_said(&StoreError::Conflict(Box::new(conflict.clone())));
        assert!(pt.contains("nada foi salvo"), "{pt}");
        assert_said(&lectern::services::ServiceError::Conflict(Box::new(
            conflict,
        )));
    }
}

/// The error output of a `lectern` run in `dir` that must fail, in the locale `lang`.
pub fn stderr_of(dir: &Path, lang: &str, args: &[&str]) -> String {
    let out = lectern(dir)
        .env("LANG", lang)
        .env("LECTERN_NO_DEMO", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(!out.status.success(), "{args:?} succeeded");
    String::from_utf8_lossy(&out.stderr).into_owned()
}
