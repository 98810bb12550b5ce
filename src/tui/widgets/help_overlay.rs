//! `HelpOverlay`: the `?` window, generated from the keymap — every key of the current screen
//! and the global ones, with their descriptions. Sections stand one above the other when they
//! fit, side by side when only that fits; otherwise they stand in one column, descriptions
//! wrapped to the width, scrolled by `scroll` with "more ↓" / "more ↑" in the footer.
//! `layout` is the one geometry: render draws it, the app clamps scrolling with it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::i18n::Texts;
use crate::tr;
use crate::tui::keys::help::KeyHelp;
use crate::tui::theme::Theme;

pub struct HelpOverlay {
    /// (section name, keys), the names already in the chosen language.
    pub sections: Vec<(String, Vec<KeyHelp>)>,
    /// The language of the title and footer (the footer's width is part of the layout).
    pub texts: Texts,
    /// Rows scrolled off the top of a single column that does not fit (clamped on drawing).
    pub scroll: u16,
}

/// One row of the window, before styling.
#[derive(Debug, Clone, PartialEq)]
enum Row {
    Heading(String),
    /// Keys padded to the widest keys, then (the first line of) the description.
    Key(String, String),
    /// A wrapped description's next line, under the description column.
    More(String),
    Blank,
}

/// Where everything goes for one frame size.
pub struct HelpLayout {
    popup: Rect,
    columns: Vec<(Vec<Row>, u16)>,
    /// Rows the body shows; fewer than the column has when it scrolls.
    body_rows: u16,
    max_scroll: u16,
}

impl HelpLayout {
    /// How far the single column can scroll (0 when everything shows).
    pub fn max_scroll(&self) -> u16 {
        self.max_scroll
    }

    /// Rows a page key moves.
    pub fn page(&self) -> u16 {
        self.body_rows.saturating_sub(1).max(1)
    }
}

/// Borders (2) plus the blank line and the footer below the body (2).
const CHROME_ROWS: u16 = 4;
/// Borders (2) plus the space after each column (2).
const CHROME_COLUMNS: u16 = 4;

impl HelpOverlay {
    fn keys_width(&self) -> usize {
        self.sections
            .iter()
            .flat_map(|(_, keys)| keys.iter().map(|k| k.keys.width()))
            .max()
            .unwrap_or(4)
    }

    /// A section's rows, descriptions wrapped so rows take at most `width` columns (`None`:
    /// not wrapped).
    fn section_rows(&self, name: &str, keys: &[KeyHelp], width: Option<usize>) -> Vec<Row> {
        let keys_width = self.keys_width();
        // "  keys description": the description starts after the keys and three spaces.
        let indent = keys_width + 3;
        let mut rows = vec![Row::Heading(name.to_string())];
        for k in keys {
            let pad = keys_width.saturating_sub(k.keys.width());
            let lead = format!("  {}{} ", k.keys, " ".repeat(pad));
            let lines = match width {
                Some(w) => wrap_words(&k.description, w.saturating_sub(indent).max(8)),
                None => vec![k.description.clone()],
            };
            let mut lines = lines.into_iter();
            rows.push(Row::Key(lead, lines.next().unwrap_or_default()));
            rows.extend(lines.map(|l| Row::More(format!("{}{l}", " ".repeat(indent)))));
        }
        rows
    }

    fn stacked(&self, width: Option<usize>) -> Vec<Row> {
        let mut all = Vec::new();
        for (name, keys) in &self.sections {
            if !all.is_empty() {
                all.push(Row::Blank);
            }
            all.extend(self.section_rows(name, keys, width));
        }
        all
    }

    /// One column when the sections fit one above the other, side by side when only that
    /// fits, else one column with descriptions wrapped to the width (which then scrolls).
    fn columns(&self, body_max: u16, text_max: u16) -> Vec<(Vec<Row>, u16)> {
        let fits = |rows: &[Row]| rows.len() <= usize::from(body_max);
        let with_width = |rows: Vec<Row>| {
            let width = rows_width(&rows);
            (rows, width)
        };
        let stacked = self.stacked(None);
        if fits(&stacked) && rows_width(&stacked) <= text_max {
            return vec![with_width(stacked)];
        }
        let sections: Vec<Vec<Row>> = self
            .sections
            .iter()
            .map(|(name, keys)| self.section_rows(name, keys, None))
            .collect();
        // Each column and the two spaces after it must fit between the borders.
        let widths: u16 = sections.iter().map(|s| rows_width(s) + 2).sum();
        if sections.iter().all(|s| fits(s)) && widths <= text_max + 2 {
            return sections.into_iter().map(with_width).collect();
        }
        let width = rows_width(&stacked).min(text_max);
        vec![(self.stacked(Some(usize::from(width))), width)]
    }

