//! Shared pieces of the sync tests: a fresh server schema per test on the real PostgreSQL
//! (`LECTERN_TEST_PG_URL`), dropped afterwards, a plain connection to it, and replicas on
//! temp SQLite files with a way to read every head and revision for comparison.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use lectern::services::sync::{SyncOptions, SyncReport, sync};
use lectern::storage::Store;
use tokio_postgres::{Client, NoTls};

/// The test server's URL, plaintext said explicitly (sync otherwise requires verified TLS).
pub fn pg_url() -> String {
    let url = std::env::var("LECTERN_TEST_PG_URL").unwrap_or_else(|_| {
        panic!(
            "LECTERN_TEST_PG_URL is not set; the sync tests need a PostgreSQL server \
             (e.g. postgres://postgres@127.0.0.1:5432/test)"
        )
    });
    if url.contains("sslmode=") {
        url
    } else {
        super::sync_support::with_param(&url, "sslmode=disable")
    }
}

/// The URL sync traffic uses: the server directly, or — with
/// `LECTERN_SYNC_TEST_ROUTE=pgbouncer` — PgBouncer in transaction mode
/// (`LECTERN_TEST_PGBOUNCER_URL`), so the whole suite runs both ways.
pub fn sync_url() -> String {
    match std::env::var("LECTERN_SYNC_TEST_ROUTE").as_deref() {
        Ok("pgbouncer") => pgbouncer_url(),
        _ => pg_url(),
    }
}

pub fn pgbouncer_url() -> String {
    std::env::var("LECTERN_TEST_PGBOUNCER_URL").unwrap_or_else(|_| {
        panic!(
            "LECTERN_TEST_PGBOUNCER_URL is not set; these tests need PgBouncer in transaction mode in \
             front of the test PostgreSQL (.ci/run starts one; by hand, as root: \
             source .ci/pg-services.sh)"
        )
    })
}

/// A plain (no TLS) connection, the way these tests reach the loopback server.
pub async fn connect_plain(url: &str) -> Client {
    let (client, connection) = tokio_postgres::connect(url, NoTls)
        .await
        .unwrap_or_else(|e| panic!("cannot reach the test PostgreSQL: {e}"));
    tokio::spawn(async move {
        let _ = connection.await;
    });
    client
}

/// One server schema of the test database, dropped when the test ends.
pub struct ServerSchema {
    /// Where schema set-up and checks go (always the server itself).
    pub admin_url: String,
    /// Where sync traffic goes (the server, or PgBouncer).
    pub url: String,
    pub name: String,
    pub runtime: tokio::runtime::Runtime,
}

impl ServerSchema {
    pub fn new() -> ServerSchema {
        ServerSchema::via(sync_url())
    }

    /// A schema whose sync traffic goes through `url`.
    pub fn via(url: String) -> ServerSchema {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let name = format!("t_{}", uuid::Uuid::now_v7().simple());
        let admin_url = pg_url();
        let schema = ServerSchema {
            admin_url,
            url,
            name,
            runtime,
        };
        schema.runtime.block_on(async {
            let mut client = connect_plain(&schema.url).await;
            lectern::storage::sync::init_server(&mut client, &schema.name)
                .await
                .unwrap();
        });
        schema
    }

    pub fn options(&self) -> SyncOptions {
        SyncOptions {
            schema: self.name.clone(),
            ..SyncOptions::new("127.0.0.1:5432/test")
        }
    }

    pub fn sync(&self, store: &mut Store) -> SyncReport {
        self.runtime.block_on(async {
            let mut client = connect_plain(&self.url).await;
            sync(store, &mut client, &self.options()).await.unwrap()
        })
    }

    /// One value from the server schema.
    pub fn scalar_i64(&self, sql: &str) -> i64 {
        self.runtime.block_on(async {
            let client = connect_plain(&self.url).await;
            let sql = sql.replace("{s}", &self.name);
            client.query_typed_one(&sql, &[]).await.unwrap().get(0)
        })
    }

    /// The server's heads: (course, target) → revision id.
    pub fn heads(&self) -> BTreeMap<(String, String), String> {
        self.runtime.block_on(async {
            let client = connect_plain(&self.url).await;
            let sql = format!(
                "SELECT course, target, revision_id FROM {}.heads",
                self.name
            );
            let rows = client.query_typed(&sql, &[]).await.unwrap();
            rows.iter()
                .map(|r| ((r.get(0), r.get(1)), r.get(2)))
                .collect()
        })
    }

    pub fn revision_ids(&self) -> BTreeSet<String> {
        self.runtime.block_on(async {
            let client = connect_plain(&self.url).await;
            let sql = format!("SELECT id FROM {}.revisions", self.name);
            let rows = client.query_typed(&sql, &[]).await.unwrap();
            rows.iter().map(|r| r.get(0)).collect()
        })
    }
}

impl Drop for ServerSchema {
    fn drop(&mut self) {
        let url = self.admin_url.clone();
        let name = self.name.clone();
        self.runtime.block_on(async move {
            let client = connect_plain(&url).await;
            let _ = client
                .batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
                .await;
        });
    }
}

/// A replica: its own SQLite file.
pub struct Replica {
    pub dir: tempfile::TempDir,
    pub store: Store,
}

impl Replica {
    pub fn new(author: &str) -> Replica {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = Store::open(&dir.path().join("lectern.db")).unwrap();
        store.set_author(author);
        Replica { dir, store }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("lectern.db")
    }

    /// Every text's head here: (course, target) → revision id.
    pub fn heads(&self) -> BTreeMap<(String, String), String> {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT c.piece_slug, r.target, r.id FROM revisions r
                 JOIN content_pieces c ON c.id = r.content_piece_id
                 WHERE r.seq = (SELECT max(seq) FROM revisions x
                                WHERE x.content_piece_id = r.content_piece_id
                                  AND x.target = r.target)",
            )
            .unwrap();
        stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    pub fn revision_ids(&self) -> BTreeSet<String> {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let mut stmt = conn.prepare("SELECT id FROM revisions").unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    /// Current text of a lesson (`None`: planned or missing).
    pub fn lesson_text(&self, slug: &str, lesson: &str) -> Option<String> {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.query_row(
            "SELECT l.content_markdown FROM course_lessons l
             JOIN content_pieces c ON c.id = l.content_piece_id
             WHERE c.piece_slug = ?1 AND l.lesson_id = ?2",
            [slug, lesson],
            |r| r.get(0),
        )
        .ok()
        .flatten()
    }

    /// Every synced row's fields, by key (the same maps sync compares).
    pub fn rows(&self) -> BTreeMap<String, String> {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let mut out = BTreeMap::new();
        let queries = [
            "SELECT 'course/' || piece_slug, json_object('title', title, 'subtitle', subtitle,
                'keywords', keywords, 'status', status) FROM content_pieces",
            "SELECT 'lesson/' || c.piece_slug || '/' || l.lesson_id,
                json_object('title', l.title, 'sort', l.sort_order, 'gps', l.gps_score,
                'text', l.content_markdown)
             FROM course_lessons l JOIN content_pieces c ON c.id = l.content_piece_id",
        ];
        for sql in queries {
            let mut stmt = conn.prepare(sql).unwrap();
            for row in stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .unwrap()
            {
                let (k, v) = row.unwrap();
                out.insert(k, v);
            }
        }
        out
    }
}
