//! A loopback TCP proxy that misbehaves on purpose, for the sync tests: it forwards to a real
//! server and can cut the connection after N bytes or N whole protocol messages in one
//! direction (so a test can cut a push at every message boundary), stop forwarding (a stalled
//! server or network), or delay every chunk. The fault is taken by each connection
//! when it is accepted, so a test can switch it between two connections.
//!
//! The tests here check the proxy itself against the real PostgreSQL: a cut mid-query is an
//! error, not a hang.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;

use lectern::storage::sync::connect::{Framer, SyncConnectError, SyncTarget, connect_watched};

use super::sync_support::{plain_url, with_param};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    ClientToServer,
    ServerToClient,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward everything.
    None,
    /// Forward `bytes` in `dir`, then close both sides.
    CutAfter { dir: Dir, bytes: u64 },
    /// Forward `bytes` in `dir`, then nothing more that way, keeping the sockets open.
    StallAfter { dir: Dir, bytes: u64 },
    /// Forward `messages` whole PostgreSQL messages in `dir` (plaintext connections only;
    /// the client's startup packet counts as one), then close both sides: a cut exactly at a
    /// message boundary.
    CutAfterMessages { dir: Dir, messages: u64 },
    /// Wait this long before forwarding each chunk.
    Delay(Duration),
}

pub struct FaultProxy {
    pub addr: SocketAddr,
    fault: Arc<Mutex<Fault>>,
    totals: Arc<Totals>,
    stop: CancellationToken,
}

/// Bytes and whole messages forwarded, per direction, over all connections.
#[derive(Default)]
struct Totals {
    bytes: [AtomicU64; 2],
    messages: [AtomicU64; 2],
}

impl FaultProxy {
    /// A proxy on 127.0.0.1 (a free port) to `target`.
    pub async fn start(target: SocketAddr) -> FaultProxy {
        FaultProxy::start_on("127.0.0.1", target).await
    }

