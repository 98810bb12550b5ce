//! `lectern list`: the library, one line per course with its aggregates.

use clap::Args;
use unicode_width::UnicodeWidthStr;

use crate::storage::CourseSummary;

use super::Context;
use super::output::{Exit, Paint, fit_width, percent, print_json, shown};
use crate::i18n::Texts;
use crate::tr;

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
            "{}",
            tr!(
                ctx.texts,
                "list-empty",
                db = ctx.paths.db.display().to_string()
            )
        );
        return Ok(Exit::Ok);
    }
    out!("{}", render_table(&courses, Paint::stdout(), ctx.texts));
    Ok(Exit::Ok)
}

/// Slugs and titles are sanitised before they are measured and cut, so a title's escape
/// sequence can neither reach the terminal nor be cut in half by the column.
pub fn render_table(courses: &[CourseSummary], paint: Paint, t: Texts) -> String {
    let head = |id: &str| t.get(id);
    let (slug_h, title_h, status_h, lessons_h) = (
        head("list-header-slug"),
        head("list-header-title"),
        head("list-header-status"),
        head("list-header-lessons"),
    );
    let slug_w = courses
        .iter()
        .map(|c| shown(&c.slug).width())
        .max()
        .unwrap_or(4)
        .max(slug_h.width());
    let title_w = courses
        .iter()
        .map(|c| shown(&c.title).width())
        .max()
        .unwrap_or(5)
        .clamp(title_h.width(), 40);
    let mut out = format!(
        "{} {} {:<9} {:>7} {:>5} {:>5}  {}\n",
        pad(&slug_h, slug_w),
        pad(&title_h, title_w),
        status_h,
        lessons_h,
        "GPS",
        "DL",
        head("list-header-counts")
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
            tr!(t, "course-status", status = c.status.as_str()),
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
