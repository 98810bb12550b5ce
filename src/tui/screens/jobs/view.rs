//! Drawing the generation feature: the `J` overlay (one block per run with a gauge per
//! lesson: streamed characters against the expected length, attempt, elapsed time, cost so
//! far; the total cost in the title), the confirm, instruction and document dialogs, a lesson's text as
//! it streams, and the line with its score change once stored.
//!
//! Read-only over `JobsPanel`/`LessonProgress`; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, LineGauge, Paragraph, Wrap};

use crate::tui::keys::keymap::Bindings;
use crate::tui::theme::Theme;
use crate::tui::widgets::visible_window;

use crate::tui::screens::jobs::dialog_lines::{
    estimate_lines, ignored_lines, provider_line, replaced_line,
};
use crate::tui::screens::jobs::document::{document_name, document_question, document_replaces};
use crate::tui::screens::jobs::model::{Cost, JobProgress, JobState, LessonProgress, LessonState};
use crate::tui::screens::jobs::{JobsDialog, JobsPanel, PanelCommand};
use crate::tui::widgets::lesson_facts::{status_label, status_style};

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
                format!(" Generation jobs · total {} ", total.label()),
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
            let text = "No generation yet. On a course: g generates the planned lessons, \
                        r regenerates the selected one, R every failing one.";
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
        let (title, lines) = match dialog {
            JobsDialog::Confirm {
                plan,
                options,
                estimate,
            } => {
                let count = plan.lessons.len();
                let what = match plan.kind {
                    crate::tui::message::jobs::RunKind::Failing => "failing",
                    _ => "planned",
                };
                let mut lines = vec![Line::raw(format!(
                    "Generate {count} {what} lesson{} of {}?",
                    if count == 1 { "" } else { "s" },
                    plan.course_title
                ))];
                lines.extend(replaced_line(plan, options.provider.as_str(), theme));
                lines.extend([
                    Line::raw(""),
                    provider_line(options.provider.as_str(), &options.model(), theme),
                ]);
                lines.extend(estimate_lines(estimate.as_ref(), theme));
                lines.extend(ignored_lines(options, theme));
                lines.extend([
                    Line::raw(""),
                    Line::styled("Enter or y starts · Esc or n cancels", theme.dim),
                ]);
                (" Generate ", lines)
            }
            JobsDialog::Instruction {
                plan,
                options,
                text,
                estimate,
            } => {
                let lesson = plan.lessons.first();
                let mut lines = vec![Line::raw(format!(
                    "Regenerate {} {}",
                    lesson.map_or("", |l| l.lesson_id.as_str()),
                    lesson.map_or("", |l| l.title.as_str())
                ))];
                lines.extend(replaced_line(plan, options.provider.as_str(), theme));
                (
                    " Regenerate ",
                    [
                        lines,
                        vec![
                            Line::styled(
                                "Instruction for the model (optional, one line):",
                                theme.dim,
                            ),
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
                                // The dialog asks for one: named before it is typed.
                                instruction: Some("the instruction".to_string()),
                                ..(**options).clone()
                            },
                            theme,
                        ),
                        vec![
                            Line::raw(""),
                            Line::styled("Enter starts · Esc cancels", theme.dim),
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
                let (title, question) = document_question(plan);
                (
                    title,
                    vec![
                        Line::raw(crate::tui::text::sanitize::sanitized(&question)),
                        Line::raw(""),
                        provider_line(options.provider.as_str(), &options.model(), theme),
                    ]
                    .into_iter()
                    .chain(estimate_lines(estimate.as_ref(), theme))
                    .chain([Line::styled(document_replaces(plan), theme.dim)])
                    .chain(ignored_lines(options, theme))
                    .chain([
                        Line::raw(""),
                        Line::styled("Enter or y generates · Esc or n cancels", theme.dim),
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
    let key = |c: PanelCommand| {
        keys.get(c)
            .and_then(|b| b.keys.first())
            .map_or_else(|| "?".to_string(), |k| k.to_string())
    };
    let pairs = [
        (
            format!("{}/{}", key(PanelCommand::Down), key(PanelCommand::Up)),
            "select",
        ),
        (key(PanelCommand::Select), "resume / watch"),
        (key(PanelCommand::Cancel), "cancel"),
        (key(PanelCommand::CancelAll), "cancel all"),
        ("J/esc".to_string(), "close"),
    ];
    let mut spans = Vec::new();
    for (k, what) in pairs {
        spans.push(Span::styled(format!(" {k} "), theme.key));
        spans.push(Span::styled(format!("{what} "), theme.dim));
    }
    Line::from(spans)
}

fn job_state_label(job: &JobProgress) -> (String, fn(&Theme) -> Style) {
    let (done, all) = job.done();
    if job.document.is_some() {
        return match &job.state {
            JobState::Finished => ("stored".into(), |t| t.score_good),
            JobState::Cancelled => ("cancelled (the job stays resumable)".into(), |t| {
                t.score_warn
            }),
            JobState::Refused(m) => (format!("refused: {m}"), |t| t.failure),
            JobState::Cancelling => ("cancelling…".into(), |t| t.score_warn),
            _ => ("running".into(), |t| t.notice),
        };
    }
    match &job.state {
        JobState::Starting => ("starting".into(), |t| t.notice),
        JobState::Running => (format!("running {done}/{all}"), |t| t.notice),
        JobState::Cancelling => ("cancelling…".into(), |t| t.score_warn),
        JobState::Finished => (format!("finished {done}/{all}"), |t| t.score_good),
        JobState::Cancelled => (format!("Cancelled {done}/{all}"), |t| t.score_warn),
        JobState::Refused(m) => (format!("refused: {m}"), |t| t.failure),
        JobState::Interrupted => (format!("interrupted, {all} left — Enter resumes"), |t| {
            t.score_warn
        }),
    }
}

fn job_line(job: &JobProgress, selected: bool, theme: &Theme) -> Line<'static> {
    let (state, style) = job_state_label(job);
    let mut spans = vec![
        Span::styled(if selected { "▸ " } else { "  " }, theme.key),
        Span::styled(format!("#{} {}", job.key.0, job.course_title), theme.header),
        Span::styled(
            format!(" · {} {} · ", job.provider.as_str(), job.model),
            theme.dim,
        ),
        Span::styled(state, style(theme)),
        Span::styled(format!(" · {}", job.total_cost().label()), theme.dim),
    ];
    if let Some(kind) = job.document {
        spans.insert(
            2,
            Span::styled(format!(" · {}", document_name(kind)), theme.dim),
        );
    }
    // After a run, what it spent beside what the dialog estimated.
    if let Some(spent) = job
        .spent
        .as_ref()
        .filter(|s| s.input_tokens + s.output_tokens > 0)
    {
        spans.push(Span::styled(
            format!(" ({}+{} tokens)", spent.input_tokens, spent.output_tokens),
            theme.dim,
        ));
    }
    if let Some(estimate) = job.estimate {
        spans.push(Span::styled(
            format!(" · est. {}", estimate.label()),
            theme.dim,
        ));
    }
    if let Some(instruction) = &job.instruction {
        spans.push(Span::styled(format!(" · “{instruction}”"), theme.dim));
    }
    let line = Line::from(spans);
    if selected {
        line.style(theme.selection)
    } else {
        line
    }
}

pub(super) fn lesson_state(lesson: &LessonProgress, theme: &Theme) -> Span<'static> {
    match &lesson.state {
        LessonState::Queued => Span::styled("queued", theme.dim),
        LessonState::Streaming => Span::styled("streaming", theme.notice),
        LessonState::Retrying(m) => Span::styled(format!("retrying: {m}"), theme.score_warn),
        LessonState::Scored(s) => Span::styled(
            format!("scored {}", status_label(Some(*s))),
            status_style(Some(*s), theme),
        ),
        LessonState::Done(s) => Span::styled(
            status_label(Some(*s)).to_string(),
            status_style(Some(*s), theme),
        ),
        LessonState::Failed(m) => Span::styled(format!("failed: {m}"), theme.failure),
        LessonState::Cancelled => Span::styled("Cancelled", theme.score_warn),
    }
}

fn render_lesson_row(frame: &mut Frame, area: Rect, lesson: &LessonProgress, theme: &Theme) {
    let wide = area.width >= 100;
    let [id, gauge, facts] = area.layout(&Layout::horizontal([
        Constraint::Length(if wide { 28 } else { 10 }),
        Constraint::Fill(1),
        Constraint::Length(if wide { 56 } else { 40 }),
    ]));
    let label = if wide && !lesson.title.is_empty() {
        format!("    {} {}", lesson.lesson_id, lesson.title)
    } else {
        format!("    {}", lesson.lesson_id)
    };
    frame.render_widget(Paragraph::new(Line::raw(label)), id);
    frame.render_widget(
        LineGauge::default()
            .ratio(lesson.ratio())
            .label(format!("{:>3}%", (lesson.ratio() * 100.0).round() as u32))
            .filled_style(theme.score_good)
            .unfilled_style(theme.dim),
        gauge,
    );
    let attempt = match lesson.attempt {
        0 => "-".to_string(),
        n => n.to_string(),
    };
    let facts_text = if wide {
        format!(
            " {:>6} ch · a{attempt} · {:>5.1} s · {} · ",
            lesson.chars,
            lesson.elapsed_seconds(),
            lesson.cost.label()
        )
    } else {
        format!(
            " {:>5}ch a{attempt} {:>4.1}s {} ",
            lesson.chars,
            lesson.elapsed_seconds(),
            lesson.cost.label()
        )
    };
    let mut spans = vec![Span::styled(facts_text, theme.dim)];
    spans.push(lesson_state(lesson, theme));
    frame.render_widget(Paragraph::new(Line::from(spans)), facts);
}
