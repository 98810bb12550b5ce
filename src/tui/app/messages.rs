//! The app's side of course messages (issue 13): opens the messages screen (from a course,
//! or from the library after an import that warned), hands it the worker's answer, and says
//! in the status line which course an import warned about, offering `m`. Pure side, like the
//! rest of `app/`.

use crate::tr;
use crate::tui::app::App;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::effect::StorageRequest;
use crate::tui::message::messages::MessageRow;
use crate::tui::screens::{MessagesAction, MessagesScreen};

impl App {
    /// `m`: the messages of `slug`; from the library, of the course the last import warned
    /// about first (the status line named it), else of the selected one.
    pub(super) fn open_messages(
        &mut self,
        slug: Option<String>,
        from_library: bool,
    ) -> Vec<StorageRequest> {
        let slug = if from_library {
            self.import_warned.clone().or(slug)
        } else {
            slug
        };
        let Some(slug) = slug else {
            self.notify(self.theme.texts.get("tui-app-no-course-selected"), false);
            return Vec::new();
        };
        let screen = MessagesScreen::new(slug).with_texts(self.theme.texts);
        let request = screen.load();
        self.stack.push(Screen::Messages(screen));
        vec![request]
    }

    /// The worker's messages of `slug` go to every messages screen of that course.
    pub(super) fn messages_loaded(&mut self, slug: &str, result: Result<Vec<MessageRow>, String>) {
        for screen in &mut self.stack {
            if matches!(screen, Screen::Messages(m) if m.slug() == slug) {
                let action = MessagesAction::Loaded(result.clone());
                screen.update(ScreenAction::Messages(action));
            }
        }
    }

    /// What the status line adds after an import: the first course it warned about, and
    /// that `m` shows its messages (`m` on the library opens them until the next import).
    pub(super) fn import_warned(&mut self, warned: &[String]) -> String {
        self.import_warned = warned.first().cloned();
        match warned {
            [] => String::new(),
            // The report names the one course it imported.
            [_] => self.theme.texts.get("tui-app-import-messages"),
            [first, rest @ ..] => tr!(
                self.theme.texts,
                "tui-app-import-messages-of",
                first = first.as_str(),
                n = rest.len()
            ),
        }
    }
}
