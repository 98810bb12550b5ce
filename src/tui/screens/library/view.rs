//! The library's `render(&self)`: the filter line, the table (or why there is none) and the
//! dialogs over it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::tr;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

use super::LibraryScreen;
use super::cells::empty_library;

impl LibraryScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [filter_area, table_area] = self.areas(area);
        let t = theme.texts;
        if self.shows_filter() {
            let cursor = if self.editing_filter { "▏" } else { "" };
            let line = Line::from(vec![
                Span::styled(tr!(t, "tui-library-filter"), theme.key),
                if self.filter_selected {
                    Span::styled(sanitized(&self.filter), theme.selection)
                } else {
                    Span::raw(sanitized(&self.filter))
                },
                Span::raw(cursor),
                Span::styled(tr!(t, "tui-library-shown", n = self.view.len()), theme.dim),
            ]);
            frame.render_widget(Paragraph::new(line), filter_area);
        }
        let sort_label = tr!(
            t,
            "tui-library-sorted",
            what = if self.archived_view {
                tr!(t, "tui-library-archived")
            } else {
                tr!(t, "tui-library-courses")
            },
            column = self.sort.label(t),
            arrow = if self.descending { "▼" } else { "▲" },
            more = if self.loading_more {
                tr!(t, "tui-library-loading-more")
            } else {
                String::new()
            }
        );
        let block = Block::bordered()
            .title(Span::styled(sort_label, theme.title))
            .border_style(theme.border_focused);
        match &self.rows {
            None => {
                let text = self.error.as_deref().map_or_else(
                    || tr!(t, "tui-library-loading"),
                    |e| tr!(t, "tui-library-error", error = e.to_string()),
                );
                frame.render_widget(Paragraph::new(text).block(block), table_area);
            }
            Some(rows) if rows.is_empty() => {
                frame.render_widget(empty_library(theme).block(block), table_area)
            }
            Some(_) if self.view.is_empty() && self.archived_view && self.filter.is_empty() => {
                let text = tr!(t, "tui-library-no-archived");
                frame.render_widget(Paragraph::new(text).block(block), table_area);
            }
            Some(_) if self.view.is_empty() && self.filter.is_empty() => {
                frame.render_widget(empty_library(theme).block(block), table_area)
            }
            Some(_) if self.view.is_empty() => {
                let text = tr!(t, "tui-library-no-match", filter = sanitized(&self.filter));
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
