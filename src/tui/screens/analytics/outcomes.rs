//! The origin and learner-outcomes sections of the analytics screen: where the lessons came
//! from, and how learner figures go with the scores (`BarChart`s, numbers also as text).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, Paragraph};

use crate::domain::analytics::Figures;
use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::theme::Theme;

use super::answers::{self, signed};
use super::sections::{answer, bars, caption, pct};

pub fn origin(frame: &mut Frame, area: Rect, f: &Figures, theme: &Theme) {
    let t = theme.texts;
    let text = tr!(
        t,
        "tui-analytics-answer-origin",
        total = f.origin.total(),
        imported = f.origin.imported,
        written = f.origin.written,
        generated = f.origin.generated,
        offline = f.origin.offline_draft
    );
    let rest = answer(frame, area, &text, theme);
    let max = f
        .origin
        .labelled()
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(1);
    let rows: Vec<Bar> = f
        .origin
        .labelled()
        .iter()
        .map(|(label, n)| {
            Bar::new(*n)
                .label(Line::from(origin_label(t, label)))
                .text_value(n.to_string())
        })
        .collect();
    frame.render_widget(bars(rows, max).value_style(theme.selection), rest);
}

pub fn outcomes(frame: &mut Frame, area: Rect, f: &Figures, theme: &Theme) {
    let t = theme.texts;
    let rest = answer(frame, area, &answers::outcomes(t, f), theme);
    let Some(p) = &f.performance else { return };
    let [summary, _, chart] = rest.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    frame.render_widget(
        Paragraph::new(tr!(
            t,
            "tui-analytics-outcomes-summary",
            lessons = p.lessons,
            views = p.views,
            completion = pct(p.completion_rate_mean),
            rating = p.rating_mean.map_or("–".into(), |r| t.number(r, 1))
        )),
        summary,
    );
    let c = &p.correlation;
    let chart = caption(
        frame,
        chart,
        &tr!(t, "tui-analytics-correlation-caption", n = c.n),
        theme,
    );
    let mut rows = vec![("Didática".to_string(), c.didatica)];
    rows.extend(
        c.elements
            .iter()
            .map(|e| (e.element.replace('_', " "), e.r)),
    );
    let bars_rows: Vec<Bar> = rows
        .into_iter()
        .map(|(label, r)| {
            Bar::new(r.map_or(0, |r| (r.abs() * 100.0).round() as u64))
                .label(Line::from(label))
                .text_value(r.map_or("–".into(), |r| format!("r {}", signed(t, r))))
                .style(if r.is_some_and(|r| r < 0.0) {
                    theme.failure
                } else {
                    theme.text
                })
        })
        .collect();
    frame.render_widget(bars(bars_rows, 100).value_style(theme.selection), chart);
}

/// An origin bar's label (`imported`, `written in Lectern` … as the domain names them) in
/// `t`'s language; English is the domain's word.
fn origin_label(t: Texts, label: &'static str) -> String {
    if t.lang() == Lang::En {
        return label.to_string();
    }
    let id = match label {
        "imported" => "tui-analytics-origin-imported",
        "written in Lectern" => "tui-analytics-origin-written",
        "generated" => "tui-analytics-origin-generated",
        "offline drafts" => "tui-analytics-origin-offline",
        "unknown" => "tui-analytics-origin-unknown",
        _ => return label.to_string(),
    };
    t.get(id)
}
