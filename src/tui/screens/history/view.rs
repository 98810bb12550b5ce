//! Drawing the history screen: a header with the Didática sparkline, the revision list and,
//! when asked for, the word diff below it (only its visible rows are built) — added and
//! removed words in the theme's diff styles, and with `[-old-]{+new+}` markers when there is
//! no colour. The restore question draws over it. Read-only over `HistoryScreen`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph, Sparkline, Wrap};

use crate::i18n::Texts;
use crate::tr;
use crate::tui::message::history::{DiffBase, HistoryEntry};
use crate::tui::text::clip::clip;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ListWindow, diff_line};

use super::{DiffPane, HistoryScreen, target_label};

/// Columns the sparkline takes at most (one per revision, the latest on the right).
const SPARK_WIDTH: usize = 40;

impl HistoryScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [header, body] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
        ]));
        self.render_header(frame, header, theme);
        let (list, diff) = match &self.diff {
            Some(pane) => {
                let [list, diff] = body.layout(&Layout::vertical([
                    Constraint::Percentage(35),
                    Constraint::Min(0),
                ]));
                (list, Some((pane, diff)))
            }
            None => (body, None),
        };
        self.render_list(frame, list, theme);
        if let Some((pane, area)) = diff {
            render_diff(frame, area, pane, theme);
        }
        if self.confirm {
            self.render_confirm(frame, area, theme);
        }
    }

    fn render_header(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let count = self.rows.as_ref().map_or(0, Vec::len);
        let spark = self.didatica.len().min(SPARK_WIDTH) as u16;
        let [text, label, chart] = area.layout(&Layout::horizontal([
            Constraint::Min(0),
            Constraint::Length(if spark > 0 { 10 } else { 0 }),
            Constraint::Length(spark),
        ]));
        let t = theme.texts;
        let line = Line::from(vec![
            Span::styled(
                format!(" {}", sanitized(&target_label(t, self.target()))),
                theme.title,
            ),
            Span::raw(tr!(t, "tui-history-count", n = count)),
            Span::styled(t.get("tui-history-tab"), theme.dim),
        ]);
        frame.render_widget(Paragraph::new(line), text);
        if spark > 0 {
            let didatica = Span::styled(t.get("tui-history-didatica"), theme.dim);
            frame.render_widget(Paragraph::new(didatica), label);
            let data = &self.didatica[self.didatica.len() - spark as usize..];
            let widget = Sparkline::default()
                .data(data)
                .max(100)
                .style(theme.score_good);
            frame.render_widget(widget, chart);
        }
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let focused = self.diff.is_none();
        let t = theme.texts;
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-history-revisions"), theme.title))
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            });
        let Some(rows) = &self.rows else {
            frame.render_widget(
                Paragraph::new(t.get("tui-history-loading")).block(block),
                area,
            );
            return;
        };
        if let Some(e) = &self.error {
            let text = tr!(t, "tui-history-load-failed", error = sanitized(e));
            let widget = Paragraph::new(Line::styled(text, theme.error)).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        if rows.is_empty() {
            let text = t.get("tui-history-empty");
            frame.render_widget(Paragraph::new(text).block(block), area);
            return;
        }
        let window = ListWindow::bordered(area, rows.len(), self.selected, 1).range();
        let items = rows[window.clone()]
            .iter()
            .enumerate()
            .map(|(i, row)| ListItem::new(row_line(row, window.start + i == 0, theme)));
        // (`row_line` says the source and age in the theme's language.)
        let widget = List::new(items)
            .block(block)
            .highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(widget, area, &mut state);
    }

    fn render_confirm(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(entry) = self.rows.as_ref().and_then(|r| r.get(self.selected)) else {
            return;
        };
        let t = theme.texts;
        let lines = vec![
            Line::from(vec![
                Span::raw(t.get("tui-history-restore-the")),
                Span::styled(
                    format!(
                        "{} {}",
                        source_text(t, &sanitized(&entry.source)),
                        age_text(t, &entry.age)
                    ),
                    theme.title,
                ),
                Span::raw(restore_of(t, &self.target().target)),
            ]),
            Line::raw(""),
            Line::raw(t.get("tui-history-restore-becomes")),
            Line::raw(t.get("tui-history-restore-stays")),
            Line::raw(""),
            Line::from(vec![
                Span::styled("y", theme.key),
                Span::raw(t.get("tui-history-restore-yes")),
                Span::styled("n", theme.key),
                Span::raw(t.get("tui-history-restore-no")),
            ]),
        ];
        let width = area.width.min(72);
        let height = (lines.len() as u16 + 2).min(area.height);
        let popup = area
            .centered_horizontally(Constraint::Length(width))
            .centered_vertically(Constraint::Length(height));
        let block = Block::bordered()
            .title(Span::styled(
                t.get("tui-history-restore-title"),
                theme.title,
            ))
            .border_style(theme.border_focused);
        frame.render_widget(Clear, popup);
        let widget = Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false });
        frame.render_widget(widget, popup);
    }
}

