//! The course header's third line: brief completeness, Bloom progression, the pedagogical
//! gate and curriculum ↔ files mismatches, each with a word or symbol next to its colour.
//! Read-only; must not do I/O.

use ratatui::text::{Line, Span};

use crate::services::{BloomVerdict, CourseChecks};
use crate::tr;
use crate::tui::theme::Theme;

pub fn checks_line(checks: Option<&CourseChecks>, theme: &Theme) -> Line<'static> {
    let t = theme.texts;
    let Some(c) = checks else {
        return Line::styled(t.get("tui-course-checking"), theme.dim);
    };
    let sep = || Span::styled(" · ", theme.dim);
    let brief = match c.brief_percent {
        Some(p) => Span::styled(
            tr!(t, "tui-course-brief-complete", percent = p),
            theme.didatica(p),
        ),
        None => Span::styled(t.get("tui-course-no-brief"), theme.dim),
    };
    let (bloom, bloom_style) = match c.bloom {
        BloomVerdict::Logical => ("tui-course-bloom-logical", theme.score_good),
        BloomVerdict::MinorIssues => ("tui-course-bloom-minor", theme.score_warn),
        BloomVerdict::Illogical => ("tui-course-bloom-illogical", theme.failure),
        BloomVerdict::Unknown => ("tui-course-bloom-unknown", theme.dim),
    };
    let p = &c.report.pedagogical;
    let gate = if c.gate_passed {
        Span::styled(t.get("tui-course-gate-pass"), theme.score_good)
    } else {
        Span::styled(
            tr!(
                t,
                "tui-course-gate-fail",
                gps = format!("{:.0}", p.gps_pass_rate * 100.0),
                dl = format!("{:.0}", p.dl_pass_rate * 100.0)
            ),
            theme.failure,
        )
    };
    let files = match c.planned_only {
        0 => Span::styled(t.get("tui-course-files-match"), theme.score_good),
        n => Span::styled(tr!(t, "tui-course-planned-only", n = n), theme.score_warn),
    };
    Line::from(vec![
        brief,
        sep(),
        Span::styled(t.get(bloom), bloom_style),
        sep(),
        gate,
        sep(),
        files,
    ])
}
