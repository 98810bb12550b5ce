//! One drawing function per analytics section (origin and outcomes in `outcomes.rs`), all
//! with ratatui's own charts: `BarChart` for distributions, elements, modules and issue codes,
//! `Chart` for the trend over revisions, `Sparkline` for each lesson's history. Every bar also carries its
//! number as text, and pass/fail is said in words or ✓/✗, so `NO_COLOR` loses nothing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Bar, BarChart, Chart, Dataset, GraphType, Paragraph, Wrap};

use crate::domain::analytics::{BANDS, Figures};
use crate::i18n::decimal;
use crate::tr;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

use super::GroupRow;
use super::answers;

pub(super) fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{:.0}%", v * 100.0))
}

/// The answer sentence on top; returns the area below it.
pub(super) fn answer(frame: &mut Frame, area: Rect, text: &str, theme: &Theme) -> Rect {
    // Two rows where the sentence needs them (narrow terminals), else one.
    let rows = if text.chars().count() as u16 > area.width {
        2
    } else {
        1
    };
    let [top, _, rest] = area.layout(&Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    frame.render_widget(
        Paragraph::new(Line::styled(text.to_string(), theme.header)).wrap(Wrap { trim: true }),
        top,
    );
    rest
}

pub(super) fn caption(frame: &mut Frame, area: Rect, text: &str, theme: &Theme) -> Rect {
    let [top, rest] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    frame.render_widget(
        Paragraph::new(Line::styled(text.to_string(), theme.dim)),
        top,
    );
    rest
}

/// A horizontal bar chart, one row per bar, on a 0…`max` scale.
pub(super) fn bars<'a>(bars: Vec<Bar<'a>>, max: u64) -> BarChart<'a> {
    BarChart::horizontal(bars)
        .bar_width(1)
        .bar_gap(0)
        .max(max.max(1))
}

pub fn scores(frame: &mut Frame, area: Rect, f: &Figures, theme: &Theme) {
    let t = theme.texts;
    let rest = answer(frame, area, &answers::scores(t, f), theme);
    let wide = rest.width >= 100;
    let [dl_area, gps_area] = if wide {
        rest.layout(&Layout::horizontal([
            Constraint::Percentage(62),
            Constraint::Percentage(38),
        ]))
    } else {
        rest.layout(&Layout::vertical([
            Constraint::Percentage(60),
            Constraint::Percentage(40),
        ]))
    };
    // Didática: ten columns, the bands under 70 in the failure style, then a line under the
    // chart marking where the pass line falls.
    let dl_area = caption(
        frame,
        dl_area,
        &t.get("tui-analytics-didatica-bands"),
        theme,
    );
    let [chart, marker] = dl_area.layout(&Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(1),
    ]));
    let width = ((chart.width + 1) / BANDS as u16)
        .saturating_sub(1)
        .clamp(3, 9);
    let columns: Vec<Bar> = f
        .didatica
        .histogram
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            Bar::new(n)
                .label(Line::from(format!("{}", i * 10)))
                .text_value(n.to_string())
                .style(if i < 7 {
                    theme.failure
                } else {
                    theme.score_good
                })
        })
        .collect();
    frame.render_widget(
        BarChart::vertical(columns)
            .bar_width(width)
            .bar_gap(1)
            .value_style(theme.selection),
        chart,
    );
    let pass_x = 7 * (width as usize + 1);
    let below = t.get("tui-analytics-below-pass");
    let line = format!("{below:─<pass_x$}┤ {}", t.get("tui-analytics-pass-line"));
    frame.render_widget(Paragraph::new(Line::styled(line, theme.dim)), marker);
    // GPS: four columns, 0 to 30 points.
    let gps_area = caption(frame, gps_area, &t.get("tui-analytics-gps-levels"), theme);
    let width = ((gps_area.width + 1) / 4).saturating_sub(1).clamp(3, 12);
    let columns: Vec<Bar> = f
        .gps
        .distribution
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            Bar::new(n)
                .label(Line::from(tr!(t, "tui-analytics-points", n = i * 10)))
                .text_value(n.to_string())
                .style(match i {
                    3 => theme.score_good,
                    2 => theme.score_warn,
                    _ => theme.failure,
                })
        })
        .collect();
    frame.render_widget(
        BarChart::vertical(columns)
            .bar_width(width)
            .bar_gap(1)
            .value_style(theme.selection),
        gps_area,
    );
}

