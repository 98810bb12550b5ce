//! Drawing the conflicts screen: a header with the count, the list of open conflicts (course,
//! target, both sides' author and time) and, for the selected one, three columns — the common
//! ancestor as it was, then mine and theirs as word diffs against it (removed words
//! `[-…-]`, added `{+…+}` in colour). Read-only over `ConflictsScreen`; builds only the
//! visible rows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};

use crate::tr;
use crate::tui::message::history::HistoryDiff;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ListWindow, diff_line};

use super::{ConflictEntry, ConflictsScreen};

/// Rows of the list at most (borders included); the texts get the rest.
const LIST_HEIGHT: u16 = 7;

impl ConflictsScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let count = self.rows.as_ref().map_or(0, Vec::len) as u16;
        let [header, list, texts] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length((count + 2).clamp(3, LIST_HEIGHT)),
            Constraint::Min(0),
        ]));
        frame.render_widget(Paragraph::new(self.header_line(theme)), header);
        self.render_list(frame, list, theme);
        if let Some(row) = self.rows.as_ref().and_then(|r| r.get(self.selected)) {
            self.render_texts(frame, texts, row, theme);
        }
    }

    fn header_line(&self, theme: &Theme) -> Line<'static> {
        let t = theme.texts;
        let n = self.rows.as_ref().map_or(0, Vec::len);
        let open = match self.course() {
            Some(c) => tr!(t, "tui-conflicts-open-of", course = sanitized(c), n = n),
            None => tr!(t, "tui-conflicts-open", n = n),
        };
        Line::from(vec![
            Span::styled(t.get("tui-conflicts-header"), theme.title),
            Span::raw(open),
            Span::styled(t.get("tui-conflicts-explain"), theme.dim),
        ])
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-conflicts-block"), theme.title))
            .border_style(theme.border_focused);
        let Some(rows) = &self.rows else {
            let loading = t.get("tui-conflicts-loading");
            frame.render_widget(Paragraph::new(loading).block(block), area);
            return;
        };
        if let Some(e) = &self.error {
            let text = tr!(t, "tui-conflicts-error", error = sanitized(e));
            let widget = Paragraph::new(Line::styled(text, theme.error)).block(block);
            frame.render_widget(widget.wrap(Wrap { trim: false }), area);
            return;
        }
        if rows.is_empty() {
            let widget = Paragraph::new(t.get("tui-conflicts-none")).block(block);
            frame.render_widget(widget, area);
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

    fn render_texts(&self, frame: &mut Frame, area: Rect, row: &ConflictEntry, theme: &Theme) {
        let [ancestor, mine, theirs] = area.layout(&Layout::horizontal([
            Constraint::Ratio(1, 3),
            Constraint::Ratio(1, 3),
            Constraint::Ratio(1, 3),
        ]));
        let t = theme.texts;
        let visible = area.height.saturating_sub(2) as usize;
        let block = |title: String| Block::bordered().title(Span::styled(title, theme.title));
        let lines: Vec<Line> = match &row.ancestor {
            Some(text) => text
                .lines()
                .skip(self.scroll)
                .take(visible)
                .map(|l| Line::raw(sanitized(l)))
                .collect(),
            None => vec![Line::styled(t.get("tui-conflicts-no-ancestor"), theme.dim)],
        };
        let widget = Paragraph::new(lines)
            .block(block(t.get("tui-conflicts-ancestor")))
            .wrap(Wrap { trim: false });
        frame.render_widget(widget, ancestor);
        let side = |diff: &HistoryDiff, title: String, area: Rect, frame: &mut Frame| {
            let lines: Vec<Line> = diff
                .rows
                .iter()
                .skip(self.scroll)
                .take(visible)
                .map(|r| diff_line(r.as_ref(), theme))
                .collect();
            let widget = Paragraph::new(lines)
                .block(block(title))
                .wrap(Wrap { trim: false });
            frame.render_widget(widget, area);
        };
        let mine_title = tr!(t, "tui-conflicts-mine", author = row.mine_author.clone());
        side(&row.mine_diff, mine_title, mine, frame);
        let theirs_title = tr!(
            t,
            "tui-conflicts-theirs",
            author = row.theirs_author.clone()
        );
        side(&row.theirs_diff, theirs_title, theirs, frame);
    }
}

fn row_line(row: &ConflictEntry, theme: &Theme) -> Line<'static> {
    let t = theme.texts;
    Line::from(vec![
        Span::styled(format!("{} ", sanitized(&row.course)), theme.header),
        Span::raw(format!("{}  ", row.target)),
        Span::styled(
            tr!(
                t,
                "tui-conflicts-sides",
                mine = row.mine_author.clone(),
                mine_at = t.timestamp(&row.mine_at).into_owned(),
                theirs = row.theirs_author.clone(),
                theirs_at = t.timestamp(&row.theirs_at).into_owned()
            ),
            theme.dim,
        ),
    ])
}
