//! `App`: the navigation stack of screens (library at the bottom), the help overlay and the
//! notification line. Turns events into screen actions, applies navigation effects itself and
//! hands storage requests back to the runtime; renders the frame from a shared borrow.
//!
//! Pure side: may import `screens`, `keys`, `message`, `text`, `widgets` and `theme`; must not
//! import `run/` (the I/O side imports `App`, never the reverse), do I/O, or know the screens'
//! internals beyond their public API. Nothing but `run/` imports from here.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

mod analytics;
mod answers;
mod conflicts;
mod frame;
mod help;
mod history;
pub mod keymap;
mod messages;
mod mouse;
mod outside;
pub mod palette;
mod palette_entries;
mod paste;
mod personas;
mod quit;
mod refresh;
pub mod screen;
mod status;
mod sync;
mod watch;

use crate::tui::app::keymap::Keymap;
use crate::tui::app::palette::{Palette, PaletteCommand, PaletteOutcome};
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::action::GlobalAction;
use crate::tui::message::effect::{Effect, StorageRequest};
use crate::tui::message::event::AppEvent;
use crate::tui::message::jobs::GenerationSettings;
use crate::tui::screens::JobsPanel;
use crate::tui::screens::{
    EditorAction, LessonScreen, LibraryScreen, ReviewScreen, SearchAction, SearchScreen,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::StatusBar;

/// Generation (jobs panel, dialogs, streaming lessons): `app/generation.rs`.
mod generation;

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
    /// The `?` help is open, scrolled this many rows.
    help: Option<u16>,
    /// The `:` command palette, over the current screen.
    palette: Option<Palette>,
    notification: Option<Notification>,
    quit: bool,
    /// Quitting was asked while text is unsaved or a generation runs: the next key answers.
    confirm_quit: bool,
    /// The database's `data_version` last seen, and ticks since it was asked (`outside.rs`).
    data_version: Option<i64>,
    ticks: u64,
    dirty: bool,
    /// The terminal's size (columns, rows), from resize events; mouse clicks need it.
    size: (u16, u16),
    /// Lessons' syntax highlighting by content hash, so reopening one costs nothing.
    syntax_cache: SyntaxCache,
    /// Generation runs, their panel and dialogs.
    jobs: JobsPanel,
    /// Courses written since their screens last loaded them (`refresh.rs`).
    stale: Vec<String>,
    /// The course the last bulk action of this session changed (`u` on the library).
    undoable: Option<String>,
    /// The first course the last import warned about (`m` on the library opens it).
    import_warned: Option<String>,
    /// Editors opened on a conflict's merged text: saving one resolves it (`conflicts.rs`).
    merging: Vec<conflicts::Merge>,
    /// The status bar's sync line, when sync is configured (`status.rs`).
    sync: status::SyncLine,
    /// The open conflicts' (course, target) pairs, for badges (`sync.rs`).
    conflict_marks: Vec<(String, String)>,
}

impl App {
    pub fn new(keymap: Keymap, theme: Theme, db_label: String) -> App {
        let texts = theme.texts;
        App {
            keymap,
            theme,
            db_label,
            library: Screen::Library(LibraryScreen::new().with_texts(texts)),
            stack: Vec::new(),
            help: None,
            palette: None,
            notification: None,
            quit: false,
            confirm_quit: false,
            data_version: None,
            ticks: 0,
            dirty: true,
            size: (80, 24),
            syntax_cache: std::collections::HashMap::new(),
            jobs: JobsPanel::new(GenerationSettings::offline(), texts),
            stale: Vec::new(),
            undoable: None,
            import_warned: None,
            merging: Vec::new(),
            sync: status::SyncLine::default(),
            conflict_marks: Vec::new(),
        }
    }

    /// What to load before the first key.
    pub fn start(&mut self) -> Vec<StorageRequest> {
        self.jobs.find_unfinished();
        let mut requests = vec![
            StorageRequest::LoadCourses,
            StorageRequest::LoadConflictMarks,
        ];
        requests.extend(self.sync_status_request());
        requests
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
        self.help.is_some()
    }

    pub fn palette(&self) -> Option<&Palette> {
        self.palette.as_ref()
    }

    pub fn notification(&self) -> Option<&str> {
        self.notification.as_ref().map(|n| n.text.as_str())
    }

