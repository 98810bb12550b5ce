//! `lectern list`: the library, one line per course with its aggregates.

use clap::Args;
use unicode_width::UnicodeWidthStr;

use crate::storage::CourseSummary;

use super::Context;
use super::output::{Exit, Paint, fit_width, percent, print_json, shown};

#[derive(Debug, Default, Args)]
pub struct Cmd {
    /// Print a JSON array (one object per course) instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Include archived courses.
    #[arg(long)]
    pub all: bool,
}

pub fn run(cmd: Cmd, ctx: &mut Context) -> anyhow::Result<Exit> {
    let courses = ctx.store.read().list_courses(cmd.all)?;
    if cmd.json {
        print_json(&courses)?;
        return Ok(Exit::Ok);
    }
    if courses.is_empty() {
        outln!(
            "No courses yet in {}. Import a CreatorOS folder or create one (see `lectern --help`).",
            ctx.paths.db.display()
        );
        return Ok(Exit::Ok);
    }
    out!("{}", render_table(&courses, Paint::stdout()));
    Ok(Exit::Ok)
}

/// Slugs and titles are sanitised before they are measured and cut, so a title's escape
/// sequence can neither reach the terminal nor be cut in half by the column.
pub fn render_table(courses: &[CourseSummary], paint: Paint) -> String {
    let slug_w = courses
        .iter()
        .map(|c| shown(&c.slug).width())
        .max()
        .unwrap_or(4)
        .max(4);
    let title_w = courses
        .iter()
        .map(|c| shown(&c.title).width())
        .max()
        .unwrap_or(5)
        .clamp(5, 40);
    let mut out = format!(
        "{} {} {:<9} {:>7} {:>5} {:>5}  {}\n",
        pad("SLUG", slug_w),
        pad("TITLE", title_w),
        "STATUS",
        "LESSONS",
        "GPS",
        "DL",
        "PASSED/WARNING/FAILED"
    );
    for c in courses {
        let counts = format!(
            "{}/{}/{}",
            paint.good(&c.passed.to_string()),
            paint.warn(&c.warning.to_string()),
            paint.bad(&c.failed.to_string())
        );
        out.push_str(&format!(
            "{} {} {:<9} {:>7} {:>5} {:>5}  {}\n",
            pad(&shown(&c.slug), slug_w),
            pad(&fit_width(&c.title, title_w), title_w),
            c.status.as_str(),
            c.lessons,
            percent(c.avg_gps),
            percent(c.avg_didatica),
            counts
        ));
    }
    out
}

fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}
