//! The storage worker's personas jobs: the list the personas screen shows
//! (`services::list_personas`) and giving a course its voice (`services::assign_persona`),
//! one transaction each. Goes through `services` only; must not depend on screens.

use crate::i18n::Texts;
use crate::services;
use crate::services::say;
use crate::storage::Store;

use crate::tui::message::event::StorageEvent;

/// Every persona, with the courses in their voice.
pub fn load(store: &Store, t: Texts) -> StorageEvent {
    StorageEvent::PersonasLoaded(services::list_personas(store).map_err(|e| say(t, &e)))
}

/// Makes `persona` the voice of `course`, or takes it off (`None`).
pub fn assign(
    store: &mut Store,
    t: Texts,
    course: String,
    persona: Option<String>,
) -> StorageEvent {
    let result =
        services::assign_persona(store, &course, persona.as_deref()).map_err(|e| say(t, &e));
    StorageEvent::PersonaAssigned {
        course,
        persona,
        result,
    }
}
