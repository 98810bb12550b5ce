//! One connection to the sync server: TCP with a connect timeout, TLS (rustls through
//! tokio-postgres-rustls, the CA file or the platform's roots, host name checked) unless the URL
//! says `sslmode=disable`, login, and a client-side answer timeout ([`stall`]). The connection task is spawned on the current tokio
//! runtime; its failure is kept so a broken query can say why ([`ConnectionWatch::explain`]).
//!
//! Works through PgBouncer / Supavisor in transaction mode: nothing here sets session state.
//! Every error names `host:port`, never the password. Depends on `config` only.

mod said;
mod stall;
mod target;
mod tls;

use std::error::Error as _;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_postgres::tls::{MakeTlsConnect, NoTls, TlsConnect};
use tokio_postgres::{Client, Connection};
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::config::pg_url::SslMode;
use crate::domain::said::{Said, SaidArg};

use said::english;

pub use stall::{Framer, StallGuard};
pub use target::SyncTarget;

/// Why a sync connection could not be made or used. Cloneable so the connection task's failure
/// can be handed to every query that it broke. A `reason` is a system failure (said by its
/// kind), a sentence of ours, or a library's text quoted as written ([`SaidArg`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncConnectError {
    #[error("sync configuration: {}", crate::i18n::Texts::default().said(.0))]
    Config(Said),
    #[error(
        "CA file {path}: {reason}; [sync] ca_file must be the PEM file of the server's \
         certificate authority", path = path.display(), reason = english(reason)
    )]
    CaFile {
        path: std::path::PathBuf,
        reason: SaidArg,
    },
    #[error("cannot reach the sync server at {endpoint}: {}", english(reason))]
    Connect { endpoint: String, reason: SaidArg },
    #[error(
        "the sync server at {endpoint} did not complete the connection within {secs} s \
         ([sync] connect_timeout_secs); check the host, port and network"
    )]
    ConnectTimeout { endpoint: String, secs: u64 },
    #[error("TLS with the sync server at {endpoint} failed: {}", english(reason))]
    Tls { endpoint: String, reason: SaidArg },
    #[error("the sync server at {endpoint} answered with an error: {message}")]
    Server { endpoint: String, message: String },
    #[error(
        "the sync server at {endpoint} sent no answer within {secs} s ([sync] \
         statement_timeout_secs); the connection was dropped and the next sync starts afresh"
    )]
    Stalled { endpoint: String, secs: u64 },
    #[error(
        "the connection to the sync server at {endpoint} broke: {}",
        english(reason)
    )]
    Closed { endpoint: String, reason: SaidArg },
}

/// Opens a connection to `target` and spawns its task.
pub async fn connect(target: &SyncTarget) -> Result<Client, SyncConnectError> {
    Ok(connect_watched(target).await?.0)
}

/// [`connect`], plus a handle that explains query errors by the connection task's failure
/// (a stall or a cut shows as "connection closed" on the query itself).
pub async fn connect_watched(
    target: &SyncTarget,
) -> Result<(Client, ConnectionWatch), SyncConnectError> {
    let watch = ConnectionWatch {
        endpoint: target.endpoint(),
        statement_secs: target.statement_timeout.as_secs(),
        failure: Arc::new(Mutex::new(None)),
    };
    let attempt = open(target, watch.clone());
    match tokio::time::timeout(target.connect_timeout, attempt).await {
        Ok(Ok(client)) => Ok((client, watch)),
        Ok(Err(e)) => Err(e),
        Err(_) => Err(SyncConnectError::ConnectTimeout {
            endpoint: target.endpoint(),
            secs: target.connect_timeout.as_secs(),
        }),
    }
}

async fn open(target: &SyncTarget, watch: ConnectionWatch) -> Result<Client, SyncConnectError> {
    let tcp = TcpStream::connect((target.host.as_str(), target.port))
        .await
        .map_err(|e| watch.connect_error(SaidArg::from(&e)))?;
    // Protocol messages are small and answered one by one: Nagle would add 40 ms to each.
    let _ = tcp.set_nodelay(true);
    let mut pg = tokio_postgres::Config::new();
    pg.user(&target.user)
        .dbname(&target.dbname)
        .application_name("lectern")
        // TLS, when asked for, is already in place below (see `start_tls`).
        .ssl_mode(tokio_postgres::config::SslMode::Disable);
    if let Some(password) = &target.password {
        pg.password(password);
    }
    let timeout = target.statement_timeout;
    if target.sslmode == SslMode::Disable {
        login(&pg, StallGuard::new(tcp, timeout), watch).await
    } else {
        let tls = start_tls(target, tcp, &watch).await?;
        login(&pg, StallGuard::new(tls, timeout), watch).await
    }
}

