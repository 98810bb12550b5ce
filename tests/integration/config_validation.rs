//! The config file (and the price table, and the keymap) checked when loaded, through the real
//! binary: a bad value stops every command, and the workbench before any screen, with exit 2,
//! `FILE:LINE:COLUMN`, the accepted values and a suggestion. `config show` lists every key
//! with its value and source, and never a password.

use predicates::prelude::*;

use crate::support::Sandbox;

/// Runs `args` with `config` as the config file; returns (exit code, stderr).
fn run_with(sb: &Sandbox, config: &str, args: &[&str]) -> (i32, String) {
    let path = sb.path("config.toml");
    std::fs::write(&path, config).unwrap();
    let out = sb
        .cmd()
        .arg("--config")
        .arg(&path)
        .arg("--db")
        .arg(sb.path("lib.db"))
        .arg("--no-demo")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_misspelled_provider_stops_config_show_list_and_the_workbench() {
    let sb = Sandbox::new();
    let text = "[generation]\nprovider = \"opneai\"\n";
    for args in [&["config", "show"][..], &["list"][..], &[][..]] {
        let (code, err) = run_with(&sb, text, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("config.toml:2:12: key `provider`"),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("offline, openai, anthropic") && err.contains("did you mean `openai`?"),
            "{err}"
        );
        // The workbench never got as far as asking for a terminal.
        assert!(!err.contains("terminal"), "{err}");
    }
}

#[test]
fn each_bad_value_is_named_at_its_line_and_column() {
    let sb = Sandbox::new();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "[generation]\nconcurrency = 0\n",
            "2:15",
            &["concurrency", "at least 1"],
        ),
        (
            "[generation]\n\ntemperature = 5.0\n",
            "3:15",
            &["0.0 to 2.0"],
        ),
        (
            "[generation]\nbase_url = \"localhost:4000\"\n",
            "2:12",
            &["http://"],
        ),
        (
            "[generation]\napi_key_env = \"sk-live-123\"\n",
            "2:15",
            &["environment variable name"],
        ),
        (
            "[generation]\nconcurency = 3\n",
            "2:1",
            &["did you mean `concurrency`?"],
        ),
        (
            "[scoring]\nrubric = \"strcit\"\n",
            "2:10",
            &["did you mean `strict`?"],
        ),
        (
            "[sync]\npoll_seconds = 0\n",
            "2:16",
            &["poll_seconds must be at least 1"],
        ),
        (
            "[sync]\nschema = \"Lectern-Data\"\n",
            "2:10",
            &["plain PostgreSQL name"],
        ),
        (
            "[sync]\nca_file = \"nope/ca.pem\"\n",
            "2:11",
            &["nope/ca.pem", "PEM"],
        ),
        (
            "[sync]\nurl = \"postgres://ana@h/db?sslmode=sometimes\"\n",
            "2:7",
            &["verify-full"],
        ),
        ("[sync]\nurl = \"mysql://h/db\"\n", "2:7", &["postgres://"]),
        (
            "[sync]\nurl = \"postgres://h:6543/db\"\n",
            "2:7",
            &["names no user", "USER@h:6543"],
        ),
    ];
    for (text, at, wanted) in cases {
        let (code, err) = run_with(&sb, text, &["config", "show"]);
        assert_eq!(code, 2, "{text}: {err}");
        assert!(err.contains(&format!("config.toml:{at}:")), "{text}: {err}");
        for w in *wanted {
            assert!(err.contains(w), "{text}: missing {w:?} in {err}");
        }
    }
}

