//! The library's course table: only the visible window of rows is drawn, and rows other than
//! the selected one are copied from [`RowCache`], so a keystroke costs about the same with one
//! course on screen or a full screen of them. Read-only; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, HighlightSpacing, Row, Table, TableState};

use super::cells::score_line;
use super::row_cache::RowCacheKey;
use super::row_draw::{column_rects, draw_row};
use super::{LibraryRow, LibraryScreen, ResultsBar, Theme};
use crate::i18n::Texts;
use crate::tr;
use crate::tui::widgets::ListWindow;

const HIGHLIGHT_SYMBOL: &str = "▶ ";
/// The symbol's width: the column `Table` reserves before the first column.
const SELECTION_WIDTH: u16 = 2;

/// Columns the title keeps for itself before any other column is shown.
const TITLE_MIN: u16 = 22;

/// Which columns fit, by the table's width: the title first (at least `TITLE_MIN`), then
/// the others by how much they tell — lessons, GPS, results, DL, status, changed, slug,
/// persona — each only while the title keeps its room. Shown in the usual order.
#[derive(Clone, Copy)]
struct Columns {
    slug: bool,
    status: bool,
    lessons: bool,
    gps: bool,
    dl: bool,
    results: bool,
    persona: bool,
    changed: bool,
}

impl Columns {
    fn for_width(width: u16) -> Columns {
        // The border, the selection column, and a space before each column after the title.
        let mut room = width.saturating_sub(2 + SELECTION_WIDTH + TITLE_MIN);
        let mut take = |cells: u16| {
            let fits = room > cells;
            if fits {
                room -= cells + 1;
            }
            fits
        };
        let lessons = take(7);
        let gps = take(4);
        let results = take(13);
        let dl = take(4);
        let status = take(9);
        let changed = take(10);
        let slug = take(20);
        let persona = take(12);
        Columns {
            slug,
            status,
            lessons,
            gps,
            dl,
            results,
            persona,
            changed,
        }
    }

    /// (shown, width, header's message id, or the header itself for the rubrics' names) in
    /// display order after the title.
    fn optional(self) -> [(bool, u16, &'static str); 8] {
        [
            (self.slug, 20, "tui-library-col-slug"),
            (self.status, 9, "tui-library-col-status"),
            (self.lessons, 7, "tui-library-col-lessons"),
            (self.gps, 4, "GPS"),
            (self.dl, 4, "DL"),
            (self.results, 13, "tui-library-col-results"),
            (self.persona, 12, "tui-library-col-persona"),
            (self.changed, 10, "tui-library-col-changed"),
        ]
    }

    fn widths(self) -> Vec<Constraint> {
        let mut widths = vec![Constraint::Fill(1)];
        widths.extend(
            self.optional()
                .into_iter()
                .filter(|(shown, ..)| *shown)
                .map(|(_, w, _)| Constraint::Length(w)),
        );
        widths
    }

    fn header(self, t: Texts) -> Row<'static> {
        let mut header = vec![t.get("tui-library-col-title")];
        header.extend(
            self.optional()
                .into_iter()
                .filter(|(shown, ..)| *shown)
                .map(|(.., h)| match h {
                    "GPS" | "DL" => h.to_string(),
                    id => t.get(id),
                }),
        );
        Row::new(header)
    }

    /// The cells of a row, one line each, in column order.
    fn cells<'a>(self, r: &'a LibraryRow, theme: &Theme) -> Vec<Line<'a>> {
        // A course sync left in conflict says so before its title (`K` lists them).
        let title = match r.conflicts {
            0 => Line::from(r.title.as_str()),
            n => Line::from(vec![
                Span::styled(format!("⇅!{n} "), theme.error),
                Span::raw(r.title.as_str()),
            ]),
        };
        let mut cells = vec![title];
        if self.slug {
            cells.push(Line::from(Span::styled(r.slug.as_str(), theme.dim)));
        }
        if self.status {
            cells.push(Line::from(tr!(
                theme.texts,
                "course-status",
                status = r.status.as_str()
            )));
        }
        if self.lessons {
            cells.push(Line::from(r.lessons_text.as_str()).right_aligned());
        }
        if self.gps {
            cells.push(score_line(r.avg_gps, r.gps_text.as_deref(), theme));
        }
        if self.dl {
            cells.push(score_line(
                r.avg_didatica,
                r.didatica_text.as_deref(),
                theme,
            ));
        }
        if self.results {
            let bar = ResultsBar {
                passed: r.passed,
                warning: r.warning,
                failed: r.failed,
            };
            cells.push(bar.line(6, theme));
        }
        if self.persona {
            cells.push(Line::from(r.persona.as_str()));
        }
        if self.changed {
            cells.push(Line::from(Span::styled(
                r.changed.get(..10).unwrap_or(&r.changed),
                theme.dim,
            )));
        }
        cells
    }

    fn row<'a>(self, r: &'a LibraryRow, theme: &Theme) -> Row<'a> {
        Row::new(self.cells(r, theme).into_iter().map(Cell::from))
    }

    /// A table over the same columns (the selection column always reserved, so every row
    /// lines up with the header whether drawn alone or together).
    fn table<'a>(self, rows: Vec<Row<'a>>) -> Table<'a> {
        Table::new(rows, self.widths())
            .highlight_symbol(HIGHLIGHT_SYMBOL)
            .highlight_spacing(HighlightSpacing::Always)
    }
}

