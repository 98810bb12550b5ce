//! The configuration file's and PostgreSQL URLs' errors said in pt-BR (issue 18): every check
//! of `config/validate.rs`, the TOML reader's unknown key and value, the URL parser's refusals.

use std::path::Path;

use lectern::config::pg_url::PgUrl;
use lectern::config::{Config, ConfigError};

use super::stderr_of;
use crate::i18n_errors::assert_said;

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

/// The error `Config::parse` gives for `text`, read from `c.toml`.
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
