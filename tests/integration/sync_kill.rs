//! kill -9 of the real binary during `lectern sync` — while pushing a library and while
//! pulling it into a second home — then `lectern sync` again: no revision applied twice,
//! nothing lost, and SQLite's integrity check passes.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use super::support::{lectern, lectern_process};
use super::sync_core_support::{ServerSchema, connect_plain};

fn sync_args(server: &ServerSchema) -> Vec<String> {
    vec!["sync".into(), "--schema".into(), server.name.clone()]
}

/// Starts `lectern sync` and kills it (SIGKILL) after `after`; true when it was still running.
fn sync_killed_after(home: &Path, server: &ServerSchema, after: Duration) -> bool {
    let mut child = lectern_process(home)
        .env("LECTERN_NO_DEMO", "1")
        .env("LECTERN_SYNC_URL", &server.url)
        .args(sync_args(server))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(after);
    let running = child.try_wait().unwrap().is_none();
    child.kill().ok();
    child.wait().unwrap();
    running
}

fn sync_to_the_end(home: &Path, server: &ServerSchema) {
    lectern(home)
        .env("LECTERN_NO_DEMO", "1")
        .env("LECTERN_SYNC_URL", &server.url)
        .args(sync_args(server))
        .assert()
        .success();
}

fn local_ids(home: &Path) -> BTreeSet<String> {
    let conn = rusqlite::Connection::open(home.join("data/lectern/lectern.db")).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let mut stmt = conn.prepare("SELECT id FROM revisions").unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn server_ids(server: &ServerSchema) -> BTreeSet<String> {
    let dup = server.scalar_i64(
        "SELECT count(*) - count(DISTINCT key) FROM {s}.sync_log WHERE kind = 'revision'",
    );
    assert_eq!(dup, 0, "a revision was applied twice");
    server.runtime.block_on(async {
        let client = connect_plain(&server.url).await;
        let sql = format!("SELECT id FROM {}.revisions", server.name);
        let rows = client.query_typed(&sql, &[]).await.unwrap();
        rows.iter().map(|r| r.get(0)).collect()
    })
}

#[test]
fn killing_sync_mid_push_and_mid_pull_then_syncing_again_loses_and_repeats_nothing() {
    let server = ServerSchema::new();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (a.path(), b.path());
    lectern(a)
        .env("LECTERN_NO_DEMO", "1")
        .args(["dev", "seed", "--courses", "60", "--lessons", "20"])
        .assert()
        .success();
    let mut killed = 0;
    for ms in [150, 400, 800, 1200] {
        killed += usize::from(sync_killed_after(a, &server, Duration::from_millis(ms)));
    }
    assert!(
        killed > 0,
        "every sync finished before the kill; the test proved nothing"
    );
    sync_to_the_end(a, &server);
    let on_server = server_ids(&server);
    assert_eq!(local_ids(a), on_server);

    let mut killed = 0;
    for ms in [150, 400, 800] {
        killed += usize::from(sync_killed_after(b, &server, Duration::from_millis(ms)));
    }
    assert!(killed > 0, "every pull finished before the kill");
    sync_to_the_end(b, &server);
    assert_eq!(local_ids(b), on_server);
    assert_eq!(server_ids(&server), on_server);
}
