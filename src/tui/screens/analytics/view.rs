//! Drawing the analytics screen: a header with the headline numbers, the section tabs
//! (`[Scores]` bracketed, so the current one reads without colour), then the section in a
//! bordered block that opens with its answer in one sentence. Read-only over the screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tr;
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

use super::{AnalyticsScreen, AnalyticsSection, lessons, outcomes, sections};

impl AnalyticsScreen {
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [header, tabs, body] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(0),
        ]));
        frame.render_widget(Paragraph::new(self.header_line(theme)), header);
        frame.render_widget(Paragraph::new(self.tabs_line(theme)), tabs);
        let t = theme.texts;
        let library = self.scope.slug().is_none();
        let block = Block::bordered()
            .title(Span::styled(
                format!(" {} ", self.section().title(t, library)),
                theme.title,
            ))
            .border_style(theme.border_focused);
        let inner = block.inner(body);
        frame.render_widget(block, body);
        let Some(data) = &self.data else {
            let text = match &self.error {
                Some(e) => Line::styled(
                    tr!(t, "tui-analytics-error", error = e.clone()),
                    theme.error,
                ),
                None => Line::styled(t.get("tui-analytics-loading"), theme.dim),
            };
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
            return;
        };
        let f = &data.figures;
        match self.section() {
            AnalyticsSection::Scores => sections::scores(frame, inner, f, theme),
            AnalyticsSection::Elements => sections::elements(frame, inner, f, theme),
            AnalyticsSection::Modules => {
                sections::groups(frame, inner, &self.groups, self.selected, theme)
            }
            AnalyticsSection::Issues => sections::issues(frame, inner, f, self.selected, theme),
            AnalyticsSection::Trends => sections::trends(
                frame,
                inner,
                f,
                &self.trend_didatica,
                &self.trend_gps,
                theme,
            ),
            AnalyticsSection::Origin => outcomes::origin(frame, inner, f, theme),
            AnalyticsSection::Outcomes => outcomes::outcomes(frame, inner, f, theme),
            AnalyticsSection::Lessons => lessons::lessons(
                frame,
                inner,
                &data.lessons,
                &self.histories,
                self.selected,
                theme,
            ),
        }
    }

    fn header_line(&self, theme: &Theme) -> Line<'static> {
        let t = theme.texts;
        let Some(data) = &self.data else {
            return Line::styled(format!(" {}", sanitized(&self.title_in(t))), theme.title);
        };
        let f = &data.figures;
        let one = |v: Option<f64>| v.map_or("–".to_string(), |v| t.number(v, 1));
        Line::from(vec![
            Span::styled(format!(" {}", sanitized(&self.name_in(t))), theme.title),
            Span::raw(tr!(
                t,
                "tui-analytics-headline",
                lessons = f.lessons,
                total = f.lessons_total,
                didatica = one(f.didatica.mean),
                passed = f.didatica.passed,
                gps = one(f.gps.mean)
            )),
        ])
    }

    fn tabs_line(&self, theme: &Theme) -> Line<'static> {
        let t = theme.texts;
        let library = self.scope.slug().is_none();
        let mut spans = vec![Span::raw(" ")];
        for (i, s) in self.sections.iter().enumerate() {
            if i == self.section {
                spans.push(Span::styled(
                    format!("[{}]", s.title(t, library)),
                    theme.selection,
                ));
            } else {
                spans.push(Span::styled(
                    format!(" {} ", s.title(t, library)),
                    theme.dim,
                ));
            }
        }
        Line::from(spans)
    }
}
