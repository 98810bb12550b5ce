//! `App`: the navigation stack of screens (library at the bottom), the help overlay and the
//! notification line. Turns events into screen actions, applies navigation effects itself and
//! hands storage requests back to the runtime; renders the frame from a shared borrow.
//!
//! Must not do I/O (the runtime does) and must not know the screens' internals beyond their
//! public API.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::action::GlobalAction;
use super::effect::{Effect, StorageRequest};
use super::event::{AppEvent, StorageEvent};
use super::keymap::Keymap;
use super::screens::{
    CourseAction, CourseScreen, EditorAction, EditorScreen, LessonScreen, LibraryAction,
    LibraryScreen, Screen, ScreenAction,
};
use super::theme::Theme;
use super::widgets::{HelpOverlay, StatusBar};

/// Smallest terminal the layout is designed for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// Ticks (of the runtime's 250 ms) a notification stays up.
const NOTIFICATION_TICKS: u16 = 16;

#[derive(Debug, Clone)]
struct Notification {
    text: String,
    is_error: bool,
    ticks_left: u16,
}

pub struct App {
    keymap: Keymap,
    theme: Theme,
    db_label: String,
    /// The start screen, always under the others.
    library: Screen,
    /// Screens opened from the library, innermost last.
    stack: Vec<Screen>,
    help: bool,
    notification: Option<Notification>,
    quit: bool,
    dirty: bool,
}

impl App {
    pub fn new(keymap: Keymap, theme: Theme, db_label: String) -> App {
        App {
            keymap,
            theme,
            db_label,
            library: Screen::Library(LibraryScreen::new()),
            stack: Vec::new(),
            help: false,
            notification: None,
            quit: false,
            dirty: true,
        }
    }

