//! Drawing the lesson screen: numbered text with gutter markers (only the visible lines are
//! built, wrapped by display width when `w` is on) and the side panel; and mapping a mouse
//! click back to an issue or a pane with the same geometry. Read-only over `LessonScreen`;
//! must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};
use std::ops::Range;
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::tui::text::highlight::Run;
use crate::tui::text::wrap::wrap_ranges;
use crate::tui::theme::Theme;
use crate::tui::widgets::ListWindow;

use crate::tui::screens::lesson::{LessonAction, LessonCommand, LessonPane, LessonScreen};
use crate::tui::widgets::lesson_facts::severity_marker;
use crate::tui::widgets::lesson_facts::severity_style;

/// Where the lesson screen draws its parts; render and clicks both use it.
struct LessonLayout {
    text: Rect,
    gps: Rect,
    elements: Rect,
    issues: Rect,
    /// The selected issue's code, message and hint, wrapped across the whole width.
    detail: Rect,
}

impl LessonLayout {
    /// `detail`: rows the longest issue's message and hint take wrapped at the full width
    /// (0 without issues), so the strip keeps one height while the selection moves.
    fn new(area: Rect, detail: u16) -> LessonLayout {
        // The advice is read whole at every size; it gives back to the text above a third.
        let detail_height = if detail > 0 {
            (detail + 1).min((area.height / 3).max(4))
        } else {
            0
        };
        let [body, detail] = area.layout(&Layout::vertical([
            Constraint::Min(1),
            Constraint::Length(detail_height),
        ]));
        let [text, panel] = body.layout(&Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(if body.width >= 110 { 44 } else { 32 }),
        ]));
        // The element bars give way on short screens; the issue list keeps six rows.
        let elements_height = panel.height.saturating_sub(4 + 6).min(10);
        let [gps, elements, issues] = panel.layout(&Layout::vertical([
            Constraint::Length(4),
            Constraint::Length(elements_height),
            Constraint::Min(3),
        ]));
        LessonLayout {
            text,
            gps,
            elements,
            issues,
            detail,
        }
    }
}

/// The numbered text inside its bordered pane: the line numbers' width, the columns left for
/// text after the gutter, the rows. Render draws with it; jumps to an issue measure with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TextGeometry {
    pub number_width: usize,
    pub text_width: usize,
    pub height: usize,
}

impl TextGeometry {
    /// For a text of `lines` lines in the bordered pane `pane`.
    fn new(pane: Rect, lines: usize) -> TextGeometry {
        let inner = Block::bordered().inner(pane);
        let number_width = lines.max(1).to_string().len();
        // marker, number, " │ "
        let gutter = 1 + number_width + 3;
        TextGeometry {
            number_width,
            text_width: usize::from(inner.width).saturating_sub(gutter).max(1),
            height: usize::from(inner.height),
        }
    }

    /// For the text pane of the lesson screen drawn over `area` (`issues`: the lesson has
    /// issues, so the detail strip takes rows under it).
    pub(super) fn of_screen(area: Rect, lines: usize, detail: u16) -> TextGeometry {
        TextGeometry::new(LessonLayout::new(area, detail).text, lines)
    }
}

impl LessonScreen {
    /// The action for a left click at `at` on the screen drawn over `area`: an issue of the
    /// side panel selects it; a click in the text focuses the text (and moves nothing).
    pub fn click(&self, at: Position, area: Rect) -> Option<LessonAction> {
        let layout = LessonLayout::new(area, self.detail_rows(area.width));
        if layout.text.contains(at) {
            return Some(LessonAction::Command(LessonCommand::FocusLeft));
        }
        if self.facts.issues.is_empty() || !layout.issues.contains(at) {
            return None;
        }
        let list = Block::bordered().inner(layout.issues);
        self.issue_window(list)
            .item_at(at)
            .map(LessonAction::SelectIssue)
    }

    fn issue_window(&self, list: Rect) -> ListWindow {
        ListWindow::new(list, self.facts.issues.len(), self.selected_issue, 1)
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let layout = LessonLayout::new(area, self.detail_rows(area.width));
        self.render_text(frame, layout.text, theme);
        self.render_gps(frame, layout.gps, theme);
        if layout.elements.height > 2 {
            self.render_elements(frame, layout.elements, theme);
        }
        self.render_issues(frame, layout.issues, theme);
        self.render_detail(frame, layout.detail, theme);
    }

