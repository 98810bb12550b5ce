//! `NewCourseDialog`: the Library's `n` — a title and a slug. The slug follows the title
//! (accents folded, kebab-case, `-2` when a known course has it) until the person edits it;
//! Enter on the slug checks both and asks the worker to create the course, whose answer opens
//! the brief editor. The worker's own check (`services::authoring::create_course`) stays the
//! authority on uniqueness; this one only saves a round trip for the courses on screen.
//!
//! Must not do I/O or depend on other screens.

use crate::i18n::{Lang, Texts};
use crate::tr;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::domain::slug::{slug_problem, suggest_slug, unique_slug};
use crate::tui::message::effect::{Effect, StorageRequest};
use crate::tui::theme::Theme;

use crate::tui::keys::chord::is_typing;

/// Which field has the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NewCourseField {
    #[default]
    Title,
    Slug,
}

#[derive(Debug, Clone, Default)]
pub struct NewCourseDialog {
    title: String,
    slug: String,
    /// The person typed in the slug: stop following the title.
    slug_edited: bool,
    field: NewCourseField,
    /// Slugs of the courses the library shows.
    taken: Vec<String>,
    error: Option<Problem>,
    /// Sent to the worker; waiting for its answer.
    pending: bool,
}

/// What a key did to the dialog.
#[derive(Debug)]
pub enum DialogOutcome {
    Open,
    Closed,
    Submit(Effect),
}

/// Why the dialog refuses to create the course.
#[derive(Debug, Clone, PartialEq)]
enum Problem {
    EmptyTitle,
    SlugTaken(String),
    /// Words of a lower layer (the slug rule, the worker's refusal), shown as written.
    Said(String),
}

impl Problem {
    fn text(&self, t: Texts) -> String {
        match self {
            Problem::EmptyTitle => t.get("tui-library-new-empty-title"),
            Problem::SlugTaken(slug) => tr!(t, "tui-library-new-slug-taken", slug = slug.as_str()),
            Problem::Said(text) => text.clone(),
        }
    }
}