pub fn elements(frame: &mut Frame, area: Rect, f: &Figures, theme: &Theme) {
    let t = theme.texts;
    let rest = answer(frame, area, &answers::weakest_element(t, f), theme);
    let [el_area, _, parts_area] = rest.layout(&Layout::vertical([
        Constraint::Length(8),
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    let el_area = caption(frame, el_area, &t.get("tui-analytics-elements"), theme);
    let rows: Vec<Bar> = f
        .elements
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let share = e.mean_share.unwrap_or(0.0);
            Bar::new((share * 100.0).round() as u64)
                .label(Line::from(e.element.replace('_', " ")))
                .text_value(tr!(
                    t,
                    "tui-analytics-element-share",
                    share = pct(e.mean_share),
                    points = e.max_points
                ))
                .style(if i == 0 { theme.failure } else { theme.text })
        })
        .collect();
    frame.render_widget(bars(rows, 100).value_style(theme.selection), el_area);
    let parts_area = caption(frame, parts_area, &t.get("tui-analytics-gps-parts"), theme);
    let rows: Vec<Bar> = f
        .gps
        .parts
        .iter()
        .map(|p| {
            Bar::new((p.share.unwrap_or(0.0) * 100.0).round() as u64)
                .label(Line::from(format!("{:<20}", p.part)))
                .text_value(pct(p.share))
        })
        .collect();
    frame.render_widget(bars(rows, 100).value_style(theme.selection), parts_area);
}

/// The window of `rows` rows around `selected` that fits `height`.
pub(super) fn window(len: usize, selected: usize, height: usize) -> std::ops::Range<usize> {
    if len <= height || height == 0 {
        return 0..len;
    }
    let start = selected.saturating_sub(height - 1).min(len - height);
    start..start + height
}

pub fn groups(frame: &mut Frame, area: Rect, groups: &[GroupRow], selected: usize, theme: &Theme) {
    let t = theme.texts;
    let text = match groups.iter().find(|g| g.weakest) {
        Some(g) => tr!(
            t,
            "tui-analytics-answer-weakest-group",
            name = g.label.label(t),
            didatica = decimal(g.didatica.unwrap_or(0.0), 1),
            pass = pct(g.pass_rate)
        ),
        None => t.get("tui-analytics-answer-no-scored"),
    };
    let rest = answer(frame, area, &text, theme);
    let rest = caption(frame, rest, &t.get("tui-analytics-groups-caption"), theme);
    let shown = window(groups.len(), selected, rest.height as usize);
    let rows: Vec<Bar> = groups[shown.clone()]
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mark = if shown.start + i == selected {
                "▶ "
            } else {
                "  "
            };
            let mut label: String = sanitized(&g.label.label(t)).chars().take(24).collect();
            label.insert_str(0, mark);
            let weakest = match g.weakest {
                true => t.get("tui-analytics-weakest-mark"),
                false => String::new(),
            };
            Bar::new(g.didatica.unwrap_or(0.0).round() as u64)
                .label(Line::from(label))
                .text_value(tr!(
                    t,
                    "tui-analytics-group-value",
                    didatica = g.didatica.map_or("–".into(), |d| t.number(d, 1)),
                    pass = pct(g.pass_rate),
                    n = g.lessons,
                    weakest = weakest
                ))
                .style(if g.weakest { theme.failure } else { theme.text })
        })
        .collect();
    frame.render_widget(bars(rows, 100).value_style(theme.selection), rest);
}

pub fn issues(frame: &mut Frame, area: Rect, f: &Figures, selected: usize, theme: &Theme) {
    let t = theme.texts;
    let rest = answer(frame, area, &answers::top_issue(t, f), theme);
    let rest = caption(frame, rest, &t.get("tui-analytics-issues-caption"), theme);
    let top = &f.issue_codes[..f.issue_codes.len().min(10)];
    let max = top.first().map_or(1, |(_, n)| *n);
    let rows: Vec<Bar> = top
        .iter()
        .enumerate()
        .map(|(i, (code, n))| {
            let mark = if i == selected { "▶ " } else { "  " };
            Bar::new(*n)
                .label(Line::from(format!("{mark}{}", sanitized(code))))
                .text_value(tr!(t, "tui-analytics-lessons", n = *n))
                .style(if i == selected {
                    theme.selection
                } else {
                    theme.text
                })
        })
        .collect();
    frame.render_widget(bars(rows, max).value_style(theme.selection), rest);
}

pub fn trends(
    frame: &mut Frame,
    area: Rect,
    f: &Figures,
    didatica: &[(f64, f64)],
    gps: &[(f64, f64)],
    theme: &Theme,
) {
    let t = theme.texts;
    let rest = answer(frame, area, &answers::trend(t, f), theme);
    let steps = f.trend.last().map_or(1, |s| s.revision).max(2);
    let datasets = vec![
        Dataset::default()
            .name(t.get("tui-analytics-trend-didatica"))
            .marker(Marker::Dot)
            .graph_type(GraphType::Line)
            .style(theme.score_good)
            .data(didatica),
        Dataset::default()
            .name(t.get("tui-analytics-trend-gps"))
            .marker(Marker::Bar)
            .graph_type(GraphType::Line)
            .style(theme.score_warn)
            .data(gps),
    ];
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default()
                .title(t.get("tui-analytics-trend-axis"))
                .style(theme.dim)
                .bounds([1.0, f64::from(steps)])
                .labels(["1".to_string(), steps.to_string()]),
        )
        .y_axis(
            Axis::default()
                .style(theme.dim)
                .bounds([0.0, 100.0])
                .labels(["0", "50", "100"]),
        )
        .legend_position(Some(ratatui::widgets::LegendPosition::BottomRight))
        .hidden_legend_constraints((Constraint::Percentage(60), Constraint::Percentage(50)));
    frame.render_widget(chart, rest);
}
