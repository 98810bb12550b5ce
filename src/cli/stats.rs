//! `lectern stats [SLUG] [--json]`: the analytics figures of the library or one course, the
//! same ones the dashboard draws and the report prints (keys in docs/cli.md).

use clap::Args;

use crate::domain::analytics::Figures;
use crate::services::{self, Scope};

use super::Context;
use super::output::{Exit, Paint, print_json, shown};

#[derive(Debug, Args)]
pub struct Cmd {
    /// A course slug (default: every course not archived).
    pub slug: Option<String>,
    /// Print one JSON document (stable keys, see docs/cli.md).
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let figures = services::figures(&ctx.store, &Scope::from_slug(cmd.slug.as_deref()))?;
    if cmd.json {
        print_json(&figures)?;
    } else {
        out!("{}", render(&figures, Paint::stdout()));
    }
    Ok(Exit::Ok)
}

fn one(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{v:.1}"))
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{:.0}%", v * 100.0))
}

/// The figures as a short text: scores, weakest elements, modules, codes, trend, origin.
pub fn render(f: &Figures, paint: Paint) -> String {
    let scope = f
        .course
        .as_deref()
        .map_or("Library".to_string(), |s| shown(s).into_owned());
    let mut out = format!(
        "{}: {} course(s), {} scored lesson(s) of {}\n",
        paint.bold(&scope),
        f.courses,
        f.lessons,
        f.lessons_total
    );
    out.push_str(&format!(
        "GPS       mean {}/30, valid {} · at 0/10/20/30: {}\n",
        one(f.gps.mean),
        f.gps.valid,
        join(&f.gps.distribution)
    ));
    out.push_str(&format!(
        "Didática  mean {}/100, passed (≥70) {} ({}) · bands 0–9 … 90–100: {}\n",
        one(f.didatica.mean),
        f.didatica.passed,
        pct(f.didatica.pass_rate),
        join(&f.didatica.histogram)
    ));
    out.push_str(&format!("\n{}\n", paint.bold("Elements, weakest first")));
    for e in &f.elements {
        out.push_str(&format!(
            "  {:<22} {:>5} of {:>2} points ({})\n",
            e.element,
            one(e.mean_points),
            e.max_points,
            pct(e.mean_share)
        ));
    }
    let parts: Vec<String> = f
        .gps
        .parts
        .iter()
        .map(|p| format!("{} {}", p.part, pct(p.share)))
        .collect();
    out.push_str(&format!("  GPS parts present: {}\n", parts.join(", ")));
    out.push_str(&format!("\n{}\n", paint.bold("Modules")));
    for m in &f.modules {
        out.push_str(&format!(
            "  {:<24} module {:>3}  {:>4} lessons  passed {:>4}  DL {:>5}  GPS {:>4}\n",
            shown(&m.course),
            m.module.map_or("–".to_string(), |n| n.to_string()),
            m.lessons,
            pct(m.pass_rate),
            one(m.didatica_mean),
            one(m.gps_mean)
        ));
    }
    out.push_str(&format!("\n{}\n", paint.bold("Issue codes (top 10)")));
    for (code, n) in f.issue_codes.iter().take(10) {
        out.push_str(&format!("  {:<28} {n} lesson(s)\n", shown(code)));
    }
    out.push_str(&format!("\n{}\n", paint.bold("Trend over revisions")));
    for t in &f.trend {
        out.push_str(&format!(
            "  revision {:>3}: {:>6} lesson(s)  DL {:.1}  GPS {:.1}\n",
            t.revision, t.lessons, t.didatica_mean, t.gps_mean
        ));
    }
    let origin: Vec<String> = f
        .origin
        .labelled()
        .iter()
        .map(|(label, n)| format!("{label} {n}"))
        .collect();
    out.push_str(&format!("\nOrigin: {}\n", origin.join(", ")));
    if let Some(p) = &f.performance {
        out.push_str(&format!(
            "\n{}\n  {} lesson(s), {} views, completion {}, rating {}\n",
            paint.bold("Learner outcomes"),
            p.lessons,
            p.views,
            pct(p.completion_rate_mean),
            one(p.rating_mean)
        ));
        match &p.correlation.note {
            Some(note) => out.push_str(&format!("  correlation: {note}\n")),
            None => out.push_str(&format!(
                "  Didática × completion: r = {} (n = {})\n",
                p.correlation
                    .didatica
                    .map_or("–".into(), |r| format!("{r:+.2}")),
                p.correlation.n
            )),
        }
    }
    out
}

fn join(counts: &[u64]) -> String {
    counts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join("/")
}
