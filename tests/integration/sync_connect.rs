//! The sync connection against real servers: TLS verification on the TLS-only cluster
//! (`.ci/pg-services.sh`), plaintext only when asked, PgBouncer in transaction mode, timeouts
//! through the fault proxy, and no password in any error.

use std::path::PathBuf;
use std::time::Duration;

use lectern::storage::sync::connect::{SyncConnectError, SyncTarget, connect, connect_watched};

use super::sync_fault_proxy::{BIG_QUERY, Dir, Fault, FaultProxy, proxy_to_plain};
use super::sync_support::{TempDatabase, connect_url, plain_url, service_url, with_database};

const SECRET: &str = "hunter2-never-printed";

struct Tls {
    url: String,
    ca: PathBuf,
    other_ca: PathBuf,
}

fn tls(test: &str) -> Option<Tls> {
    Some(Tls {
        url: service_url("LECTERN_TEST_PG_TLS_URL", test)?,
        ca: service_url("LECTERN_TEST_PG_TLS_CA", test)?.into(),
        other_ca: service_url("LECTERN_TEST_PG_TLS_OTHER_CA", test)?.into(),
    })
}

/// `url` with `user:SECRET@` as its login (trust auth ignores the password; errors must not
/// show it).
fn with_secret(url: &str) -> String {
    url.replacen(
        "postgres://postgres@",
        &format!("postgres://postgres:{SECRET}@"),
        1,
    )
}

fn assert_no_secret(err: &SyncConnectError) {
    for shown in [err.to_string(), format!("{err:?}")] {
        assert!(!shown.contains(SECRET), "the password leaked: {shown}");
    }
}

