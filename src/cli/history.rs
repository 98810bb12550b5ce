//! `lectern history SLUG [TARGET] [--json]`: the revisions of one text (a lesson id, `brief`,
//! `curriculum`, `research/NAME`, `status`) or of the whole course, newest first.

use clap::Args;
use serde_json::json;

use crate::services::history;
use crate::storage::RevisionRow;

use crate::i18n::Texts;
use crate::tr;

use super::Context;
use super::output::{Exit, Paint, print_json, shown};

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// A lesson id (e.g. 1.2), `brief`, `curriculum`, `status` or `research/NAME`; every
    /// text of the course when left out.
    pub target: Option<String>,
    /// Print a JSON array of revisions, newest first.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let revisions = history::history(&ctx.store, &cmd.slug, cmd.target.as_deref())?;
    if cmd.json {
        let rows: Vec<_> = revisions.iter().map(as_json).collect();
        print_json(&rows)?;
        return Ok(Exit::Ok);
    }
    let paint = Paint::stdout();
    if revisions.is_empty() {
        outln!(
            "{}",
            tr!(ctx.texts, "history-empty", slug = shown(&cmd.slug))
        );
    }
    let mut out = String::new();
    for r in &revisions {
        out.push_str(&line(r, cmd.target.is_none(), paint, ctx.texts));
        out.push('\n');
    }
    super::output::emit(&out);
    Ok(Exit::Ok)
}

fn as_json(r: &RevisionRow) -> serde_json::Value {
    json!({
        "id": r.id,
        "parent": r.parent,
        "target": r.target,
        "created_at": r.created_at,
        "source": r.source,
        "author": r.author,
        "provider": r.provider,
        "model": r.model,
        "origin": r.origin,
        "gps_score": r.gps_score,
        "didatica_score": r.didatica_score,
        "sha256": r.sha256,
        "action_id": r.action_id,
        "lines_added": r.lines_added,
        "lines_removed": r.lines_removed,
    })
}

fn line(r: &RevisionRow, with_target: bool, paint: Paint, t: Texts) -> String {
    let source = match (&r.provider, &r.model) {
        (Some(p), Some(m)) if !m.is_empty() => format!("{} ({p} {m})", r.source),
        (Some(p), _) => format!("{} ({p})", r.source),
        _ => r.source.clone(),
    };
    let scores = match (r.gps_score, r.didatica_score) {
        (Some(g), Some(d)) => format!(
            "GPS {:>2}/30 DL {:>3}/100",
            (g * 30.0).round(),
            (d * 100.0).round()
        ),
        _ => String::new(),
    };
    let target = if with_target {
        format!("{:<14} ", shown(&r.target))
    } else {
        String::new()
    };
    format!(
        "{} {} {target}{:<32} {:<12} {:<22} {} {}",
        paint.bold(r.id.get(..13).unwrap_or(&r.id)),
        paint.dim(&t.timestamp(r.created_at.get(..19).unwrap_or(&r.created_at))),
        shown(&source),
        shown(&r.author),
        scores,
        paint.good(&format!("+{}", r.lines_added)),
        paint.bad(&format!("-{}", r.lines_removed)),
    )
}
