//! Drawing the search screen: the query field with its state, then the results, two lines
//! each (where, and the snippet with matched terms in the `matched` style). Only visible
//! results are built, and they are drawn line by line straight into the buffer with what a
//! ratatui `List` would draw (a test compares the two): the `List` set every cell's default
//! style three times over, a fifth of a search keystroke on a screenful of results. A mouse
//! click maps back to a result with the same geometry.
//! Read-only over `SearchScreen`; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::storage::SearchKind;
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ListWindow, draw_line};

use crate::tui::screens::search::{SearchAction, SearchRow, SearchScreen};

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
        let window = self.window(list);
        let inner = window.inner();
        frame.render_widget(block, list);
        let buf = frame.buffer_mut();
        for (y, index) in (inner.y..)
            .step_by(usize::from(RESULT_LINES))
            .zip(window.range())
        {
            for (dy, line) in (0..).zip(&result_lines(&rows[index], theme)) {
                let area = Rect {
                    y: y + dy,
                    height: 1,
                    ..inner
                };
                draw_line(line, area, buf);
            }
            if index == self.selected {
                let area = Rect {
                    y,
                    height: RESULT_LINES,
                    ..inner
                };
                buf.set_style(area, theme.selection);
            }
        }
    }
}

/// A result's two lines: its title and where it is, then the snippet with the matched terms
/// in the `matched` style. The row's texts are borrowed, not copied.
fn result_lines<'a>(row: &'a SearchRow, theme: &Theme) -> [Line<'a>; 2] {
    let t = theme.texts;
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
        Span::styled(row.title.as_str(), theme.title),
        Span::styled(format!("  {place}"), theme.dim),
    ]);
    let mut snippet = Vec::with_capacity(row.snippet.len() + 1);
    snippet.push(Span::raw("  "));
    snippet.extend(row.snippet.iter().map(|(text, matched)| {
        Span::styled(
            text.as_str(),
            if *matched { theme.matched } else { theme.text },
        )
    }));
    [head, Line::from(snippet)]
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

    use super::*;

    fn row(
        kind: SearchKind,
        slug: &str,
        id: Option<&str>,
        title: &str,
        snippet: &str,
    ) -> SearchRow {
        SearchRow {
            kind,
            course_slug: slug.to_string(),
            lesson_id: id.map(str::to_string),
            title: title.to_string(),
            snippet: crate::tui::screens::search::split_snippet(snippet),
        }
    }

    fn rows() -> Vec<SearchRow> {
        let mut rows = vec![
            row(
                SearchKind::Lesson,
                "planilhas",
                Some("1.2"),
                "Fórmulas que se aplicam",
                "…cada \u{2}fórmula\u{3} se \u{2}aplica\u{3} à célula…",
            ),
            row(
                SearchKind::Brief,
                "curso-com-um-nome-muito-longo-que-não-cabe",
                None,
                "Brief",
                "uma linha muito longa de texto que passa da borda da janela de resultados \
                 sem parar, \u{2}aplicando\u{3} 漢字 e 🎯 até o fim, e ainda mais um pouco",
            ),
            row(SearchKind::Course, "c", None, "", ""),
            row(
                SearchKind::Research,
                "r",
                None,
                "research: notes.txt",
                "\u{2}apply\u{3}",
            ),
        ];
        for i in 0..30 {
            rows.push(row(
                SearchKind::Lesson,
                "seed",
                Some(&format!("{i}.1")),
                &format!("Lesson {i}"),
                "to \u{2}apply\u{3} a \u{2}formula\u{3}",
            ));
        }
        rows
    }

    /// What ratatui's `List` draws for the same results: the oracle of the direct drawing.
    fn drawn_by_a_list(screen: &SearchScreen, area: Rect, theme: &Theme) -> Buffer {
        let [_, list] = layout(area);
        let mut buf = Buffer::empty(area);
        let window = screen.window(list).range();
        let items = screen.results()[window.clone()]
            .iter()
            .map(|row| ListItem::new(result_lines(row, theme).to_vec()));
        let block = Block::bordered()
            .title(Span::styled(
                theme.texts.get("tui-search-results-title"),
                theme.title,
            ))
            .border_style(theme.border);
        let widget = List::new(items)
            .block(block)
            .highlight_style(theme.selection);
        let mut state = ListState::default().with_selected(Some(screen.selected - window.start));
        StatefulWidget::render(widget, list, &mut buf, &mut state);
        buf
    }

    #[test]
    fn results_drawn_directly_equal_what_a_list_draws() {
        for theme in [Theme::new(true), Theme::new(false)] {
            for (width, height) in [(80, 24), (120, 40), (40, 9), (30, 6), (200, 13)] {
                for selected in [0, 1, 3, 17, 33] {
                    let screen = SearchScreen {
                        query: "apply".into(),
                        sent: Some("apply".into()),
                        rows: Some(rows()),
                        selected,
                        ..SearchScreen::default()
                    };
                    let area = Rect::new(0, 0, width, height);
                    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
                    // The frame's own buffer: the backend's skips the cells a wide
                    // character covers, which the diff never sends.
                    let mut drawn = Buffer::empty(area);
                    terminal
                        .draw(|frame| {
                            screen.render(frame, area, &theme);
                            drawn = frame.buffer_mut().clone();
                        })
                        .unwrap();
                    let expected = drawn_by_a_list(&screen, area, &theme);
                    let [_, list] = layout(area);
                    for y in list.top()..list.bottom() {
                        for x in list.left()..list.right() {
                            assert_eq!(
                                drawn[(x, y)],
                                expected[(x, y)],
                                "cell ({x}, {y}) at {width}×{height}, result {selected} selected"
                            );
                        }
                    }
                }
            }
        }
    }
}
