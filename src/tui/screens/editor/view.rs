//! Drawing the editor: the text area (gutter and colouring in `gutter.rs`, the search
//! prompt under it), the side panel for the kind of text, and the restore / unsaved /
//! approval dialogs. Read-only over the screen's state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::domain::brief::SectionStatus;
use crate::tui::theme::Theme;

use crate::tui::message::analysis::Analysis;
use crate::tui::screens::editor::{Dialog, EditorPane, EditorScreen};

impl EditorScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let panel_width = if area.width >= 100 { 42 } else { 30 };
        let [text_area, panel] = area.layout(&Layout::horizontal([
            Constraint::Min(20),
            Constraint::Length(panel_width),
        ]));
        let focused = |pane| {
            if self.focus == pane {
                theme.border_focused
            } else {
                theme.border
            }
        };
        let title = format!(" {} ", self.title());
        // The widget is borrowed; a styled copy would clone the whole text every frame.
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(focused(EditorPane::Text))
            .title(Span::styled(title, theme.title));
        let inner = block.inner(text_area);
        frame.render_widget(block, text_area);
        match (&self.error, &self.saved) {
            (Some(e), _) => {
                frame.render_widget(Paragraph::new(e.as_str()).style(theme.error), inner)
            }
            (None, None) => frame.render_widget(Paragraph::new("loading…").style(theme.dim), inner),
            (None, Some(_)) => match &self.search {
                Some(query) => {
                    let [text, prompt] = inner.layout(&Layout::vertical([
                        Constraint::Min(1),
                        Constraint::Length(1),
                    ]));
                    self.render_text(frame, text, theme);
                    let line = Line::from(vec![
                        Span::styled("Search: ", theme.key),
                        Span::raw(crate::tui::text::sanitize::sanitized(query)),
                        Span::raw("▏"),
                        Span::styled("  Enter/↓ next · ↑ previous · Esc close", theme.dim),
                    ]);
                    frame.render_widget(Paragraph::new(line), prompt);
                }
                None => match &self.replace {
                    Some(prompt) => {
                        let [text, line] = inner.layout(&Layout::vertical([
                            Constraint::Min(1),
                            Constraint::Length(1),
                        ]));
                        self.render_text(frame, text, theme);
                        let sanitized = crate::tui::text::sanitize::sanitized;
                        let cursor = |on: bool| if on { "▏" } else { "" };
                        let prompt = Line::from(vec![
                            Span::styled("Find: ", theme.key),
                            Span::raw(sanitized(&prompt.find)),
                            Span::raw(cursor(!prompt.on_with)),
                            Span::styled("  Replace with: ", theme.key),
                            Span::raw(sanitized(&prompt.with)),
                            Span::raw(cursor(prompt.on_with)),
                            Span::styled("  Tab · Enter next · Ctrl-a all · Esc", theme.dim),
                        ]);
                        frame.render_widget(Paragraph::new(prompt), line);
                    }
                    None => self.render_text(frame, inner, theme),
                },
            },
        }
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(focused(EditorPane::Panel))
            .title(Span::styled(" Panel ", theme.title));
        let inner = block.inner(panel);
        frame.render_widget(block, panel);
        frame.render_widget(
            Paragraph::new(self.panel_lines(theme)).wrap(Wrap { trim: false }),
            inner,
        );
        if let Some(dialog) = &self.dialog {
            render_dialog(frame, area, dialog, theme);
        }
    }

    fn panel_lines(&self, theme: &Theme) -> Vec<Line<'static>> {
        let Some(analysis) = &self.analysis else {
            return vec![Line::styled("analysing…", theme.dim)];
        };
        match analysis {
            Analysis::Brief {
                percent,
                sections,
                preview,
            } => {
                let mut lines = vec![Line::styled(
                    format!("Completeness {percent}%"),
                    theme.header,
                )];
                for (i, s) in sections.iter().enumerate() {
                    let (mark, style) = match s.status {
                        SectionStatus::Filled => ("✓", theme.score_good),
                        SectionStatus::Placeholder => ("…", theme.score_warn),
                        SectionStatus::Missing => ("✗", theme.failure),
                    };
                    let row = Line::from(vec![
                        Span::styled(format!("{mark} {:>3}% ", s.percent), style),
                        Span::raw(format!("{} {}", s.number, s.heading)),
                    ]);
                    let selected = self.focus == EditorPane::Panel && i == self.selected;
                    lines.push(if selected {
                        row.style(theme.selection)
                    } else {
                        row
                    });
                }
                lines.push(Line::raw(""));
                for (label, value) in preview {
                    lines.push(Line::from(vec![
                        Span::styled(format!("{label}: "), theme.dim),
                        Span::raw(value.clone()),
                    ]));
                }
                lines
            }
            Analysis::Curriculum {
                error,
                findings,
                bloom,
                tree,
            } => {
                let mut lines = Vec::new();
                if let Some((line, column, message)) = error {
                    lines.push(Line::styled(
                        format!("✗ YAML line {line}, col {column}"),
                        theme.failure,
                    ));
                    lines.push(Line::raw(message.clone()));
                    lines.push(Line::styled("Ctrl-s saves once it parses", theme.dim));
                    return lines;
                }
                lines.push(Line::styled(
                    format!("✓ parses · {} finding(s)", findings.len() + bloom.len()),
                    theme.score_good,
                ));
                for f in findings {
                    let at = f.line_start.map(|l| format!("{l}: ")).unwrap_or_default();
                    lines.push(Line::styled(format!("{at}{}", f.message), theme.score_warn));
                }
                for (line, message) in bloom {
                    lines.push(Line::styled(format!("{line}: {message}"), theme.score_warn));
                }
                lines.push(Line::raw(""));
                lines.extend(tree.iter().map(|t| Line::raw(t.clone())));
                lines
            }
            Analysis::Lesson {
                gps,
                didatica,
                status,
                issues,
            } => {
                let style = if status == "failed" {
                    theme.failure
                } else {
                    theme.score_good
                };
                let mut lines = vec![
                    Line::styled(status.clone(), style),
                    Line::raw(format!("GPS {gps}/30 · DL {didatica}/100")),
                    Line::raw(""),
                ];
                for i in issues {
                    let at = i.line_start.map(|l| format!("{l}: ")).unwrap_or_default();
                    lines.push(Line::raw(format!("{at}{}", i.message)));
                }
                lines
            }
        }
    }
}

