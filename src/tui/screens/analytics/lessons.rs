//! The course's lessons section: one row per lesson with its scores, status in words and
//! learner outcomes, and a `Sparkline` of its Didática over its revisions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline};

use unicode_width::UnicodeWidthStr;

use crate::i18n::{Lang, Texts};
use crate::storage::LessonFigures;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

use super::sections::{pct, window};

pub fn lessons(
    frame: &mut Frame,
    area: Rect,
    lessons: &[LessonFigures],
    histories: &[Vec<u64>],
    selected: usize,
    theme: &Theme,
) {
    let spark_w: u16 = if area.width >= 100 { 20 } else { 10 };
    let [table, spark] = area.layout(
        &Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Min(0), Constraint::Length(spark_w + 1)]),
    );
    let [head, body] = table.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    let t = theme.texts;
    let status_w = status_width(t);
    let title_w = (head.width as usize)
        .saturating_sub(2 + 7 + 8 + 10 + status_w + 6)
        .max(8);
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(
                "  {:<7}{:<title_w$}{:>4}{:>4}  {:<status_w$}{:>6}{:>6}",
                t.get("tui-analytics-col-lesson"),
                t.get("tui-analytics-col-title"),
                "GPS",
                "DL",
                t.get("tui-analytics-col-status"),
                t.get("tui-analytics-col-completion"),
                t.get("tui-analytics-col-rating")
            ),
            theme.header,
        )),
        head,
    );
    let [_, spark_body] = spark.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    let shown = window(lessons.len(), selected, body.height as usize);
    for (row, i) in shown.enumerate() {
        let l = &lessons[i];
        let y = body.y + row as u16;
        let status = status_label(t, l.status.as_deref());
        let style = if i == selected {
            theme.selection
        } else {
            Style::default()
        };
        let title: String = sanitized(&l.title)
            .chars()
            .take(title_w.saturating_sub(1))
            .collect();
        let line = Line::from(vec![Span::styled(
            format!(
                "{}{:<7}{:<title_w$}{:>4}{:>4}  {:<status_w$}{:>6}{:>6}",
                if i == selected { "▶ " } else { "  " },
                sanitized(&l.lesson_id).chars().take(6).collect::<String>(),
                title,
                l.gps.map_or("–".into(), |v| v.to_string()),
                l.didatica.map_or("–".into(), |v| v.to_string()),
                status,
                pct(l.completion),
                l.rating.map_or("–".into(), |r| t.number(r, 1)),
            ),
            style,
        )]);
        frame.render_widget(
            Paragraph::new(line),
            Rect {
                y,
                height: 1,
                ..body
            },
        );
        if let Some(history) = histories.get(i).filter(|h| !h.is_empty()) {
            let area = Rect {
                x: spark_body.x + 1,
                y,
                width: spark_w.min(history.len() as u16),
                height: 1,
            };
            frame.render_widget(
                Sparkline::default()
                    .data(history.as_slice())
                    .max(100)
                    .style(theme.score_good),
                area,
            );
        }
    }
}

/// A lesson's stored status (`passed`, `warning`, `failed`; else planned) in words.
fn status_label(t: Texts, status: Option<&str>) -> String {
    t.get(match status {
        Some("passed") => "tui-status-passed",
        Some("warning") => "tui-status-warning",
        Some("failed") => "tui-status-failed",
        _ => "tui-analytics-status-planned",
    })
}

/// The status column: 8 in English (as before); else the language's longest label, so
/// the figures after it line up.
fn status_width(t: Texts) -> usize {
    if t.lang() == Lang::En {
        return 8;
    }
    [Some("passed"), Some("warning"), Some("failed"), None]
        .map(|s| status_label(t, s).width())
        .into_iter()
        .fold(8, usize::max)
}
