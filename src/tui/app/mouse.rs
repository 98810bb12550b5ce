//! Mouse input: the wheel scrolls (it moves the current screen's selection or text as its
//! down/up keys would) and a left click selects the row under it (library, curriculum tree,
//! review, search results, a lesson's issues) or focuses the pane under it. Clicks are mapped
//! with the same layout functions render uses. Over the help, the wheel scrolls it. Must not
//! do I/O.

use crossterm::event::{KeyCode, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::effect::StorageRequest;
use crate::tui::screens::{
    AnalyticsAction, AnalyticsCommand, ConflictsAction, ConflictsCommand, CourseAction,
    CourseCommand, EditorAction, HistoryAction, HistoryCommand, LessonAction, LessonCommand,
    LibraryAction, LibraryCommand, MessagesAction, MessagesCommand, PersonasAction,
    PersonasCommand, ReviewAction, ReviewCommand, SearchAction, SearchCommand,
};

use super::generation::MainView;
use super::{App, MIN_HEIGHT, MIN_WIDTH, frame_areas};

impl App {
    pub(super) fn handle_mouse(&mut self, mouse: MouseEvent) -> Vec<StorageRequest> {
        if self.help.is_some() {
            return match mouse.kind {
                MouseEventKind::ScrollDown => self.scroll_help(true),
                MouseEventKind::ScrollUp => self.scroll_help(false),
                _ => Vec::new(),
            };
        }
        if self.palette.is_some() {
            return Vec::new();
        }
        let down = match mouse.kind {
            MouseEventKind::ScrollDown => true,
            MouseEventKind::ScrollUp => false,
            MouseEventKind::Down(MouseButton::Left) => {
                return self.click(Position::new(mouse.column, mouse.row));
            }
            _ => return Vec::new(),
        };
        let action = match self.screen() {
            Screen::Library(_) => ScreenAction::Library(LibraryAction::Command(if down {
                LibraryCommand::Down
            } else {
                LibraryCommand::Up
            })),
            Screen::Course(_) => ScreenAction::Course(CourseAction::Command(if down {
                CourseCommand::Down
            } else {
                CourseCommand::Up
            })),
            Screen::Lesson(_) => ScreenAction::Lesson(LessonAction::Command(if down {
                LessonCommand::Down
            } else {
                LessonCommand::Up
            })),
            Screen::Review(_) => ScreenAction::Review(ReviewAction::Command(if down {
                ReviewCommand::Down
            } else {
                ReviewCommand::Up
            })),
            Screen::Search(_) => ScreenAction::Search(SearchAction::Command(if down {
                SearchCommand::Down
            } else {
                SearchCommand::Up
            })),
            // The wheel moves the editor's cursor a line, which scrolls the text with it.
            Screen::Editor(_) => {
                let code = if down { KeyCode::Down } else { KeyCode::Up };
                let key =
                    crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
                ScreenAction::Editor(EditorAction::Input(key))
            }
            Screen::History(_) => ScreenAction::History(HistoryAction::Command(if down {
                HistoryCommand::Down
            } else {
                HistoryCommand::Up
            })),
            Screen::Messages(_) => ScreenAction::Messages(MessagesAction::Command(if down {
                MessagesCommand::Down
            } else {
                MessagesCommand::Up
            })),
            Screen::Personas(_) => ScreenAction::Personas(PersonasAction::Command(if down {
                PersonasCommand::Down
            } else {
                PersonasCommand::Up
            })),
            Screen::Conflicts(_) => ScreenAction::Conflicts(ConflictsAction::Command(if down {
                ConflictsCommand::Down
            } else {
                ConflictsCommand::Up
            })),
            Screen::Analytics(_) => ScreenAction::Analytics(AnalyticsAction::Command(if down {
                AnalyticsCommand::Down
            } else {
                AnalyticsCommand::Up
            })),
        };
        self.dispatch(action)
    }

    fn click(&mut self, at: Position) -> Vec<StorageRequest> {
        // The jobs panel and its dialogs lie over the screen: a click must not reach below.
        if self.jobs.captures_keys() {
            return Vec::new();
        }
        let (width, height) = self.size;
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Vec::new();
        }
        let [_, main, _] = frame_areas(Rect::new(0, 0, width, height));
        let MainView::Screen { screen, .. } = self.main_view(main) else {
            return Vec::new();
        };
        match self.screen().click(at, screen) {
            Some(action) => self.dispatch(action),
            None => Vec::new(),
        }
    }
}
