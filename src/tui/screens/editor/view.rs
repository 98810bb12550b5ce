//! Drawing the editor: the text area (gutter and colouring in `gutter.rs`, the search
//! prompt under it), the side panel for the kind of text, and the restore / unsaved /
//! approval dialogs. Read-only over the screen's state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::domain::brief::SectionStatus;
use crate::i18n::Texts;
use crate::tr;
use crate::tui::theme::Theme;

use crate::tui::message::analysis::{Analysis, BloomFinding, TreeRow};
use crate::tui::message::authoring::ConflictAuthor;
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
        let t = theme.texts;
        let title = format!(" {} ", self.title_in(t));
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
            (None, None) => frame.render_widget(
                Paragraph::new(t.get("tui-editor-loading")).style(theme.dim),
                inner,
            ),
            (None, Some(_)) => match &self.search {
                Some(query) => {
                    let [text, prompt] = inner.layout(&Layout::vertical([
                        Constraint::Min(1),
                        Constraint::Length(1),
                    ]));
                    self.render_text(frame, text, theme);
                    let line = Line::from(vec![
                        Span::styled(t.get("tui-editor-search"), theme.key),
                        Span::raw(crate::tui::text::sanitize::sanitized(query)),
                        Span::raw("▏"),
                        Span::styled(t.get("tui-editor-search-keys"), theme.dim),
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
                            Span::styled(t.get("tui-editor-find"), theme.key),
                            Span::raw(sanitized(&prompt.find)),
                            Span::raw(cursor(!prompt.on_with)),
                            Span::styled(t.get("tui-editor-replace-with"), theme.key),
                            Span::raw(sanitized(&prompt.with)),
                            Span::raw(cursor(prompt.on_with)),
                            Span::styled(t.get("tui-editor-replace-keys"), theme.dim),
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
            .title(Span::styled(t.get("tui-editor-panel"), theme.title));
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
        let t = theme.texts;
        let Some(analysis) = &self.analysis else {
            return vec![Line::styled(t.get("tui-editor-analysing"), theme.dim)];
        };
        match analysis {
            Analysis::Brief {
                percent,
                sections,
                preview,
            } => {
                let mut lines = vec![Line::styled(
                    tr!(t, "tui-editor-completeness", percent = percent.to_string()),
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
                        Span::raw(section_heading(t, s.number, s.heading.as_deref())),
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
                        Span::styled(
                            tr!(t, "tui-editor-preview-label", label = label.clone()),
                            theme.dim,
                        ),
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
                        tr!(
                            t,
                            "tui-editor-yaml-error",
                            line = line.to_string(),
                            column = column.to_string()
                        ),
                        theme.failure,
                    ));
                    lines.push(Line::raw(t.said(message)));
                    lines.push(Line::styled(
                        t.get("tui-editor-saves-once-parsed"),
                        theme.dim,
                    ));
                    return lines;
                }
                lines.push(Line::styled(
                    tr!(t, "tui-editor-parses", n = findings.len() + bloom.len()),
                    theme.score_good,
                ));
                for f in findings {
                    let at = f.line_start.map(|l| format!("{l}: ")).unwrap_or_default();
                    let message = t.issue_message(f);
                    lines.push(Line::styled(format!("{at}{message}"), theme.score_warn));
                }
                for (line, message) in bloom {
                    let message = bloom_finding(t, message);
                    lines.push(Line::styled(format!("{line}: {message}"), theme.score_warn));
                }
                lines.push(Line::raw(""));
                lines.extend(tree.iter().map(|row| Line::raw(tree_row(t, row))));
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
                let status = match status.as_str() {
                    "passed" => t.get("tui-editor-status-passed"),
                    "warning" => t.get("tui-editor-status-warning"),
                    "failed" => t.get("tui-editor-status-failed"),
                    other => other.to_string(),
                };
                let mut lines = vec![
                    Line::styled(status, style),
                    Line::raw(format!("GPS {gps}/30 · DL {didatica}/100")),
                    Line::raw(""),
                ];
                for i in issues {
                    let at = i.line_start.map(|l| format!("{l}: ")).unwrap_or_default();
                    lines.push(Line::raw(format!("{at}{}", t.issue_message(i))));
                }
                lines
            }
        }
    }
}

fn render_dialog(frame: &mut Frame, area: Rect, dialog: &Dialog, theme: &Theme) {
    let t = theme.texts;
    let (title, lines) = match dialog {
        Dialog::Restore(offer) => (
            t.get("tui-editor-draft-title"),
            vec![
                Line::raw(tr!(
                    t,
                    "tui-editor-draft-found",
                    seconds = offer.age_seconds,
                    added = offer.diff.added,
                    removed = offer.diff.removed
                )),
                Line::styled(t.get("tui-editor-draft-keys"), theme.key),
            ],
        ),
        Dialog::Unsaved => (
            t.get("tui-editor-unsaved-title"),
            vec![
                Line::raw(t.get("tui-editor-unsaved-question")),
                Line::styled(t.get("tui-editor-unsaved-keys"), theme.key),
            ],
        ),
        Dialog::Conflict { conflict, .. } => (
            t.get("tui-editor-conflict-title"),
            vec![
                Line::raw(tr!(
                    t,
                    "tui-editor-conflict-text",
                    by = conflict_by(t, conflict.by.as_ref())
                )),
                Line::raw(""),
                Line::styled(t.get("tui-editor-conflict-keep"), theme.key),
                Line::styled(t.get("tui-editor-conflict-take"), theme.key),
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
            t.get("tui-editor-approve-title"),
            vec![
                Line::styled(s.title.clone(), theme.header),
                Line::raw(tr!(
                    t,
                    "tui-editor-approve-size",
                    lessons = s.lesson_count,
                    modules = s.modules.len(),
                    minutes = s.total_minutes
                )),
                Line::raw(tr!(
                    t,
                    "tui-editor-approve-estimate",
                    estimate = s.estimate.describe_in(t)
                )),
                Line::raw(tr!(t, "tui-editor-approve-create", n = s.to_create)),
                Line::styled(t.get("tui-editor-approve-tab"), theme.dim),
                Line::raw(""),
                Line::from(vec![
                    Span::styled(t.get("tui-editor-approve-type"), theme.key),
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

/// A brief section's row: its number and heading (the author's words), or "(missing)".
fn section_heading(t: Texts, number: u8, heading: Option<&str>) -> String {
    match heading {
        Some(heading) => format!("{number} {heading}"),
        None => tr!(t, "tui-editor-section-missing", number = number.to_string()),
    }
}

/// A row of the curriculum tree: `1 Fundamentos`, `  1.1 Células [Remember]` (a missing
/// title or level said in `t`'s language).
fn tree_row(t: Texts, row: &TreeRow) -> String {
    let titled = |title: &Option<String>| {
        title
            .clone()
            .unwrap_or_else(|| t.get("tui-editor-untitled"))
    };
    match row {
        TreeRow::Module { number, title } => format!("{number} {}", titled(title)),
        TreeRow::Lesson { id, title, bloom } => {
            let bloom = bloom.as_deref().unwrap_or("—");
            format!("  {id} {} [{bloom}]", titled(title))
        }
    }
}

/// A Bloom progression finding in `t`'s language.
fn bloom_finding(t: Texts, finding: &BloomFinding) -> String {
    match finding {
        BloomFinding::Jump {
            from,
            to,
            from_lesson,
            to_lesson,
        } => tr!(
            t,
            "tui-editor-bloom-jump",
            from = from.key(),
            to = to.key(),
            from_lesson = from_lesson.clone(),
            to_lesson = to_lesson.clone()
        ),
        BloomFinding::StartsHigh { lesson } => {
            tr!(t, "tui-editor-bloom-starts-high", id = lesson.clone())
        }
        BloomFinding::EndsLower => t.get("tui-editor-bloom-ends-lower"),
    }
}

/// Who stored the text a save collided with ("cli-set at 2026-01-02T03:04:05Z", "another
/// writer"), in `t`'s language: the source as the history names it and the time in the
/// language's style (English as stored).
pub(super) fn conflict_by(t: Texts, by: Option<&ConflictAuthor>) -> String {
    let Some(author) = by else {
        return t.get("tui-editor-conflict-another");
    };
    // As stored in English; whole seconds and "UTC" in pt-BR (`Texts::timestamp`).
    let when = t.timestamp(&author.at).into_owned();
    tr!(
        t,
        "tui-editor-conflict-by",
        source = tr!(t, "tui-history-source", source = author.source.as_str()),
        when = when
    )
}
