//! Issue 18, the lower layers: storage refusals, sync and its connection, the configuration
//! file and PostgreSQL URLs said in pt-BR. Each error goes through
//! [`crate::i18n_errors::assert_said`] (English message == `Display`, pt-BR formats with every
//! value and differs), triggered through the public API where it can be; end-to-end runs show
//! a Portuguese refusal with `LANG=pt_BR.UTF-8` and the English one with `LANG=C`.

use std::path::{Path, PathBuf};

use lectern::config::pg_url::PgUrl;
use lectern::config::{Config, ConfigError, SyncConfig};
use lectern::domain::said::{Said, SaidArg};
use lectern::services::sync::resolve_conflict;
use lectern::storage::sync::connect::{SyncConnectError, SyncTarget};
use lectern::storage::sync::{Keep, RowKey, SyncError};
use lectern::storage::{
    Conflict, CourseId, JobId, RevisionRow, Store, StoreError, Target, read_creatoros_db,
};

use crate::i18n_errors::assert_said;
use crate::support::lectern;

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

#[test]
fn sync_errors_are_said_in_both_languages() {
    let errors = vec![
        SyncError::Server("ERROR: permission denied for schema lectern".into()),
        SyncError::NoAnswer {
            server: "db:5432/x".into(),
            what: "push",
            secs: 60,
        },
        SyncError::NoAnswer {
            server: "db:5432/x".into(),
            what: "pull",
            secs: 2,
        },
        SyncError::TooNew {
            schema: "lectern".into(),
            found: 9,
            supported: 1,
        },
        SyncError::NotInitialized("lectern".into()),
        SyncError::BadSchema("Bad-Name".into()),
        SyncError::Store(StoreError::CourseNotFound("x".into())),
    ];
    for err in &errors {
        assert_said(err);
    }
    let pt = assert_said(&SyncError::Server("FATAL: too many connections".into()));
    assert!(pt.ends_with("FATAL: too many connections"), "{pt}");
}

#[test]
fn sync_connection_errors_are_said_in_both_languages() {
    let endpoint = || "db.example:5432".to_string();
    let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
    let errors = vec![
        SyncConnectError::CaFile {
            path: PathBuf::from("/etc/ca.pem"),
            reason: Said::new("err-sync-ca-no-pem").into(),
        },
        SyncConnectError::CaFile {
            path: PathBuf::from("/etc/ca.pem"),
            reason: SaidArg::from("invalid certificate"),
        },
        SyncConnectError::Connect {
            endpoint: endpoint(),
            reason: SaidArg::from(&refused),
        },
        SyncConnectError::Connect {
            endpoint: endpoint(),
            reason: Said::new("err-sync-not-postgres")
                .with("answer", "0x45")
                .into(),
        },
        SyncConnectError::ConnectTimeout {
            endpoint: endpoint(),
            secs: 10,
        },
        SyncConnectError::Tls {
            endpoint: endpoint(),
            reason: Said::new("err-sync-no-tls").into(),
        },
        SyncConnectError::Server {
            endpoint: endpoint(),
            message: "FATAL (28P01): password authentication failed".into(),
        },
        SyncConnectError::Stalled {
            endpoint: endpoint(),
            secs: 30,
        },
        SyncConnectError::Closed {
            endpoint: endpoint(),
            reason: "connection closed".into(),
        },
    ];
    for err in &errors {
        assert_said(err);
    }
    let pt = assert_said(&errors[2]);
    assert!(pt.contains("conexão recusada"), "{pt}");
}

#[test]
fn sync_configuration_refusals_are_said_in_both_languages() {
    let urls = [
        "postgres://h/db",
        "postgres://u@%2Ftmp/db",
        "mysql://u@h/db",
        "postgres:///db",
        "postgres://u@h:99999/db",
        "postgres://u%zz@h/db",
        "postgres://u@h/db?colour=blue",
        "postgres://u@h/db?sslmode=maybe",
        "postgres://u@h/db?connect_timeout=soon",
    ];
    for url in urls {
        let err = SyncTarget::from_url(url, None).unwrap_err();
        assert!(matches!(err, SyncConnectError::Config(_)), "{err:?}");
        assert_said(&err);
    }
    let in_file = SyncConfig {
        url: Some("postgres://ana:hunter2@h/db".into()),
        ..SyncConfig::default()
    };
    let err = SyncTarget::from_config(&in_file, |_| None).unwrap_err();
    let pt = assert_said(&err);
    assert!(
        !pt.contains("hunter2") && pt.contains("LECTERN_SYNC_URL"),
        "{pt}"
    );
    let unset = SyncConfig {
        url: Some("postgres://ana@h/db".into()),
        password_env: Some("PGPASS_ANA".into()),
        ..SyncConfig::default()
    };
    assert_said(&SyncTarget::from_config(&unset, |_| None).unwrap_err());
}

#[test]
fn postgres_url_errors_are_said_in_both_languages() {
    for url in [
        "http://h",
        "postgres://:5432/x",
        "postgres://u@h:0/x",
        "postgres://u@h/%zz",
        "postgres://u:p%zz@h/x",
        "postgres://u@h%zz/x",
        "postgres://u@h/x?sslmode=%zz",
        "postgres://u@h/x?x=1",
        "postgres://u@h/x?sslmode=on",
        "postgres://u@h/x?connect_timeout=-1",
    ] {
        assert_said(&PgUrl::parse(url).unwrap_err());
    }
}

/// A config whose first bad value is `line`, read from `c.toml`.
fn config_error(text: &str) -> ConfigError {
    Config::parse(text, Path::new("c.toml")).unwrap_err()
}

