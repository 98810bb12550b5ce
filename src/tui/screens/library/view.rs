//! The library's `render(&self)`: the filter line, the table (or why there is none) and the
//! dialogs over it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

use super::LibraryScreen;
use super::cells::empty_library;

impl LibraryScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [filter_area, table_area] = self.areas(area);
        if self.shows_filter() {
            let cursor = if self.editing_filter { "▏" } else { "" };
            let line = Line::from(vec![
                Span::styled("Filter: ", theme.key),
                if self.filter_selected {
                    Span::styled(sanitized(&self.filter), theme.selection)
                } else {
                    Span::raw(sanitized(&self.filter))
                },
                Span::raw(cursor),
                Span::styled(format!("  ({} shown)", self.view.len()), theme.dim),
            ]);
            frame.render_widget(Paragraph::new(line), filter_area);
        }
        let sort_label = format!(
            " {} · sorted by {} {}{} ",
            if self.archived_view {
                "Archived courses (A: the others · d: unarchive)"
            } else {
                "Courses"
            },
            self.sort.label(),
            if self.descending { "▼" } else { "▲" },
            if self.loading_more {
                " · loading more…"
            } else {
                ""
            }
        );
        let block = Block::bordered()
            .title(Span::styled(sort_label, theme.title))
            .border_style(theme.border_focused);
        match &self.rows {
            None => {
                let text = self.error.as_deref().map_or_else(
                    || "Loading courses…".to_string(),
                    |e| format!("Cannot load the library: {e}"),
                );
                frame.render_widget(Paragraph::new(text).block(block), table_area);
            }
            Some(rows) if rows.is_empty() => {
                frame.render_widget(empty_library(theme).block(block), table_area)
            }
            Some(_) if self.view.is_empty() && self.archived_view && self.filter.is_empty() => {
                let text = "No archived course. A shows the others.";
                frame.render_widget(Paragraph::new(text).block(block), table_area);
            }
            Some(_) if self.view.is_empty() && self.filter.is_empty() => {
                frame.render_widget(empty_library(theme).block(block), table_area)
            }
            Some(_) if self.view.is_empty() => {
                let text = format!(
                    "No course matches “{}”. Esc clears the filter.",
                    sanitized(&self.filter)
                );
                frame.render_widget(Paragraph::new(text).block(block), table_area);
            }
            Some(rows) => self.render_table(frame, table_area, block, rows, theme),
        }
        if let Some(dialog) = &self.dialog {
            dialog.render(frame, area, theme);
        }
        if let Some(dialog) = &self.new_course {
            dialog.render(frame, area, theme);
        }
    }
}
