//! What the sync tests need from outside: the servers `.ci/pg-services.sh` starts, named by
//! environment variables, and throwaway databases on them.
//!
//! Locally an unset variable skips the test with a printed notice; in CI (`CI=true`) it is a
//! failure with the reason, never a silent skip.

#![allow(dead_code)]

use lectern::storage::sync::connect::{SyncTarget, connect};

/// The value of `var`, or `None` (with a notice) when it is unset outside CI.
pub fn service_url(var: &str, test: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(v) if !v.trim().is_empty() => Some(v),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "{test}: {var} is not set; in CI `.ci/run` sources .ci/pg-services.sh, which starts \
             the service and exports it (did it fail earlier?)"
        ),
        _ => {
            eprintln!("note: {test} skipped: {var} is not set (source .ci/pg-services.sh)");
            None
        }
    }
}

/// The machine's PostgreSQL (`LECTERN_TEST_PG_URL`) as a plaintext URL on loopback.
pub fn plain_url(test: &str) -> Option<String> {
    service_url("LECTERN_TEST_PG_URL", test).map(|u| with_param(&u, "sslmode=disable"))
}

/// `url` with one more query parameter.
pub fn with_param(url: &str, param: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{param}")
}

/// `url` with its database name replaced.
pub fn with_database(url: &str, db: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, ""), |(b, q)| (b, q));
    let host_end = base
        .find("://")
        .map(|i| i + 3)
        .and_then(|start| base[start..].find('/').map(|j| start + j))
        .unwrap_or(base.len());
    let mut out = format!("{}/{db}", &base[..host_end]);
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// A database created for one test on the plain server, dropped (forcibly, PgBouncer may hold
/// idle connections to it) when the guard goes.
pub struct TempDatabase {
    pub name: String,
    admin_url: String,
}

impl TempDatabase {
    pub async fn create(admin_url: &str, prefix: &str) -> TempDatabase {
        let name = format!("{prefix}_{}_{}", std::process::id(), uuid_suffix());
        let client = connect_url(admin_url).await;
        for sql in [
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            format!("CREATE DATABASE {name}"),
        ] {
            client.batch_execute(&sql).await.unwrap();
        }
        TempDatabase {
            name,
            admin_url: admin_url.to_string(),
        }
    }

    pub async fn drop_now(self) {
        let client = connect_url(&self.admin_url).await;
        client
            .batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .await
            .unwrap();
    }
}

fn uuid_suffix() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{nanos:x}")
}

/// A client for `url` (no CA file), panicking with the error's text on failure.
pub async fn connect_url(url: &str) -> tokio_postgres::Client {
    let target = SyncTarget::from_url(url, None).unwrap();
    connect(&target)
        .await
        .unwrap_or_else(|e| panic!("connect {target}: {e}"))
}
