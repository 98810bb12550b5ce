//! `lectern show SLUG`: one course with its lessons, scores and issues.

use clap::Args;

use crate::domain::issue::Severity;
use crate::i18n::Texts;
use crate::services::{self, CourseDetail};
use crate::storage::CourseMessage;
use crate::tr;

use super::Context;
use super::output::{Exit, Paint, print_json, shown, status_word};

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
        out!("{}", render(&detail, paint, ctx.texts));
        out!("{}", render_messages(&messages, paint, ctx.texts));
    }
    Ok(Exit::Ok)
}

/// What the last import, validate and check said about the course, with file:line:col.
fn render_messages(messages: &[CourseMessage], paint: Paint, t: Texts) -> String {
    if messages.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n{} ({})\n",
        paint.bold(&tr!(t, "show-messages")),
        messages.len()
    );
    let words = [
        tr!(t, "severity-error"),
        tr!(t, "severity-warning"),
        tr!(t, "severity-info"),
    ];
    let width = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let padded = |w: &str| format!("{w:<width$}");
    for m in messages {
        let severity = match m.severity {
            Severity::Error => paint.bad(&padded(&words[0])),
            Severity::Warning => paint.warn(&padded(&words[1])),
            Severity::Info => paint.dim(&padded(&words[2])),
        };
        out.push_str(&format!(
            "  {severity} {} {}: {}\n",
            paint.dim(m.source.as_str()),
            shown(&services::message_location(m)),
            shown(&t.code_message(&m.code, &m.message, &m.args))
        ));
    }
    out
}

fn render(detail: &CourseDetail, paint: Paint, t: Texts) -> String {
    let c = &detail.course;
    let mut out = format!(
        "{} ({}) — {}\n",
        paint.bold(&c.title),
        shown(&c.slug),
        tr!(t, "course-status", status = c.status.as_str())
    );
    if let Some(sub) = &c.subtitle {
        out.push_str(&format!("{}\n", shown(sub)));
    }
    if let Some(persona) = &c.persona {
        out.push_str(&format!(
            "{}\n",
            tr!(t, "show-persona", persona = shown(persona))
        ));
    }
    out.push('\n');
    for lesson in &detail.lessons {
        let r = &lesson.record;
        let Some(score) = &r.score else {
            out.push_str(&format!(
                "  {:<8} {}  {}\n",
                shown(&r.lesson_id),
                paint.dim(&tr!(t, "status-planned")),
                paint.dim(&r.title)
            ));
            continue;
        };
        let status = status_word(t, paint, score.validation_status, lesson.is_draft());
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
                .map(|l| format!("{} ", tr!(t, "at-line", line = l)))
                .unwrap_or_default();
            out.push_str(&format!(
                "           {} {at}{}\n",
                paint.dim(&issue.code),
                shown(&t.issue_message(issue))
            ));
        }
        if score.issues.len() > 3 {
            out.push_str(&format!(
                "           {}\n",
                tr!(t, "show-more-issues", n = score.issues.len() - 3)
            ));
        }
    }
    out
}
