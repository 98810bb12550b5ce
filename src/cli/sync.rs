//! `lectern sync [--status [--json]]` and `lectern sync init`: push local changes then pull
//! remote ones; show where sync stands; create the server schema. Exit 0 in sync, 1 when
//! conflicts are open, 2 on configuration or connection errors (the message names host and
//! port, never the password).
//!
//! The server URL comes from `--url` or `LECTERN_SYNC_URL` ([`sync_url_from_env`]), and the
//! connection is plain TCP for now: one place to switch to the `[sync]` configuration and its
//! TLS-aware connection.

use std::str::FromStr;
use std::time::Duration;

use anyhow::{Context as _, anyhow};
use clap::{Args, Subcommand};
use serde::Serialize;
use tokio_postgres::{Client, NoTls};

use crate::services::sync::{SyncOptions, sync};
use crate::storage::sync::{ServerInfo, init_server, server_info, valid_schema};

use super::Context;
use super::output::{Exit, print_json};

#[derive(Debug, Args)]
pub struct Cmd {
    #[command(subcommand)]
    pub action: Option<Action>,
    /// Show the server, the last sync, pending local changes and open conflicts; sync nothing.
    #[arg(long)]
    pub status: bool,
    /// With --status: one JSON document.
    #[arg(long, requires = "status")]
    pub json: bool,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args, Clone)]
pub struct ServerArgs {
    /// PostgreSQL URL (default: the LECTERN_SYNC_URL environment variable).
    #[arg(long, global = true, value_name = "URL")]
    pub url: Option<String>,
    /// Schema holding Lectern's tables on the server.
    #[arg(long, global = true, default_value = "lectern", value_name = "NAME")]
    pub schema: String,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Create or upgrade Lectern's tables on the server (a second replica's init does nothing).
    Init,
}

/// The server URL: `--url`, else `LECTERN_SYNC_URL`.
pub fn sync_url_from_env(flag: Option<&str>) -> anyhow::Result<String> {
    match flag {
        Some(url) => Ok(url.to_string()),
        None => std::env::var("LECTERN_SYNC_URL").map_err(|_| {
            anyhow!(
                "sync is not configured: set LECTERN_SYNC_URL to the server's PostgreSQL URL \
                 (postgres://user:password@host:5432/db) or pass --url"
            )
        }),
    }
}

/// `host:port/db` of a URL, for messages and the status: never the password.
pub fn server_label(url: &str) -> anyhow::Result<String> {
    let config = tokio_postgres::Config::from_str(url).map_err(|_| {
        anyhow!("the sync URL is not a valid PostgreSQL URL (postgres://user@host:5432/db)")
    })?;
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config.get_dbname().unwrap_or("");
    Ok(format!("{host}:{port}/{db}"))
}

async fn connect(url: &str, label: &str) -> anyhow::Result<Client> {
    let mut config = tokio_postgres::Config::from_str(url)
        .map_err(|_| anyhow!("the sync URL for {label} is not a valid PostgreSQL URL"))?;
    config.connect_timeout(Duration::from_secs(10));
    let (client, connection) = config
        .connect(NoTls)
        .await
        .map_err(|e| anyhow!("cannot connect to the sync server {label}: {e}"))?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::warn!("sync connection closed: {e}");
        }
    });
    Ok(client)
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    valid_schema(&cmd.server.schema)?;
    let url = sync_url_from_env(cmd.server.url.as_deref())?;
    let label = server_label(&url)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let mut client = connect(&url, &label).await?;
        match (&cmd.action, cmd.status) {
            (Some(Action::Init), _) => {
                let report = init_server(&mut client, &cmd.server.schema)
                    .await
                    .with_context(|| format!("sync init on {label}"))?;
                if report.from == report.to {
                    outln!(
                        "sync schema `{}` on {label} is already at version {}",
                        cmd.server.schema,
                        report.to
                    );
                } else {
                    outln!(
                        "sync schema `{}` on {label}: version {} → {}",
                        cmd.server.schema,
                        report.from,
                        report.to
                    );
                }
                Ok(Exit::Ok)
            }
            (None, true) => status(ctx, &mut client, &cmd, &label).await,
            (None, false) => {
                let opts = SyncOptions {
                    schema: cmd.server.schema.clone(),
                    ..SyncOptions::new(&label)
                };
                let report = sync(&mut ctx.store, &mut client, &opts)
                    .await
                    .with_context(|| format!("sync with {label}"))?;
                if report.new_replica_id {
                    eprintln!(
                        "lectern: this database is a copy of another replica; it now syncs under \
                         a new replica id and nothing was lost"
                    );
                }
                outln!("{}", report.summary());
                Ok(if report.open_conflicts > 0 {
                    Exit::CheckFailed
                } else {
                    Exit::Ok
                })
            }
        }
    })
}

#[derive(Debug, Serialize)]
struct Status {
    server: String,
    schema: String,
    replica_id: Option<String>,
    last_sync_at: Option<String>,
    pending_changes: i64,
    open_conflicts: i64,
    server_info: ServerInfo,
    /// Server log entries this replica has not pulled yet.
    to_pull: i64,
}

async fn status(
    ctx: &mut Context,
    client: &mut Client,
    cmd: &Cmd,
    label: &str,
) -> anyhow::Result<Exit> {
    let repo = ctx.store.read();
    let state = repo.sync_state()?;
    let info = server_info(client, &cmd.server.schema)
        .await
        .with_context(|| format!("sync status of {label}"))?;
    let status = Status {
        server: label.to_string(),
        schema: cmd.server.schema.clone(),
        replica_id: state.replica_id.clone(),
        last_sync_at: state.last_sync_at.clone(),
        pending_changes: if state.recording {
            repo.sync_pending()?
        } else {
            -1
        },
        open_conflicts: repo.open_conflict_count()?,
        to_pull: (info.log_seq - state.pull_cursor).max(0),
        server_info: info,
    };
    if cmd.json {
        print_json(&status)?;
    } else {
        outln!("server       {} (schema {})", status.server, status.schema);
        outln!(
            "last sync    {}",
            status.last_sync_at.as_deref().unwrap_or("never")
        );
        if status.pending_changes < 0 {
            outln!("pending      everything (this database has never synced)");
        } else {
            outln!(
                "pending      {} local change(s) to push",
                status.pending_changes
            );
        }
        outln!("to pull      {} server change(s)", status.to_pull);
        outln!("conflicts    {} open", status.open_conflicts);
    }
    Ok(if status.open_conflicts > 0 {
        Exit::CheckFailed
    } else {
        Exit::Ok
    })
}
