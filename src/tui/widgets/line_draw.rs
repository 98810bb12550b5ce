//! Drawing one `Line` into one row of the buffer with exactly what ratatui's `Line` rendering
//! draws (a test compares the two, styles included), without the style pass over the whole
//! row that ratatui makes even when the line's style is the default, and with plain ASCII
//! copied into its cells instead of being split into graphemes.
//!
//! Why: lists drawn through ratatui's `List`/`Table`/`Text` set the (default) style of every
//! cell three or four times over before and while drawing each line; on a screenful of
//! search results or library rows that was a large share of a frame. Lines that are centred,
//! or right-aligned and too wide, go through ratatui's own rendering.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draws `line` in the first row of `area`, as `line.render(area, buf)` would.
pub fn draw_line(line: &Line<'_>, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    let width = line.width();
    if area.is_empty() || width == 0 {
        return;
    }
    let area = Rect { height: 1, ..area };
    let fits = width <= usize::from(area.width);
    // A left-aligned line wider than the row is cut at the right edge: spans are drawn from
    // the start either way, as ratatui does.
    let indent = match line.alignment {
        None | Some(Alignment::Left) => Some(0),
        Some(Alignment::Right) if fits => u16::try_from(usize::from(area.width) - width).ok(),
        Some(Alignment::Right | Alignment::Center) => None,
    };
    let Some(indent) = indent else {
        line.render(area, buf);
        return;
    };
    if line.style != Style::default() {
        buf.set_style(area, line.style);
    }
    let mut x = area.x + indent;
    for span in &line.spans {
        let span_width = span.width();
        if span_width == 0 {
            continue; // ratatui skips spans that take no room
        }
        let remaining = area.right().saturating_sub(x);
        if remaining == 0 {
            break;
        }
        let span_area = Rect {
            x,
            width: remaining,
            ..area
        };
        draw_span(span, span_area, buf);
        x = x.saturating_add(u16::try_from(span_width).unwrap_or(u16::MAX));
    }
}

/// Draws `span` from the start of `area`'s first row, as `span.render(area, buf)` would;
/// `area` is a non-empty part of one row of `buf` (as `draw_line` cuts it). Its leading
/// printable ASCII (one cell per byte: no grapheme joins two such bytes) is copied into the
/// cells directly, but for the last byte before anything else, which may start a grapheme
/// with what follows (`e` and a combining accent); ratatui draws that rest.
fn draw_span(span: &Span<'_>, area: Rect, buf: &mut Buffer) {
    let text: &str = &span.content;
    let simple = text
        .bytes()
        .position(|b| !(0x20..0x7f).contains(&b))
        .map_or(text.len(), |end| end.saturating_sub(1));
    let copied = simple.min(usize::from(area.width));
    let style = Style::default().patch(span.style);
    let start = buf.index_of(area.x, area.y);
    for (cell, &byte) in buf.content[start..start + copied]
        .iter_mut()
        .zip(text.as_bytes())
    {
        cell.set_char(char::from(byte)).set_style(style);
    }
    if simple < text.len() && copied < usize::from(area.width) {
        let copied = u16::try_from(copied).unwrap_or(u16::MAX);
        let rest = Rect {
            x: area.x + copied,
            width: area.width - copied,
            ..area
        };
        Span::styled(&text[simple..], span.style).render(rest, buf);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::Modifier;

    use super::*;

    fn lines() -> Vec<Line<'static>> {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let marked = Style::default()
            .add_modifier(Modifier::ITALIC | Modifier::UNDERLINED)
            .remove_modifier(Modifier::BOLD);
        vec![
            Line::from("short"),
            Line::from(""),
            Line::from(vec![
                Span::styled("Título", bold),
                Span::raw("  em curso-1 · 1.1"),
            ]),
            Line::from(vec![
                Span::raw("  …uma "),
                Span::styled("fórmula", marked),
                Span::raw(" que se aplica a cada célula da planilha, linha após linha, até o fim"),
                Span::styled(" e além", bold),
            ]),
            Line::from("Emoji 🎯 e 漢字 largos, acentos combinados é, bem no limite da linha toda"),
            Line::from(vec![
                Span::raw("wide at the edge: "),
                Span::raw("漢字漢字漢字漢字漢字"),
            ]),
            Line::from(vec![
                Span::raw(""),
                Span::raw("\u{301}"),
                Span::raw("after nothing"),
            ]),
            Line::from(vec![Span::raw("styled line")]).style(marked),
            Line::from("a much longer styled line than the row has room for at all").style(bold),
            Line::from("right").alignment(Alignment::Right),
            Line::from("right but far too wide for the row it is drawn in").right_aligned(),
            Line::from("centred").centered(),
            Line::from("left, said so").left_aligned(),
            Line::from(vec![
                Span::raw("  to "),
                Span::styled("apply", bold),
                Span::raw(" a "),
                Span::styled("formula", marked),
                Span::raw(" to every cell of the sheet"),
            ]),
            Line::from(vec![
                Span::raw("…the "),
                Span::styled("apply", bold),
                Span::raw("… in seed-00001 · 1.1 · e\u{301}x ae\u{301}\u{302}b"),
                Span::styled("x\u{301}", marked),
                Span::raw("ab\u{200d}c 🎯z"),
            ]),
            Line::from(vec![
                Span::raw("ascii then "),
                Span::raw("e\u{301}"),
                Span::styled(" tab\there", marked),
                Span::raw("~del\x7f end"),
            ]),
        ]
    }

    #[test]
    fn lines_drawn_directly_equal_what_ratatui_draws() {
        for line in lines() {
            for width in [0, 1, 2, 7, 19, 30, 80] {
                for x in [0, 3] {
                    let buffer_area = Rect::new(0, 0, 90, 2);
                    let area = Rect::new(x, 1, width, 1);
                    let mut expected = Buffer::empty(buffer_area);
                    line.clone().render(area, &mut expected);
                    let mut drawn = Buffer::empty(buffer_area);
                    draw_line(&line, area, &mut drawn);
                    assert_eq!(drawn, expected, "{line:?} at x {x}, width {width}");
                }
            }
        }
    }

    #[test]
    fn a_row_past_the_buffer_is_clipped_like_ratatui_clips_it() {
        let line = Line::from("clipped at the buffer's right edge");
        let area = Rect::new(5, 0, 40, 1);
        let mut expected = Buffer::empty(Rect::new(0, 0, 20, 1));
        line.clone().render(area, &mut expected);
        let mut drawn = Buffer::empty(Rect::new(0, 0, 20, 1));
        draw_line(&line, area, &mut drawn);
        assert_eq!(drawn, expected);
    }
}
