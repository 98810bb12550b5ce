//! The lesson screen's score boxes: the status line with G/P/S presence and GPS points, and
//! the seven Didática elements as bars. Read-only over `LessonScreen`; must not do I/O.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::domain::course::ValidationStatus;
use crate::i18n::Texts;
use crate::tr;
use crate::tui::text::clip::clip;
use crate::tui::theme::Theme;
use crate::tui::widgets::gps_badge;

use super::LessonScreen;

impl LessonScreen {
    pub(super) fn render_gps(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let f = &self.facts;
        let mut letters = vec![
            Span::raw(format!("GPS {}/30 ", f.gps_points)),
            gps_badge(f.gps_valid, f.present, theme),
            Span::raw(" "),
        ];
        for (letter, present) in ["G", "P", "S"].iter().zip(f.present) {
            let (mark, style) = if present {
                ("✓", theme.score_good)
            } else {
                ("✗", theme.failure)
            };
            letters.push(Span::raw(format!(" {letter}")));
            letters.push(Span::styled(mark, style));
        }
        let status = status_text(self, theme.texts);
        // Cut with an ellipsis where a longer language does not fit the panel.
        let room = usize::from(area.width.saturating_sub(2)).saturating_sub(status.width());
        let size = tr!(
            theme.texts,
            "tui-lesson-words-minutes",
            words = f.words,
            minutes = f.minutes
        );
        let lines = vec![
            Line::from(vec![
                Span::styled(status, f.status_style(theme)),
                Span::styled(clip(&size, room), theme.dim),
            ]),
            Line::from(letters),
        ];
        let block = Block::bordered()
            .title(Span::styled(
                theme.texts.get("tui-lesson-scores"),
                theme.title,
            ))
            .border_style(theme.border);
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }

    pub(super) fn render_elements(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let f = &self.facts;
        let title = format!(" Didática {}/100 ", f.didatica_points);
        let block = Block::bordered()
            .title(Span::styled(title, theme.didatica(f.didatica_points)))
            .border_style(theme.border);
        let inner_width = usize::from(block.inner(area).width);
        let label_width = 14;
        let bar_width = inner_width.saturating_sub(label_width + 7).max(3);
        let lines: Vec<Line> = f
            .elements
            .iter()
            .map(|e| {
                let filled = (e.points as usize * bar_width)
                    .checked_div(e.max as usize)
                    .unwrap_or(0);
                let style = if e.points >= e.max {
                    theme.score_good
                } else if e.points > 0 {
                    theme.score_warn
                } else {
                    theme.failure
                };
                Line::from(vec![
                    Span::raw(format!("{:<label_width$}", e.label)),
                    Span::styled("█".repeat(filled), style),
                    Span::styled("░".repeat(bar_width - filled.min(bar_width)), theme.dim),
                    Span::styled(format!(" {:>2}/{:<2}", e.points, e.max), style),
                ])
            })
            .collect();
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }
}

/// The lesson's status with its symbol (`✓ passed` … `◌ offline draft`, `? not scored`), as
/// `LessonFacts::status_text` says it, in `t`'s language.
fn status_text(screen: &LessonScreen, t: Texts) -> String {
    let f = &screen.facts;
    let id = match (f.status, f.planned) {
        _ if f.draft => "tui-lesson-status-draft",
        (None, false) => "tui-lesson-status-unscored",
        (None, true) => "tui-lesson-status-planned",
        (Some(ValidationStatus::Passed), _) => "tui-status-passed",
        (Some(ValidationStatus::Warning), _) => "tui-status-warning",
        (Some(ValidationStatus::Failed), _) => "tui-status-failed",
    };
    t.get(id)
}
