//! Drawing the generation feature: the `J` overlay (one block per run with a gauge per
//! lesson: streamed characters against the expected length, attempt, elapsed time, cost so
//! far; the total cost in the title; its rows are `rows.rs`), the confirm, instruction and
//! document dialogs.
//!
//! Read-only over `JobsPanel`/`LessonProgress`; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::tr;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::jobs::RunKind;
use crate::tui::theme::Theme;
use crate::tui::widgets::visible_window;

use crate::tui::screens::jobs::dialog_lines::{
    estimate_lines, ignored_lines, provider_line, replaced_line,
};
use crate::tui::screens::jobs::document::{document_question, document_replaces};
use crate::tui::screens::jobs::model::Cost;
use crate::tui::screens::jobs::rows::{job_line, render_lesson_row};
use crate::tui::screens::jobs::{JobsDialog, JobsPanel, PanelCommand};

/// One line of the overlay.
enum Row {
    Job(usize),
    Lesson(usize, usize),
}

impl JobsPanel {
    /// The `J` overlay over `area`.
    pub fn render_panel(
        &self,
        frame: &mut Frame,
        area: Rect,
        theme: &Theme,
        keys: &Bindings<PanelCommand>,
    ) {
        let t = theme.texts;
        let total = self
            .jobs()
            .iter()
            .fold(Cost::Free, |t, j| t.plus(j.total_cost()));
        let popup = area.centered(
            Constraint::Length(area.width.saturating_sub(4).max(20)),
            Constraint::Length(area.height.saturating_sub(2).max(5)),
        );
        let block = Block::bordered()
            .title(Span::styled(
                tr!(t, "tui-jobs-title", cost = total.label_in(t)),
                theme.title,
            ))
            .border_style(theme.border_focused);
        let inner = block.inner(popup);
        frame.render_widget(Clear, popup);
        frame.render_widget(block, popup);
        let [body, foot] = inner.layout(&Layout::vertical([
            Constraint::Min(0),
            Constraint::Length(1),
        ]));
        frame.render_widget(Paragraph::new(footer(keys, theme)), foot);
        if self.jobs().is_empty() && !self.has_earlier() {
            let text = t.get("tui-jobs-empty");
            frame.render_widget(
                Paragraph::new(text)
                    .style(theme.dim)
                    .wrap(Wrap { trim: true }),
                body,
            );
            return;
        }
        let rows: Vec<Row> = self
            .jobs()
            .iter()
            .enumerate()
            .flat_map(|(j, job)| {
                std::iter::once(Row::Job(j))
                    .chain((0..job.lessons.len()).map(move |l| Row::Lesson(j, l)))
            })
            .collect();
        let selected_row = rows
            .iter()
            .position(|r| matches!(r, Row::Job(j) if *j == self.selected()))
            .unwrap_or(0);
        // This session's runs first; the recorded ones in the rows they leave.
        let height = usize::from(body.height);
        let session = rows.len().min(height);
        let [body, earlier] = body.layout(&Layout::vertical([
            Constraint::Length(session as u16 + u16::from(session > 0 && session < height)),
            Constraint::Min(0),
        ]));
        self.render_recorded(frame, earlier, theme);
        let window = visible_window(rows.len(), selected_row, session);
        for (y, row) in rows[window].iter().enumerate() {
            let line_area = Rect {
                y: body.y + y as u16,
                height: 1,
                ..body
            };
            match *row {
                Row::Job(j) => {
                    let job = &self.jobs()[j];
                    let line = job_line(job, j == self.selected(), theme);
                    frame.render_widget(Paragraph::new(line), line_area);
                }
                Row::Lesson(j, l) => {
                    render_lesson_row(frame, line_area, &self.jobs()[j].lessons[l], theme);
                }
            }
        }
    }

