//! `LibraryDialog`: the library's modal questions — "archive this course?" and the import
//! path prompt with Tab-completion of directories. Completion itself runs on the storage
//! worker (`CompletePath`), so a slow disk never blocks a frame; the answer comes back as
//! `PathCompleted`. Must not do I/O.

use crate::i18n::Texts;
use crate::tr;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::tui::message::effect::{Effect, StorageRequest};
use crate::tui::text::sanitize::sanitized;
use crate::tui::theme::Theme;

/// Candidates listed under the import prompt.
const SHOWN_CANDIDATES: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryDialog {
    Archive { slug: String, title: String },
    Import(PathPrompt),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathPrompt {
    pub input: String,
    /// Directories matching the input, after a Tab with more than one answer.
    pub candidates: Vec<String>,
    /// A Tab was pressed and its answer has not arrived.
    pub completing: bool,
    /// The last Tab found nothing.
    pub no_match: bool,
}

/// Keys in a dialog (not bindable: a dialog reads typed text and yes/no).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogEdit {
    Insert(char),
    DeleteBack,
    Complete,
    Confirm,
    Cancel,
}

impl LibraryDialog {
    pub fn key(&self, key: &KeyEvent) -> Option<DialogEdit> {
        let typed = |c| (!key.modifiers.contains(KeyModifiers::CONTROL)).then_some(c);
        match (self, key.code) {
            (_, KeyCode::Esc) => Some(DialogEdit::Cancel),
            (_, KeyCode::Enter) => Some(DialogEdit::Confirm),
            (LibraryDialog::Archive { .. }, KeyCode::Char('y' | 'Y')) => Some(DialogEdit::Confirm),
            (LibraryDialog::Archive { .. }, KeyCode::Char('n' | 'N' | 'q')) => {
                Some(DialogEdit::Cancel)
            }
            (LibraryDialog::Archive { .. }, _) => None,
            (LibraryDialog::Import(_), KeyCode::Tab) => Some(DialogEdit::Complete),
            (LibraryDialog::Import(_), KeyCode::Backspace) => Some(DialogEdit::DeleteBack),
            (LibraryDialog::Import(_), KeyCode::Char(c)) => typed(c).map(DialogEdit::Insert),
            (LibraryDialog::Import(_), _) => None,
        }
    }

    /// Applies `edit`; returns whether the dialog is finished and what to do.
    /// `t`: the language of its refusal.
    pub fn update(&mut self, edit: DialogEdit, t: Texts) -> (bool, Option<Effect>) {
        match (self, edit) {
            (_, DialogEdit::Cancel) => (true, None),
            (LibraryDialog::Archive { slug, .. }, DialogEdit::Confirm) => (
                true,
                Some(Effect::Storage(StorageRequest::ArchiveCourse(slug.clone()))),
            ),
            (LibraryDialog::Archive { .. }, _) => (false, None),
            (LibraryDialog::Import(prompt), DialogEdit::Confirm) => {
                if prompt.input.trim().is_empty() {
                    return (
                        false,
                        Some(Effect::Notify(t.get("tui-library-import-type-folder"))),
                    );
                }
                let path = std::path::PathBuf::from(prompt.input.trim());
                (
                    true,
                    Some(Effect::Storage(StorageRequest::ImportFolder(path))),
                )
            }
            (LibraryDialog::Import(prompt), DialogEdit::Complete) => {
                prompt.completing = true;
                let request = StorageRequest::CompletePath(prompt.input.clone());
                (false, Some(Effect::Storage(request)))
            }
            (LibraryDialog::Import(prompt), edit) => {
                match edit {
                    DialogEdit::Insert(c) => prompt.input.push(c),
                    _ => {
                        prompt.input.pop();
                    }
                }
                prompt.candidates.clear();
                prompt.no_match = false;
                (false, None)
            }
        }
    }

    /// A pasted path (already one line) appended to the import prompt; the archive question
    /// takes no text.
    pub fn paste(&mut self, text: &str) {
        if let LibraryDialog::Import(prompt) = self {
            prompt.input.push_str(text);
            prompt.candidates.clear();
            prompt.no_match = false;
        }
    }

