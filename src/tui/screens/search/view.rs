//! Drawing the search screen: the query field with its state, then the results, two lines
//! each (where, and the snippet with matched terms in the `matched` style). Only visible
//! results are built. A mouse click maps back to a result with the same geometry.
//! Read-only over `SearchScreen`; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};

use crate::storage::SearchKind;
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::ListWindow;

use crate::tui::screens::search::{SearchAction, SearchScreen};

/// Lines each result takes: where it is, then the snippet.
const RESULT_LINES: u16 = 2;

/// The query field and the results below it; render and clicks both use it.
fn layout(area: Rect) -> [Rect; 2] {
    area.layout(&Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(0),
    ]))
}

impl SearchScreen {
    /// The action for a left click at `at` on the screen drawn over `area`: a result (either
    /// of its lines) selects it.
    pub fn click(&self, at: Position, area: Rect) -> Option<SearchAction> {
        let [_, list] = layout(area);
        self.window(list).item_at(at).map(SearchAction::Select)
    }

    fn window(&self, list: Rect) -> ListWindow {
        ListWindow::bordered(list, self.results().len(), self.selected, RESULT_LINES)
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [input, list] = layout(area);
        self.fits.set(usize::from(
            Block::bordered().inner(list).height / RESULT_LINES,
        ));
        let t = theme.texts;
        let state = if self.query.trim().is_empty() {
            t.get("tui-search-prompt")
        } else if self.is_searching() {
            t.get("tui-search-searching")
        } else {
            match self.results().len() {
                n if self.may_have_more() => tr!(t, "tui-search-results-more", n = n),
                n => tr!(t, "tui-search-results", n = n),
            }
        };
        let field = Paragraph::new(Line::from(vec![
            Span::raw(crate::tui::text::sanitize::sanitized(&self.query)),
            Span::styled("▏", theme.key),
            Span::styled(format!("  {state}"), theme.dim),
        ]))
        .block(
            Block::bordered()
                .title(Span::styled(t.get("tui-search-title"), theme.title))
                .border_style(theme.border_focused),
        );
        frame.render_widget(field, input);
        let block = Block::bordered()
            .title(Span::styled(t.get("tui-search-results-title"), theme.title))
            .border_style(theme.border);
        let rows = self.results();
        if rows.is_empty() {
            let text = match (&self.error, self.rows.is_some()) {
                (Some(e), _) => tr!(t, "tui-search-failed", error = e.clone()),
                (None, true) => t.get("tui-search-nothing"),
                (None, false) => String::new(),
            };
            frame.render_widget(Paragraph::new(text).block(block), list);
            return;
        }
        let window = self.window(list).range();
        let items = rows[window.clone()].iter().map(|row| {
            let place = match (&row.kind, &row.lesson_id) {
                (SearchKind::Lesson, Some(id)) => tr!(
                    t,
                    "tui-search-in-lesson",
                    slug = row.course_slug.clone(),
                    id = id.clone()
                ),
                (SearchKind::Brief, _) => {
                    tr!(t, "tui-search-in-brief", slug = row.course_slug.clone())
                }
                _ => tr!(t, "tui-search-in-course", slug = row.course_slug.clone()),
            };
            let head = Line::from(vec![
                Span::styled(row.title.clone(), theme.title),
                Span::styled(format!("  {place}"), theme.dim),
            ]);
            let mut snippet = vec![Span::raw("  ")];
            snippet.extend(row.snippet.iter().map(|(text, matched)| {
                Span::styled(
                    text.clone(),
                    if *matched { theme.matched } else { theme.text },
                )
            }));
            ListItem::new(vec![head, Line::from(snippet)])
        });
        let widget = List::new(items)
            .block(block)
            .highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(widget, list, &mut state);
    }
}
