//! Drawing the history screen: a header with the Didática sparkline, the revision list and,
//! when asked for, the word diff below it (only its visible rows are built) — added and
//! removed words in the theme's diff styles, and with `[-old-]{+new+}` markers when there is
//! no colour. The restore question draws over it. Read-only over `HistoryScreen`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph, Sparkline, Wrap};

use crate::tui::message::history::{DiffBase, HistoryEntry};
use crate::tui::text::clip::clip;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ListWindow, diff_line};

use super::{DiffPane, HistoryScreen};

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
        let line = Line::from(vec![
            Span::styled(
                format!(" {}", sanitized(&self.target().label())),
                theme.title,
            ),
            Span::raw(format!(" · {count} revisions")),
            Span::styled("  Tab: next text", theme.dim),
        ]);
        frame.render_widget(Paragraph::new(line), text);
        if spark > 0 {
            frame.render_widget(Paragraph::new(Span::styled("Didática ", theme.dim)), label);
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
        let block = Block::bordered()
            .title(Span::styled(" Revisions (newest first) ", theme.title))
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            });
        let Some(rows) = &self.rows else {
            frame.render_widget(Paragraph::new("Loading the history…").block(block), area);
            return;
        };
        if let Some(e) = &self.error {
            let text = format!("Cannot load the history: {}", sanitized(e));
            let widget = Paragraph::new(Line::styled(text, theme.error)).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        if rows.is_empty() {
            let text = "No revision yet: this text has never been stored.";
            frame.render_widget(Paragraph::new(text).block(block), area);
            return;
        }
        let window = ListWindow::bordered(area, rows.len(), self.selected, 1).range();
        let items = rows[window.clone()]
            .iter()
            .enumerate()
            .map(|(i, row)| ListItem::new(row_line(row, window.start + i == 0, theme)));
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
        let lines = vec![
            Line::from(vec![
                Span::raw("Restore the "),
                Span::styled(
                    format!("{} {}", sanitized(&entry.source), entry.age),
                    theme.title,
                ),
                Span::raw(format!(
                    " revision of {}?",
                    sanitized(&self.target().label())
                )),
            ]),
            Line::raw(""),
            Line::raw("Its text becomes the current text, as a new revision."),
            Line::raw("The text now current stays in history; `u` on the course undoes."),
            Line::raw(""),
            Line::from(vec![
                Span::styled("y", theme.key),
                Span::raw(" restore · "),
                Span::styled("n", theme.key),
                Span::raw(" cancel"),
            ]),
        ];
        let width = area.width.min(72);
        let height = (lines.len() as u16 + 2).min(area.height);
        let popup = area
            .centered_horizontally(Constraint::Length(width))
            .centered_vertically(Constraint::Length(height));
        let block = Block::bordered()
            .title(Span::styled(" Restore revision ", theme.title))
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
        Span::styled(format!("{:>6}  ", row.age), theme.dim),
        Span::raw(format!("{:<10} ", sanitized(&row.source))),
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
        spans.push(Span::styled(" draft", theme.score_warn));
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
    let against = match pane.base {
        DiffBase::Previous => "against the revision before",
        DiffBase::Current => "against the current text",
    };
    let title = match &pane.diff {
        Some(diff) => format!(" Diff {} ", sanitized(&diff.title)),
        None => format!(" Diff {against} "),
    };
    let block = Block::bordered()
        .title(Span::styled(title, theme.title))
        .title_bottom(Span::styled(" Esc closes · PgDn/PgUp scroll ", theme.dim))
        .border_style(theme.border_focused);
    let Some(diff) = &pane.diff else {
        let text = match &pane.error {
            Some(e) => Line::styled(format!("Cannot diff: {}", sanitized(e)), theme.error),
            None => Line::styled("Computing the diff…", theme.dim),
        };
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    };
    if diff.rows.is_empty() {
        let text = Line::styled("No difference: the two texts are the same.", theme.dim);
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
