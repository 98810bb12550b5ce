//! The real `lectern` binary, driven with assert_cmd in an isolated home.

use predicates::prelude::*;
use serde_json::Value;

use crate::support::Sandbox;

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}):\n{}",
            String::from_utf8_lossy(output)
        )
    })
}

#[test]
fn db_flag_and_env_choose_the_database() {
    let sb = Sandbox::new();
    let flag_db = sb.path("by-flag.db");
    sb.cmd()
        .args(["--no-demo", "list", "--json", "--db"])
        .arg(&flag_db)
        .assert()
        .success();
    assert!(flag_db.exists(), "--db after the subcommand is honoured");

    let env_db = sb.path("by-env.db");
    sb.cmd()
        .env("LECTERN_DB", &env_db)
        .env("LECTERN_NO_DEMO", "1")
        .args(["list"])
        .assert()
        .success();
    assert!(env_db.exists());
    assert!(
        !sb.path("data/lectern/lectern.db").exists(),
        "default db untouched"
    );

    let out = sb
        .cmd()
        .arg("--db")
        .arg(&flag_db)
        .args(["config", "path"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains(&*flag_db.to_string_lossy()));
}

#[test]
fn config_path_uses_xdg_dirs() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["config", "path", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let paths = json_of(&out.stdout);
    assert_eq!(
        paths["db"],
        sb.path("data/lectern/lectern.db")
            .to_string_lossy()
            .as_ref()
    );
    assert_eq!(
        paths["config"],
        sb.path("config/lectern/config.toml")
            .to_string_lossy()
            .as_ref()
    );
}

#[test]
fn a_bad_config_file_exits_2_naming_file_line_and_key() {
    let sb = Sandbox::new();
    let config = sb.path("bad.toml");
    std::fs::write(&config, "[generation]\nconcurrency = \"três\"\n").unwrap();
    sb.cmd()
        .arg("--config")
        .arg(&config)
        .args(["--no-demo", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:2:", config.display())))
        .stderr(predicate::str::contains("concurrency"));
    sb.cmd()
        .arg("--config")
        .arg(&config)
        .args(["config", "show"])
        .assert()
        .code(2);
}

#[test]
fn config_show_prints_the_effective_configuration() {
    let sb = Sandbox::new();
    let config = sb.path("ok.toml");
    std::fs::write(&config, "[generation]\nprovider = \"openai\"\n").unwrap();
    sb.cmd()
        .env("LECTERN_CONFIG", &config)
        .args(["config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("provider = \"openai\""))
        .stdout(predicate::str::contains("concurrency = 3"));
}

#[test]
fn config_show_never_prints_a_password_from_the_base_url() {
    let sb = Sandbox::new();
    let config = sb.path("secret.toml");
    std::fs::write(
        &config,
        "[generation]\nprovider = \"openai\"\nbase_url = \"http://ana:s3cr3t@llm.local:4000/v1\"\n",
    )
    .unwrap();
    sb.cmd()
        .env("LECTERN_CONFIG", &config)
        .args(["config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("http://llm.local:4000/v1"))
        .stdout(predicate::str::contains("s3cr3t").not());
}

#[test]
fn unknown_course_and_bad_usage_exit_2() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["--no-demo", "show", "nao-existe"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("course `nao-existe` not found"));
    sb.cmd().args(["--frobnicate"]).assert().code(2);
}

#[test]
fn version_help_and_completions() {
    let sb = Sandbox::new();
    sb.cmd()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
    sb.cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("list"));
    sb.cmd()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_lectern"));
}

#[test]
fn empty_library_says_how_to_start() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["--no-demo", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No courses yet"));
    let out = sb
        .cmd()
        .args(["list", "--json", "--no-demo"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out.stdout), serde_json::json!([]));
}

#[test]
fn first_run_seeds_the_demo_course_with_every_status() {
    let sb = Sandbox::new();
    let out = sb.cmd().args(["list", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("added the demo course"));
    assert!(
        sb.path("data/lectern/lectern.db").exists(),
        "default data dir used"
    );
    let list = json_of(&out.stdout);
    let courses = list.as_array().unwrap();
    assert_eq!(courses.len(), 1);
    let demo = &courses[0];
    assert_eq!(demo["slug"], "planilhas-sem-medo");
    assert_eq!(demo["title"], "Planilhas sem Medo");
    assert_eq!(demo["status"], "draft");
    assert_eq!(demo["lessons"], 7, "six written lessons and one planned");
    assert_eq!(demo["planned"], 1);
    assert_eq!(
        (
            demo["passed"].as_u64(),
            demo["warning"].as_u64(),
            demo["failed"].as_u64()
        ),
        (Some(3), Some(1), Some(2))
    );
    let gps = demo["avg_gps"].as_f64().unwrap();
    let dl = demo["avg_didatica"].as_f64().unwrap();
    assert!(
        (0.0..=1.0).contains(&gps) && (0.0..=1.0).contains(&dl),
        "{gps} {dl}"
    );
    assert!((gps - (5.0 + 0.67) / 6.0).abs() < 1e-6, "{gps}");

    // Second run: the database is not new, nothing is seeded again.
    let again = sb.cmd().args(["list", "--json"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&again.stderr).contains("demo"));
    assert_eq!(json_of(&again.stdout).as_array().unwrap().len(), 1);

    // `show` prints the lessons with scores and issues.
    let show = sb
        .cmd()
        .args(["show", "planilhas-sem-medo", "--json"])
        .output()
        .unwrap();
    let detail = json_of(&show.stdout);
    let lessons = detail["lessons"].as_array().unwrap();
    assert_eq!(lessons.len(), 7);
    let planned = lessons.iter().find(|l| l["lesson_id"] == "2.4").unwrap();
    assert!(planned["content_markdown"].is_null() && planned["score"].is_null());
    let l23 = lessons.iter().find(|l| l["lesson_id"] == "2.3").unwrap();
    assert_eq!(l23["score"]["validation_status"], "failed");
    assert!(
        l23["score"]["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["code"] == "GPS-P-MISSING")
    );
    sb.cmd()
        .args(["show", "planilhas-sem-medo"])
        .assert()
        .success()
        .stdout(predicate::str::contains("GPS-P-MISSING"));
}

#[test]
fn no_demo_flag_and_env_skip_the_demo() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .env("LECTERN_NO_DEMO", "1")
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out.stdout), serde_json::json!([]));
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["list", "--json", "--no-demo"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out.stdout), serde_json::json!([]));
}

#[test]
fn bare_lectern_needs_a_terminal_and_a_valid_keymap() {
    let sb = Sandbox::new();
    sb.cmd()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a terminal"));
    let keymap = sb.path("config/lectern/keymap.toml");
    std::fs::create_dir_all(keymap.parent().unwrap()).unwrap();
    std::fs::write(
        &keymap,
        "[lesson]\nwrap = { keys = [\"w\"] }\nzoom = { keys = [\"z\"] }\n",
    )
    .unwrap();
    sb.cmd().assert().code(2).stderr(predicate::str::contains(
        "keymap.toml:3:1: unknown variant `zoom`",
    ));
}

#[test]
fn generate_lessons_flag_is_the_default_kind_and_excludes_the_others() {
    let sb = Sandbox::new();
    sb.cmd()
        .args([
            "generate",
            "planilhas-sem-medo",
            "--lessons",
            "--curriculum",
        ])
        .assert()
        .code(2);
    // The demo's planned lesson 2.4 is drafted offline, scored and stored.
    sb.cmd()
        .args(["generate", "planilhas-sem-medo", "--lessons", "--missing"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 lesson(s): 1 generated"));
}
