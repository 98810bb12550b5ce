//! Mouse input: the wheel scrolls (it moves the current screen's selection or text as its
//! down/up keys would) and a left click on a library row selects it. Must not do I/O.

use crossterm::event::{KeyCode, MouseButton, MouseEvent, MouseEventKind};

use crate::tui::effect::StorageRequest;
use crate::tui::screens::{
    CourseAction, CourseCommand, EditorAction, LessonAction, LessonCommand, LibraryAction,
    LibraryCommand, ReviewAction, ReviewCommand, Screen, ScreenAction, SearchAction, SearchCommand,
};

use super::App;

impl App {
    pub(super) fn handle_mouse(&mut self, mouse: MouseEvent) -> Vec<StorageRequest> {
        if self.help || self.palette.is_some() {
            return Vec::new();
        }
        let down = match mouse.kind {
            MouseEventKind::ScrollDown => true,
            MouseEventKind::ScrollUp => false,
            MouseEventKind::Down(MouseButton::Left) => {
                // Row 0 is the breadcrumb; the library maps the rest to its table itself.
                let Screen::Library(library) = self.screen() else {
                    return Vec::new();
                };
                // The main area is the terminal less the breadcrumb and the status bar.
                let height = self.size.1.saturating_sub(2);
                let Some(row) = mouse.row.checked_sub(1) else {
                    return Vec::new();
                };
                let Some(action) = library.click(row, height) else {
                    return Vec::new();
                };
                return self.dispatch(ScreenAction::Library(action));
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
        };
        self.dispatch(action)
    }
}