    /// The confirm or instruction dialog, when one is up.
    pub fn render_dialog(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(dialog) = self.dialog() else { return };
        let t = theme.texts;
        let (title, lines) = match dialog {
            JobsDialog::Confirm {
                plan,
                options,
                estimate,
            } => {
                let count = plan.lessons.len();
                let course = plan.course_title.as_str();
                let mut lines = vec![Line::raw(match plan.kind {
                    RunKind::Failing => {
                        tr!(t, "tui-jobs-generate-failing", n = count, course = course)
                    }
                    _ => tr!(t, "tui-jobs-generate-planned", n = count, course = course),
                })];
                lines.extend(replaced_line(plan, options.provider.as_str(), theme));
                lines.extend([
                    Line::raw(""),
                    provider_line(options.provider.as_str(), &options.model(), theme),
                ]);
                lines.extend(estimate_lines(estimate.as_ref(), theme));
                lines.extend(ignored_lines(options, theme));
                lines.extend([
                    Line::raw(""),
                    Line::styled(t.get("tui-jobs-confirm-keys"), theme.dim),
                ]);
                (t.get("tui-jobs-generate-title"), lines)
            }
            JobsDialog::Instruction {
                plan,
                options,
                text,
                estimate,
            } => {
                let lesson = plan.lessons.first();
                let mut lines = vec![Line::raw(tr!(
                    t,
                    "tui-jobs-regenerate",
                    id = lesson.map_or("", |l| l.lesson_id.as_str()),
                    title = lesson.map_or("", |l| l.title.as_str())
                ))];
                lines.extend(replaced_line(plan, options.provider.as_str(), theme));
                (
                    t.get("tui-jobs-regenerate-title"),
                    [
                        lines,
                        vec![
                            Line::styled(t.get("tui-jobs-instruction"), theme.dim),
                            Line::from(vec![
                                Span::styled("> ", theme.key),
                                Span::raw(crate::tui::text::sanitize::sanitized(text)),
                                Span::styled("▏", theme.key),
                            ]),
                            provider_line(options.provider.as_str(), &options.model(), theme),
                        ],
                        estimate_lines(estimate.as_ref(), theme),
                        ignored_lines(
                            &crate::services::GenerateOptions {
                                // The dialog asks for one: named before it is typed (any
                                // text stands for it here).
                                instruction: Some("…".to_string()),
                                ..(**options).clone()
                            },
                            theme,
                        ),
                        vec![
                            Line::raw(""),
                            Line::styled(t.get("tui-jobs-instruction-keys"), theme.dim),
                        ],
                    ]
                    .concat(),
                )
            }
            JobsDialog::Document {
                plan,
                options,
                estimate,
            } => {
                let (title, question) = document_question(plan, t);
                (
                    title,
                    vec![
                        Line::raw(crate::tui::text::sanitize::sanitized(&question)),
                        Line::raw(""),
                        provider_line(options.provider.as_str(), &options.model(), theme),
                    ]
                    .into_iter()
                    .chain(estimate_lines(estimate.as_ref(), theme))
                    .chain([Line::styled(document_replaces(plan, t), theme.dim)])
                    .chain(ignored_lines(options, theme))
                    .chain([
                        Line::raw(""),
                        Line::styled(t.get("tui-jobs-document-keys"), theme.dim),
                    ])
                    .collect(),
                )
            }
        };
        let width = (area.width.saturating_sub(4)).min(72);
        // Wrapped lines take more rows: count them so the last one is not cut.
        let inner = width.saturating_sub(2).max(1) as usize;
        let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(inner)).sum();
        let popup = area.centered(
            Constraint::Length(width),
            Constraint::Length((rows as u16 + 2).min(area.height)),
        );
        let block = Block::bordered()
            .title(Span::styled(title, theme.title))
            .border_style(theme.border_focused);
        frame.render_widget(Clear, popup);
        frame.render_widget(
            Paragraph::new(lines)
                .block(block)
                .wrap(Wrap { trim: false }),
            popup,
        );
    }
}

fn footer(keys: &Bindings<PanelCommand>, theme: &Theme) -> Line<'static> {
    let t = theme.texts;
    let key = |c: PanelCommand| {
        keys.get(c)
            .and_then(|b| b.keys.first())
            .map_or_else(|| "?".to_string(), |k| k.to_string())
    };
    let pairs = [
        (
            format!("{}/{}", key(PanelCommand::Down), key(PanelCommand::Up)),
            t.get("tui-jobs-key-select"),
        ),
        (key(PanelCommand::Select), t.get("tui-jobs-key-open")),
        (key(PanelCommand::Cancel), t.get("tui-jobs-key-cancel")),
        (
            key(PanelCommand::CancelAll),
            t.get("tui-jobs-key-cancel-all"),
        ),
        ("J/esc".to_string(), t.get("tui-jobs-key-close")),
    ];
    let mut spans = Vec::new();
    for (k, what) in pairs {
        spans.push(Span::styled(format!(" {k} "), theme.key));
        spans.push(Span::styled(format!("{what} "), theme.dim));
    }
    Line::from(spans)
}
