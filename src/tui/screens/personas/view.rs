//! Drawing the personas screen: a header (how many, and which course is being given a voice),
//! the list (slug, name, kind, courses; the course's current persona marked) and the selected
//! persona whole below it — bio, kind, courses and, wrapped, the exact text lesson prompts
//! carry for it. Read-only over `PersonasScreen`; builds only the visible rows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};

use crate::services::PersonaEntry;
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
        let count = self.rows.as_ref().map_or(0, Vec::len);
        let mut spans = vec![
            Span::styled(" Personas", theme.title),
            Span::raw(format!(" · {count}")),
        ];
        match &self.course {
            Some(course) => spans.push(Span::styled(
                format!("  voice of {course}: Enter assigns · x none"),
                theme.dim,
            )),
            None => spans.push(Span::styled(
                "  the instructors whose voice courses are written in",
                theme.dim,
            )),
        }
        Line::from(spans)
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::bordered()
            .title(Span::styled(" Personas ", theme.title))
            .border_style(theme.border_focused);
        let Some(rows) = &self.rows else {
            frame.render_widget(Paragraph::new("Loading the personas…").block(block), area);
            return;
        };
        if let Some(e) = &self.error {
            let text = format!("Cannot load the personas: {e}");
            let widget = Paragraph::new(Line::styled(text, theme.error)).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        if rows.is_empty() {
            let text = "No personas yet: `lectern persona import FOLDER` or `lectern persona new`.";
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
        let courses = match row.courses.len() {
            0 => "no course".to_string(),
            1 => "1 course".to_string(),
            n => format!("{n} courses"),
        };
        let selected = if index == self.selected { "▶" } else { " " };
        Line::from(vec![
            Span::styled(selected, theme.key),
            Span::styled(if current { "● " } else { "  " }, theme.score_good),
            Span::styled(format!("{:<20} ", row.persona.slug), theme.text),
            Span::styled(format!("{:<24} ", row.persona.display_name), theme.header),
            Span::styled(format!("{:<14} ", row.kind), theme.dim),
            Span::styled(courses, theme.dim),
        ])
    }

    fn render_detail(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::bordered()
            .title(Span::styled(" Persona ", theme.title))
            .border_style(theme.border);
        let Some(row) = self.rows.as_ref().and_then(|r| r.get(self.selected)) else {
            frame.render_widget(block, area);
            return;
        };
        let p = &row.persona;
        let mut lines = vec![Line::from(vec![
            Span::styled(p.display_name.clone(), theme.header),
            Span::styled(format!(" ({}) · {}", p.slug, row.kind), theme.dim),
        ])];
        if let Some(bio) = &p.short_bio {
            lines.push(Line::raw(bio.clone()));
        }
        let courses = match row.courses.is_empty() {
            true => "none".to_string(),
            false => row.courses.join(", "),
        };
        lines.push(Line::styled(format!("courses: {courses}"), theme.dim));
        lines.push(Line::styled("text in prompts:", theme.key));
        lines.extend(p.prompt_block().lines().map(|l| Line::raw(l.to_string())));
        let widget = Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false });
        frame.render_widget(widget, area);
    }
}
