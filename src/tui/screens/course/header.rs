//! The course header's third line: brief completeness, Bloom progression, the pedagogical
//! gate and curriculum ↔ files mismatches, each with a word or symbol next to its colour.
//! Read-only; must not do I/O.

use ratatui::text::{Line, Span};

use crate::services::{BloomVerdict, CourseChecks};
use crate::tui::theme::Theme;

pub fn checks_line(checks: Option<&CourseChecks>, theme: &Theme) -> Line<'static> {
    let Some(c) = checks else {
        return Line::styled("checking the course…", theme.dim);
    };
    let sep = || Span::styled(" · ", theme.dim);
    let brief = match c.brief_percent {
        Some(p) => Span::styled(format!("brief {p}% complete"), theme.didatica(p)),
        None => Span::styled("no brief", theme.dim),
    };
    let (bloom, bloom_style) = match c.bloom {
        BloomVerdict::Logical => ("Bloom ✓ logical", theme.score_good),
        BloomVerdict::MinorIssues => ("Bloom ! minor jumps", theme.score_warn),
        BloomVerdict::Illogical => ("Bloom ✗ illogical", theme.failure),
        BloomVerdict::Unknown => ("Bloom –", theme.dim),
    };
    let p = &c.report.pedagogical;
    let gate = if c.gate_passed {
        Span::styled("gate ✓ PASS", theme.score_good)
    } else {
        Span::styled(
            format!(
                "gate ✗ FAIL (GPS {:.0}%, DL {:.0}%)",
                p.gps_pass_rate * 100.0,
                p.dl_pass_rate * 100.0
            ),
            theme.failure,
        )
    };
    let files = match c.planned_only {
        0 => Span::styled("curriculum = files", theme.score_good),
        n => Span::styled(format!("{n} planned-only (no file)"), theme.score_warn),
    };
    Line::from(vec![
        brief,
        sep(),
        Span::styled(bloom, bloom_style),
        sep(),
        gate,
        sep(),
        files,
    ])
}