    pub fn handle_event(&mut self, event: AppEvent) -> Vec<StorageRequest> {
        match event {
            AppEvent::Terminal(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                self.handle_key(key)
            }
            AppEvent::Terminal(Event::Resize(columns, rows)) => {
                self.size = (columns, rows);
                self.dirty = true;
                self.fit_lessons();
                Vec::new()
            }
            // An editor with unsaved text writes its draft when the window loses focus.
            AppEvent::Terminal(Event::FocusLost)
                if matches!(self.stack.last(), Some(Screen::Editor(_))) =>
            {
                self.dispatch(ScreenAction::Editor(EditorAction::FocusLost))
            }
            AppEvent::Terminal(Event::Mouse(mouse)) => self.handle_mouse(mouse),
            AppEvent::Terminal(Event::Paste(text)) => self.paste(&text),
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
                self.jobs_tick();
                let mut requests = self.poll_outside();
                if matches!(self.stack.last(), Some(Screen::Editor(_))) {
                    requests.extend(self.dispatch(ScreenAction::Editor(EditorAction::Tick)));
                }
                // The search screen sends what was typed since the last tick (debounce).
                if matches!(self.screen(), Screen::Search(_)) {
                    requests.extend(self.dispatch(ScreenAction::Search(SearchAction::Tick)));
                }
                requests
            }
            AppEvent::Storage(answer) => self.storage_answered(answer),
            AppEvent::Generation(event) => self.generation_event(event),
            AppEvent::Sync(event) => self.sync_event(event),
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
        if self.confirm_quit {
            return self.confirm_quit_key(&key);
        }
        let global = self.keymap.global().action_for(&key);
        if self.help.is_some() {
            return self.help_key(&key, global);
        }
        if let Some(palette) = &mut self.palette {
            let Some(edit) = palette.handle_key(&key) else {
                return Vec::new();
            };
            return match palette.update(edit) {
                PaletteOutcome::Stay => Vec::new(),
                PaletteOutcome::Close => {
                    self.palette = None;
                    Vec::new()
                }
                PaletteOutcome::Run(command) => {
                    self.palette = None;
                    match command {
                        PaletteCommand::Screen(action) => self.dispatch(action),
                        PaletteCommand::Global(action) => self.global(action),
                    }
                }
            };
        }
        // Ctrl-f and the like work even while a screen takes text, except in the editors,
        // which bind their own control keys (Ctrl-s save, Ctrl-f find, Ctrl-o hand-off).
        let control = key.modifiers.contains(KeyModifiers::CONTROL);
        let editing = matches!(self.screen(), Screen::Editor(_));
        if control
            && !editing
            && let Some(action) = global
        {
            return self.global(action);
        }
        // In the editors `?` types; the help is F1 (or Ctrl-h where the terminal sends it).
        if editing
            && global == Some(GlobalAction::Help)
            && !crate::tui::keys::chord::is_typing(&key)
        {
            return self.global(GlobalAction::Help);
        }
        if self.jobs.captures_keys() {
            return self.jobs_key(&key, global);
        }
        // The live text is not the lesson screen: only the global keys act there.
        if self.watching() {
            return global.map_or_else(Vec::new, |action| self.global(action));
        }
        if let Some(action) = self.screen().handle_key(&key, &self.keymap) {
            return self.dispatch(action);
        }
        if self.screen().takes_text() {
            return Vec::new();
        }
        // Esc on the library does nothing (a filter it clears is handled above): leaving the
        // program takes `q` or `Q`, never the key that backs out of everything else.
        if global == Some(GlobalAction::Back) && self.stack.is_empty() && key.code == KeyCode::Esc {
            return Vec::new();
        }
        global.map_or_else(Vec::new, |action| self.global(action))
    }

    /// Carries out a global action, from its key, the palette or a screen's effect.
    pub fn global(&mut self, action: GlobalAction) -> Vec<StorageRequest> {
        self.dirty = true;
        match action {
            GlobalAction::Quit => return self.request_quit(),
            GlobalAction::Help => self.help = Some(0),
            GlobalAction::Back => return self.back(),
            GlobalAction::Search => {
                if !matches!(self.screen(), Screen::Search(_)) {
                    self.stack.push(Screen::Search(
                        SearchScreen::new().with_texts(self.theme.texts),
                    ));
                }
            }
            GlobalAction::Palette => self.palette = Some(Palette::new(self.palette_entries())),
            GlobalAction::WhereIsMyData => self.notify(self.your_data(), false),
            GlobalAction::Jobs => {
                return self.jobs_update(crate::tui::screens::PanelAction::Toggle);
            }
            GlobalAction::SyncNow => return self.sync_now(),
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
            Effect::OpenCourse(slug) => self.open_course(slug),
            Effect::OpenLesson(open) => self.open_lesson(LessonScreen::new(*open)),
            Effect::OpenReview(scope) => {
                self.stack.push(Screen::Review(
                    ReviewScreen::new(scope.clone()).with_texts(self.theme.texts),
                ));
                vec![StorageRequest::LoadReview(scope)]
            }
            Effect::Global(action) => self.global(action),
            Effect::Notify(text) => {
                self.notify(text, false);
                Vec::new()
            }
            Effect::OpenEditor(target) => self.open_editor(target),
            // What the editor saved was reloaded when the save answered (`refresh.rs`).
            Effect::Close(message) => {
                self.pop_screen();
                if let Some(text) = message {
                    self.notify(text, false);
                }
                Vec::new()
            }
            Effect::Jobs(intent) => self.jobs_intent(intent),
            Effect::OpenHistory(target) => self.open_history(target),
            Effect::Undo(selected) => self.undo(selected),
            Effect::OpenMessages { slug, from_library } => self.open_messages(slug, from_library),
            Effect::OpenPersonas(course) => self.open_personas(course),
            e @ (Effect::OpenConflicts(_) | Effect::OpenMerged { .. }) => self.conflicts_effect(e),
            e @ (Effect::OpenAnalytics(_) | Effect::OpenReviewCode { .. }) => self.analytics(e),
        }
    }

    pub fn render(&self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            frame::render_too_small(frame, area, &self.theme);
            return;
        }
        let [top, main, status] = frame_areas(area);
        self.render_breadcrumb(frame, top);
        self.render_main(frame, main);
        let hints = self.status_hints();
        StatusBar {
            hints: &hints,
            db_label: &self.db_label,
            sync: self.sync_line(),
            notification: self
                .notification
                .as_ref()
                .map(|n| (n.text.as_str(), n.is_error)),
        }
        .render(frame, status, &self.theme);
        self.render_jobs(frame, main);
        self.render_help(frame, area);
        if let Some(palette) = &self.palette {
            palette.render(frame, main, &self.theme);
        }
    }
}

/// Highlighted lesson texts by content hash.
type SyntaxCache = std::collections::HashMap<u64, crate::tui::text::highlight::Highlighted>;

/// Breadcrumb, main area, status bar: render draws them, mouse clicks are mapped with them.
fn frame_areas(area: Rect) -> [Rect; 3] {
    area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ]))
}
