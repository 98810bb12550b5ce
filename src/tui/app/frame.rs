//! The frame's top line and the too-small notice. The breadcrumb keeps its ends: when the
//! path does not fit, the middle parts give way first (`Lectern › … › Curso › 1.1 Células`),
//! so the screen the person is on is always named. Must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::tui::app::screen::Screen;
use crate::tui::message::action::GlobalAction;
use crate::tui::text::wrap::wrap_by_width;
use crate::tui::theme::Theme;

use super::{App, MIN_HEIGHT, MIN_WIDTH};

const SEP: &str = " › ";

/// The parts to show of `titles` (the first one is the program) in `width` columns: the
/// middle ones replaced by one `…` from the left until the rest fits; the last part is cut
/// only when nothing else is left to drop.
pub fn shorten_breadcrumb(titles: &[String], width: usize) -> Vec<String> {
    let total = |parts: &[String]| {
        parts.iter().map(|p| p.width()).sum::<usize>() + SEP.width() * parts.len()
    };
    let mut parts = titles.to_vec();
    let mut dropped = false;
    // Keep the first (program) and the last two (where the person is and its parent).
    while total(&parts) > width && parts.len() > 2 {
        let at = usize::from(dropped) + 1;
        if at >= parts.len() - 1 {
            break;
        }
        if dropped {
            parts.remove(at);
        } else {
            parts[at] = "…".to_string();
            dropped = true;
        }
    }
    parts
}

impl App {
    /// The status bar's keys: help first (F1 in the editors, where `?` types), the screen's,
    /// then the other global ones.
    pub(super) fn status_hints(&self) -> Vec<crate::tui::keys::help::KeyHelp> {
        if self.watching() {
            return self.watch_keys(true);
        }
        // Help first: a narrow bar keeps whole hints in order, and help leads to every key.
        let help = self.keymap.global().get(GlobalAction::Help);
        let help = help.and_then(|b| b.hint.as_deref());
        let (mut hints, rest): (Vec<_>, Vec<_>) =
            crate::tui::app::screen::global_hints(&self.keymap)
                .into_iter()
                .partition(|h| Some(h.description.as_str()) == help);
        if matches!(self.screen(), Screen::Editor(_)) {
            for hint in &mut hints {
                hint.keys = "F1".into();
            }
        }
        hints.extend(self.screen().hints(&self.keymap));
        // On the library "back" goes nowhere (Esc there does not quit): Q quit is the hint.
        let back = self.keymap.global().get(GlobalAction::Back);
        let back = back.and_then(|b| b.hint.as_deref());
        hints.extend(
            rest.into_iter()
                .filter(|h| !self.stack.is_empty() || Some(h.description.as_str()) != back),
        );
        hints
    }

    pub(super) fn render_breadcrumb(&self, frame: &mut Frame, area: Rect) {
        let t = self.theme.texts;
        let titles: Vec<String> = std::iter::once(t.get("tui-program"))
            .chain(
                std::iter::once(&self.library)
                    .chain(&self.stack)
                    .map(|s| s.title_in(t)),
            )
            .collect();
        let parts = shorten_breadcrumb(&titles, usize::from(area.width));
        let mut spans = Vec::new();
        for (i, part) in parts.into_iter().enumerate() {
            if i == 0 {
                spans.push(Span::styled(format!(" {part}"), self.theme.title));
            } else {
                spans.push(Span::styled(SEP, self.theme.dim));
                spans.push(Span::raw(part));
            }
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
    }
}

pub(super) fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let t = theme.texts;
    let size = tr!(
        t,
        "tui-app-too-small-size",
        width = area.width,
        height = area.height,
        min_width = MIN_WIDTH,
        min_height = MIN_HEIGHT
    );
    let said = [
        (t.get("tui-app-too-small"), theme.title),
        (size, ratatui::style::Style::default()),
        (t.get("tui-app-too-small-hint"), theme.dim),
    ];
    // A very narrow terminal gets the words wrapped, not cut at the edge.
    let width = usize::from(area.width).max(1);
    let text: Vec<Line> = said
        .iter()
        .flat_map(|(line, style)| {
            wrap_by_width(line, width)
                .into_iter()
                .map(|row| Line::styled(row.trim().to_string(), *style))
        })
        .collect();
    let height = (text.len() as u16).min(area.height);
    let centered = area.centered_vertically(Constraint::Length(height));
    frame.render_widget(Paragraph::new(text).centered(), centered);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(titles: &[&str], width: usize) -> String {
        let titles: Vec<String> = titles.iter().map(|t| t.to_string()).collect();
        shorten_breadcrumb(&titles, width).join("›")
    }

    #[test]
    fn the_middle_gives_way_before_the_lesson() {
        let titles = ["Lectern", "Library", "Curso", "1.1 Células"];
        assert_eq!(parts(&titles, 80), "Lectern›Library›Curso›1.1 Células");
        assert_eq!(parts(&titles, 40), "Lectern›…›Curso›1.1 Células");
        assert_eq!(parts(&titles, 20), "Lectern›…›1.1 Células");
    }
}