    fn render_text(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let focused = self.focus == LessonPane::Text;
        let t = theme.texts;
        let (id, n) = (self.facts.lesson_id.clone(), self.lines.len());
        let title = if self.wrap {
            tr!(t, "tui-lesson-text-title-wrapped", id = id, n = n)
        } else {
            tr!(t, "tui-lesson-text-title", id = id, n = n)
        };
        let block = Block::bordered()
            .title(Span::styled(title, theme.title))
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            });
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let TextGeometry {
            number_width,
            text_width,
            height,
        } = TextGeometry::new(area, self.lines.len());
        let mut out: Vec<Line> = Vec::with_capacity(height);
        for (i, text) in self.lines.iter().enumerate().skip(self.scroll) {
            if out.len() >= height {
                break;
            }
            let highlighted = self.highlighted.is_some_and(|(s, e)| (s..=e).contains(&i));
            let base = if highlighted {
                theme.highlight
            } else if text.starts_with('#') {
                theme.header
            } else {
                theme.text
            };
            let marker = match self.markers.get(i).copied().flatten() {
                Some(sev) => Span::styled(severity_marker(sev), severity_style(sev, theme)),
                None => Span::raw(" "),
            };
            let number = Span::styled(format!("{:>number_width$} │ ", i + 1), theme.dim);
            // Syntax colours once they have arrived, except on the opened issue's lines
            // (whose highlight must stand out); they survive wrapping.
            let runs = self
                .syntax
                .as_ref()
                .filter(|_| !highlighted)
                .map_or(&[][..], |s| s.runs(i, text));
            let segments = styled_segments(text, runs, base, theme);
            let rows = if self.wrap {
                wrap_ranges(text, text_width)
            } else {
                std::iter::once(0..text.len()).collect()
            };
            for (n, row) in rows.into_iter().enumerate() {
                if out.len() >= height {
                    break;
                }
                let mut spans = if n == 0 {
                    vec![marker.clone(), number.clone()]
                } else {
                    vec![
                        Span::raw(" ".repeat(1 + number_width)),
                        Span::styled(" ┊ ", theme.dim),
                    ]
                };
                for (range, style) in &segments {
                    let (from, to) = (range.start.max(row.start), range.end.min(row.end));
                    if from < to {
                        spans.push(Span::styled(text[from..to].to_string(), *style));
                    }
                }
                if segments.is_empty() {
                    spans.push(Span::styled(String::new(), base));
                }
                out.push(Line::from(spans).style(if highlighted { base } else { Style::new() }));
            }
        }
        frame.render_widget(Paragraph::new(out), inner);
    }

    fn render_issues(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let focused = self.focus == LessonPane::Issues;
        let block = Block::bordered()
            .title(Span::styled(
                tr!(
                    theme.texts,
                    "tui-lesson-issues",
                    n = self.facts.issues.len()
                ),
                theme.title,
            ))
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            });
        if self.facts.issues.is_empty() {
            let text = Line::styled(theme.texts.get("tui-lesson-no-issues"), theme.score_good);
            // Wrapped: a longer language takes two rows rather than losing its end.
            let text = Paragraph::new(text).wrap(Wrap { trim: true });
            frame.render_widget(text.block(block), area);
            return;
        }
        let list_area = block.inner(area);
        frame.render_widget(block, area);
        let window = self.issue_window(list_area).range();
        // Codes are never cut: the line column goes first when the pane is narrow (the
        // detail strip names the line).
        let longest = self.facts.issues.iter().map(|i| i.code.width()).max();
        let with_lines = 2 + 4 + longest.unwrap_or(0) <= usize::from(list_area.width);
        let items = self.facts.issues[window.clone()].iter().map(|issue| {
            let at = issue
                .line_start
                .map_or_else(|| "  –".into(), |l| format!("{l:>3}"));
            let mut spans = vec![Span::styled(
                format!("{} ", severity_marker(issue.severity)),
                severity_style(issue.severity, theme),
            )];
            if with_lines {
                spans.push(Span::styled(format!("{at} "), theme.dim));
            }
            spans.push(Span::raw(issue.code.clone()));
            ListItem::new(Line::from(spans))
        });
        let list =
            List::new(items).highlight_style(if focused { theme.selection } else { theme.key });
        let mut state =
            ListState::default().with_selected(Some(self.selected_issue - window.start));
        frame.render_stateful_widget(list, list_area, &mut state);
    }

    /// Rows the longest issue's message and hint take, wrapped at `width`.
    pub(super) fn detail_rows(&self, width: u16) -> u16 {
        let width = usize::from(width).max(1);
        let rows = |text: &str| {
            crate::tui::text::wrap::wrap_by_width(text, width)
                .len()
                .max(1)
        };
        let most = self
            .facts
            .issues
            .iter()
            .map(|i| rows(&self.texts.issue_message(i)) + rows(&self.texts.issue_hint(i)))
            .max()
            .unwrap_or(0);
        u16::try_from(most).unwrap_or(u16::MAX)
    }

    /// The selected issue in full: code and line on the strip's top edge, then its message and
    /// hint wrapped over the whole width.
    fn render_detail(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(issue) = self.facts.issues.get(self.selected_issue) else {
            return;
        };
        let t = theme.texts;
        let at = issue.line_start.map_or_else(String::new, |l| {
            tr!(t, "tui-lesson-at-line", line = l.to_string())
        });
        let title = format!(
            " {} {}{at} ({}/{}) ",
            severity_marker(issue.severity),
            issue.code,
            self.selected_issue + 1,
            self.facts.issues.len()
        );
        let detail = Paragraph::new(vec![
            Line::raw(t.issue_message(issue).into_owned()),
            Line::styled(t.issue_hint(issue).into_owned(), theme.dim),
        ])
        .block(
            Block::new()
                .borders(Borders::TOP)
                .border_style(theme.border)
                .title(Span::styled(title, severity_style(issue.severity, theme))),
        )
        .wrap(Wrap { trim: true });
        frame.render_widget(detail, area);
    }
}

/// `text` cut where its syntax runs (character positions) start and end, as byte ranges with
/// their style: a run's style over `base`, `base` between runs.
fn styled_segments(
    text: &str,
    runs: &[Run],
    base: Style,
    theme: &Theme,
) -> Vec<(Range<usize>, Style)> {
    let byte_at = |char_index: usize| {
        text.char_indices()
            .nth(char_index)
            .map_or(text.len(), |(b, _)| b)
    };
    let mut segments = Vec::new();
    let mut at = 0;
    for run in runs {
        let (start, end) = (byte_at(run.start), byte_at(run.end));
        if start < at || start >= end {
            continue;
        }
        if at < start {
            segments.push((at..start, base));
        }
        segments.push((start..end, base.patch(theme.syntax(run.kind))));
        at = end;
    }
    if at < text.len() {
        segments.push((at..text.len(), base));
    }
    segments
}
