//! A lesson while it is being generated (a gauge and the newest lines of its text, the line
//! still arriving last) and, once stored, the line with its score change against the
//! previous version ("DL 41 → 78").
//!
//! Read-only over `LessonProgress`; the text was sanitised when it arrived. No I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, LineGauge, Paragraph};

use crate::domain::course::ValidationStatus;
use crate::tr;
use crate::tui::message::jobs::ScoreSnapshot;
use crate::tui::theme::Theme;

use crate::tui::screens::jobs::model::LessonProgress;
use crate::tui::screens::jobs::rows::{lesson_state, status_label};
use crate::tui::widgets::lesson_facts::status_style;

/// A lesson being generated, in place of its text: a gauge, then the newest lines.
pub fn render_stream(frame: &mut Frame, area: Rect, lesson: &LessonProgress, theme: &Theme) {
    let t = theme.texts;
    let title = tr!(
        t,
        "tui-jobs-stream-title",
        id = lesson.lesson_id.as_str(),
        attempt = lesson.attempt.max(1),
        chars = lesson.chars,
        seconds = t.number(lesson.elapsed_seconds(), 1),
        cost = lesson.cost.label_in(t)
    );
    let block = Block::bordered()
        .title(Span::styled(title, theme.title))
        .border_style(theme.border_focused);
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let [gauge, _, text] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    frame.render_widget(
        LineGauge::default()
            .ratio(lesson.ratio())
            .label(lesson_state(lesson, theme))
            .filled_style(theme.score_good)
            .unfilled_style(theme.dim),
        gauge,
    );
    // The newest lines that fit, the one still arriving last with a cursor.
    let height = usize::from(text.height);
    let skip = (lesson.lines.len() + 1).saturating_sub(height);
    let mut lines: Vec<Line> = lesson.lines[skip.min(lesson.lines.len())..]
        .iter()
        .map(|l| {
            if l.starts_with('#') {
                Line::styled(l.as_str(), theme.header)
            } else {
                Line::styled(l.as_str(), theme.text)
            }
        })
        .collect();
    lines.push(Line::from(vec![
        Span::styled(lesson.partial_shown.as_str(), theme.text),
        Span::styled("▌", theme.key),
    ]));
    frame.render_widget(Paragraph::new(lines), text);
}

/// "Regenerated · GPS 12 → 27 · DL 41 → 78 · ✗ failed → ✓ passed · $0.01 · 3.2 s".
pub fn score_change_line(lesson: &LessonProgress, theme: &Theme) -> Option<Line<'static>> {
    let t = theme.texts;
    let after = lesson.result?;
    let before = lesson.previous;
    let arrow = |b: Option<u32>, a: u32| match b {
        Some(b) => format!("{b} → {a}"),
        None => format!("— → {a}"),
    };
    let status = |s: Option<ValidationStatus>| status_label(t, s);
    Some(Line::from(vec![
        Span::styled(t.get("tui-jobs-generated"), theme.title),
        Span::raw(format!(
            "GPS {} · DL {} · ",
            arrow(
                before.map(|s: ScoreSnapshot| s.gps_points),
                after.gps_points
            ),
            arrow(before.map(|s| s.didatica_points), after.didatica_points),
        )),
        Span::styled(
            status(before.map(|s| s.status)),
            status_style(before.map(|s| s.status), theme),
        ),
        Span::raw(" → "),
        Span::styled(
            status(Some(after.status)),
            status_style(Some(after.status), theme),
        ),
        Span::styled(
            tr!(
                t,
                "tui-jobs-change-facts",
                attempt = lesson.attempt.max(1),
                cost = lesson.cost.label_in(t),
                seconds = t.number(lesson.elapsed_seconds(), 1)
            ),
            theme.dim,
        ),
    ]))
}
