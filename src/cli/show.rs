//! `lectern show SLUG`: one course with its lessons, scores and issues.

use clap::Args;

use crate::domain::course::ValidationStatus;
use crate::domain::issue::Severity;
use crate::services::{self, CourseDetail};
use crate::storage::CourseMessage;

use super::Context;
use super::output::{Exit, Paint, print_json, shown};

#[derive(Debug, Args)]
pub struct Cmd {
    /// The course slug (see `lectern list`).
    pub slug: String,
    /// Print the course as one JSON document.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let detail = services::course_detail(&ctx.store, &cmd.slug)?;
    let messages = services::course_messages(&ctx.store, &cmd.slug)?;
    if cmd.json {
        let mut doc = serde_json::to_value(&detail)?;
        doc["messages"] = serde_json::to_value(&messages)?;
        print_json(&doc)?;
    } else {
        let paint = Paint::stdout();
        out!("{}", render(&detail, paint));
        out!("{}", render_messages(&messages, paint));
    }
    Ok(Exit::Ok)
}

/// What the last import, validate and check said about the course, with file:line:col.
fn render_messages(messages: &[CourseMessage], paint: Paint) -> String {
    if messages.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{} ({})\n", paint.bold("Messages"), messages.len());
    for m in messages {
        let severity = match m.severity {
            Severity::Error => paint.bad("error  "),
            Severity::Warning => paint.warn("warning"),
            Severity::Info => paint.dim("info   "),
        };
        out.push_str(&format!(
            "  {severity} {} {}: {}\n",
            paint.dim(m.source.as_str()),
            shown(&services::message_location(m)),
            shown(&m.message)
        ));
    }
    out
}

fn render(detail: &CourseDetail, paint: Paint) -> String {
    let c = &detail.course;
    let mut out = format!(
        "{} ({}) — {}\n",
        paint.bold(&c.title),
        shown(&c.slug),
        c.status
    );
    if let Some(sub) = &c.subtitle {
        out.push_str(&format!("{}\n", shown(sub)));
    }
    if let Some(persona) = &c.persona {
        out.push_str(&format!("persona: {}\n", shown(persona)));
    }
    out.push('\n');
    for lesson in &detail.lessons {
        let r = &lesson.record;
        let Some(score) = &r.score else {
            out.push_str(&format!(
                "  {:<8} {}  {}\n",
                shown(&r.lesson_id),
                paint.dim("planned"),
                paint.dim(&r.title)
            ));
            continue;
        };
        let status = match score.validation_status {
            _ if lesson.is_draft() => paint.warn("draft  "),
            ValidationStatus::Passed => paint.good("passed "),
            ValidationStatus::Warning => paint.warn("warning"),
            ValidationStatus::Failed => paint.bad("failed "),
        };
        out.push_str(&format!(
            "  {:<8} {status}  GPS {:>2}/30  DL {:>3}/100  {}\n",
            shown(&r.lesson_id),
            score.gps_points,
            score.didatica_points,
            shown(&r.title)
        ));
        // Errors first, then warnings, then hints: the top three are the ones to fix.
        let mut issues: Vec<_> = score.issues.iter().collect();
        issues.sort_by_key(|i| i.severity);
        for issue in issues.iter().take(3) {
            let at = issue
                .line_start
                .map(|l| format!("line {l}: "))
                .unwrap_or_default();
            out.push_str(&format!(
                "           {} {at}{}\n",
                paint.dim(&issue.code),
                shown(&issue.message)
            ));
        }
        if score.issues.len() > 3 {
            out.push_str(&format!("           … {} more\n", score.issues.len() - 3));
        }
    }
    out
}
