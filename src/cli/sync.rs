//! `lectern sync [--status [--json]]` and `lectern sync init`: push local changes then pull
//! remote ones; show where sync stands; create the server schema. Exit 0 in sync, 1 when
//! conflicts are open, 2 on configuration or connection errors (the message names host and
//! port, never the password).
//!
//! The server comes from `--url`, else the `[sync]` configuration (its URL from the
//! environment variable `url_env`, `LECTERN_SYNC_URL` by default, or `url` + `password_env`),
//! and is reached through [`connect_watched`]: TLS verified against `ca_file` (or the
//! platform's roots) unless the URL says `sslmode=disable`.

use anyhow::{Context as _, anyhow};
use clap::{Args, Subcommand};
use serde::Serialize;
use tokio_postgres::Client;

use crate::services::sync::{SyncOptions, sync};
use crate::storage::sync::connect::{ConnectionWatch, SyncTarget, connect_watched};
use crate::storage::sync::{ServerInfo, init_server, server_info, valid_schema};

use crate::i18n::Texts;
use crate::services::sync::SyncReport;
use crate::tr;

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
    /// PostgreSQL URL (default: the `[sync]` configuration, LECTERN_SYNC_URL).
    #[arg(long, global = true, value_name = "URL")]
    pub url: Option<String>,
    /// Schema holding Lectern's tables on the server (default: `[sync] schema`, `lectern`).
    #[arg(long, global = true, value_name = "NAME")]
    pub schema: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Create or upgrade Lectern's tables on the server (a second replica's init does nothing).
    Init,
}

/// The server to sync with: `--url` (TLS rules and `ca_file` from the config still apply),
/// else the `[sync]` configuration; `--schema` overrides the configured schema.
pub fn sync_target(server: &ServerArgs, ctx: &Context) -> anyhow::Result<SyncTarget> {
    let cfg = &ctx.config.sync;
    let mut target = match &server.url {
        Some(url) => SyncTarget::from_url(url, cfg.ca_file.clone())?,
        None => SyncTarget::from_config(cfg, |k| std::env::var(k).ok())?.ok_or_else(|| {
            anyhow!(
                "{}",
                tr!(ctx.texts, "sync-not-configured", var = cfg.url_env.as_str())
            )
        })?,
    };
    if let Some(schema) = &server.schema {
        target.schema = schema.clone();
    }
    valid_schema(&target.schema)?;
    Ok(target)
}

/// What the workbench's background sync needs, when `[sync]` is configured (`None`: no
/// thread, no connection): the server, who writes (`[sync] author`, else `[author] name`)
/// and how often to poll. A configured but broken section (a password variable that is not
/// set) stops the start with its reason, as `lectern sync` would.
pub fn workbench_settings(
    ctx: &Context,
) -> anyhow::Result<Option<(SyncTarget, Option<String>, std::time::Duration)>> {
    let cfg = &ctx.config.sync;
    let Some(target) = SyncTarget::from_config(cfg, |k| std::env::var(k).ok())? else {
        return Ok(None);
    };
    valid_schema(&target.schema)?;
    let author = cfg
        .author
        .clone()
        .or_else(|| ctx.config.author.name.clone());
    let poll = std::time::Duration::from_secs(cfg.poll_seconds);
    Ok(Some((target, author, poll)))
}

/// `host:port/db`, as messages and the status name the server: never the password.
pub fn server_label(target: &SyncTarget) -> String {
    format!("{}/{}", target.endpoint(), target.dbname)
}

/// A failed server round explained by the connection's own failure when it broke (a stall or
/// a cut shows on the query as "connection closed").
fn explained(err: anyhow::Error, watch: &ConnectionWatch, t: Texts) -> anyhow::Error {
    match watch.failure() {
        // Said now, in the reader's language: the context is kept as text.
        Some(failure) => anyhow::Error::new(failure).context(crate::services::say(t, err.as_ref())),
        None => err,
    }
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let target = sync_target(&cmd.server, ctx)?;
    let label = server_label(&target);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context(tr!(ctx.texts, "context-async-runtime"))?;
    let t = ctx.texts;
    runtime.block_on(async {
        let (mut client, watch) = connect_watched(&target)
            .await
            .with_context(|| tr!(t, "context-sync-with", server = label.as_str()))?;
        let result = serve(ctx, &mut client, &cmd, &target, &label).await;
        result.map_err(|e| explained(e, &watch, t))
    })
}