    /// The worker's directories for `input`; an answer for text since changed is dropped.
    pub fn completed(&mut self, input: &str, candidates: Vec<String>) {
        let LibraryDialog::Import(prompt) = self else {
            return;
        };
        if prompt.input != input {
            return;
        }
        prompt.completing = false;
        prompt.no_match = candidates.is_empty();
        let common = common_prefix(&candidates);
        if common.len() > prompt.input.len() {
            prompt.input = common;
        }
        prompt.candidates = if candidates.len() > 1 {
            candidates
        } else {
            Vec::new()
        };
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let (title, lines) = match self {
            LibraryDialog::Archive { slug, title } => (
                t.get("tui-library-archive-title"),
                vec![
                    Line::from(vec![
                        Span::raw(t.get("tui-library-archive-ask")),
                        Span::styled(sanitized(title), theme.title),
                        Span::styled(format!(" ({})", sanitized(slug)), theme.dim),
                        Span::raw("?"),
                    ]),
                    Line::raw(""),
                    Line::raw(t.get("tui-library-archive-note-1")),
                    Line::raw(t.get("tui-library-archive-note-2")),
                    Line::raw(""),
                    Line::from(vec![
                        Span::styled("y/Enter", theme.key),
                        Span::raw(t.get("tui-library-archive-yes")),
                        Span::styled("n/Esc", theme.key),
                        Span::raw(t.get("tui-library-archive-no")),
                    ]),
                ],
            ),
            LibraryDialog::Import(prompt) => (
                t.get("tui-library-import-title"),
                prompt_lines(prompt, theme),
            ),
        };
        let width = area.width.saturating_sub(4).min(72);
        let height = (lines.len() as u16 + 2).min(area.height);
        let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
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

fn prompt_lines(prompt: &PathPrompt, theme: &Theme) -> Vec<Line<'static>> {
    let t = theme.texts;
    let mut lines = vec![
        Line::raw(t.get("tui-library-import-what-1")),
        Line::raw(t.get("tui-library-import-what-2")),
        Line::from(vec![
            Span::styled("› ", theme.key),
            Span::raw(sanitized(&prompt.input)),
            Span::styled("▏", theme.key),
        ]),
    ];
    if prompt.completing {
        lines.push(Line::styled(
            t.get("tui-library-import-completing"),
            theme.dim,
        ));
    } else if prompt.no_match {
        lines.push(Line::styled(
            t.get("tui-library-import-no-match"),
            theme.dim,
        ));
    }
    for c in prompt.candidates.iter().take(SHOWN_CANDIDATES) {
        lines.push(Line::styled(format!("  {}", sanitized(c)), theme.dim));
    }
    if prompt.candidates.len() > SHOWN_CANDIDATES {
        let more = prompt.candidates.len() - SHOWN_CANDIDATES;
        lines.push(Line::styled(
            tr!(t, "tui-library-import-more", n = more),
            theme.dim,
        ));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("Tab", theme.key),
        Span::raw(t.get("tui-library-import-complete")),
        Span::styled("Enter", theme.key),
        Span::raw(t.get("tui-library-import-go")),
        Span::styled("Esc", theme.key),
        Span::raw(t.get("tui-library-import-cancel")),
    ]));
    lines
}

/// The longest common prefix of `items` (on character boundaries).
fn common_prefix(items: &[String]) -> String {
    let Some(first) = items.first() else {
        return String::new();
    };
    let mut end = first.len();
    for item in &items[1..] {
        end = first
            .char_indices()
            .zip(item.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| i + a.len_utf8())
            .min(end);
    }
    first[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completion_fills_the_common_prefix_and_lists_choices() {
        let mut d = LibraryDialog::Import(PathPrompt {
            input: "co".into(),
            ..PathPrompt::default()
        });
        d.completed("co", vec!["courses/".into(), "course-b/".into()]);
        let LibraryDialog::Import(p) = &d else {
            panic!()
        };
        assert_eq!(p.input, "course");
        assert_eq!(p.candidates.len(), 2);
        d.completed("course", vec!["course-b/".into()]);
        let LibraryDialog::Import(p) = &d else {
            panic!()
        };
        assert_eq!(p.input, "course-b/");
        assert!(p.candidates.is_empty());
        d.completed("stale", vec!["x/".into()]);
        let LibraryDialog::Import(p) = &d else {
            panic!()
        };
        assert_eq!(p.input, "course-b/");
    }
}