/// One revision: age, source (and model), author, scores, lines added and removed.
fn row_line(row: &HistoryEntry, current: bool, theme: &Theme) -> Line<'static> {
    let t = theme.texts;
    let mark = if current { "● " } else { "  " };
    let score = |value: Option<u32>, of: &str| {
        value.map_or_else(|| format!("{of} –"), |v| format!("{of} {v}"))
    };
    let didatica = match row.didatica {
        Some(points) => Span::styled(
            format!("{:<7}", score(row.didatica, "DL")),
            theme.didatica(points),
        ),
        None => Span::styled(format!("{:<7}", "DL –"), theme.dim),
    };
    let draft = row.origin == "offline-draft";
    let mut spans = vec![
        Span::styled(mark, theme.title),
        Span::styled(format!("{:>6}  ", age_text(t, &row.age)), theme.dim),
        Span::raw(format!(
            "{:<10} ",
            clip(&source_text(t, &sanitized(&row.source)), 10)
        )),
        Span::styled(
            format!("{:<12} ", clip(&sanitized(&row.author), 12)),
            theme.dim,
        ),
        Span::raw(format!("{:<7}", score(row.gps, "GPS"))),
        didatica,
        Span::styled(format!("+{:<4}", row.added), theme.diff_added),
        Span::styled(format!("−{:<4}", row.removed), theme.diff_removed),
    ];
    if draft {
        spans.push(Span::styled(t.get("tui-history-draft"), theme.score_warn));
    }
    if !row.made_by.is_empty() {
        spans.push(Span::styled(
            format!(" {}", sanitized(&row.made_by)),
            theme.dim,
        ));
    }
    Line::from(spans)
}

fn render_diff(frame: &mut Frame, area: Rect, pane: &DiffPane, theme: &Theme) {
    let t = theme.texts;
    let title = match (&pane.diff, pane.base) {
        (Some(diff), _) => tr!(t, "tui-history-diff", title = diff_title(t, &diff.title)),
        (None, DiffBase::Previous) => t.get("tui-history-diff-previous"),
        (None, DiffBase::Current) => t.get("tui-history-diff-current"),
    };
    let block = Block::bordered()
        .title(Span::styled(title, theme.title))
        .title_bottom(Span::styled(t.get("tui-history-diff-keys"), theme.dim))
        .border_style(theme.border_focused);
    let Some(diff) = &pane.diff else {
        let text = match &pane.error {
            Some(e) => Line::styled(
                tr!(t, "tui-history-diff-failed", error = sanitized(e)),
                theme.error,
            ),
            None => Line::styled(t.get("tui-history-diff-computing"), theme.dim),
        };
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    };
    if diff.rows.is_empty() {
        let text = Line::styled(t.get("tui-history-no-difference"), theme.dim);
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    }
    // Only the rows that can show are built: a diff of a long lesson stays cheap to draw.
    let visible = area.height.saturating_sub(2) as usize;
    let lines: Vec<Line> = diff
        .rows
        .iter()
        .skip(pane.scroll)
        .take(visible)
        .map(|row| diff_line(row.as_ref(), theme))
        .collect();
    let widget = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    frame.render_widget(widget, area);
}

/// A revision's source (`imported`, `edited` …, as stored) in `t`'s language; a source this
/// version does not know stays as stored.
fn source_text(t: Texts, source: &str) -> String {
    tr!(t, "tui-history-source", source = source.to_string())
}

/// A revision's age as the worker wrote it ("now", "5 min", "3 h", "2 d", "7 mo", or the
/// stored date) in `t`'s language.
fn age_text(t: Texts, age: &str) -> String {
    match age.split_once(' ') {
        None if age == "now" => t.get("tui-history-age-now"),
        Some((n, "mo")) => n.parse::<u32>().map_or_else(
            |_| age.to_string(),
            |n| tr!(t, "tui-history-age-months", n = n),
        ),
        _ => age.to_string(),
    }
}

/// The title the worker gave a diff ("edited 5 min → current text", "nothing → imported 2 d")
/// in `t`'s language: each side's source and age, or the fixed words.
fn diff_title(t: Texts, title: &str) -> String {
    let side = |name: &str| match name {
        "nothing" => t.get("tui-history-diff-nothing"),
        "current text" => t.get("tui-history-diff-current-text"),
        name => match name.split_once(' ') {
            Some((source, age)) => format!("{} {}", source_text(t, source), age_text(t, age)),
            None => name.to_string(),
        },
    };
    match sanitized(title).split_once(" → ") {
        Some((from, to)) => format!("{} → {}", side(from), side(to)),
        None => sanitized(title),
    }
}

/// The end of the restore question: " revision of Lesson 1.2?" (the text's kind decides the
/// words around its name in Portuguese).
fn restore_of(t: Texts, target: &str) -> String {
    let (kind, id) = match target {
        "brief" | "curriculum" => (target, String::new()),
        id => ("lesson", sanitized(id)),
    };
    tr!(t, "tui-history-restore-of", kind = kind, id = id)
}