    /// A proxy listening on another loopback address (127.0.0.2: a name the server's
    /// certificate does not carry).
    pub async fn start_on(ip: &str, target: SocketAddr) -> FaultProxy {
        let listener = TcpListener::bind((ip, 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let fault = Arc::new(Mutex::new(Fault::None));
        let totals = Arc::new(Totals::default());
        let stop = CancellationToken::new();
        let (f, t, s) = (fault.clone(), totals.clone(), stop.clone());
        tokio::spawn(async move {
            loop {
                let accepted = tokio::select! {
                    _ = s.cancelled() => return,
                    a = listener.accept() => a,
                };
                let Ok((client, _)) = accepted else { return };
                let Ok(server) = TcpStream::connect(target).await else {
                    continue;
                };
                let current = *f.lock().unwrap();
                let conn = s.child_token();
                let (cr, cw) = client.into_split();
                let (sr, sw) = server.into_split();
                tokio::spawn(pump(
                    cr,
                    sw,
                    Dir::ClientToServer,
                    current,
                    conn.clone(),
                    t.clone(),
                ));
                tokio::spawn(pump(sr, cw, Dir::ServerToClient, current, conn, t.clone()));
            }
        });
        FaultProxy {
            addr,
            fault,
            totals,
            stop,
        }
    }

    /// The fault for connections accepted from now on.
    pub fn set(&self, fault: Fault) {
        *self.fault.lock().unwrap() = fault;
    }

    /// Bytes forwarded in `dir` so far, over all connections.
    pub fn forwarded(&self, dir: Dir) -> u64 {
        self.totals.bytes[dir as usize].load(Ordering::SeqCst)
    }

    /// Whole protocol messages forwarded in `dir` so far (meaningful on plaintext only).
    pub fn messages(&self, dir: Dir) -> u64 {
        self.totals.messages[dir as usize].load(Ordering::SeqCst)
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn pump(
    mut from: OwnedReadHalf,
    mut to: OwnedWriteHalf,
    dir: Dir,
    fault: Fault,
    conn: CancellationToken,
    totals: Arc<Totals>,
) {
    let byte_limit = match fault {
        Fault::CutAfter { dir: d, bytes } | Fault::StallAfter { dir: d, bytes } if d == dir => {
            Some(bytes)
        }
        _ => None,
    };
    let message_limit = match fault {
        Fault::CutAfterMessages { dir: d, messages } if d == dir => Some(messages),
        _ => None,
    };
    let mut framer = Framer::new(dir == Dir::ServerToClient);
    let (mut sent, mut messages) = (0u64, 0u64);
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = tokio::select! {
            _ = conn.cancelled() => return,
            r = from.read(&mut buf) => match r {
                Ok(0) | Err(_) => {
                    let _ = to.shutdown().await;
                    return;
                }
                Ok(n) => n,
            },
        };
        if let Fault::Delay(d) = fault {
            tokio::time::sleep(d).await;
        }
        let ends = framer.message_ends(&buf[..n]);
        let mut take = n;
        let mut limit_reached = false;
        if let Some(limit) = byte_limit {
            take = (n as u64).min(limit.saturating_sub(sent)) as usize;
            limit_reached = sent + take as u64 >= limit;
        }
        if let Some(limit) = message_limit {
            let remaining = limit.saturating_sub(messages) as usize;
            if remaining == 0 || ends.len() >= remaining {
                take = if remaining == 0 {
                    0
                } else {
                    ends[remaining - 1]
                };
                limit_reached = true;
            }
        }
        let whole = ends.iter().filter(|&&e| e <= take).count() as u64;
        sent += take as u64;
        messages += whole;
        // Counted before they are written: a peer that has read them (a client whose login
        // just finished) must find them in the totals, or a test that measures the login and
        // then stalls right after it would stall inside it when this task is slow to resume.
        totals.bytes[dir as usize].fetch_add(take as u64, Ordering::SeqCst);
        totals.messages[dir as usize].fetch_add(whole, Ordering::SeqCst);
        if to.write_all(&buf[..take]).await.is_err() {
            conn.cancel();
            return;
        }
        if limit_reached {
            match fault {
                // This direction goes silent with its sockets open (the peer sees no FIN),
                // until the proxy is dropped.
                Fault::StallAfter { .. } => conn.cancelled().await,
                _ => conn.cancel(),
            }
            return;
        }
    }
}

/// A proxy in front of the plain PostgreSQL and the URL that goes through it.
pub async fn proxy_to_plain(test: &str) -> Option<(FaultProxy, String)> {
    let url = plain_url(test)?;
    let target = SyncTarget::from_url(&url, None).unwrap();
    let addr = tokio::net::lookup_host((target.host.as_str(), target.port))
        .await
        .unwrap()
        .find(SocketAddr::is_ipv4)
        .unwrap();
    let proxy = FaultProxy::start(addr).await;
    let through = format!(
        "postgres://{}@{}/{}",
        target.user, proxy.addr, target.dbname
    );
    Some((proxy, with_param(&through, "sslmode=disable")))
}

/// A query returning a few hundred kilobytes, so a cut lands in the middle of its answer.
pub const BIG_QUERY: &str = "SELECT repeat('x', 100) || g::text FROM generate_series(1, 5000) g";

/// Runs BIG_QUERY on a fresh connection through the proxy; a hang fails the test after 60 s.
async fn big_query(url: &str) -> Result<usize, SyncConnectError> {
    let mut target = SyncTarget::from_url(url, None).unwrap();
    target.statement_timeout = Duration::from_secs(20);
    let run = async {
        let (client, watch) = connect_watched(&target).await?;
        client
            .query_typed(BIG_QUERY, &[])
            .await
            .map(|rows| rows.len())
            .map_err(|e| watch.explain(&e))
    };
    tokio::time::timeout(Duration::from_secs(60), run)
        .await
        .expect("the query hung instead of failing")
}

/// Bytes each way of one connection's login, measured through a clean proxy.
async fn login_bytes(proxy: &FaultProxy, url: &str) -> (u64, u64) {
    let before = (
        proxy.forwarded(Dir::ClientToServer),
        proxy.forwarded(Dir::ServerToClient),
    );
    let target = SyncTarget::from_url(url, None).unwrap();
    let (client, _) = connect_watched(&target).await.unwrap();
    // The server's last login message (ReadyForQuery) has arrived once connect returns.
    let after = (
        proxy.forwarded(Dir::ClientToServer),
        proxy.forwarded(Dir::ServerToClient),
    );
    drop(client);
    (after.0 - before.0, after.1 - before.1)
}

#[tokio::test]
async fn clean_and_delayed_proxies_pass_queries_through() {
    let Some((proxy, url)) = proxy_to_plain("fault proxy passthrough").await else {
        return;
    };
    assert_eq!(big_query(&url).await.unwrap(), 5000);
    proxy.set(Fault::Delay(Duration::from_millis(5)));
    assert_eq!(big_query(&url).await.unwrap(), 5000);
}

#[tokio::test]
async fn a_cut_in_the_middle_of_an_answer_is_an_error_not_a_hang() {
    let Some((proxy, url)) = proxy_to_plain("fault proxy cut server→client").await else {
        return;
    };
    let (_, login_in) = login_bytes(&proxy, &url).await;
    proxy.set(Fault::CutAfter {
        dir: Dir::ServerToClient,
        bytes: login_in + 4096,
    });
    let err = big_query(&url).await.unwrap_err();
    assert!(matches!(err, SyncConnectError::Closed { .. }), "{err:?}");
    assert!(err.to_string().contains(&proxy.addr.to_string()), "{err}");
}

#[tokio::test]
async fn a_cut_while_the_query_is_sent_is_an_error_not_a_hang() {
    let Some((proxy, url)) = proxy_to_plain("fault proxy cut client→server").await else {
        return;
    };
    let (login_out, _) = login_bytes(&proxy, &url).await;
    proxy.set(Fault::CutAfter {
        dir: Dir::ClientToServer,
        bytes: login_out + 10,
    });
    let err = big_query(&url).await.unwrap_err();
    assert!(matches!(err, SyncConnectError::Closed { .. }), "{err:?}");
}

#[tokio::test]
async fn a_cut_during_login_fails_the_connect() {
    let Some((proxy, url)) = proxy_to_plain("fault proxy cut at login").await else {
        return;
    };
    proxy.set(Fault::CutAfter {
        dir: Dir::ServerToClient,
        bytes: 20,
    });
    let err = big_query(&url).await.unwrap_err();
    assert!(matches!(err, SyncConnectError::Connect { .. }), "{err:?}");
}

#[tokio::test]
async fn a_cut_at_every_message_boundary_is_an_error_not_a_hang() {
    let Some((proxy, url)) = proxy_to_plain("fault proxy message boundaries").await else {
        return;
    };
    let target = SyncTarget::from_url(&url, None).unwrap();
    let query = "SELECT $1::int8 + 1";
    let one = || -> (&(dyn tokio_postgres::types::ToSql + Sync), _) {
        (&41i64, tokio_postgres::types::Type::INT8)
    };
    // A clean run counts the messages each way of the login and one query.
    let (client, _) = connect_watched(&target).await.unwrap();
    let row = client.query_typed(query, &[one()]).await.unwrap();
    assert_eq!(row[0].get::<_, i64>(0), 42);
    let (out, back) = (
        proxy.messages(Dir::ClientToServer),
        proxy.messages(Dir::ServerToClient),
    );
    drop(client);
    assert!(
        out >= 6 && back >= 8,
        "startup + 5 query messages out, {out}; {back} back"
    );
    for (dir, total) in [(Dir::ClientToServer, out), (Dir::ServerToClient, back - 1)] {
        for messages in 0..=total {
            proxy.set(Fault::CutAfterMessages { dir, messages });
            let run = async {
                let (client, watch) = connect_watched(&target).await?;
                client
                    .query_typed(query, &[one()])
                    .await
                    .map_err(|e| watch.explain(&e))
            };
            let result = tokio::time::timeout(Duration::from_secs(60), run)
                .await
                .unwrap_or_else(|_| panic!("{dir:?} cut after {messages} messages hung"));
            assert!(
                result.is_err(),
                "{dir:?} cut after {messages} messages went through"
            );
        }
    }
}