#[test]
fn config_errors_are_said_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "[generation]\nprovider = \"opneai\"\n",
        "[generation]\nprovider = \"zzzzzzzzzz\"\n",
        "[ui]\nlanguage = \"pt-PT\"\n",
        "[generation]\nconcurrency = 0\n",
        "[generation]\ntemperature = 3.5\n",
        "[generation]\nbase_url = \"localhost:4000\"\n",
        "[generation]\napi_key_env = \"sk-abc\"\n",
        "[sync]\nurl_env = \"my var\"\n",
        "[sync]\nurl = \"postgres://ana:hunter2@h/db\"\n",
        "[sync]\nurl = \"mysql://h/db\"\n",
        "[sync]\nurl = \"postgres://h/db\"\n",
        "[sync]\nca_file = \"missing.pem\"\n",
        "[sync]\nschema = \"Bad-Name\"\n",
        "[sync]\npoll_seconds = 0\n",
        "[scoring]\nrubrik = \"strict\"\n",
        "[generation]\nconcurrency = \"three\"\n",
        "[generation\n",
    ];
    for text in texts {
        let err = config_error(text);
        let pt = assert_said(&err);
        assert!(pt.contains("corrija o valor"), "{pt}");
    }
    let pt = assert_said(&config_error("[generation]\nprovider = \"opneai\"\n"));
    assert!(
        pt.contains("chave `provider`: provedor desconhecido `opneai`")
            && pt.contains("você quis dizer `openai`"),
        "{pt}"
    );
    let pt = assert_said(&config_error("[scoring]\nrubrik = \"strict\"\n"));
    assert!(
        pt.contains("chave desconhecida `rubrik`; aceitas: rubric (você quis dizer `rubric`?)"),
        "{pt}"
    );
    let pt = assert_said(&config_error("[scoring]\nrubric = \"lenient\"\n"));
    assert!(pt.contains("valor desconhecido `lenient`"), "{pt}");
    let pt = assert_said(&config_error("[sycn]\nurl = \"x\"\n"));
    assert!(pt.contains("você quis dizer `sync`"), "{pt}");
    let err = Config::load(dir.path()).unwrap_err();
    assert!(matches!(err, ConfigError::Read { .. }), "{err:?}");
    assert_said(&err);
    assert_said(&ConfigError::NoHome);
}

fn config_home(dir: &Path, text: &str) {
    let folder = dir.join("config").join("lectern");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("config.toml"), text).unwrap();
}

fn stderr_of(dir: &Path, lang: &str, args: &[&str]) -> String {
    let out = lectern(dir)
        .env("LANG", lang)
        .env("LECTERN_NO_DEMO", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(!out.status.success(), "{args:?} succeeded");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_bad_sync_url_in_the_config_is_refused_in_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    config_home(dir.path(), "[sync]\nurl = \"mysql://ana@h/db\"\n");
    let pt = stderr_of(dir.path(), "pt_BR.UTF-8", &["list"]);
    assert!(
        pt.contains("chave `url`: `mysql://ana@h/db` não é uma URL do PostgreSQL")
            && pt.contains("corrija o valor ou apague a linha"),
        "{pt}"
    );
    let en = stderr_of(dir.path(), "C", &["list"]);
    assert!(
        en.contains("key `url`: `mysql://ana@h/db` is not a PostgreSQL URL")
            && en.contains("fix the value or remove the line"),
        "{en}"
    );
}

#[test]
fn an_unreachable_sync_server_is_refused_in_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    let url = "postgres://postgres@127.0.0.1:1/x?sslmode=disable";
    let pt = stderr_of(dir.path(), "pt_BR.UTF-8", &["sync", "--url", url]);
    assert!(
        pt.contains(
            "não foi possível alcançar o servidor de sincronização em 127.0.0.1:1: conexão recusada"
        ),
        "{pt}"
    );
    let en = stderr_of(dir.path(), "C", &["sync", "--url", url]);
    assert!(
        en.contains("cannot reach the sync server at 127.0.0.1:1: Connection refused"),
        "{en}"
    );
    let pt = stderr_of(
        dir.path(),
        "pt_BR.UTF-8",
        &["sync", "--url", "postgres://h/db"],
    );
    assert!(
        pt.contains("configuração do sync: a URL de sync de h:5432 não indica usuário"),
        "{pt}"
    );
    let pt = stderr_of(
        dir.path(),
        "pt_BR.UTF-8",
        &["sync", "--url", url, "--schema", "Bad-Name"],
    );
    assert!(
        pt.contains("nome de esquema de sync inválido `Bad-Name`"),
        "{pt}"
    );
}

/// A server schema nobody initialised: the refusal is ours, in Portuguese, around the names.
#[test]
fn a_server_without_the_sync_schema_is_refused_in_portuguese() {
    let url = crate::sync_core_support::sync_url();
    let dir = tempfile::tempdir().unwrap();
    let schema = format!("t_none_{}", uuid::Uuid::now_v7().simple());
    let args = ["sync", "--url", url.as_str(), "--schema", schema.as_str()];
    let pt = stderr_of(dir.path(), "pt_BR.UTF-8", &args);
    assert!(
        pt.contains(&format!(
            "o servidor ainda não tem o esquema de sync do lectern `{schema}`"
        )),
        "{pt}"
    );
    let en = stderr_of(dir.path(), "C", &args);
    assert!(
        en.contains(&format!(
            "the server has no lectern sync schema `{schema}` yet"
        )),
        "{en}"
    );
}
