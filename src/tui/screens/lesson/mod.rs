//! `LessonScreen`: a lesson's Markdown with line numbers and issue markers in the gutter, and
//! a side panel with G/P/S presence, the seven Didática elements and the issue list. `Enter`
//! on an issue scrolls to and highlights its lines, `]`/`[` jump to the next/previous issue,
//! `w` wraps long lines.
//!
//! The text is sanitised once when the screen opens (control characters become visible
//! placeholders), so render only reads. Must not do I/O or depend on other screens.

mod jump;
mod panel;
pub mod reload;
pub mod view;

use crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use serde::Deserialize;

use crate::domain::issue::Severity;
use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::effect::{Effect, LessonTarget, OpenLesson};
use crate::tui::message::history::HistoryTarget;
use crate::tui::text::highlight::{Highlighted, content_hash};
use crate::tui::text::sanitize::{sanitized, sanitized_lines};

use crate::tui::message::target::EditorTarget;
use crate::tui::screens::lesson::view::TextGeometry;
use crate::tui::widgets::lesson_facts::LessonFacts;
use jump::issue_range;

/// What a key can ask of the lesson screen (names as in `[lesson]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LessonCommand {
    OpenIssue,
    NextIssue,
    PreviousIssue,
    Wrap,
    SwitchPane,
    FocusLeft,
    FocusRight,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Open this lesson in the lesson editor.
    EditLesson,
    /// Open this lesson's history.
    History,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LessonAction {
    Command(LessonCommand),
    /// The text's highlighting arrived (computed off the draw loop).
    Highlighted(Highlighted),
    /// Select this issue of the side panel and focus the panel (a mouse click).
    SelectIssue(usize),
    /// The screen is drawn over this area now (sent when it opens and on every resize).
    Resized(Rect),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LessonPane {
    #[default]
    Text,
    Issues,
}

/// Lines a page key scrolls.
const PAGE: usize = 20;
/// Lines of context kept above an issue when jumping to it.
const CONTEXT_ABOVE: usize = 3;

#[derive(Debug, Clone)]
pub struct LessonScreen {
    course_slug: String,
    pub(super) course_title: String,
    pub(super) facts: LessonFacts,
    pub(super) lines: Vec<String>,
    /// Worst severity of the issues touching each line (gutter marker).
    pub(super) markers: Vec<Option<Severity>>,
    pub(super) scroll: usize,
    pub(super) wrap: bool,
    pub(super) focus: LessonPane,
    pub(super) selected_issue: usize,
    /// 0-based inclusive line range of the opened issue.
    pub(super) highlighted: Option<(usize, usize)>,
    /// An issue has been opened at least once (so `]` moves on from the selection).
    jumped: bool,
    /// The text has not been scrolled since the last jump, so the view is placed again
    /// when the wrapping or the size changes.
    view_at_jump: bool,
    /// The text pane's size, once the app has said where the screen is drawn.
    view: Option<TextGeometry>,
    /// Key of the text's highlighting in the app's cache.
    pub(super) hash: u64,
    /// Syntax highlighting, once it has arrived; plain text until then.
    pub(super) syntax: Option<Highlighted>,
    /// The language of the notifications `update` writes (English until the app says).
    pub(super) texts: Texts,
}

impl LessonScreen {
    pub fn new(open: OpenLesson) -> LessonScreen {
        let mut facts = LessonFacts::new(&open.lesson);
        // Document order here: `]` walks down the text.
        facts
            .issues
            .sort_by_key(|i| (i.line_start.unwrap_or(u32::MAX), i.severity));
        let text = open.lesson.record.content_markdown.as_deref().unwrap_or("");
        let lines = sanitized_lines(text);
        let mut markers = vec![None; lines.len()];
        for issue in &facts.issues {
            if let Some((start, end)) = issue_range(issue, lines.len()) {
                for marker in &mut markers[start..=end] {
                    // Severity orders Error < Warning < Info: keep the most serious.
                    *marker =
                        Some(marker.map_or(issue.severity, |m: Severity| m.min(issue.severity)));
                }
            }
        }
        let hash = content_hash(&lines);
        let mut screen = LessonScreen {
            course_slug: open.course_slug,
            course_title: sanitized(&open.course_title),
            facts,
            lines,
            markers,
            scroll: 0,
            wrap: false,
            focus: LessonPane::Text,
            selected_issue: 0,
            highlighted: None,
            jumped: false,
            view_at_jump: false,
            view: None,
            hash,
            syntax: None,
            texts: Texts::new(Lang::En),
        };
        screen.go_to(&open.at);
        screen
    }

    /// Puts the reader where the screen was opened for: an issue (selected, scrolled to and
    /// highlighted) or the first line containing one of a search's terms.
    fn go_to(&mut self, at: &LessonTarget) {
        match at {
            LessonTarget::Top => {}
            LessonTarget::Issue { code, line } => {
                let same_code = |i: &&crate::domain::issue::Issue| i.code == *code;
                let found = self
                    .facts
                    .issues
                    .iter()
                    .position(|i| same_code(&i) && i.line_start == *line)
                    .or_else(|| self.facts.issues.iter().position(|i| same_code(&i)));
                if let Some(index) = found {
                    self.selected_issue = index;
                    // A whole-lesson issue has no line to show; its detail is in the panel.
                    let _ = self.open_issue();
                }
            }
            LessonTarget::Line(line) => {
                let at = (*line as usize).saturating_sub(1);
                if at < self.lines.len() {
                    self.highlighted = Some((at, at));
                    self.view_at_jump = true;
                    self.place_jump();
                }
            }
            LessonTarget::Terms(terms) => {
                let terms: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
                let hit = self.lines.iter().position(|line| {
                    let line = line.to_lowercase();
                    terms
                        .iter()
                        .any(|t| !t.is_empty() && line.contains(t.as_str()))
                });
                if let Some(i) = hit {
                    self.highlighted = Some((i, i));
                    self.view_at_jump = true;
                    self.place_jump();
                }
            }
        }
    }

    /// This screen speaking `texts`' language in what `update` writes.
    pub fn with_texts(mut self, texts: Texts) -> LessonScreen {
        self.texts = texts;
        self
    }

    pub fn title(&self) -> String {
        format!("{} {}", self.facts.lesson_id, self.facts.title)
    }

    pub fn lesson_id(&self) -> &str {
        &self.facts.lesson_id
    }

    /// The slug of the course the lesson belongs to.
    pub fn course_slug(&self) -> &str {
        &self.course_slug
    }

    pub fn course_title(&self) -> &str {
        &self.course_title
    }

    pub fn scroll(&self) -> usize {
        self.scroll
    }

    pub fn highlighted_lines(&self) -> Option<(usize, usize)> {
        self.highlighted.map(|(s, e)| (s + 1, e + 1))
    }

    /// Position of the selected issue in the side panel (document order).
    pub fn selected_issue(&self) -> usize {
        self.selected_issue
    }

    pub fn selected_issue_code(&self) -> Option<&str> {
        self.facts
            .issues
            .get(self.selected_issue)
            .map(|i| i.code.as_str())
    }

    pub fn content_hash(&self) -> u64 {
        self.hash
    }

    /// The lines to highlight, for the background task.
    pub fn text_lines(&self) -> &[String] {
        &self.lines
    }

    pub fn is_highlighted(&self) -> bool {
        self.syntax.is_some()
    }

    pub fn wraps(&self) -> bool {
        self.wrap
    }

    pub fn focus(&self) -> LessonPane {
        self.focus
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<LessonCommand>,
    ) -> Option<LessonAction> {
        keys.action_for(key).map(LessonAction::Command)
    }

    pub fn update(&mut self, action: LessonAction) -> Option<Effect> {
        let command = match action {
            LessonAction::Command(command) => command,
            LessonAction::Highlighted(lines) => {
                // Only highlighting of this very text (same line count) is taken.
                if lines.len() == self.lines.len() {
                    self.syntax = Some(lines);
                }
                return None;
            }
            LessonAction::SelectIssue(index) => {
                if index < self.facts.issues.len() {
                    self.selected_issue = index;
                    self.focus = LessonPane::Issues;
                }
                return None;
            }
            LessonAction::Resized(area) => {
                self.view = Some(TextGeometry::of_screen(
                    area,
                    self.lines.len(),
                    self.detail_rows(area.width),
                ));
                self.place_jump();
                return None;
            }
        };
        let issues = self.facts.issues.len();
        match command {
            LessonCommand::OpenIssue => return self.open_issue(),
            LessonCommand::NextIssue if issues > 0 => {
                // The first jump goes to the selected (initially the first) issue itself.
                if self.highlighted.is_some() || self.jumped {
                    self.selected_issue = (self.selected_issue + 1) % issues;
                }
                return self.open_issue();
            }
            LessonCommand::PreviousIssue if issues > 0 => {
                self.selected_issue = (self.selected_issue + issues - 1) % issues;
                return self.open_issue();
            }
            LessonCommand::NextIssue | LessonCommand::PreviousIssue => {
                return Some(Effect::Notify(
                    self.texts.get("tui-lesson-no-issues-notice"),
                ));
            }
            LessonCommand::Wrap => {
                self.wrap = !self.wrap;
                self.place_jump();
            }
            LessonCommand::SwitchPane => {
                self.focus = match self.focus {
                    LessonPane::Text => LessonPane::Issues,
                    LessonPane::Issues => LessonPane::Text,
                }
            }
            LessonCommand::FocusLeft => self.focus = LessonPane::Text,
            LessonCommand::FocusRight => self.focus = LessonPane::Issues,
            LessonCommand::Down => self.step(1),
            LessonCommand::Up => self.step(-1),
            LessonCommand::PageDown => self.step(PAGE as isize),
            LessonCommand::PageUp => self.step(-(PAGE as isize)),
            LessonCommand::Top => self.step(isize::MIN / 2),
            LessonCommand::Bottom => self.step(isize::MAX / 2),
            LessonCommand::EditLesson => {
                return Some(Effect::OpenEditor(EditorTarget::Lesson {
                    slug: self.course_slug.clone(),
                    lesson_id: self.facts.lesson_id.clone(),
                }));
            }
            LessonCommand::History => {
                let target = HistoryTarget::new(&self.course_slug, &self.facts.lesson_id);
                return Some(Effect::OpenHistory(target));
            }
        }
        None
    }

    fn step(&mut self, delta: isize) {
        self.view_at_jump &= self.focus != LessonPane::Text;
        let (value, len) = match self.focus {
            LessonPane::Text => (&mut self.scroll, self.lines.len()),
            LessonPane::Issues => (&mut self.selected_issue, self.facts.issues.len()),
        };
        let last = len.saturating_sub(1) as isize;
        *value = (*value as isize).saturating_add(delta).clamp(0, last) as usize;
    }

    fn open_issue(&mut self) -> Option<Effect> {
        self.jumped = true;
        let issue = self.facts.issues.get(self.selected_issue)?;
        match issue_range(issue, self.lines.len()) {
            Some((start, end)) => {
                self.highlighted = Some((start, end));
                self.view_at_jump = true;
                self.place_jump();
                None
            }
            None => {
                self.highlighted = None;
                let t = self.texts;
                Some(Effect::Notify(tr!(
                    t,
                    "tui-lesson-whole-lesson",
                    code = issue.code.clone(),
                    message = t.issue_message(issue).into_owned()
                )))
            }
        }
    }
}
