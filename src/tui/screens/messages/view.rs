//! Drawing the messages screen: a header with the counts, the list (one line per message:
//! severity, source, code, `file:line:col`, text, cut at the edge) and the selected message
//! whole below it, wrapped, with its hint and what `Enter` does. Read-only over
//! `MessagesScreen`; builds only the visible rows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};

use crate::domain::issue::Severity;
use crate::tui::message::messages::MessageRow;
use crate::tui::theme::Theme;
use crate::tui::widgets::ListWindow;
use crate::tui::widgets::lesson_facts::{severity_marker, severity_style};

use super::MessagesScreen;

/// Rows of the pane that shows the selected message whole (borders included).
const DETAIL_HEIGHT: u16 = 8;

impl MessagesScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [header, list, detail] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(DETAIL_HEIGHT.min(area.height.saturating_sub(4))),
        ]));
        frame.render_widget(Paragraph::new(self.header_line(theme)), header);
        self.render_list(frame, list, theme);
        self.render_detail(frame, detail, theme);
    }

    fn header_line(&self, theme: &Theme) -> Line<'static> {
        let rows = self.rows.as_deref().unwrap_or_default();
        let count = |s: Severity| rows.iter().filter(|r| r.message.severity == s).count();
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        Line::from(vec![
            Span::styled(format!(" {}", self.slug()), theme.title),
            Span::raw(format!(
                " · {} message{}",
                rows.len(),
                if rows.len() == 1 { "" } else { "s" }
            )),
            Span::styled(format!(" · ✗{errors}"), theme.failure),
            Span::styled(format!(" !{warnings}"), theme.score_warn),
            Span::styled("  from the last import, validate and check", theme.dim),
        ])
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::bordered()
            .title(Span::styled(" Messages ", theme.title))
            .border_style(theme.border_focused);
        let Some(rows) = &self.rows else {
            frame.render_widget(Paragraph::new("Loading the messages…").block(block), area);
            return;
        };
        if let Some(e) = &self.error {
            let text = format!("Cannot load the messages: {e}");
            let widget = Paragraph::new(Line::styled(text, theme.error)).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        if rows.is_empty() {
            let text = "No messages: the last import, validate and check found nothing to say.";
            let widget = Paragraph::new(text).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        let window = ListWindow::bordered(area, rows.len(), self.selected, 1).range();
        let items = rows[window.clone()]
            .iter()
            .map(|row| ListItem::new(row_line(row, theme)));
        let widget = List::new(items)
            .block(block)
            .highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(widget, area, &mut state);
    }

    fn render_detail(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::bordered().title(Span::styled(" Selected ", theme.title));
        let Some(row) = self.rows.as_ref().and_then(|r| r.get(self.selected)) else {
            frame.render_widget(block, area);
            return;
        };
        let m = &row.message;
        let mut lines = vec![
            Line::from(vec![
                Span::styled(
                    format!(
                        "{} {}",
                        severity_marker(m.severity),
                        severity_word(m.severity)
                    ),
                    severity_style(m.severity, theme),
                ),
                Span::styled(format!(" · {} · ", m.source.as_str()), theme.dim),
                Span::styled(m.code.clone(), theme.header),
                Span::raw(format!(" · {}", row.location)),
            ]),
            Line::raw(m.message.clone()),
        ];
        if !m.hint.is_empty() {
            lines.push(Line::styled(format!("→ {}", m.hint), theme.dim));
        }
        lines.push(match &row.lesson {
            Some((lesson, Some(line))) => Line::from(vec![
                Span::styled("Enter", theme.key),
                Span::raw(format!(" opens lesson {lesson} at line {line}")),
            ]),
            Some((lesson, None)) => Line::from(vec![
                Span::styled("Enter", theme.key),
                Span::raw(format!(" opens lesson {lesson}")),
            ]),
            None => Line::styled("not about a lesson: nothing to open", theme.dim),
        });
        let widget = Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false });
        frame.render_widget(widget, area);
    }
}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn row_line(row: &MessageRow, theme: &Theme) -> Line<'static> {
    let m = &row.message;
    Line::from(vec![
        Span::styled(
            format!(
                "{} {:<7} ",
                severity_marker(m.severity),
                severity_word(m.severity)
            ),
            severity_style(m.severity, theme),
        ),
        Span::styled(format!("{:<8} ", m.source.as_str()), theme.dim),
        Span::styled(format!("{} ", m.code), theme.header),
        Span::raw(format!("{}  ", row.location)),
        Span::raw(m.message.clone()),
    ])
}
