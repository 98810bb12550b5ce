//! The rows of the `J` overlay: a run's line (course, provider and model, state, cost, the
//! estimate beside it, the instruction) and a lesson's (gauge, characters, attempt, elapsed
//! time, cost, state), in the theme's language. Read-only; must not do I/O.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph};

use crate::domain::course::ValidationStatus;
use crate::i18n::Texts;
use crate::tr;
use crate::tui::theme::Theme;

use crate::tui::screens::jobs::document::document_name;
use crate::tui::screens::jobs::model::{JobProgress, JobState, LessonProgress, LessonState};
use crate::tui::widgets::lesson_facts::status_style;

fn job_state_label(job: &JobProgress, t: Texts) -> (String, fn(&Theme) -> Style) {
    let (done, all) = job.done();
    if job.document.is_some() {
        return match &job.state {
            JobState::Finished => (t.get("tui-jobs-state-stored"), |t| t.score_good),
            JobState::Cancelled => (t.get("tui-jobs-state-cancelled-resumable"), |t| {
                t.score_warn
            }),
            JobState::Refused(m) => (
                tr!(t, "tui-jobs-state-refused", message = m.as_str()),
                |t| t.failure,
            ),
            JobState::Cancelling => (t.get("tui-jobs-state-cancelling"), |t| t.score_warn),
            _ => (t.get("tui-jobs-state-running"), |t| t.notice),
        };
    }
    match &job.state {
        JobState::Starting => (t.get("tui-jobs-state-starting"), |t| t.notice),
        JobState::Running => (
            tr!(t, "tui-jobs-state-running-count", done = done, all = all),
            |t| t.notice,
        ),
        JobState::Cancelling => (t.get("tui-jobs-state-cancelling"), |t| t.score_warn),
        JobState::Finished => (
            tr!(t, "tui-jobs-state-finished", done = done, all = all),
            |t| t.score_good,
        ),
        JobState::Cancelled => (
            tr!(t, "tui-jobs-state-cancelled", done = done, all = all),
            |t| t.score_warn,
        ),
        JobState::Refused(m) => (
            tr!(t, "tui-jobs-state-refused", message = m.as_str()),
            |t| t.failure,
        ),
        JobState::Interrupted => (tr!(t, "tui-jobs-state-interrupted", all = all), |t| {
            t.score_warn
        }),
    }
}

pub(super) fn job_line(job: &JobProgress, selected: bool, theme: &Theme) -> Line<'static> {
    let t = theme.texts;
    let (state, style) = job_state_label(job, t);
    let mut spans = vec![
        Span::styled(if selected { "▸ " } else { "  " }, theme.key),
        Span::styled(format!("#{} {}", job.key.0, job.course_title), theme.header),
        Span::styled(
            format!(" · {} {} · ", job.provider.as_str(), job.model),
            theme.dim,
        ),
        Span::styled(state, style(theme)),
        Span::styled(format!(" · {}", job.total_cost().label_in(t)), theme.dim),
    ];
    if let Some(kind) = job.document {
        spans.insert(
            2,
            Span::styled(format!(" · {}", document_name(kind, t)), theme.dim),
        );
    }
    // After a run, what it spent beside what the dialog estimated.
    if let Some(spent) = job
        .spent
        .as_ref()
        .filter(|s| s.input_tokens + s.output_tokens > 0)
    {
        spans.push(Span::styled(
            tr!(
                t,
                "tui-jobs-tokens",
                input = spent.input_tokens,
                output = spent.output_tokens
            ),
            theme.dim,
        ));
    }
    if let Some(estimate) = job.estimate {
        spans.push(Span::styled(
            tr!(t, "tui-jobs-estimated", cost = estimate.label_in(t)),
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

/// `✓ passed`, `! warning`, `✗ failed`, `· planned` (the course screen's words).
pub(super) fn status_label(t: Texts, status: Option<ValidationStatus>) -> String {
    t.get(match status {
        Some(ValidationStatus::Passed) => "tui-course-status-passed",
        Some(ValidationStatus::Warning) => "tui-course-status-warning",
        Some(ValidationStatus::Failed) => "tui-course-status-failed",
        None => "tui-course-status-planned",
    })
}

pub(super) fn lesson_state(lesson: &LessonProgress, theme: &Theme) -> Span<'static> {
    let t = theme.texts;
    match &lesson.state {
        LessonState::Queued => Span::styled(t.get("tui-jobs-lesson-queued"), theme.dim),
        LessonState::Streaming => Span::styled(t.get("tui-jobs-lesson-streaming"), theme.notice),
        LessonState::Retrying(m) => Span::styled(
            tr!(t, "tui-jobs-lesson-retrying", message = m.as_str()),
            theme.score_warn,
        ),
        LessonState::Scored(s) => Span::styled(
            tr!(
                t,
                "tui-jobs-lesson-scored",
                status = status_label(t, Some(*s))
            ),
            status_style(Some(*s), theme),
        ),
        LessonState::Done(s) => {
            Span::styled(status_label(t, Some(*s)), status_style(Some(*s), theme))
        }
        LessonState::Failed(m) => Span::styled(
            tr!(t, "tui-jobs-lesson-failed", message = m.as_str()),
            theme.failure,
        ),
        LessonState::Cancelled => {
            Span::styled(t.get("tui-jobs-lesson-cancelled"), theme.score_warn)
        }
    }
}

pub(super) fn render_lesson_row(
    frame: &mut Frame,
    area: Rect,
    lesson: &LessonProgress,
    theme: &Theme,
) {
    let t = theme.texts;
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
    let seconds = t.number(lesson.elapsed_seconds(), 1);
    let facts_text = if wide {
        tr!(
            t,
            "tui-jobs-lesson-facts-wide",
            chars = format!("{:>6}", lesson.chars),
            attempt = attempt,
            seconds = format!("{seconds:>5}"),
            cost = lesson.cost.label_in(t)
        )
    } else {
        tr!(
            t,
            "tui-jobs-lesson-facts",
            chars = format!("{:>5}", lesson.chars),
            attempt = attempt,
            seconds = format!("{seconds:>4}"),
            cost = lesson.cost.label_in(t)
        )
    };
    let mut spans = vec![Span::styled(facts_text, theme.dim)];
    spans.push(lesson_state(lesson, theme));
    frame.render_widget(Paragraph::new(Line::from(spans)), facts);
}