impl NewCourseDialog {
    pub fn new(taken: Vec<String>) -> NewCourseDialog {
        NewCourseDialog {
            taken,
            ..NewCourseDialog::default()
        }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// What stops the course from being created, in English (the screen shows it in the
    /// chosen language).
    pub fn error(&self) -> Option<String> {
        self.error.as_ref().map(|p| p.text(Texts::new(Lang::En)))
    }

    /// The worker refused (a race on the slug, a storage error): show it and let them fix it.
    pub fn refused(&mut self, message: String) {
        self.pending = false;
        self.field = NewCourseField::Slug;
        self.error = Some(Problem::Said(message));
    }

    pub fn key(&mut self, key: KeyEvent) -> DialogOutcome {
        if self.pending {
            return DialogOutcome::Open;
        }
        match key.code {
            KeyCode::Esc => return DialogOutcome::Closed,
            KeyCode::Tab | KeyCode::BackTab | KeyCode::Up | KeyCode::Down => self.switch(),
            KeyCode::Enter if self.field == NewCourseField::Title => self.switch(),
            KeyCode::Enter => return self.submit(),
            KeyCode::Backspace => {
                self.field_mut().pop();
                self.typed();
            }
            KeyCode::Char(c) if is_typing(&key) => {
                self.field_mut().push(c);
                self.typed();
            }
            _ => {}
        }
        DialogOutcome::Open
    }

    /// A pasted title or slug (already one line) into the field that has focus.
    pub fn paste(&mut self, text: &str) {
        if self.pending {
            return;
        }
        self.field_mut().push_str(text);
        self.typed();
    }

    fn switch(&mut self) {
        self.field = match self.field {
            NewCourseField::Title => NewCourseField::Slug,
            NewCourseField::Slug => NewCourseField::Title,
        };
    }

    fn field_mut(&mut self) -> &mut String {
        match self.field {
            NewCourseField::Title => &mut self.title,
            NewCourseField::Slug => &mut self.slug,
        }
    }

    fn typed(&mut self) {
        self.error = None;
        match self.field {
            NewCourseField::Slug => self.slug_edited = !self.slug.is_empty(),
            NewCourseField::Title if !self.slug_edited => {
                let taken = &self.taken;
                self.slug =
                    unique_slug(&suggest_slug(&self.title), |s| taken.iter().any(|t| t == s));
            }
            NewCourseField::Title => {}
        }
    }

    fn submit(&mut self) -> DialogOutcome {
        let problem = if self.title.trim().is_empty() {
            Some(Problem::EmptyTitle)
        } else if self.taken.contains(&self.slug) {
            Some(Problem::SlugTaken(self.slug.clone()))
        } else {
            slug_problem(&self.slug).map(Problem::Said)
        };
        if let Some(problem) = problem {
            self.error = Some(problem);
            return DialogOutcome::Open;
        }
        self.pending = true;
        DialogOutcome::Submit(Effect::Storage(StorageRequest::CreateCourse {
            title: self.title.trim().to_string(),
            slug: self.slug.clone(),
        }))
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let t = theme.texts;
        let field = |label: &str, value: &str, which: NewCourseField| {
            let focused = self.field == which;
            Line::from(vec![
                Span::styled(
                    format!("{label:>6}: "),
                    if focused { theme.key } else { theme.dim },
                ),
                Span::raw(crate::tui::text::sanitize::sanitized(value)),
                Span::raw(if focused { "▏" } else { "" }),
            ])
        };
        let mut lines = vec![
            field(
                &t.get("tui-library-new-title-field"),
                &self.title,
                NewCourseField::Title,
            ),
            field(
                &t.get("tui-library-new-slug-field"),
                &self.slug,
                NewCourseField::Slug,
            ),
            Line::raw(""),
        ];
        match (&self.error, self.pending) {
            (_, true) => lines.push(Line::styled(t.get("tui-library-new-creating"), theme.dim)),
            (Some(e), false) => lines.push(Line::styled(e.text(t), theme.error)),
            (None, false) => lines.push(Line::styled(t.get("tui-library-new-keys"), theme.key)),
        }
        let height = (lines.len() as u16 + 2).min(area.height);
        let width = area.width.saturating_sub(8).min(64);
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
            .title(Span::styled(t.get("tui-library-new-dialog"), theme.title));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(block),
            rect,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(d: &mut NewCourseDialog, text: &str) {
        for c in text.chars() {
            d.key(KeyEvent::from(KeyCode::Char(c)));
        }
    }

    #[test]
    fn slug_follows_the_title_folded_and_unique_until_edited() {
        let mut d = NewCourseDialog::new(vec!["excel-avancado".into()]);
        typed(&mut d, "Excel Avançado");
        assert_eq!(d.slug(), "excel-avancado-2");
        d.key(KeyEvent::from(KeyCode::Tab));
        d.key(KeyEvent::from(KeyCode::Backspace));
        typed(&mut d, "9");
        d.key(KeyEvent::from(KeyCode::Tab));
        typed(&mut d, " Já");
        assert_eq!(d.slug(), "excel-avancado-9", "an edited slug stays");
    }

    #[test]
    fn enter_refuses_a_bad_or_taken_slug_and_submits_a_good_one() {
        let mut d = NewCourseDialog::new(vec!["planilhas".into()]);
        typed(&mut d, "Planilhas");
        d.key(KeyEvent::from(KeyCode::Enter));
        d.key(KeyEvent::from(KeyCode::Backspace));
        d.key(KeyEvent::from(KeyCode::Backspace));
        assert_eq!(d.slug(), "planilhas");
        assert!(matches!(
            d.key(KeyEvent::from(KeyCode::Enter)),
            DialogOutcome::Open
        ));
        assert!(d.error().unwrap().contains("exists"));
        typed(&mut d, "_X");
        assert!(matches!(
            d.key(KeyEvent::from(KeyCode::Enter)),
            DialogOutcome::Open
        ));
        assert!(d.error().is_some(), "not kebab-case");
        for _ in 0..2 {
            d.key(KeyEvent::from(KeyCode::Backspace));
        }
        typed(&mut d, "-do-zero");
        assert!(matches!(
            d.key(KeyEvent::from(KeyCode::Enter)),
            DialogOutcome::Submit(Effect::Storage(StorageRequest::CreateCourse { .. }))
        ));
    }
}
