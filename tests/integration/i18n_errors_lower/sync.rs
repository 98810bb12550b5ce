//! Sync and its connection said in pt-BR (issue 18): `SyncError`, `SyncConnectError` (the
//! system's failure by its kind, the server's words quoted), `[sync]` settings; end to end
//! against an unreachable server and a server without the sync schema.

use std::path::PathBuf;

use lectern::config::SyncConfig;
use lectern::domain::said::{Said, SaidArg};
use lectern::storage::StoreError;
use lectern::storage::sync::SyncError;
use lectern::storage::sync::connect::{SyncConnectError, SyncTarget};

use super::stderr_of;
use crate::i18n_errors::assert_said;

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