/// PostgreSQL's `SSLRequest`, then the TLS handshake (tokio-postgres-rustls) on the same
/// socket. Done here rather than inside tokio-postgres so the stall guard can sit above TLS,
/// where it can read the protocol (the price: no SCRAM channel binding).
async fn start_tls(
    target: &SyncTarget,
    mut tcp: TcpStream,
    watch: &ConnectionWatch,
) -> Result<impl AsyncRead + AsyncWrite + Unpin + Send + 'static, SyncConnectError> {
    const SSL_REQUEST: [u8; 8] = [0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f];
    let config = tls::client_config(target)?;
    tcp.write_all(&SSL_REQUEST)
        .await
        .map_err(|e| watch.connect_error(SaidArg::from(&e)))?;
    let mut answer = [0u8; 1];
    tcp.read_exact(&mut answer)
        .await
        .map_err(|e| watch.connect_error(SaidArg::from(&e)))?;
    match answer[0] {
        b'S' => {}
        b'N' => {
            return Err(SyncConnectError::Tls {
                endpoint: target.endpoint(),
                reason: Said::new("err-sync-no-tls").into(),
            });
        }
        other => {
            return Err(watch.connect_error(
                Said::new("err-sync-not-postgres")
                    .with("answer", format!("{other:#04x}"))
                    .into(),
            ));
        }
    }
    let mut make = MakeRustlsConnect::new(config);
    let connect =
        <MakeRustlsConnect as MakeTlsConnect<TcpStream>>::make_tls_connect(&mut make, &target.host)
            .map_err(|e| match e {})?;
    connect
        .connect(tcp)
        .await
        .map_err(|e| SyncConnectError::Tls {
            endpoint: target.endpoint(),
            // rustls's own sentence: the kind alone ("invalid data") would hide why.
            reason: e.to_string().into(),
        })
}

async fn login<S>(
    pg: &tokio_postgres::Config,
    stream: StallGuard<S>,
    watch: ConnectionWatch,
) -> Result<Client, SyncConnectError>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (client, connection) = pg
        .connect_raw(stream, NoTls)
        .await
        .map_err(|e| watch.classify(&e, true))?;
    spawn_connection(connection, watch);
    Ok(client)
}

fn spawn_connection<S, T>(connection: Connection<S, T>, watch: ConnectionWatch)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    tokio::spawn(async move {
        let mut connection = connection;
        // Polled through a reference so the connection (and with it the queries waiting on
        // it) is dropped only after its failure is recorded: a query that sees the close
        // then always finds the reason.
        if let Err(e) = (&mut connection).await {
            let failure = watch.classify(&e, false);
            tracing::warn!(error = %failure, "sync connection ended");
            if let Ok(mut slot) = watch.failure.lock() {
                *slot = Some(failure);
            }
        }
        drop(connection);
    });
}

/// The connection task's fate, shared with the code running queries on its client.
#[derive(Debug, Clone)]
pub struct ConnectionWatch {
    endpoint: String,
    statement_secs: u64,
    failure: Arc<Mutex<Option<SyncConnectError>>>,
}

impl ConnectionWatch {
    fn connect_error(&self, reason: SaidArg) -> SyncConnectError {
        SyncConnectError::Connect {
            endpoint: self.endpoint.clone(),
            reason,
        }
    }

    /// Why the connection task ended, once it has.
    pub fn failure(&self) -> Option<SyncConnectError> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }

    /// A query's error in the sync's terms: the connection task's own failure when the query
    /// only saw the connection close (a stall, a cut), else the query's error with the server.
    pub fn explain(&self, err: &tokio_postgres::Error) -> SyncConnectError {
        if err.is_closed()
            && let Some(failure) = self.failure()
        {
            return failure;
        }
        self.classify(err, false)
    }

    fn classify(&self, err: &tokio_postgres::Error, connecting: bool) -> SyncConnectError {
        let endpoint = self.endpoint.clone();
        if let Some(db) = err.as_db_error() {
            return SyncConnectError::Server {
                endpoint,
                message: format!("{} ({}): {}", db.severity(), db.code().code(), db.message()),
            };
        }
        let mut source = err.source();
        while let Some(e) = source {
            if let Some(io) = e.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::TimedOut
                && io.to_string() == stall::STALLED
            {
                return SyncConnectError::Stalled {
                    endpoint,
                    secs: self.statement_secs,
                };
            }
            source = e.source();
        }
        let reason = SaidArg::from(describe(err));
        if connecting {
            SyncConnectError::Connect { endpoint, reason }
        } else {
            SyncConnectError::Closed { endpoint, reason }
        }
    }
}

/// The error and its causes on one line ("error performing TLS handshake: invalid peer
/// certificate: UnknownIssuer").
fn describe(err: &tokio_postgres::Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut source = err.source();
    while let Some(e) = source {
        let text = e.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}