    /// The window's geometry in `area` (the whole frame).
    pub fn layout(&self, area: Rect) -> HelpLayout {
        let body_max = area.height.saturating_sub(CHROME_ROWS);
        let columns = self.columns(body_max, area.width.saturating_sub(CHROME_COLUMNS));
        let tallest = columns.iter().map(|(c, _)| c.len()).max().unwrap_or(0) as u16;
        let body_rows = tallest.min(body_max);
        let max_scroll = tallest - body_rows;
        let footer = if max_scroll > 0 {
            scroll_footer(self.texts, 0, max_scroll).width() as u16
        } else {
            self.texts.get("tui-help-footer").width() as u16
        };
        let width = columns.iter().map(|(_, w)| w + 2).sum::<u16>().max(footer) + 2;
        let popup = area.centered(
            Constraint::Length(width.min(area.width)),
            Constraint::Length((body_rows + CHROME_ROWS).min(area.height)),
        );
        HelpLayout {
            popup,
            columns,
            body_rows,
            max_scroll,
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let layout = self.layout(area);
        let scroll = self.scroll.min(layout.max_scroll);
        let block = Block::bordered()
            .title(Span::styled(self.texts.get("tui-help-title"), theme.title))
            .border_style(theme.border_focused);
        let inner = block.inner(layout.popup);
        frame.render_widget(Clear, layout.popup);
        frame.render_widget(block, layout.popup);
        let [body, _, foot] = inner.layout(&Layout::vertical([
            Constraint::Length(layout.body_rows),
            Constraint::Length(1),
            Constraint::Length(1),
        ]));
        let areas = Layout::horizontal(
            layout
                .columns
                .iter()
                .map(|(_, w)| Constraint::Length(w + 2)),
        )
        .split(body);
        for ((rows, _), column) in layout.columns.iter().zip(areas.iter()) {
            let lines: Vec<Line> = rows
                .iter()
                .skip(usize::from(scroll))
                .take(usize::from(layout.body_rows))
                .map(|row| styled(row, theme))
                .collect();
            frame.render_widget(Paragraph::new(lines), *column);
        }
        let footer = if layout.max_scroll > 0 {
            scroll_footer(self.texts, scroll, layout.max_scroll)
        } else {
            self.texts.get("tui-help-footer")
        };
        frame.render_widget(Paragraph::new(Line::styled(footer, theme.dim)), foot);
    }
}

/// "more ↓" while rows hide below, "more ↑" once at the end, then how to scroll and close.
fn scroll_footer(t: Texts, scroll: u16, max: u16) -> String {
    let more = match (scroll > 0, scroll < max) {
        (false, _) => t.get("tui-help-more-down"),
        (true, true) => t.get("tui-help-more-both"),
        (true, false) => t.get("tui-help-more-up"),
    };
    tr!(t, "tui-help-scroll", more = more)
}

fn styled(row: &Row, theme: &Theme) -> Line<'static> {
    match row {
        Row::Heading(name) => Line::styled(name.clone(), theme.header),
        Row::Key(lead, description) => Line::from(vec![
            Span::styled(lead.clone(), theme.key),
            Span::raw(description.clone()),
        ]),
        Row::More(text) => Line::raw(text.clone()),
        Row::Blank => Line::raw(""),
    }
}

fn rows_width(rows: &[Row]) -> u16 {
    rows.iter()
        .map(|row| match row {
            Row::Heading(t) | Row::More(t) => t.width(),
            Row::Key(lead, description) => lead.width() + description.width(),
            Row::Blank => 0,
        })
        .max()
        .unwrap_or(10) as u16
}

/// `text` in lines of at most `width` columns, broken between words (a longer word is cut).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            if line.width() + c.width().unwrap_or(0) > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words() {
        assert_eq!(
            wrap_words("generate every planned lesson", 15),
            vec!["generate every", "planned lesson"]
        );
        assert_eq!(wrap_words("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap_words("", 5), vec![""]);
    }
}
