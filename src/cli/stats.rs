//! `lectern stats [SLUG] [--json]`: the analytics figures of the library or one course, the
//! same ones the dashboard draws and the report prints (keys in docs/cli.md).

use clap::Args;

use crate::domain::analytics::Figures;
use crate::services::{self, Scope};

use crate::i18n::Texts;
use crate::tr;

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
        out!("{}", render(&figures, Paint::stdout(), ctx.texts));
    }
    Ok(Exit::Ok)
}

/// A mean with one decimal in the language's style (`41.8`, `41,8`), `–` when there is none.
fn one(t: Texts, v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| t.number(v, 1))
}

fn pct(t: Texts, v: Option<f64>) -> String {
    v.map_or_else(
        || "–".to_string(),
        |v| format!("{}%", t.number(v * 100.0, 0)),
    )
}

/// The figures as a short text: scores, weakest elements, modules, codes, trend, origin.
pub fn render(f: &Figures, paint: Paint, t: Texts) -> String {
    let scope = f
        .course
        .as_deref()
        .map_or_else(|| t.get("stats-library"), |s| shown(s).into_owned());
    let mut out = format!(
        "{}: {}\n",
        paint.bold(&scope),
        tr!(
            t,
            "stats-scope",
            courses = f.courses,
            lessons = f.lessons,
            total = f.lessons_total
        )
    );
    out.push_str(&format!(
        "{}\n",
        tr!(
            t,
            "stats-gps",
            mean = one(t, f.gps.mean),
            valid = f.gps.valid,
            distribution = join(&f.gps.distribution)
        )
    ));
    out.push_str(&format!(
        "{}\n",
        tr!(
            t,
            "stats-didatica",
            mean = one(t, f.didatica.mean),
            passed = f.didatica.passed,
            rate = pct(t, f.didatica.pass_rate),
            bands = join(&f.didatica.histogram)
        )
    ));
    out.push_str(&format!("\n{}\n", paint.bold(&t.get("stats-elements"))));
    for e in &f.elements {
        out.push_str(&format!(
            "  {:<22} {}\n",
            e.element,
            tr!(
                t,
                "stats-element",
                mean = format!("{:>5}", one(t, e.mean_points)),
                max = format!("{:>2}", e.max_points),
                share = pct(t, e.mean_share)
            )
        ));
    }
    let parts: Vec<String> = f
        .gps
        .parts
        .iter()
        .map(|p| format!("{} {}", p.part, pct(t, p.share)))
        .collect();
    out.push_str(&format!(
        "  {}\n",
        tr!(t, "stats-gps-parts", parts = parts.join(", "))
    ));
    out.push_str(&format!("\n{}\n", paint.bold(&t.get("stats-modules"))));
    for m in &f.modules {
        out.push_str(&format!(
            "  {:<24} {}\n",
            shown(&m.course),
            tr!(
                t,
                "stats-module",
                module = format!("{:>3}", m.module.map_or("–".to_string(), |n| n.to_string())),
                lessons = format!("{:>4}", m.lessons),
                passed = format!("{:>4}", pct(t, m.pass_rate)),
                dl = format!("{:>5}", one(t, m.didatica_mean)),
                gps = format!("{:>4}", one(t, m.gps_mean))
            )
        ));
    }
    out.push_str(&format!("\n{}\n", paint.bold(&t.get("stats-codes"))));
    for (code, n) in f.issue_codes.iter().take(10) {
        out.push_str(&format!(
            "  {:<28} {}\n",
            shown(code),
            tr!(t, "stats-code-lessons", n = *n)
        ));
    }
    out.push_str(&format!("\n{}\n", paint.bold(&t.get("stats-trend"))));
    for r in &f.trend {
        out.push_str(&format!(
            "  {}\n",
            tr!(
                t,
                "stats-trend-row",
                revision = format!("{:>3}", r.revision),
                lessons = format!("{:>6}", r.lessons),
                count = r.lessons,
                dl = t.number(r.didatica_mean, 1),
                gps = t.number(r.gps_mean, 1)
            )
        ));
    }
    let origin: Vec<String> = f
        .origin
        .labelled()
        .iter()
        .map(|(label, n)| format!("{label} {n}"))
        .collect();
    out.push_str(&format!(
        "\n{}\n",
        tr!(t, "stats-origin", origin = origin.join(", "))
    ));
    if let Some(p) = &f.performance {
        out.push_str(&format!(
            "\n{}\n  {}\n",
            paint.bold(&t.get("stats-outcomes")),
            tr!(
                t,
                "stats-outcomes-row",
                lessons = p.lessons,
                views = p.views,
                completion = pct(t, p.completion_rate_mean),
                rating = one(t, p.rating_mean)
            )
        ));
        match &p.correlation.note {
            Some(note) => out.push_str(&format!(
                "  {}\n",
                tr!(t, "stats-correlation-note", note = note.as_str())
            )),
            None => out.push_str(&format!(
                "  {}\n",
                tr!(
                    t,
                    "stats-correlation",
                    r = p.correlation.didatica.map_or("–".into(), |r| {
                        let text = t.number(r, 2);
                        if r >= 0.0 { format!("+{text}") } else { text }
                    }),
                    n = p.correlation.n
                )
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
