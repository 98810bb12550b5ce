//! Drawing the personas screen: a header (how many, and which course is being given a voice),
//! the list (slug, name, kind, courses; the course's current persona marked) and the selected
//! persona whole below it — bio, kind, courses and, wrapped, the exact text lesson prompts
//! carry for it. Read-only over `PersonasScreen`; builds only the visible rows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};

use unicode_width::UnicodeWidthStr;

use crate::i18n::Texts;
use crate::services::PersonaEntry;
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::ListWindow;

use super::PersonasScreen;

impl PersonasScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let list_rows = self.rows.as_ref().map_or(1, |r| r.len().max(1)) as u16 + 2;
        let [header, list, detail] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(list_rows.min(area.height / 2).max(3)),
            Constraint::Min(3),
        ]));
        frame.render_widget(Paragraph::new(self.header_line(theme)), header);
        self.render_list(frame, list, theme);
        self.render_detail(frame, detail, theme);
    }

    fn header_line(&self, theme: &Theme) -> Line<'static> {
        let t = theme.texts;
        let count = self.rows.as_ref().map_or(0, Vec::len);
        let mut spans = vec![
            Span::styled(t.get("tui-personas-header"), theme.title),
            Span::raw(format!(" · {count}")),
        ];
        match &self.course {
            Some(course) => spans.push(Span::styled(
                tr!(t, "tui-personas-voice-of", course = course.clone()),
                theme.dim,
            )),
            None => spans.push(Span::styled(t.get("tui-personas-browsing"), theme.dim)),
        }
        Line::from(spans)
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-personas-block"), theme.title))
            .border_style(theme.border_focused);
        let Some(rows) = &self.rows else {
            let loading = t.get("tui-personas-loading");
            frame.render_widget(Paragraph::new(loading).block(block), area);
            return;
        };
        if let Some(e) = &self.error {
            let text = tr!(t, "tui-personas-error", error = e.clone());
            let widget = Paragraph::new(Line::styled(text, theme.error)).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        if rows.is_empty() {
            let text = t.get("tui-personas-none");
            let widget = Paragraph::new(text).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        let window = ListWindow::bordered(area, rows.len(), self.selected, 1).range();
        let items = rows[window.clone()]
            .iter()
            .enumerate()
            .map(|(i, row)| ListItem::new(self.row_line(row, window.start + i, theme)));
        let widget = List::new(items)
            .block(block)
            .highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(widget, area, &mut state);
    }

    /// `▶` marks the selected row and `●` the course's current persona, so neither depends on
    /// colour alone.
    fn row_line(&self, row: &PersonaEntry, index: usize, theme: &Theme) -> Line<'static> {
        let current = self
            .course
            .as_ref()
            .is_some_and(|c| row.courses.iter().any(|x| x == c));
        let t = theme.texts;
        let courses = tr!(t, "tui-personas-courses-count", n = row.courses.len());
        let selected = if index == self.selected { "▶" } else { " " };
        let kind = kind_word(t, row.kind);
        let pad = kind_width(t).saturating_sub(kind.width());
        Line::from(vec![
            Span::styled(selected, theme.key),
            Span::styled(if current { "● " } else { "  " }, theme.score_good),
            Span::styled(format!("{:<20} ", row.persona.slug), theme.text),
            Span::styled(format!("{:<24} ", row.persona.display_name), theme.header),
            Span::styled(format!("{kind}{} ", " ".repeat(pad)), theme.dim),
            Span::styled(courses, theme.dim),
        ])
    }

    fn render_detail(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-personas-detail"), theme.title))
            .border_style(theme.border);
        let Some(row) = self.rows.as_ref().and_then(|r| r.get(self.selected)) else {
            frame.render_widget(block, area);
            return;
        };
        let p = &row.persona;
        let mut lines = vec![Line::from(vec![
            Span::styled(p.display_name.clone(), theme.header),
            Span::styled(
                format!(" ({}) · {}", p.slug, kind_word(t, row.kind)),
                theme.dim,
            ),
        ])];
        if let Some(bio) = &p.short_bio {
            lines.push(Line::raw(bio.clone()));
        }
        let courses = match row.courses.is_empty() {
            true => t.get("tui-personas-no-courses"),
            false => row.courses.join(", "),
        };
        lines.push(Line::styled(
            tr!(t, "tui-personas-courses", courses = courses),
            theme.dim,
        ));
        lines.push(Line::styled(t.get("tui-personas-prompt-text"), theme.key));
        lines.extend(p.prompt_block().lines().map(|l| Line::raw(l.to_string())));
        let widget = Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false });
        frame.render_widget(widget, area);
    }
}

/// A persona's kind (`system prompt`, `voice profile`, `name only`, as the service names it)
/// in `t`'s language; a kind without a message stays as given.
fn kind_word(t: Texts, kind: &str) -> String {
    let id = match kind {
        "system prompt" => "tui-personas-kind-system-prompt",
        "voice profile" => "tui-personas-kind-voice-profile",
        "name only" => "tui-personas-kind-name-only",
        _ => return kind.to_string(),
    };
    t.get(id)
}

/// The kind column: the language's longest kind, 14 columns at least (English: 14, as before).
fn kind_width(t: Texts) -> usize {
    ["system prompt", "voice profile", "name only"]
        .map(|k| kind_word(t, k).width())
        .into_iter()
        .fold(14, usize::max)
}
