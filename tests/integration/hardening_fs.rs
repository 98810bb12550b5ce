//! Issue 17, file-system items of export: it never deletes what lectern lives on (1), never
//! writes through a linked parent folder (12), and cleans up killed exports' leftovers (9).
//! Real files in temp folders, the real binary. Import's items are in `hardening_fs_import`.

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use crate::support::Sandbox;

const DEMO: &str = "planilhas-sem-medo";

pub fn run(sb: &Sandbox, db: &Path, args: &[&str]) -> std::process::Output {
    sb.cmd().arg("--db").arg(db).args(args).output().unwrap()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A sandbox whose database lives in `home/DIR/x.db`, with the demo course in it.
fn sandbox_with_db() -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    let dir = sb.path("DIR");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("x.db");
    let out = run(&sb, &db, &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    (sb, db)
}

fn assert_refused_untouched(out: &std::process::Output, db: &Path, what: &str) {
    assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr(out));
    assert!(db.is_file(), "{what}: the database is gone");
    assert!(
        db.with_file_name("notes.txt").is_file(),
        "{what}: a file is gone"
    );
}

#[test]
fn export_refuses_the_database_folder_however_it_is_named() {
    let (sb, db) = sandbox_with_db();
    let dir = sb.path("DIR");
    let sub = sb.path("DIR/sub");
    std::fs::create_dir(&sub).unwrap();
    let via_dotdot = format!("{}/sub/..", dir.display());
    let cases: Vec<(&str, String)> = vec![
        ("the folder itself", dir.display().to_string()),
        ("through ..", via_dotdot),
        ("a parent of it", sb.path("").display().to_string()),
    ];
    for (what, to) in cases {
        let out = run(&sb, &db, &["export", DEMO, "--to", &to, "--force"]);
        assert_refused_untouched(&out, &db, what);
        let err = stderr(&out);
        assert!(err.contains("database"), "{what}: {err}");
        assert!(err.contains("nothing was written"), "{what}: {err}");
    }
    // The database named through a link to its folder: the export target is the real folder.
    symlink(&dir, sb.path("alias")).unwrap();
    let out = run(
        &sb,
        &sb.path("alias/x.db"),
        &[
            "export",
            DEMO,
            "--to",
            &dir.display().to_string(),
            "--force",
        ],
    );
    assert_refused_untouched(&out, &db, "database through a link");
    // The JSON export over the database file itself.
    let out = run(
        &sb,
        &db,
        &[
            "export",
            DEMO,
            "--format",
            "json",
            "--to",
            &db.display().to_string(),
            "--force",
        ],
    );
    assert_refused_untouched(&out, &db, "json over the database");
    assert!(std::fs::read(&db).unwrap().starts_with(b"SQLite format 3"));
}

#[test]
fn export_refuses_the_config_and_state_folders() {
    let (sb, db) = sandbox_with_db();
    let config_dir = sb.path("config/lectern");
    std::fs::create_dir_all(&config_dir).unwrap();
    std::fs::write(config_dir.join("config.toml"), "").unwrap();
    let state = sb.path("state/lectern/exports");
    for (what, to) in [("config", &config_dir), ("state", &state)] {
        let out = run(
            &sb,
            &db,
            &["export", DEMO, "--to", &to.display().to_string(), "--force"],
        );
        assert_refused_untouched(&out, &db, what);
        assert!(stderr(&out).contains(what), "{what}: {}", stderr(&out));
    }
    assert!(config_dir.join("config.toml").is_file());
    assert!(!state.exists());
}

#[test]
fn export_refuses_a_target_holding_a_hard_link_to_the_database() {
    let (sb, db) = sandbox_with_db();
    let other = sb.path("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::hard_link(&db, other.join("copy.db")).unwrap();
    let out = run(
        &sb,
        &db,
        &[
            "export",
            DEMO,
            "--to",
            &other.display().to_string(),
            "--force",
        ],
    );
    assert_refused_untouched(&out, &db, "hard link");
    assert!(other.join("copy.db").is_file());
}

#[test]
fn export_refuses_links_in_parent_folders() {
    let (sb, db) = sandbox_with_db();
    let real = sb.path("real");
    std::fs::create_dir(&real).unwrap();
    symlink(&real, sb.path("link")).unwrap();
    let to = sb.path("link/sub");
    let out = run(
        &sb,
        &db,
        &["export", DEMO, "--to", &to.display().to_string()],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_dir(&real).unwrap().count(),
        0,
        "wrote through the link"
    );
}

/// The pid of a process that has exited (and been reaped).
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn export_removes_stale_temporary_folders_of_dead_processes() {
    let (sb, db) = sandbox_with_db();
    let dead = dead_pid();
    let stale = sb.path(&format!(".out.lectern-tmp-{dead}-0"));
    let stale_old = sb.path(&format!(".out.lectern-old-{dead}-3"));
    let live = sb.path(&format!(".out.lectern-tmp-{}-0", std::process::id()));
    let other_target = sb.path(&format!(".other.lectern-tmp-{dead}-0"));
    for d in [&stale, &stale_old, &live, &other_target] {
        std::fs::create_dir_all(d.join("lessons")).unwrap();
        std::fs::write(d.join("lessons/a.md"), "x").unwrap();
    }
    let to = sb.path("out").display().to_string();
    let out = run(&sb, &db, &["export", DEMO, "--to", &to]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stale.exists(), "stale tmp folder of a dead process kept");
    // While `out` was missing, the `old` folder could have been the only copy of it.
    assert!(
        stale_old.exists(),
        "the only copy of a replaced export was removed"
    );
    assert!(live.exists(), "a live process's folder was removed");
    assert!(other_target.exists(), "another target's folder was removed");
    let out = run(&sb, &db, &["export", DEMO, "--to", &to, "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stale_old.exists(),
        "stale old folder of a dead process kept"
    );
    assert!(live.exists() && other_target.exists());
}
