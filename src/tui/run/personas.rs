//! The storage worker's personas jobs: the list the personas screen shows
//! (`services::list_personas`) and giving a course its voice (`services::assign_persona`),
//! one transaction each. Goes through `services` only; must not depend on screens.

use crate::services;
use crate::storage::Store;

use crate::tui::message::event::StorageEvent;

/// Every persona, with the courses in their voice.
pub fn load(store: &Store) -> StorageEvent {
    StorageEvent::PersonasLoaded(services::list_personas(store).map_err(|e| e.to_string()))
}

/// Makes `persona` the voice of `course`, or takes it off (`None`).
pub fn assign(store: &mut Store, course: String, persona: Option<String>) -> StorageEvent {
    let result =
        services::assign_persona(store, &course, persona.as_deref()).map_err(|e| e.to_string());
    StorageEvent::PersonaAssigned {
        course,
        persona,
        result,
    }
}