fn render_dialog(frame: &mut Frame, area: Rect, dialog: &Dialog, theme: &Theme) {
    let (title, lines) = match dialog {
        Dialog::Restore(offer) => (
            " Unsaved draft found ",
            vec![
                Line::raw(format!(
                    "A draft from {} s ago differs from the saved text (+{} −{} lines).",
                    offer.age_seconds, offer.diff.added, offer.diff.removed
                )),
                Line::styled("r restore · d discard it · Esc decide later", theme.key),
            ],
        ),
        Dialog::Unsaved => (
            " Unsaved changes ",
            vec![
                Line::raw("Leave with unsaved changes?"),
                Line::styled("s save · d discard · c/Esc cancel", theme.key),
            ],
        ),
        Dialog::Conflict { conflict, .. } => (
            " The stored text changed ",
            vec![
                Line::raw(format!(
                    "The stored text changed since you opened it (by {}). Nothing was saved.",
                    conflict.by
                )),
                Line::raw(""),
                Line::styled(
                    "k keep mine (stored on top; theirs stays in history)",
                    theme.key,
                ),
                Line::styled(
                    "t take theirs (yours is kept in history) · m open a merge · Esc back",
                    theme.key,
                ),
            ],
        ),
        Dialog::Approve {
            summary: s,
            preview: Some(top),
            ..
        } => {
            super::prompt_preview::render(frame, area, s, *top, theme);
            return;
        }
        Dialog::Approve {
            summary: s, typed, ..
        } => (
            " Approve curriculum ",
            vec![
                Line::styled(s.title.clone(), theme.header),
                Line::raw(format!(
                    "{} lessons across {} modules, {} min",
                    s.lesson_count,
                    s.modules.len(),
                    s.total_minutes
                )),
                Line::raw(format!("Estimate: {}", s.estimate.describe())),
                Line::raw(format!(
                    "{} planned lesson(s) will be created; no lesson's text is replaced",
                    s.to_create
                )),
                Line::styled(
                    "Tab shows the first lesson's prompt, persona included",
                    theme.dim,
                ),
                Line::raw(""),
                Line::from(vec![
                    Span::styled("Type yes and Enter to approve (Esc cancels): ", theme.key),
                    Span::raw(typed.clone()),
                ]),
            ],
        ),
    };
    let width = area.width.saturating_sub(8).min(70);
    // Lines wrap inside the box: count the rows they take, so none is cut off.
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            crate::tui::text::wrap::wrap_by_width(&text, inner)
                .len()
                .max(1)
        })
        .sum();
    let height = (u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2)).min(area.height);
    let [_, mid, _] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(height),
        Constraint::Fill(1),
    ]));
    let [_, rect, _] = mid.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(width),
        Constraint::Fill(1),
    ]));
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(title, theme.title));
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        rect,
    );
}
