//! The app's side of the personas screen: opens it from the library (`P`, browsing) or a
//! course (`p`, picking that course's voice), hands it the worker's list, and after an
//! assignment says so in the status line and reloads the personas, the course and the
//! library rows (`refresh.rs`). Pure side, like the rest of `app/`.

use crate::services::PersonaEntry;
use crate::tr;
use crate::tui::app::App;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::effect::StorageRequest;
use crate::tui::screens::{PersonasAction, PersonasScreen};

impl App {
    /// Browsing (`None`) or picking the persona of `course`.
    pub(super) fn open_personas(&mut self, course: Option<String>) -> Vec<StorageRequest> {
        let screen = match course {
            Some(slug) => PersonasScreen::for_course(slug),
            None => PersonasScreen::browse(),
        }
        .with_texts(self.theme.texts);
        self.stack.push(Screen::Personas(screen));
        vec![StorageRequest::LoadPersonas]
    }

    /// The list goes to every open personas screen (browsing and picking show the same rows).
    pub(super) fn personas_loaded(&mut self, result: Result<Vec<PersonaEntry>, String>) {
        for screen in &mut self.stack {
            if matches!(screen, Screen::Personas(_)) {
                let action = PersonasAction::Loaded(result.clone());
                screen.update(ScreenAction::Personas(action));
            }
        }
    }

    /// An assignment answered: the status line says what happened; on success the personas
    /// (their course lists changed) and every screen of the course load again.
    pub(super) fn persona_assigned(
        &mut self,
        course: &str,
        persona: Option<&str>,
        result: Result<(), String>,
    ) -> Vec<StorageRequest> {
        let t = self.theme.texts;
        match (result, persona) {
            (Ok(()), Some(persona)) => {
                let text = tr!(t, "tui-app-persona-set", course = course, persona = persona);
                self.notify(text, false);
            }
            (Ok(()), None) => {
                self.notify(tr!(t, "tui-app-persona-cleared", course = course), false)
            }
            (Err(e), _) => {
                let text = tr!(t, "tui-app-persona-failed", course = course, error = e);
                self.notify(text, true);
                return Vec::new();
            }
        }
        let mut requests = self.written(course);
        requests.push(StorageRequest::LoadPersonas);
        requests
    }
}
