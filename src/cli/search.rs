//! `lectern search QUERY [--course SLUG] [--limit N] [--json]`: the workbench's `Ctrl-f` from
//! the command line. Every word must appear (as a prefix), without case or accents.

use clap::Args;
use serde_json::json;

use crate::domain::display_text::sanitize;
use crate::services::{self, SearchResult};

use super::Context;
use super::output::{Exit, Paint, print_json};
use crate::tr;

#[derive(Debug, Args)]
pub struct Cmd {
    /// Words to find (`exercicio` also finds `exercício`).
    #[arg(required = true, num_args = 1..)]
    query: Vec<String>,
    /// Search only this course (its slug, as `lectern list` shows it).
    #[arg(long, value_name = "SLUG")]
    course: Option<String>,
    /// Show at most this many hits, best first.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
    limit: u32,
    /// Print one JSON document: `{"query", "hits": [{kind, course, target, line, title,
    /// snippet, rank}]}`, matched words marked «» in the snippet.
    #[arg(long)]
    json: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let query = cmd.query.join(" ");
    let hits = services::search_library(&ctx.store, &query, cmd.course.as_deref(), cmd.limit)?;
    if cmd.json {
        let hits: Vec<_> = hits.iter().map(hit_json).collect();
        print_json(&json!({ "query": query, "hits": hits }))?;
        return Ok(Exit::Ok);
    }
    if hits.is_empty() {
        outln!(
            "{}",
            tr!(ctx.texts, "search-no-matches", query = sanitize(&query))
        );
        return Ok(Exit::Ok);
    }
    let paint = Paint::stdout();
    let mut text = String::new();
    for hit in &hits {
        let place = match hit.line {
            Some(line) => format!("{}:{line}", sanitize(&hit.target)),
            None => sanitize(&hit.target).into_owned(),
        };
        text.push_str(&format!(
            "{} {}  {}\n    {}\n",
            paint.bold(&sanitize(&hit.course)),
            place,
            paint.dim(&sanitize(&hit.title)),
            snippet_text(hit, paint)
        ));
    }
    out!("{text}");
    Ok(Exit::Ok)
}

fn hit_json(hit: &SearchResult) -> serde_json::Value {
    json!({
        "kind": hit.kind,
        "course": hit.course,
        "target": hit.target,
        "line": hit.line,
        "title": hit.title,
        "snippet": marked(hit, |word| format!("«{word}»")),
        "rank": hit.rank,
    })
}

/// The snippet on one line, sanitised, matched words bold on a terminal and «» otherwise.
fn snippet_text(hit: &SearchResult, paint: Paint) -> String {
    let mut out = String::new();
    for (text, matched) in &hit.snippet {
        let flat = text.replace(['\n', '\r', '\t'], " ");
        let shown = sanitize(&flat);
        if !*matched {
            out.push_str(&shown);
        } else if paint.is_enabled() {
            out.push_str(&paint.bold(&shown));
        } else {
            out.push_str(&format!("«{shown}»"));
        }
    }
    out
}

fn marked(hit: &SearchResult, mark: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for (text, matched) in &hit.snippet {
        if *matched {
            out.push_str(&mark(text));
        } else {
            out.push_str(text);
        }
    }
    out
}