#[test]
fn a_sync_url_with_a_password_in_the_file_is_refused_without_repeating_it() {
    let sb = Sandbox::new();
    let text = "[author]\nname = \"Ana\"\n[sync]\nurl = \"postgres://ana:hunter2@db.example.com/courses\"\n";
    let (code, err) = run_with(&sb, text, &["list"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("config.toml:4:7: key `url`"), "{err}");
    assert!(
        err.contains("LECTERN_SYNC_URL") && err.contains("password_env"),
        "{err}"
    );
    assert!(
        !err.contains("hunter2") && err.contains("ana:***@"),
        "{err}"
    );
}

#[test]
fn a_bad_price_table_or_keymap_stops_the_workbench_with_its_line() {
    let sb = Sandbox::new();
    let pricing = sb.path("pricing.toml");
    let head = "checked = \"2026-01-01\"\n[models.\"m\"]\n";
    for (entry, wanted) in [
        (
            "input = \"cheap\"\noutput = 1.0\n",
            &["pricing.toml:3:9:"][..],
        ),
        (
            "input = -1.0\noutput = 1.0\n",
            &["pricing.toml:2:", "0 or more"],
        ),
        (
            "input = 1.0\nouptut = 1.0\n",
            &["pricing.toml:4:1:", "did you mean `output`?"],
        ),
    ] {
        std::fs::write(&pricing, format!("{head}{entry}")).unwrap();
        let (code, err) = run_with(&sb, "", &[]);
        assert_eq!(code, 2, "{err}");
        for w in wanted {
            assert!(err.contains(w), "{entry}: missing {w:?} in {err}");
        }
    }
    std::fs::remove_file(&pricing).unwrap();

    std::fs::write(
        sb.path("keymap.toml"),
        "[library]\nopen = [\"Ctrl-Nope\"]\n",
    )
    .unwrap();
    let (code, err) = run_with(&sb, "", &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("keymap.toml:2:"), "{err}");
}

#[test]
fn config_show_lists_every_key_with_its_source() {
    let sb = Sandbox::new();
    let config = sb.path("config.toml");
    std::fs::write(
        &config,
        "[generation]\nprovider = \"openai\"\napi_key_env = \"MY_LLM_KEY\"\n\
         [sync]\nurl = \"postgres://ana@db.example.com:6543/postgres\"\npassword_env = \"PGPASS\"\n",
    )
    .unwrap();
    let out = sb
        .cmd()
        .env("LECTERN_CONFIG", &config)
        .arg("--db")
        .arg(sb.path("x.db"))
        .env("MY_LLM_KEY", "sk-should-never-show")
        .args(["config", "show"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for line in [
        "(environment LECTERN_CONFIG)",
        "(flag --db)",
        "provider = \"openai\"",
        "# model is not set (default)",
        "# base_url is not set (default)",
        "MY_LLM_KEY is set",
        "concurrency = 3",
        "rubric = \"creatoros\"",
        "# name is not set (default)",
        "url_env = \"LECTERN_SYNC_URL\"",
        "url = \"postgres://ana@db.example.com:6543/postgres\"",
        "PGPASS is not set",
        "poll_seconds = 30",
        "schema = \"lectern\"",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    let source_of = |key: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
            .and_then(|l| l.rsplit_once("# ").map(|(_, s)| s.to_string()))
            .unwrap_or_default()
    };
    assert_eq!(source_of("provider"), "file");
    assert_eq!(source_of("concurrency"), "default");
    assert!(!stdout.contains("sk-should-never-show"));
    // The output is still TOML that reads back to the same configuration.
    let reread: toml::Table = stdout.parse().unwrap();
    assert_eq!(reread["generation"]["provider"].as_str(), Some("openai"));
}

#[test]
fn config_show_takes_the_sync_url_from_the_environment_and_hides_its_password() {
    let sb = Sandbox::new();
    sb.cmd()
        .env(
            "LECTERN_SYNC_URL",
            "postgres://ana:hunter2@db.example.com:6543/postgres",
        )
        .env("LECTERN_BASE_URL", "http://bob:s3cr3t@llm.local:4000/v1")
        .args(["config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "url = \"postgres://ana:***@db.example.com:6543/postgres\"",
        ))
        .stdout(predicate::str::contains("# environment LECTERN_SYNC_URL"))
        .stdout(predicate::str::contains("# environment LECTERN_BASE_URL"))
        .stdout(predicate::str::contains("hunter2").not())
        .stdout(predicate::str::contains("s3cr3t").not());
    // Unconfigured: the url line says sync is off, nothing else about it.
    sb.cmd()
        .args(["config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "# url is not set (default; sync is off",
        ));
}
