//! `MessagesScreen` (issue 13): what the last import, validate and check said about one
//! course — severity, source, code, `file:line:col` and text — with the selected message shown
//! whole below the list. `Enter` opens the lesson at the line when the message points into
//! one; `Esc` goes back. The rows come from the storage worker (`MessagesLoaded`).
//!
//! Must not do I/O or depend on other screens.

pub mod view;

use crossterm::event::KeyEvent;
use serde::Deserialize;

use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::effect::{Effect, LessonTarget, StorageRequest};
use crate::tui::message::messages::MessageRow;
use crate::tui::text::sanitize::sanitized;

/// What a key can ask of the messages screen (names as in `[messages]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessagesCommand {
    Open,
    Close,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
}

#[derive(Debug, Clone)]
pub enum MessagesAction {
    Command(MessagesCommand),
    Loaded(Result<Vec<MessageRow>, String>),
}

const PAGE: usize = 10;

#[derive(Debug, Clone)]
pub struct MessagesScreen {
    slug: String,
    pub(super) rows: Option<Vec<MessageRow>>,
    pub(super) error: Option<String>,
    pub(super) selected: usize,
    /// The language of the notes the screen writes from `update` (English until
    /// [`MessagesScreen::with_texts`]).
    texts: Texts,
}

impl MessagesScreen {
    pub fn new(slug: String) -> MessagesScreen {
        MessagesScreen {
            slug,
            rows: None,
            error: None,
            selected: 0,
            texts: Texts::new(Lang::En),
        }
    }

    /// The screen writing its notes in `texts`' language.
    pub fn with_texts(mut self, texts: Texts) -> MessagesScreen {
        self.texts = texts;
        self
    }

    /// What to load when the screen opens (and again after a write to the course).
    pub fn load(&self) -> StorageRequest {
        StorageRequest::LoadMessages(self.slug.clone())
    }

    pub fn slug(&self) -> &str {
        &self.slug
    }

    pub fn title(&self) -> String {
        self.title_in(Texts::new(Lang::En))
    }

    /// The breadcrumb's name in `t`'s language.
    pub fn title_in(&self, t: Texts) -> String {
        t.get("tui-messages-title")
    }

    pub fn rows(&self) -> Option<&[MessageRow]> {
        self.rows.as_deref()
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<MessagesCommand>,
    ) -> Option<MessagesAction> {
        keys.action_for(key).map(MessagesAction::Command)
    }

    pub fn update(&mut self, action: MessagesAction) -> Option<Effect> {
        match action {
            MessagesAction::Loaded(Ok(mut rows)) => {
                // Text from course files reaches the terminal cleaned, once, here.
                for row in &mut rows {
                    let m = &mut row.message;
                    m.code = sanitized(&m.code);
                    m.message = sanitized(&m.message);
                    m.hint = sanitized(&m.hint);
                    row.location = sanitized(&row.location);
                }
                self.selected = self.selected.min(rows.len().saturating_sub(1));
                self.rows = Some(rows);
                self.error = None;
            }
            MessagesAction::Loaded(Err(e)) => {
                self.rows = Some(Vec::new());
                self.error = Some(e);
            }
            MessagesAction::Command(command) => return self.command(command),
        }
        None
    }

    fn command(&mut self, command: MessagesCommand) -> Option<Effect> {
        let last = self.rows.as_ref().map_or(0, |r| r.len().saturating_sub(1));
        match command {
            MessagesCommand::Open => return self.open_selected(),
            MessagesCommand::Close => return Some(Effect::Global(GlobalAction::Back)),
            MessagesCommand::Down => self.selected = (self.selected + 1).min(last),
            MessagesCommand::Up => self.selected = self.selected.saturating_sub(1),
            MessagesCommand::PageDown => self.selected = (self.selected + PAGE).min(last),
            MessagesCommand::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            MessagesCommand::Top => self.selected = 0,
            MessagesCommand::Bottom => self.selected = last,
        }
        None
    }

    fn open_selected(&self) -> Option<Effect> {
        let row = self.rows.as_ref()?.get(self.selected)?;
        let Some((lesson_id, line)) = row.lesson.clone() else {
            return Some(Effect::Notify(tr!(
                self.texts,
                "tui-messages-not-a-lesson",
                location = row.location.clone()
            )));
        };
        Some(Effect::Storage(StorageRequest::LoadLesson {
            slug: self.slug.clone(),
            lesson_id,
            at: line.map_or(LessonTarget::Top, LessonTarget::Line),
        }))
    }
}
