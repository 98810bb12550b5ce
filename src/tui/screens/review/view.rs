//! Drawing the review screen: a summary line and the grouped list (only visible rows are
//! built); and mapping a mouse click back to a row with the same geometry. Read-only over
//! `ReviewScreen`; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::domain::course::ValidationStatus;
use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;
use crate::tui::widgets::ListWindow;

use crate::tui::screens::review::{ReviewAction, ReviewGroup, ReviewRow, ReviewScreen};
use crate::tui::widgets::lesson_facts::severity_style;
use crate::tui::widgets::lesson_facts::{severity_marker, status_style};

/// The summary line and the list below it; render and clicks both use it.
fn layout(area: Rect) -> [Rect; 2] {
    area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
    ]))
}

impl ReviewScreen {
    /// The action for a left click at `at` on the screen drawn over `area`: a row selects it.
    pub fn click(&self, at: Position, area: Rect) -> Option<ReviewAction> {
        self.groups.as_ref()?;
        let [_, list] = layout(area);
        self.window(list).item_at(at).map(ReviewAction::Select)
    }

    fn window(&self, list: Rect) -> ListWindow {
        ListWindow::bordered(list, self.rows.len(), self.selected, 1)
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [summary, list] = layout(area);
        let t = theme.texts;
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-review-block"), theme.title))
            .border_style(theme.border_focused);
        let Some(groups) = &self.groups else {
            let text = self.error.as_deref().map_or_else(
                || t.get("tui-review-loading"),
                |e| tr!(t, "tui-review-error", error = e.to_string()),
            );
            frame.render_widget(Paragraph::new(text).block(block), list);
            return;
        };
        let line = Line::from(vec![
            Span::styled(tr!(t, "tui-review-lessons", n = self.lessons), theme.title),
            Span::raw(match &self.code {
                Some(code) => tr!(
                    t,
                    "tui-review-have-code",
                    n = self.lessons,
                    code = sanitized(code)
                ),
                None => tr!(
                    t,
                    "tui-review-need-attention",
                    n = self.lessons,
                    codes = groups.len()
                ),
            }),
            Span::styled(t.get("tui-review-enter"), theme.dim),
        ]);
        frame.render_widget(Paragraph::new(line), summary);
        if groups.is_empty() {
            let text = match &self.code {
                Some(code) => Line::styled(
                    tr!(t, "tui-review-none-with-code", code = sanitized(code)),
                    theme.score_good,
                ),
                None => Line::styled(t.get("tui-review-none"), theme.score_good),
            };
            frame.render_widget(Paragraph::new(text).block(block), list);
            return;
        }
        let window = self.window(list).range();
        let library = self.scope().is_none();
        let items = self.rows[window.clone()]
            .iter()
            .map(|row| ListItem::new(self.row_line(groups, *row, library, theme)));
        let widget = List::new(items)
            .block(block)
            .highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(widget, list, &mut state);
    }

    fn row_line(
        &self,
        groups: &[ReviewGroup],
        row: ReviewRow,
        library: bool,
        theme: &Theme,
    ) -> Line<'static> {
        let t = theme.texts;
        match row {
            ReviewRow::Group(g) => {
                let group = &groups[g];
                let open = self.expanded.get(g).copied().unwrap_or(false);
                let n = group.hits.len();
                Line::from(vec![
                    Span::styled(if open { "▾ " } else { "▸ " }, theme.key),
                    Span::styled(
                        format!("{} ", severity_marker(group.severity)),
                        severity_style(group.severity, theme),
                    ),
                    Span::styled(group.code.clone(), theme.header),
                    Span::raw(tr!(t, "tui-review-group-lessons", n = n)),
                ])
            }
            ReviewRow::Hit(g, h) => {
                let hit = &groups[g].hits[h];
                let at = hit.line.map_or_else(
                    || t.get("tui-review-whole-lesson"),
                    |l| tr!(t, "tui-review-line", line = l),
                );
                let mut spans = vec![
                    Span::raw("    "),
                    Span::styled(
                        format!("{} ", padded_status(t, hit.status)),
                        status_style(Some(hit.status), theme),
                    ),
                ];
                if library {
                    spans.push(Span::styled(format!("{} · ", hit.course_title), theme.dim));
                }
                spans.push(Span::raw(format!("{} {}", hit.lesson_id, hit.title)));
                let message = match t.lang() {
                    Lang::En => hit.message.clone(),
                    _ => sanitized(&t.issue_message(&hit.issue)),
                };
                spans.push(Span::styled(format!("  {at} · {message}"), theme.dim));
                Line::from(spans)
            }
        }
    }
}

/// A lesson's status with its symbol (`✓ passed`), padded to the language's longest one so
/// the titles after it line up (English: 9 columns, as before).
fn padded_status(t: Texts, status: ValidationStatus) -> String {
    let label = |s: ValidationStatus| {
        let id = match s {
            ValidationStatus::Passed => "tui-status-passed",
            ValidationStatus::Warning => "tui-status-warning",
            ValidationStatus::Failed => "tui-status-failed",
        };
        t.get(id)
    };
    let width = [
        ValidationStatus::Passed,
        ValidationStatus::Warning,
        ValidationStatus::Failed,
    ]
    .map(|s| label(s).width())
    .into_iter()
    .max()
    .unwrap_or(9);
    let text = label(status);
    let pad = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(pad))
}
