//! Drawing the messages screen: a header with the counts, the list (one line per message:
//! severity, source, code, `file:line:col`, text, cut at the edge) and the selected message
//! whole below it, wrapped, with its hint and what `Enter` does. Read-only over
//! `MessagesScreen`; builds only the visible rows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};

use unicode_width::UnicodeWidthStr;

use crate::domain::issue::Severity;
use crate::i18n::Texts;
use crate::tr;
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
        let t = theme.texts;
        Line::from(vec![
            Span::styled(format!(" {}", self.slug()), theme.title),
            Span::raw(tr!(t, "tui-messages-count", n = rows.len())),
            Span::styled(format!(" · ✗{errors}"), theme.failure),
            Span::styled(format!(" !{warnings}"), theme.score_warn),
            Span::styled(t.get("tui-messages-from"), theme.dim),
        ])
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-messages-block"), theme.title))
            .border_style(theme.border_focused);
        let Some(rows) = &self.rows else {
            let loading = t.get("tui-messages-loading");
            frame.render_widget(Paragraph::new(loading).block(block), area);
            return;
        };
        if let Some(e) = &self.error {
            let text = tr!(t, "tui-messages-error", error = e.clone());
            let widget = Paragraph::new(Line::styled(text, theme.error)).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        if rows.is_empty() {
            let text = t.get("tui-messages-none");
            let widget = Paragraph::new(text).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        let window = ListWindow::bordered(area, rows.len(), self.selected, 1).range();
        let width = severity_width(t);
        let items = rows[window.clone()]
            .iter()
            .map(|row| ListItem::new(row_line(row, width, theme)));
        let widget = List::new(items)
            .block(block)
            .highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(widget, area, &mut state);
    }

    fn render_detail(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let block =
            Block::bordered().title(Span::styled(t.get("tui-messages-selected"), theme.title));
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
                        severity_word(t, m.severity)
                    ),
                    severity_style(m.severity, theme),
                ),
                Span::styled(format!(" · {} · ", m.source.as_str()), theme.dim),
                Span::styled(m.code.clone(), theme.header),
                Span::raw(format!(" · {}", row.location)),
            ]),
            Line::raw(message_text(t, row)),
        ];
        if !m.hint.is_empty() {
            lines.push(Line::styled(format!("→ {}", hint_text(t, row)), theme.dim));
        }
        lines.push(match &row.lesson {
            Some((lesson, Some(line))) => Line::from(vec![
                Span::styled("Enter", theme.key),
                Span::raw(tr!(
                    t,
                    "tui-messages-opens-at",
                    lesson = lesson.clone(),
                    line = *line
                )),
            ]),
            Some((lesson, None)) => Line::from(vec![
                Span::styled("Enter", theme.key),
                Span::raw(tr!(t, "tui-messages-opens", lesson = lesson.clone())),
            ]),
            None => Line::styled(t.get("tui-messages-nothing-to-open"), theme.dim),
        });
        let widget = Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false });
        frame.render_widget(widget, area);
    }
}

fn severity_word(t: Texts, s: Severity) -> String {
    t.get(match s {
        Severity::Error => "tui-messages-severity-error",
        Severity::Warning => "tui-messages-severity-warning",
        Severity::Info => "tui-messages-severity-info",
    })
}

/// The column the severity words take: the language's longest (English: 7, as before).
fn severity_width(t: Texts) -> usize {
    [Severity::Error, Severity::Warning, Severity::Info]
        .map(|s| severity_word(t, s).width())
        .into_iter()
        .max()
        .unwrap_or(7)
}

/// The stored message in `t`'s language when it kept its values (as `lectern show` says it);
/// else the English text it was stored with.
fn message_text(t: Texts, row: &MessageRow) -> String {
    let m = &row.message;
    t.code_message(&m.code, &m.message, &m.args).into_owned()
}

/// The stored hint, translated under the same rule as [`message_text`].
fn hint_text(t: Texts, row: &MessageRow) -> String {
    let m = &row.message;
    t.code_hint(&m.code, &m.hint, &m.args).into_owned()
}

fn row_line(row: &MessageRow, width: usize, theme: &Theme) -> Line<'static> {
    let m = &row.message;
    let t = theme.texts;
    let word = severity_word(t, m.severity);
    let pad = " ".repeat(width.saturating_sub(word.width()));
    Line::from(vec![
        Span::styled(
            format!("{} {word}{pad} ", severity_marker(m.severity)),
            severity_style(m.severity, theme),
        ),
        Span::styled(format!("{:<8} ", m.source.as_str()), theme.dim),
        Span::styled(format!("{} ", m.code), theme.header),
        Span::raw(format!("{}  ", row.location)),
        Span::raw(message_text(t, row)),
    ])
}
