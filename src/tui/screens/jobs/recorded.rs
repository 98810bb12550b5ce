//! The `J` panel's recorded jobs: every generation run the database holds (lessons,
//! curriculum, research; this session's, earlier ones, the CLI's), newest first, by the job
//! id the CLI and the log show, with what each spent. Listed below this session's runs,
//! leaving out those already shown above. Read-only; must not do I/O.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::Texts;
use crate::storage::JobKind;
use crate::storage::JobSummary;
use crate::tr;
use crate::tui::text::clip::clip;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

use super::JobsPanel;
use super::model::Cost;

impl JobsPanel {
    /// Recorded jobs not already shown as this session's runs.
    fn earlier(&self) -> impl Iterator<Item = &JobSummary> {
        self.recorded
            .iter()
            .filter(|r| !self.jobs.iter().any(|j| j.job == Some(r.id)))
    }

    /// Whether anything recorded is left to list.
    pub(super) fn has_earlier(&self) -> bool {
        self.earlier().next().is_some()
    }

    /// The recorded jobs in `area`, under a heading, as many as fit.
    pub(super) fn render_recorded(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        if area.height == 0 || !self.has_earlier() {
            return;
        }
        let mut lines = vec![Line::styled(
            theme.texts.get("tui-jobs-recorded"),
            theme.header,
        )];
        lines.extend(
            self.earlier()
                .take(usize::from(area.height) - 1)
                .map(|r| recorded_line(r, usize::from(area.width), theme)),
        );
        frame.render_widget(Paragraph::new(lines), area);
    }
}

/// A job's line, the facts an author scans for first (id, course, kind, how it ended, cost),
/// then provider, model and tokens, cut with an ellipsis to the panel's width.
fn recorded_line(r: &JobSummary, width: usize, theme: &Theme) -> Line<'static> {
    let t = theme.texts;
    let cost = match (r.provider.as_str(), r.cost_usd) {
        ("offline", _) => Cost::Free,
        (_, Some(usd)) => Cost::Usd(usd),
        (_, None) => Cost::Unknown,
    };
    let tokens = match r.tokens_input + r.tokens_output {
        0 => String::new(),
        _ => tr!(
            t,
            "tui-jobs-tokens",
            input = r.tokens_input,
            output = r.tokens_output
        ),
    };
    let id = tr!(t, "tui-jobs-recorded-id", id = r.id.0);
    let rest = format!(
        "{} · {} · {} {}/{} · {} · {} {}{tokens}",
        sanitized(&r.course_slug),
        kind_name(r.kind, t),
        status_name(&r.status, t),
        r.done,
        r.items,
        cost.label_in(t),
        sanitized(&r.provider),
        sanitized(&r.model),
    );
    let rest = clip(&rest, width.saturating_sub(id.chars().count()));
    let (slug, facts) = rest.split_at(rest.find(" · ").unwrap_or(rest.len()));
    Line::from(vec![
        Span::styled(id, theme.key),
        Span::raw(slug.to_string()),
        Span::styled(facts.to_string(), theme.dim),
    ])
}

/// What a recorded job generated, in `t`'s language.
fn kind_name(kind: JobKind, t: Texts) -> String {
    t.get(match kind {
        JobKind::Lessons => "tui-jobs-kind-lessons",
        JobKind::Curriculum => "tui-jobs-kind-curriculum",
        JobKind::Research => "tui-jobs-kind-research",
    })
}

/// A recorded job's status (`running`, `cancelled`, `finished`) in `t`'s language; any other
/// word the database holds is shown as written.
fn status_name(status: &str, t: Texts) -> String {
    match status {
        "running" => t.get("tui-jobs-status-running"),
        "cancelled" => t.get("tui-jobs-status-cancelled"),
        "finished" => t.get("tui-jobs-status-finished"),
        other => sanitized(other),
    }
}