/// Where the rows go in a table drawn over `area` (inside the border, below the header line),
/// and which of them are on screen; render and clicks both use it.
pub(super) fn table_rows(area: Rect, len: usize, selected: usize) -> ListWindow {
    let inner = Block::bordered().inner(area);
    let body = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    ListWindow::new(body, len, selected, 1)
}

impl LibraryScreen {
    pub(super) fn render_table(
        &self,
        frame: &mut Frame,
        area: Rect,
        block: Block,
        rows: &[LibraryRow],
        theme: &Theme,
    ) {
        let columns = Columns::for_width(area.width);
        let rows_window = table_rows(area, self.view.len(), self.selected);
        let body = rows_window.inner();
        frame.render_widget(
            columns
                .table(Vec::new())
                .header(columns.header(theme.texts).style(theme.header))
                .block(block),
            area,
        );
        let window = rows_window.range();
        let key = RowCacheKey {
            rows_generation: self.rows_generation,
            width: body.width,
            theme: theme.clone(),
        };
        let rects = column_rects(body.width, SELECTION_WIDTH, &columns.widths());
        let mut cache = self.row_cache.borrow_mut();
        cache.begin(&key, window.len());
        for (y, position) in (body.y..).zip(window) {
            let index = self.view[position];
            let selected = position == self.selected;
            if !selected && cache.blit(index, frame.buffer_mut(), (body.x, y)) {
                continue;
            }
            if !selected {
                let cells = columns.cells(&rows[index], theme);
                draw_row(&cells, &rects, (body.x, y), frame.buffer_mut());
                cache.keep(index, frame.buffer_mut(), (body.x, y), body.width);
                continue;
            }
            let table = columns
                .table(vec![columns.row(&rows[index], theme)])
                .row_highlight_style(theme.selection);
            let mut state = TableState::default().with_selected(selected.then_some(0));
            frame.render_stateful_widget(
                table,
                Rect {
                    y,
                    height: 1,
                    ..body
                },
                &mut state,
            );
            if !selected {
                cache.keep(index, frame.buffer_mut(), (body.x, y), body.width);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::widgets::Widget;

    use super::*;
    use crate::domain::course::CourseStatus;
    use crate::storage::CourseSummary;

    fn row(title: &str, persona: Option<&str>, lessons: u32, scores: Option<f64>) -> LibraryRow {
        LibraryRow::new(&CourseSummary {
            slug: format!("slug-{}", title.len()),
            title: title.to_string(),
            status: CourseStatus::Published,
            persona: persona.map(str::to_string),
            lessons,
            planned: 0,
            avg_gps: scores,
            avg_didatica: scores.map(|s| 1.0 - s),
            passed: lessons / 2,
            warning: lessons % 3,
            failed: lessons % 5,
            draft: 0,
            updated_at: "2026-01-02T03:04:05Z".to_string(),
        })
    }

    #[test]
    fn rows_drawn_directly_equal_what_the_table_draws() {
        let rows = [
            row("Planilhas sem medo", Some("Ana"), 7, Some(0.84)),
            row(
                "Um título muito longo que não cabe na coluna de jeito nenhum, nem a 120",
                None,
                0,
                None,
            ),
            row(
                "Emoji 🎯 e 漢字 largos, acentos combinados é",
                Some("Zé 🎓"),
                3,
                Some(1.0),
            ),
            row("Controle ␛[2J visível", Some(""), 123_456_789, Some(0.0)),
            row("", None, 12, Some(0.695)),
        ];
        for theme in [Theme::new(true), Theme::new(false)] {
            for width in [60, 80, 100, 120, 200] {
                let columns = Columns::for_width(width);
                let rects = column_rects(width, SELECTION_WIDTH, &columns.widths());
                for r in &rows {
                    let area = Rect::new(0, 0, width, 1);
                    let mut expected = Buffer::empty(area);
                    columns
                        .table(vec![columns.row(r, &theme)])
                        .render(area, &mut expected);
                    let mut drawn = Buffer::empty(area);
                    draw_row(&columns.cells(r, &theme), &rects, (0, 0), &mut drawn);
                    assert_eq!(drawn, expected, "{:?} at width {width}", r.title);
                }
            }
        }
    }
}
