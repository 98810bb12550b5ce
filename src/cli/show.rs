//! `lectern show SLUG`: one course with its lessons, scores and issues.

use clap::Args;

use crate::domain::course::ValidationStatus;
use crate::services::{self, CourseDetail};

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
    if cmd.json {
        print_json(&detail)?;
    } else {
        print!("{}", render(&detail, Paint::stdout()));
    }
    Ok(Exit::Ok)
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
