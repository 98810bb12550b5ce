//! `HelpOverlay`: the `?` window, generated from the keymap — every key of the current screen
//! and the global ones, with their descriptions. Sections sit side by side when they would
//! not fit one above the other.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::screens::KeyHelp;
use crate::tui::theme::Theme;

pub struct HelpOverlay<'a> {
    pub sections: Vec<(&'a str, Vec<KeyHelp>)>,
}

impl HelpOverlay<'_> {
    fn section_lines(&self, theme: &Theme) -> Vec<Vec<Line<'static>>> {
        let keys_width = self
            .sections
            .iter()
            .flat_map(|(_, keys)| keys.iter().map(|k| k.keys.width()))
            .max()
            .unwrap_or(4);
        self.sections
            .iter()
            .map(|(name, keys)| {
                let mut lines = vec![Line::styled(name.to_string(), theme.header)];
                for k in keys {
                    let pad = keys_width.saturating_sub(k.keys.width());
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {}{} ", k.keys, " ".repeat(pad)), theme.key),
                        Span::raw(k.description.clone()),
                    ]));
                }
                lines
            })
            .collect()
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let sections = self.section_lines(theme);
        let footer = Line::styled("Esc, ? or q closes this help", theme.dim);
        // Section lines, blank lines between sections, footer (2) and borders (2).
        let stacked: usize = sections.iter().map(Vec::len).sum::<usize>() + sections.len() - 1;
        let side_by_side = stacked + 4 > usize::from(area.height);
        let columns: Vec<Vec<Line>> = if side_by_side {
            sections
        } else {
            let mut all = Vec::new();
            for section in sections {
                if !all.is_empty() {
                    all.push(Line::raw(""));
                }
                all.extend(section);
            }
            vec![all]
        };
        let col_widths: Vec<u16> = columns
            .iter()
            .map(|c| c.iter().map(Line::width).max().unwrap_or(10) as u16 + 2)
            .collect();
        let rows = columns.iter().map(Vec::len).max().unwrap_or(0) as u16 + 2;
        let width = col_widths.iter().sum::<u16>().max(footer.width() as u16) + 2;
        let popup = area.centered(
            Constraint::Length(width.min(area.width)),
            Constraint::Length((rows + 2).min(area.height)),
        );
        let block = Block::bordered()
            .title(Span::styled(" Keys ", theme.title))
            .border_style(theme.border_focused);
        let inner = block.inner(popup);
        frame.render_widget(Clear, popup);
        frame.render_widget(block, popup);
        let [body, _, foot] = inner.layout(&Layout::vertical([
            Constraint::Min(0),
            Constraint::Length(1),
            Constraint::Length(1),
        ]));
        let areas =
            Layout::horizontal(col_widths.iter().map(|w| Constraint::Length(*w))).split(body);
        for (column, col_area) in columns.into_iter().zip(areas.iter()) {
            frame.render_widget(Paragraph::new(column), *col_area);
        }
        frame.render_widget(Paragraph::new(footer), foot);
    }
}
