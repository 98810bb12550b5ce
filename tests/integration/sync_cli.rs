//! `lectern sync`, `sync init`, `sync --status` and `conflicts` through the real binary in two
//! homes against a real PostgreSQL: a library reaching the second home, a conflict shown,
//! resolved with "keep mine" and converging, exit codes, and a password that never shows.

use std::path::Path;

use super::support::lectern;
use super::sync_core_support::ServerSchema;

const SLUG: &str = "seed-00000";

fn home_cmd(home: &Path, server: &ServerSchema) -> assert_cmd::Command {
    let mut cmd = lectern(home);
    cmd.env("LECTERN_NO_DEMO", "1")
        .env("LECTERN_SYNC_URL", &server.url);
    cmd
}

fn run(home: &Path, server: &ServerSchema, args: &[&str]) -> (i32, String, String) {
    let mut cmd = home_cmd(home, server);
    cmd.args(args);
    if args[0] == "sync" {
        cmd.args(["--schema", &server.name]);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn set_lesson(home: &Path, server: &ServerSchema, text: &str) {
    let file = home.join("lesson.md");
    std::fs::write(&file, text).unwrap();
    home_cmd(home, server)
        .args(["lesson", SLUG, "1.1", "--set"])
        .arg(&file)
        .assert()
        .success();
}

fn lesson(home: &Path, server: &ServerSchema) -> String {
    let out = home_cmd(home, server)
        .args(["lesson", SLUG, "1.1", "--print", "--raw"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn two_homes_sync_a_library_show_a_conflict_and_converge_after_keep_mine() {
    let server = ServerSchema::new();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (a.path(), b.path());
    let (code, out, _) = run(a, &server, &["sync", "init"]);
    assert_eq!(code, 0);
    assert!(out.contains("already at version 1"), "{out}");
    home_cmd(a, &server)
        .args(["dev", "seed", "--courses", "2", "--lessons", "3"])
        .assert()
        .success();
    let (code, out, err) = run(a, &server, &["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("↑ ") && out.contains("2 courses"), "{out}");
    let (code, out, err) = run(b, &server, &["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("↓ ") && out.contains("0 conflicts"), "{out}");
    assert_eq!(lesson(a, &server), lesson(b, &server));

    let base = lesson(a, &server);
    let mine = base.replacen("Goal", "Goal (ana)", 1);
    let theirs = base.replacen("Goal", "Goal (bruno)", 1);
    set_lesson(a, &server, &mine);
    set_lesson(b, &server, &theirs);
    assert_eq!(run(a, &server, &["sync"]).0, 0);
    let (code, out, _) = run(b, &server, &["sync"]);
    assert_eq!(code, 1, "{out}");
    let (_, list, _) = run(b, &server, &["conflicts", "--json"]);
    assert!(out.ends_with("1 conflict\n"), "{out} {list}");
    let (code, out, _) = run(b, &server, &["conflicts"]);
    assert_eq!(code, 1);
    assert!(out.contains(SLUG) && out.contains("lesson/1.1"), "{out}");
    let (code, status, _) = run(b, &server, &["sync", "--status", "--json"]);
    assert_eq!(code, 1);
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status["open_conflicts"], 1);
    assert_eq!(status["pending_changes"], 0);

    home_cmd(b, &server)
        .args(["conflicts", "resolve", SLUG, "1.1", "--keep", "mine"])
        .assert()
        .success();
    assert_eq!(run(b, &server, &["sync"]).0, 0);
    assert_eq!(run(a, &server, &["sync"]).0, 0);
    assert_eq!(lesson(a, &server), theirs);
    assert_eq!(lesson(b, &server), theirs);
    let (_, out, _) = run(a, &server, &["conflicts"]);
    assert!(out.contains("no open conflicts"), "{out}");
    let log = std::fs::read_to_string(a.join("state/lectern/lectern.log")).unwrap();
    assert!(log.contains("sync finished") && log.contains("↑ "), "{log}");
}

#[test]
fn a_password_in_the_url_reaches_neither_the_database_the_log_nor_any_output() {
    let server = ServerSchema::new();
    let home = tempfile::tempdir().unwrap();
    // The test server trusts every connection, so any password gets through.
    let url = server.url.replacen(
        "postgres://postgres@",
        "postgres://postgres:pw-XYZZY-secret@",
        1,
    );
    assert!(
        url.contains("pw-XYZZY-secret"),
        "unexpected test URL {}",
        server.url
    );
    let mut outputs = String::new();
    for args in [
        vec!["sync", "init"],
        vec!["sync"],
        vec!["sync", "--status", "--json"],
    ] {
        let out = lectern(home.path())
            .env("LECTERN_NO_DEMO", "1")
            .env("LECTERN_SYNC_URL", &url)
            .args(&args)
            .args(["--schema", &server.name])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        outputs.push_str(&String::from_utf8_lossy(&out.stdout));
        outputs.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    assert!(outputs.contains("127.0.0.1"), "{outputs}");
    assert!(!outputs.contains("XYZZY"), "{outputs}");
    let log = std::fs::read_to_string(home.path().join("state/lectern/lectern.log")).unwrap();
    assert!(
        log.contains("sync finished") && !log.contains("XYZZY"),
        "{log}"
    );
    for file in ["lectern.db", "lectern.db-wal"] {
        let bytes = std::fs::read(home.path().join("data/lectern").join(file)).unwrap_or_default();
        assert!(!String::from_utf8_lossy(&bytes).contains("XYZZY"), "{file}");
    }
}

#[test]
fn connection_errors_exit_2_name_host_and_port_and_never_the_password() {
    let home = tempfile::tempdir().unwrap();
    let out = lectern(home.path())
        .env("LECTERN_NO_DEMO", "1")
        .args([
            "sync",
            "--url",
            "postgres://ana:s3cr3t-pw@127.0.0.1:1/library",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("127.0.0.1:1/library"), "{err}");
    assert!(!err.contains("s3cr3t"), "{err}");
    let log =
        std::fs::read_to_string(home.path().join("state/lectern/lectern.log")).unwrap_or_default();
    assert!(!log.contains("s3cr3t"));
    let db = std::fs::read(home.path().join("data/lectern/lectern.db")).unwrap();
    assert!(!String::from_utf8_lossy(&db).contains("s3cr3t"));

    let out = lectern(home.path())
        .env("LECTERN_NO_DEMO", "1")
        .args(["sync"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("LECTERN_SYNC_URL"));
}

#[test]
fn the_sync_section_of_the_config_names_the_server_schema_and_password_variable() {
    let server = ServerSchema::new();
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/lectern/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    // The file holds the URL without its password; the password comes from the environment
    // (trust auth ignores it, so any value connects).
    std::fs::write(
        &config,
        format!(
            "[sync]\nurl = \"{}\"\npassword_env = \"TEAM_DB_PASSWORD\"\nschema = \"{}\"\n",
            server.url, server.name
        ),
    )
    .unwrap();
    let sync = |args: &[&str]| {
        lectern(home.path())
            .env("LECTERN_NO_DEMO", "1")
            .env("TEAM_DB_PASSWORD", "pw-from-env")
            .args(args)
            .output()
            .unwrap()
    };
    let init = sync(&["sync", "init"]);
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    assert!(String::from_utf8_lossy(&init.stdout).contains(&server.name));
    let status = sync(&["sync", "--status", "--json"]);
    assert!(status.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(doc["schema"], server.name.as_str());

    let no_password = lectern(home.path())
        .env("LECTERN_NO_DEMO", "1")
        .args(["sync", "--status"])
        .output()
        .unwrap();
    assert_eq!(no_password.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_password.stderr).contains("TEAM_DB_PASSWORD"));
}