async fn serve(
    ctx: &mut Context,
    client: &mut Client,
    cmd: &Cmd,
    target: &SyncTarget,
    label: &str,
) -> anyhow::Result<Exit> {
    let schema = &target.schema;
    match (&cmd.action, cmd.status) {
        (Some(Action::Init), _) => {
            let report = init_server(client, schema)
                .await
                .with_context(|| tr!(ctx.texts, "context-sync-init", server = label))?;
            // Versions as written, never with a thousands separator.
            if report.from == report.to {
                outln!(
                    "{}",
                    tr!(
                        ctx.texts,
                        "sync-init-current",
                        schema = schema.as_str(),
                        server = label,
                        version = report.to.to_string()
                    )
                );
            } else {
                outln!(
                    "{}",
                    tr!(
                        ctx.texts,
                        "sync-init-upgraded",
                        schema = schema.as_str(),
                        server = label,
                        from = report.from.to_string(),
                        to = report.to.to_string()
                    )
                );
            }
            Ok(Exit::Ok)
        }
        (None, true) => status(ctx, client, cmd.json, schema, label).await,
        (None, false) => {
            let opts = SyncOptions {
                schema: schema.clone(),
                ..SyncOptions::new(label)
            };
            let report = sync(&mut ctx.store, client, &opts)
                .await
                .with_context(|| tr!(ctx.texts, "context-sync-with", server = label))?;
            if report.new_replica_id {
                eprintln!("lectern: {}", tr!(ctx.texts, "sync-new-replica"));
            }
            outln!("{}", summary(&report, ctx.texts));
            Ok(if report.open_conflicts > 0 {
                Exit::CheckFailed
            } else {
                Exit::Ok
            })
        }
    }
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
    json: bool,
    schema: &str,
    label: &str,
) -> anyhow::Result<Exit> {
    let repo = ctx.store.read();
    let state = repo.sync_state()?;
    let info = server_info(client, schema)
        .await
        .with_context(|| tr!(ctx.texts, "context-sync-status", server = label))?;
    let status = Status {
        server: label.to_string(),
        schema: schema.to_string(),
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
    if json {
        print_json(&status)?;
    } else {
        print_status(&status, ctx.texts);
    }
    Ok(if status.open_conflicts > 0 {
        Exit::CheckFailed
    } else {
        Exit::Ok
    })
}

fn print_status(status: &Status, t: Texts) {
    outln!(
        "{}",
        tr!(
            t,
            "sync-status-server",
            server = status.server.as_str(),
            schema = status.schema.as_str()
        )
    );
    let when = status.last_sync_at.as_deref().map_or_else(
        || t.get("sync-status-never"),
        |w| t.timestamp(w).into_owned(),
    );
    outln!("{}", tr!(t, "sync-status-last", when = when));
    if status.pending_changes < 0 {
        outln!("{}", tr!(t, "sync-status-pending-all"));
    } else {
        outln!(
            "{}",
            tr!(t, "sync-status-pending", n = status.pending_changes)
        );
    }
    outln!("{}", tr!(t, "sync-status-to-pull", n = status.to_pull));
    outln!(
        "{}",
        tr!(t, "sync-status-conflicts", n = status.open_conflicts)
    );
}

/// `↑ 12 revisions, 2 courses · ↓ 3 revisions · 1 conflict`, in `t`'s language (the service's
/// own [`SyncReport::summary`] is the log's English).
fn summary(report: &SyncReport, t: Texts) -> String {
    tr!(
        t,
        "sync-summary",
        pushed_revisions = report.pushed_revisions,
        pushed_courses = report.pushed_courses,
        pulled_revisions = report.pulled_revisions,
        pulled_courses = report.pulled_courses.len(),
        conflicts = report.open_conflicts.max(0)
    )
}
