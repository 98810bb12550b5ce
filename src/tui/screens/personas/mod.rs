//! `PersonasScreen` (issue 19): the personas (MMOS minds) of the library — slug, name, kind,
//! the courses in their voice — with the selected one shown whole below the list, including
//! exactly the text lesson prompts carry for it. Opened from the library (`P`) it browses;
//! opened for a course (`p` on the course screen) it is a picker: `Enter` makes the selected
//! persona the course's voice, `x` takes the course's persona off. The rows come from the
//! storage worker (`services::list_personas`); what the screen asks for comes back as a
//! [`PersonasEffect`] the app turns into a worker call (`services::assign_persona`).
//!
//! Must not do I/O or depend on other screens.

pub mod view;

use crossterm::event::KeyEvent;
use serde::Deserialize;

use crate::i18n::{Lang, Texts};
use crate::services::PersonaEntry;
use crate::tui::keys::keymap::Bindings;
use crate::tui::text::sanitize::sanitized;

/// What a key can ask of the personas screen (names as in `[personas]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonasCommand {
    Assign,
    Unassign,
    Close,
    Down,
    Up,
    Top,
    Bottom,
}

#[derive(Debug, Clone)]
pub enum PersonasAction {
    Command(PersonasCommand),
    Loaded(Result<Vec<PersonaEntry>, String>),
}

/// What the screen asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonasEffect {
    /// `services::assign_persona(course, Some(persona))`, then reload this screen and the course.
    Assign {
        course: String,
        persona: String,
    },
    /// `services::assign_persona(course, None)`, then reload.
    Unassign {
        course: String,
    },
    Back,
    Notify(String),
}

#[derive(Debug, Clone)]
pub struct PersonasScreen {
    /// The course being given a voice; `None` when browsing from the library.
    pub(super) course: Option<String>,
    pub(super) rows: Option<Vec<PersonaEntry>>,
    pub(super) error: Option<String>,
    pub(super) selected: usize,
    /// The language of the notes the screen writes from `update` (English until
    /// [`PersonasScreen::with_texts`]).
    texts: Texts,
}

impl PersonasScreen {
    /// Browsing every persona (`P` from the library).
    pub fn browse() -> PersonasScreen {
        PersonasScreen {
            course: None,
            rows: None,
            error: None,
            selected: 0,
            texts: Texts::new(Lang::En),
        }
    }

    /// The screen writing its notes in `texts`' language.
    pub fn with_texts(mut self, texts: Texts) -> PersonasScreen {
        self.texts = texts;
        self
    }

    /// Picking the persona of `course` (`p` on the course screen).
    pub fn for_course(course: String) -> PersonasScreen {
        PersonasScreen {
            course: Some(course),
            ..PersonasScreen::browse()
        }
    }

    pub fn course(&self) -> Option<&str> {
        self.course.as_deref()
    }

    pub fn title(&self) -> String {
        self.title_in(Texts::new(Lang::En))
    }

    /// The breadcrumb's name in `t`'s language.
    pub fn title_in(&self, t: Texts) -> String {
        t.get("tui-personas-title")
    }

    pub fn rows(&self) -> Option<&[PersonaEntry]> {
        self.rows.as_deref()
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<PersonasCommand>,
    ) -> Option<PersonasAction> {
        keys.action_for(key).map(PersonasAction::Command)
    }

    pub fn update(&mut self, action: PersonasAction) -> Option<PersonasEffect> {
        match action {
            PersonasAction::Loaded(Ok(mut rows)) => {
                // Persona text is author input: cleaned once, here, before any draw.
                for row in &mut rows {
                    let p = &mut row.persona;
                    p.display_name = sanitized(&p.display_name);
                    p.short_bio = p.short_bio.as_deref().map(sanitized);
                    p.system_prompt = p.system_prompt.as_deref().map(sanitized);
                    let v = &mut p.voice;
                    v.tone = v.tone.as_deref().map(sanitized);
                    v.style = v.style.as_deref().map(sanitized);
                    v.phrases = v.phrases.iter().map(|s| sanitized(s)).collect();
                    v.never_says = v.never_says.iter().map(|s| sanitized(s)).collect();
                }
                // Picking for a course starts on its current persona.
                let current = self
                    .course
                    .as_ref()
                    .and_then(|c| rows.iter().position(|r| r.courses.iter().any(|x| x == c)));
                self.selected = current
                    .unwrap_or(self.selected)
                    .min(rows.len().saturating_sub(1));
                self.rows = Some(rows);
                self.error = None;
            }
            PersonasAction::Loaded(Err(e)) => {
                self.rows = Some(Vec::new());
                self.error = Some(e);
            }
            PersonasAction::Command(command) => return self.command(command),
        }
        None
    }

    fn command(&mut self, command: PersonasCommand) -> Option<PersonasEffect> {
        let last = self.rows.as_ref().map_or(0, |r| r.len().saturating_sub(1));
        match command {
            PersonasCommand::Assign => return self.assign(),
            PersonasCommand::Unassign => {
                return Some(match &self.course {
                    Some(course) => PersonasEffect::Unassign {
                        course: course.clone(),
                    },
                    None => not_picking(self.texts),
                });
            }
            PersonasCommand::Close => return Some(PersonasEffect::Back),
            PersonasCommand::Down => self.selected = (self.selected + 1).min(last),
            PersonasCommand::Up => self.selected = self.selected.saturating_sub(1),
            PersonasCommand::Top => self.selected = 0,
            PersonasCommand::Bottom => self.selected = last,
        }
        None
    }

    fn assign(&self) -> Option<PersonasEffect> {
        let Some(course) = &self.course else {
            return Some(not_picking(self.texts));
        };
        let row = self.rows.as_ref()?.get(self.selected)?;
        Some(PersonasEffect::Assign {
            course: course.clone(),
            persona: row.persona.slug.clone(),
        })
    }
}

fn not_picking(t: Texts) -> PersonasEffect {
    PersonasEffect::Notify(t.get("tui-personas-not-picking"))
}