async fn ssl_in_use(client: &tokio_postgres::Client) -> bool {
    client
        .query_typed(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap()[0]
        .get(0)
}

#[tokio::test]
async fn the_right_ca_and_host_name_pass_over_tls() {
    let Some(t) = tls("tls right ca") else { return };
    let target = SyncTarget::from_url(&with_secret(&t.url), Some(t.ca.clone())).unwrap();
    let client = connect(&target).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(ssl_in_use(&client).await);
    // The same through 127.0.0.1, which the certificate lists as an address.
    let by_ip = t.url.replace("localhost", "127.0.0.1");
    let client = connect(&SyncTarget::from_url(&by_ip, Some(t.ca)).unwrap())
        .await
        .unwrap();
    assert!(ssl_in_use(&client).await);
}

#[tokio::test]
async fn a_wrong_ca_is_refused() {
    let Some(t) = tls("tls wrong ca") else { return };
    let target = SyncTarget::from_url(&with_secret(&t.url), Some(t.other_ca)).unwrap();
    let err = connect(&target).await.unwrap_err();
    assert!(matches!(err, SyncConnectError::Tls { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains(&target.endpoint()) && msg.contains("UnknownIssuer"),
        "{msg}"
    );
    assert_no_secret(&err);
    // No CA file: the platform's roots do not know the throwaway CA either.
    let err = connect(&SyncTarget::from_url(&t.url, None).unwrap())
        .await
        .unwrap_err();
    assert!(matches!(err, SyncConnectError::Tls { .. }), "{err:?}");
}

#[tokio::test]
async fn a_host_name_the_certificate_does_not_carry_is_refused_unless_verify_ca() {
    let Some(t) = tls("tls wrong host") else {
        return;
    };
    // 127.0.0.2 reaches the same server through a proxy, but the certificate names only
    // localhost and 127.0.0.1.
    let port = SyncTarget::from_url(&t.url, None).unwrap().port;
    let server = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let proxy = FaultProxy::start_on("127.0.0.2", server).await;
    let url = format!("postgres://postgres:{SECRET}@{}/test", proxy.addr);
    let target = SyncTarget::from_url(&url, Some(t.ca.clone())).unwrap();
    let err = connect(&target).await.unwrap_err();
    assert!(matches!(err, SyncConnectError::Tls { .. }), "{err:?}");
    assert!(err.to_string().contains("not valid for name"), "{err}");
    assert_no_secret(&err);
    let chain_only = SyncTarget::from_url(&format!("{url}?sslmode=verify-ca"), Some(t.ca)).unwrap();
    let client = connect(&chain_only).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(ssl_in_use(&client).await);
}

#[tokio::test]
async fn a_missing_or_empty_ca_file_is_named() {
    let Some(t) = tls("tls missing ca") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").unwrap();
    for path in [dir.path().join("missing.crt"), empty] {
        let target = SyncTarget::from_url(&t.url, Some(path.clone())).unwrap();
        let err = connect(&target).await.unwrap_err();
        assert!(matches!(err, SyncConnectError::CaFile { .. }), "{err:?}");
        assert!(
            err.to_string().contains(&path.display().to_string()),
            "{err}"
        );
    }
}

#[tokio::test]
async fn plaintext_only_when_the_url_says_disable() {
    let Some(plain) = plain_url("sslmode disable") else {
        return;
    };
    let client = connect_url(&plain).await;
    assert!(!ssl_in_use(&client).await);
    // The TLS-only cluster refuses a plaintext login (its pg_hba has hostssl lines only).
    if let Some(t) = tls("sslmode disable on tls server") {
        let url = with_secret(&t.url).replace("sslmode=verify-full", "sslmode=disable");
        let err = connect(&SyncTarget::from_url(&url, None).unwrap())
            .await
            .unwrap_err();
        assert!(matches!(err, SyncConnectError::Server { .. }), "{err:?}");
        assert_no_secret(&err);
    }
}

#[tokio::test]
async fn pgbouncer_transaction_mode_works_with_unnamed_statements() {
    let Some(admin) = plain_url("pgbouncer") else {
        return;
    };
    let Some(bouncer) = service_url("LECTERN_TEST_PGBOUNCER_URL", "pgbouncer") else {
        return;
    };
    // A database of its own, so the pooler's pool for it starts empty and the statement
    // routing below is deterministic.
    let db = TempDatabase::create(&admin, "lectern_pgb").await;
    let url = with_database(&bouncer, &db.name);
    let one = connect_url(&url).await;
    let two = connect_url(&url).await;
    one.batch_execute("CREATE TABLE t (id bigint PRIMARY KEY, body text)")
        .await
        .unwrap();
    let n = one
        .execute_typed(
            "INSERT INTO t VALUES ($1, $2), ($3, $4)",
            &[
                (&1i64, tokio_postgres::types::Type::INT8),
                (&"a", tokio_postgres::types::Type::TEXT),
                (&2i64, tokio_postgres::types::Type::INT8),
                (&"b", tokio_postgres::types::Type::TEXT),
            ],
        )
        .await
        .unwrap();
    assert_eq!(n, 2);
    let rows = two
        .query_typed(
            "SELECT body FROM t WHERE id >= $1 ORDER BY id",
            &[(&1i64, tokio_postgres::types::Type::INT8)],
        )
        .await
        .unwrap();
    let bodies: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
    assert_eq!(bodies, ["a", "b"]);
    // A transaction keeps one server connection from BEGIN to COMMIT.
    one.batch_execute("BEGIN; INSERT INTO t VALUES (3, 'c'); COMMIT")
        .await
        .unwrap();

    // prepare() makes a named statement on whichever server connection the pooler lent
    // for that moment; once another client holds that one, the name is unknown elsewhere.
    let statement = one.prepare("SELECT count(*) FROM t").await.unwrap();
    two.batch_execute("BEGIN").await.unwrap();
    let err = one.query(&statement, &[]).await.unwrap_err();
    assert!(
        err.as_db_error()
            .is_some_and(|e| e.message().contains("does not exist")),
        "{err:?}"
    );
    two.batch_execute("ROLLBACK").await.unwrap();
    drop((one, two));
    db.drop_now().await;
}

/// Runs `sql` on a new connection to `target` (statement timeout 1 s) that must stall; a hang
/// fails the test after 60 s.
async fn stalled_query(target: &SyncTarget, sql: &str) -> SyncConnectError {
    let (client, watch) = connect_watched(target).await.unwrap();
    let err = tokio::time::timeout(Duration::from_secs(60), client.query_typed(sql, &[]))
        .await
        .unwrap_or_else(|_| panic!("`{sql}` hung past its timeout"))
        .unwrap_err();
    let err = watch.explain(&err);
    assert!(
        matches!(err, SyncConnectError::Stalled { secs: 1, .. }),
        "{err:?}"
    );
    err
}

// Several workers, as the CLI runs: the query's error and the connection task's failure
// are seen on different threads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_server_times_out_naming_host_and_timeout() {
    let Some((proxy, url)) = proxy_to_plain("stalled server").await else {
        return;
    };
    let url = url.replacen(
        "postgres://postgres@",
        &format!("postgres://postgres:{SECRET}@"),
        1,
    );
    let login_in = {
        let client = connect_url(&url).await;
        drop(client);
        proxy.forwarded(Dir::ServerToClient)
    };
    proxy.set(Fault::StallAfter {
        dir: Dir::ServerToClient,
        bytes: login_in,
    });
    let mut target = SyncTarget::from_url(&url, None).unwrap();
    target.statement_timeout = Duration::from_secs(1);
    let err = stalled_query(&target, "SELECT 1").await;
    let msg = err.to_string();
    assert!(
        msg.contains(&proxy.addr.to_string()) && msg.contains("1 s"),
        "{msg}"
    );
    assert_no_secret(&err);

    // A server that goes silent in the middle of a long answer.
    proxy.set(Fault::StallAfter {
        dir: Dir::ServerToClient,
        bytes: login_in + 4096,
    });
    stalled_query(&target, BIG_QUERY).await;

    // A server that never finishes the login: the connect timeout.
    proxy.set(Fault::StallAfter {
        dir: Dir::ServerToClient,
        bytes: 0,
    });
    target.connect_timeout = Duration::from_secs(1);
    target.statement_timeout = Duration::from_secs(30);
    let err = connect(&target).await.unwrap_err();
    assert!(
        matches!(err, SyncConnectError::ConnectTimeout { secs: 1, .. }),
        "{err:?}"
    );
    assert_no_secret(&err);

    // And once the fault is gone, the next connection works.
    proxy.set(Fault::None);
    let client = connect(&target).await.unwrap();
    client.query_typed("SELECT 1", &[]).await.unwrap();
}

#[tokio::test]
async fn no_error_shows_the_password() {
    let Some(plain) = plain_url("password never printed") else {
        return;
    };
    let secret_url = plain.replacen(
        "postgres://postgres@",
        &format!("postgres://postgres:{SECRET}@"),
        1,
    );
    let mut errors = Vec::new();
    // A database that does not exist: the server's own error.
    let missing = with_database(&secret_url, "lectern_no_such_db");
    errors.push(
        connect(&SyncTarget::from_url(&missing, None).unwrap())
            .await
            .unwrap_err(),
    );
    // Nothing listening.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let refused = format!("postgres://postgres:{SECRET}@127.0.0.1:{port}/test?sslmode=disable");
    errors.push(
        connect(&SyncTarget::from_url(&refused, None).unwrap())
            .await
            .unwrap_err(),
    );
    // TLS asked of a server that offers its own snakeoil certificate or none.
    let tls_default = secret_url.replace("sslmode=disable", "sslmode=require");
    errors.push(
        connect(&SyncTarget::from_url(&tls_default, None).unwrap())
            .await
            .unwrap_err(),
    );
    // Bad URLs.
    for bad in [
        format!("postgres://postgres:{SECRET}@127.0.0.1:99999/test"),
        format!("postgres://postgres:{SECRET}@127.0.0.1/test?sslmode=maybe"),
        format!("postgres://postgres:{SECRET}@127.0.0.1/test?pgbouncer=true"),
    ] {
        errors.push(SyncTarget::from_url(&bad, None).unwrap_err());
    }
    for err in &errors {
        assert_no_secret(err);
    }
    assert!(
        matches!(errors[0], SyncConnectError::Server { .. }),
        "{:?}",
        errors[0]
    );
    assert!(
        errors[1].to_string().contains(&format!("127.0.0.1:{port}")),
        "{}",
        errors[1]
    );
    let target = SyncTarget::from_url(&secret_url, None).unwrap();
    for shown in [target.to_string(), format!("{target:?}"), target.redacted()] {
        assert!(!shown.contains(SECRET) && shown.contains("***"), "{shown}");
    }
}