    /// What to load before the first key.
    pub fn start(&mut self) -> Vec<StorageRequest> {
        vec![StorageRequest::LoadCourses]
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// True once after anything visible changed; the runtime draws only then.
    pub fn take_dirty(&mut self) -> bool {
        std::mem::take(&mut self.dirty)
    }

    pub fn screen(&self) -> &Screen {
        self.stack.last().unwrap_or(&self.library)
    }

    /// Screens open, the library included.
    pub fn depth(&self) -> usize {
        self.stack.len() + 1
    }

    pub fn help_open(&self) -> bool {
        self.help
    }

    pub fn notification(&self) -> Option<&str> {
        self.notification.as_ref().map(|n| n.text.as_str())
    }

    pub fn handle_event(&mut self, event: AppEvent) -> Vec<StorageRequest> {
        match event {
            AppEvent::Terminal(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                self.handle_key(key)
            }
            AppEvent::Terminal(Event::Resize(..)) => {
                self.dirty = true;
                Vec::new()
            }
            // An editor with unsaved text writes its draft when the window loses focus.
            AppEvent::Terminal(Event::FocusLost)
                if matches!(self.stack.last(), Some(Screen::Editor(_))) =>
            {
                self.dispatch(ScreenAction::Editor(EditorAction::FocusLost))
            }
            AppEvent::Terminal(_) => Vec::new(),
            AppEvent::Tick => {
                if let Some(n) = &mut self.notification {
                    n.ticks_left = n.ticks_left.saturating_sub(1);
                    if n.ticks_left == 0 {
                        self.notification = None;
                        self.dirty = true;
                    }
                }
                // Editors debounce analysis and write drafts on the tick.
                if matches!(self.stack.last(), Some(Screen::Editor(_))) {
                    return self.dispatch(ScreenAction::Editor(EditorAction::Tick));
                }
                Vec::new()
            }
            AppEvent::Storage(answer) => self.storage_answered(answer),
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Vec<StorageRequest> {
        self.dirty = true;
        // Raw mode swallows SIGINT; Ctrl-C must still get a person out.
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            self.quit = true;
            // A dirty editor's draft goes out first; the worker finishes it before exit.
            if matches!(self.stack.last(), Some(Screen::Editor(_))) {
                return self.dispatch(ScreenAction::Editor(EditorAction::Interrupted));
            }
            return Vec::new();
        }
        let global = self.keymap.global().action_for(&key);
        if self.help {
            match global {
                Some(GlobalAction::Quit) => self.quit = true,
                Some(_) => self.help = false,
                None if key.code == KeyCode::Char('q') => self.help = false,
                None => {}
            }
            return Vec::new();
        }
        if let Some(action) = self.screen().handle_key(&key, &self.keymap) {
            return self.dispatch(action);
        }
        if self.screen().takes_text() {
            return Vec::new();
        }
        match global {
            Some(GlobalAction::Quit) => self.quit = true,
            Some(GlobalAction::Help) => self.help = true,
            Some(GlobalAction::Back) => self.back(),
            None => {}
        }
        Vec::new()
    }

    /// Sends `action` to the top screen and carries out what it asks for.
    pub fn dispatch(&mut self, action: ScreenAction) -> Vec<StorageRequest> {
        self.dirty = true;
        let top = self.stack.last_mut().unwrap_or(&mut self.library);
        let effect = top.update(action);
        effect.map_or_else(Vec::new, |e| self.apply(e))
    }

    fn apply(&mut self, effect: Effect) -> Vec<StorageRequest> {
        match effect {
            Effect::Storage(request) => vec![request],
            Effect::OpenCourse(slug) => {
                self.stack
                    .push(Screen::Course(CourseScreen::new(slug.clone())));
                vec![StorageRequest::LoadCourse(slug)]
            }
            Effect::OpenLesson(open) => {
                self.stack.push(Screen::Lesson(LessonScreen::new(*open)));
                Vec::new()
            }
            Effect::Notify(text) => {
                self.notify(text, false);
                Vec::new()
            }
            Effect::OpenEditor(target) => {
                self.stack
                    .push(Screen::Editor(Box::new(EditorScreen::new(target.clone()))));
                vec![StorageRequest::Authoring(
                    super::authoring_worker::AuthoringRequest::Load(target),
                )]
            }
            Effect::Close(message) => {
                self.stack.pop();
                if let Some(text) = message {
                    self.notify(text, false);
                }
                // What the editor saved shows up below it: reload the course or library.
                match self.stack.last_mut() {
                    Some(Screen::Course(c)) => {
                        let slug = c.slug().to_string();
                        *c = CourseScreen::new(slug.clone());
                        vec![StorageRequest::LoadCourse(slug)]
                    }
                    _ => vec![StorageRequest::LoadCourses],
                }
            }
        }
    }

    fn notify(&mut self, text: String, is_error: bool) {
        self.notification = Some(Notification {
            text: super::sanitize::sanitized(&text),
            is_error,
            ticks_left: NOTIFICATION_TICKS,
        });
        self.dirty = true;
    }

    fn back(&mut self) {
        if self.stack.pop().is_none() {
            self.quit = true;
        }
    }

    fn storage_answered(&mut self, answer: StorageEvent) -> Vec<StorageRequest> {
        self.dirty = true;
        match answer {
            StorageEvent::CoursesLoaded(result) => {
                if let Err(e) = &result {
                    self.notify(format!("cannot load the library: {e}"), true);
                }
                let action = LibraryAction::CoursesLoaded(result);
                self.library.update(ScreenAction::Library(action));
            }
            StorageEvent::CourseLoaded { slug, result } => {
                if let Err(e) = &result {
                    self.notify(format!("cannot load course {slug}: {e}"), true);
                }
                // Only the screen that asked; it may have been closed meanwhile.
                let target =
                    self.stack.iter_mut().rev().find(
                        |s| matches!(s, Screen::Course(c) if c.slug() == slug && !c.is_loaded()),
                    );
                if let Some(screen) = target {
                    screen.update(ScreenAction::Course(CourseAction::CourseLoaded(result)));
                }
            }
            StorageEvent::SearchResults { .. } => {}
            // The library's dialog opens the new course's brief; the list shows it behind.
            StorageEvent::CourseCreated(result) => {
                let action = ScreenAction::Library(LibraryAction::CourseCreated(result));
                let mut requests = vec![StorageRequest::LoadCourses];
                if let Some(effect) = self.library.update(action) {
                    requests.extend(self.apply(effect));
                }
                return requests;
            }
            StorageEvent::Authoring(event) => return self.editor_answered(event),
        }
        Vec::new()
    }

    /// Hands an editor's answer to the editor it is for (it may have been closed meanwhile).
    fn editor_answered(
        &mut self,
        event: super::authoring_worker::AuthoringEvent,
    ) -> Vec<StorageRequest> {
        let target = event.target().clone();
        let Some(index) = self
            .stack
            .iter()
            .rposition(|s| matches!(s, Screen::Editor(e) if *e.target() == target))
        else {
            return Vec::new();
        };
        let effect = self.stack[index].update(ScreenAction::Editor(EditorAction::Answered(event)));
        let on_top = index + 1 == self.stack.len();
        match effect {
            Some(Effect::Close(_)) if !on_top => Vec::new(),
            Some(e) => self.apply(e),
            None => Vec::new(),
        }
    }

    pub fn render(&self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            render_too_small(frame, area, &self.theme);
            return;
        }
        let [top, main, status] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
        ]));
        self.render_breadcrumb(frame, top);
        self.screen().render(frame, main, &self.theme);
        let mut hints = self.screen().hints(&self.keymap);
        hints.extend(super::screens::global_hints(&self.keymap));
        StatusBar {
            hints: &hints,
            db_label: &self.db_label,
            notification: self
                .notification
                .as_ref()
                .map(|n| (n.text.as_str(), n.is_error)),
        }
        .render(frame, status, &self.theme);
        if self.help {
            let (name, keys) = self.screen().help(&self.keymap);
            let global = super::screens::global_help(&self.keymap);
            HelpOverlay {
                sections: vec![(name, keys), ("Everywhere", global)],
            }
            .render(frame, area, &self.theme);
        }
    }

    fn render_breadcrumb(&self, frame: &mut Frame, area: Rect) {
        let mut spans = vec![Span::styled(" Lectern", self.theme.title)];
        for screen in std::iter::once(&self.library).chain(&self.stack) {
            spans.push(Span::styled(" › ", self.theme.dim));
            spans.push(Span::raw(screen.title()));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.title),
        Line::raw(format!(
            "{}×{}, needs {MIN_WIDTH}×{MIN_HEIGHT}",
            area.width, area.height
        )),
        Line::styled("Enlarge the window, or Q to quit", theme.dim),
    ];
    let height = (text.len() as u16).min(area.height);
    let centered = area.centered_vertically(Constraint::Length(height));
    frame.render_widget(Paragraph::new(text).centered(), centered);
}
