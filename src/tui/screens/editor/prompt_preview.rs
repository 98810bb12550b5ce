//! The approve dialog's prompt preview (`Tab`): the system prompt and the prompt the first
//! lesson of the curriculum will be generated with, as the configured provider gets them —
//! so an author sees exactly which persona text goes in (once, in the system prompt) before
//! approving. Scrolls with the arrows and PgUp/PgDn; `Tab` goes back to the summary.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::services::authoring::ApprovalSummary;
use crate::tr;
use crate::tui::text::sanitize::sanitized;
use crate::tui::text::wrap::wrap_by_width;
use crate::tui::theme::Theme;

const PAGE: u16 = 10;

/// The first line shown after `code` (keys other than scrolling leave it).
pub(super) fn scrolled(top: u16, code: KeyCode) -> u16 {
    match code {
        KeyCode::Down | KeyCode::Char('j') => top.saturating_add(1),
        KeyCode::Up | KeyCode::Char('k') => top.saturating_sub(1),
        KeyCode::PageDown => top.saturating_add(PAGE),
        KeyCode::PageUp => top.saturating_sub(PAGE),
        KeyCode::Home => 0,
        _ => top,
    }
}

/// Every line of the preview: who speaks (persona or not), then both prompts whole.
fn lines(summary: &ApprovalSummary, theme: &Theme) -> Vec<Line<'static>> {
    let t = theme.texts;
    let Some(first) = &summary.first_prompt else {
        return vec![Line::raw(t.get("tui-editor-prompt-none"))];
    };
    // The heading the prompt template gives the persona's text (a name, never translated).
    let voice = if first.system.contains("INSTRUCTOR VOICE PROFILE") {
        t.get("tui-editor-prompt-persona")
    } else {
        t.get("tui-editor-prompt-no-persona")
    };
    let mut out = vec![
        Line::styled(voice, theme.header),
        Line::raw(""),
        Line::styled(
            tr!(
                t,
                "tui-editor-prompt-system",
                id = sanitized(&first.lesson_id)
            ),
            theme.title,
        ),
    ];
    out.extend(first.system.lines().map(|l| Line::raw(sanitized(l))));
    out.push(Line::raw(""));
    out.push(Line::styled(t.get("tui-editor-prompt-user"), theme.title));
    out.extend(first.prompt.lines().map(|l| Line::raw(sanitized(l))));
    out
}

pub(super) fn render(
    frame: &mut Frame,
    area: Rect,
    summary: &ApprovalSummary,
    top: u16,
    theme: &Theme,
) {
    let rect = area.inner(Margin {
        horizontal: 2,
        vertical: 1,
    });
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(
            theme.texts.get("tui-editor-prompt-title"),
            theme.title,
        ))
        .title_bottom(Span::styled(
            theme.texts.get("tui-editor-prompt-keys"),
            theme.key,
        ));
    let lines = lines(summary, theme);
    // Past the end shows the last screenful, not an empty box.
    let inner = usize::from(rect.width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            wrap_by_width(&text, inner).len().max(1)
        })
        .sum();
    let rows = u16::try_from(rows).unwrap_or(u16::MAX);
    let last = rows.saturating_sub(rect.height.saturating_sub(2));
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(block)
        .scroll((top.min(last), 0));
    frame.render_widget(paragraph, rect);
}
