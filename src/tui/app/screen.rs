//! `Screen`: the enum the app keeps on its navigation stack, and `ScreenAction`, dispatched to
//! the screen it belongs to. Lives in `app/` because it names every screen; screens never
//! name each other. Each screen gets only its own keymap section.

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use crate::i18n::Texts;
use crate::storage::sync::Keep;
use crate::tui::keys::help::{KeyHelp, key_help, key_hints};
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::effect::{Effect, StorageRequest};
use crate::tui::screens::{
    AnalyticsAction, AnalyticsScreen, ConflictsAction, ConflictsEffect, ConflictsScreen,
    CourseAction, CourseScreen, EditorAction, EditorScreen, HistoryAction, HistoryScreen,
    LessonAction, LessonScreen, LibraryAction, LibraryScreen, MessagesAction, MessagesScreen,
    PersonasAction, PersonasEffect, PersonasScreen, ReviewAction, ReviewScreen, SearchAction,
    SearchScreen,
};
use crate::tui::theme::Theme;

use super::keymap::Keymap;

#[derive(Debug, Clone)]
pub enum Screen {
    Library(LibraryScreen),
    Course(CourseScreen),
    Lesson(LessonScreen),
    Editor(Box<EditorScreen>),
    Review(ReviewScreen),
    Search(SearchScreen),
    History(HistoryScreen),
    Messages(MessagesScreen),
    Personas(PersonasScreen),
    Conflicts(ConflictsScreen),
    Analytics(Box<AnalyticsScreen>),
}

#[derive(Debug, Clone)]
pub enum ScreenAction {
    Library(LibraryAction),
    Course(CourseAction),
    Lesson(LessonAction),
    Editor(EditorAction),
    Review(ReviewAction),
    Search(SearchAction),
    History(HistoryAction),
    Messages(MessagesAction),
    Personas(PersonasAction),
    Conflicts(ConflictsAction),
    Analytics(AnalyticsAction),
}

impl Screen {
    pub fn handle_key(&self, key: &KeyEvent, keymap: &Keymap) -> Option<ScreenAction> {
        match self {
            Screen::Library(s) => s
                .handle_key(key, keymap.library(), keymap.global())
                .map(ScreenAction::Library),
            Screen::Course(s) => s.handle_key(key, keymap.course()).map(ScreenAction::Course),
            Screen::Lesson(s) => s.handle_key(key, keymap.lesson()).map(ScreenAction::Lesson),
            Screen::Editor(s) => s.handle_key(key, keymap.editor()).map(ScreenAction::Editor),
            Screen::Review(s) => s.handle_key(key, keymap.review()).map(ScreenAction::Review),
            Screen::Search(s) => s.handle_key(key, keymap.search()).map(ScreenAction::Search),
            Screen::History(s) => s
                .handle_key(key, keymap.history())
                .map(ScreenAction::History),
            Screen::Messages(s) => s
                .handle_key(key, keymap.messages())
                .map(ScreenAction::Messages),
            Screen::Personas(s) => s
                .handle_key(key, keymap.personas())
                .map(ScreenAction::Personas),
            Screen::Conflicts(s) => s
                .handle_key(key, keymap.conflicts())
                .map(ScreenAction::Conflicts),
            Screen::Analytics(s) => s
                .handle_key(key, keymap.analytics())
                .map(ScreenAction::Analytics),
        }
    }

    /// Applies `action` when it belongs to this screen (a stale answer for another is dropped).
    pub fn update(&mut self, action: ScreenAction) -> Option<Effect> {
        match (self, action) {
            (Screen::Library(s), ScreenAction::Library(a)) => s.update(a),
            (Screen::Course(s), ScreenAction::Course(a)) => s.update(a),
            (Screen::Lesson(s), ScreenAction::Lesson(a)) => s.update(a),
            (Screen::Editor(s), ScreenAction::Editor(a)) => s.update(a),
            (Screen::Review(s), ScreenAction::Review(a)) => s.update(a),
            (Screen::Search(s), ScreenAction::Search(a)) => s.update(a),
            (Screen::History(s), ScreenAction::History(a)) => s.update(a),
            (Screen::Messages(s), ScreenAction::Messages(a)) => s.update(a),
            (Screen::Personas(s), ScreenAction::Personas(a)) => s.update(a).map(personas_effect),
            (Screen::Conflicts(s), ScreenAction::Conflicts(a)) => s.update(a).map(conflicts_effect),
            (Screen::Analytics(s), ScreenAction::Analytics(a)) => {
                s.update(a).map(super::analytics::analytics_effect)
            }
            _ => None,
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        match self {
            Screen::Library(s) => s.render(frame, area, theme),
            Screen::Course(s) => s.render(frame, area, theme),
            Screen::Lesson(s) => s.render(frame, area, theme),
            Screen::Editor(s) => s.render(frame, area, theme),
            Screen::Review(s) => s.render(frame, area, theme),
            Screen::Search(s) => s.render(frame, area, theme),
            Screen::History(s) => s.render(frame, area, theme),
            Screen::Messages(s) => s.render(frame, area, theme),
            Screen::Personas(s) => s.render(frame, area, theme),
            Screen::Conflicts(s) => s.render(frame, area, theme),
            Screen::Analytics(s) => s.render(frame, area, theme),
        }
    }

    /// What a left click at `at` asks of this screen drawn over `area`, if anything.
    pub fn click(&self, at: Position, area: Rect) -> Option<ScreenAction> {
        if !area.contains(at) {
            return None;
        }
        match self {
            Screen::Library(s) => s.click(at, area).map(ScreenAction::Library),
            Screen::Course(s) => s.click(at, area).map(ScreenAction::Course),
            Screen::Lesson(s) => s.click(at, area).map(ScreenAction::Lesson),
            Screen::Review(s) => s.click(at, area).map(ScreenAction::Review),
            Screen::Search(s) => s.click(at, area).map(ScreenAction::Search),
            // The editor's cursor follows keys only: a click must not move it by surprise.
            Screen::Editor(_)
            | Screen::History(_)
            | Screen::Messages(_)
            | Screen::Personas(_)
            | Screen::Conflicts(_)
            | Screen::Analytics(_) => None,
        }
    }

    /// The breadcrumb piece for this screen, in English (tests name screens with it; the
    /// breadcrumb uses [`Screen::title_in`]).
    pub fn title(&self) -> String {
        let en = Texts::new(crate::i18n::Lang::En);
        match self {
            Screen::Library(_) => en.get("tui-section-library"),
            Screen::Course(s) => s.title().to_string(),
            Screen::Lesson(s) => s.title(),
            Screen::Editor(s) => s.title(),
            Screen::Review(s) => s.title(),
            Screen::Search(_) => en.get("tui-app-section-search"),
            Screen::History(s) => s.title(),
            Screen::Messages(s) => s.title(),
            Screen::Personas(s) => s.title(),
            Screen::Conflicts(s) => s.title(),
            Screen::Analytics(s) => s.title(),
        }
    }

    /// [`Screen::title`] in `t`'s language, for the breadcrumb: the translated screens' own
    /// names (a course's or lesson's title is the author's and stays as written).
    pub fn title_in(&self, t: Texts) -> String {
        match self {
            Screen::Library(_) => t.get("tui-section-library"),
            Screen::Review(s) => s.title_in(t),
            Screen::Messages(s) => s.title_in(t),
            Screen::Personas(s) => s.title_in(t),
            Screen::Conflicts(s) => s.title_in(t),
            Screen::Analytics(s) => s.title_in(t),
            Screen::Search(_) => t.get("tui-section-search"),
            Screen::History(s) => s.title_in(t),
            Screen::Editor(s) => s.title_in(t),
            _ => self.title(),
        }
    }

    /// The name of this screen's keys in the help and the palette, in `t`'s language.
    pub fn section_name(&self, t: Texts) -> String {
        let id = match self {
            Screen::Library(_) => "tui-section-library",
            Screen::Review(_) => "tui-section-review",
            Screen::Course(_) => "tui-app-section-course",
            Screen::Lesson(_) => "tui-app-section-lesson",
            Screen::Editor(_) => "tui-app-section-editor",
            Screen::Search(_) => "tui-app-section-search",
            Screen::History(_) => "tui-app-section-history",
            Screen::Messages(_) => "tui-app-section-messages",
            Screen::Personas(_) => "tui-app-section-personas",
            Screen::Conflicts(_) => "tui-app-section-conflicts",
            Screen::Analytics(_) => "tui-app-section-analytics",
        };
        t.get(id)
    }

    /// Every key of this screen, from the keymap (its section's name: [`Screen::section_name`]);
    /// `t`: the language of the editors' typing keys (not in the keymap).
    pub fn help(&self, keymap: &Keymap, t: Texts) -> Vec<KeyHelp> {
        match self {
            Screen::Library(_) => key_help(keymap.library().iter()),
            Screen::Course(_) => key_help(keymap.course().iter()),
            Screen::Lesson(_) => key_help(keymap.lesson().iter()),
            Screen::Editor(_) => {
                let mut keys = key_help(keymap.editor().iter());
                keys.extend(crate::tui::screens::editor::tools::text_keys(t).map(
                    |(keys, what)| KeyHelp {
                        keys: keys.to_string(),
                        description: what,
                    },
                ));
                keys
            }
            Screen::Review(_) => key_help(keymap.review().iter()),
            Screen::Search(_) => key_help(keymap.search().iter()),
            Screen::History(_) => key_help(keymap.history().iter()),
            Screen::Messages(_) => key_help(keymap.messages().iter()),
            Screen::Personas(_) => key_help(keymap.personas().iter()),
            Screen::Conflicts(_) => key_help(keymap.conflicts().iter()),
            Screen::Analytics(_) => key_help(keymap.analytics().iter()),
        }
    }

    /// The main keys of this screen for the status bar (`hint = true` in the keymap).
    pub fn hints(&self, keymap: &Keymap) -> Vec<KeyHelp> {
        match self {
            Screen::Library(_) => key_hints(keymap.library().hints()),
            Screen::Course(_) => key_hints(keymap.course().hints()),
            Screen::Lesson(_) => key_hints(keymap.lesson().hints()),
            Screen::Editor(_) => key_hints(keymap.editor().hints()),
            Screen::Review(_) => key_hints(keymap.review().hints()),
            Screen::Search(_) => key_hints(keymap.search().hints()),
            Screen::History(_) => key_hints(keymap.history().hints()),
            Screen::Messages(_) => key_hints(keymap.messages().hints()),
            Screen::Personas(_) => key_hints(keymap.personas().hints()),
            Screen::Conflicts(_) => key_hints(keymap.conflicts().hints()),
            Screen::Analytics(_) => key_hints(keymap.analytics().hints()),
        }
    }

    /// What a bracketed paste asks of this screen: screens with a text field take it as one
    /// action (the field with focus decides), the others ignore it.
    pub fn paste(&self, text: String) -> Option<ScreenAction> {
        match self {
            Screen::Library(s) if s.is_editing() => {
                Some(ScreenAction::Library(LibraryAction::Paste(text)))
            }
            Screen::Search(_) => Some(ScreenAction::Search(SearchAction::Paste(text))),
            Screen::Editor(_) => Some(ScreenAction::Editor(EditorAction::Paste(text))),
            _ => None,
        }
    }

    /// True while the screen takes typed text, so global single-letter keys must not fire.
    pub fn takes_text(&self) -> bool {
        match self {
            Screen::Library(s) => s.is_editing(),
            Screen::Editor(e) => e.takes_text(),
            Screen::Search(_) => true,
            _ => false,
        }
    }

    /// Every keymap action of this screen as something the command palette can run.
    pub fn commands(&self, keymap: &Keymap) -> Vec<(KeyHelp, ScreenAction)> {
        fn each<C: Copy + PartialEq>(
            bindings: &Bindings<C>,
            wrap: impl Fn(C) -> ScreenAction,
        ) -> Vec<(KeyHelp, ScreenAction)> {
            bindings
                .iter()
                .map(|b| {
                    let help = KeyHelp {
                        keys: b.keys_label(),
                        description: b.description.clone(),
                    };
                    (help, wrap(b.action))
                })
                .collect()
        }
        match self {
            Screen::Library(_) => each(keymap.library(), |c| {
                ScreenAction::Library(LibraryAction::Command(c))
            }),
            Screen::Course(_) => each(keymap.course(), |c| {
                ScreenAction::Course(CourseAction::Command(c))
            }),
            Screen::Lesson(_) => each(keymap.lesson(), |c| {
                ScreenAction::Lesson(LessonAction::Command(c))
            }),
            Screen::Review(_) => each(keymap.review(), |c| {
                ScreenAction::Review(ReviewAction::Command(c))
            }),
            Screen::Search(_) => each(keymap.search(), |c| {
                ScreenAction::Search(SearchAction::Command(c))
            }),
            Screen::Editor(_) => each(keymap.editor(), |c| {
                ScreenAction::Editor(EditorAction::Command(c))
            }),
            Screen::History(_) => each(keymap.history(), |c| {
                ScreenAction::History(HistoryAction::Command(c))
            }),
            Screen::Messages(_) => each(keymap.messages(), |c| {
                ScreenAction::Messages(MessagesAction::Command(c))
            }),
            Screen::Personas(_) => each(keymap.personas(), |c| {
                ScreenAction::Personas(PersonasAction::Command(c))
            }),
            Screen::Conflicts(_) => each(keymap.conflicts(), |c| {
                ScreenAction::Conflicts(ConflictsAction::Command(c))
            }),
            Screen::Analytics(_) => each(keymap.analytics(), |c| {
                ScreenAction::Analytics(AnalyticsAction::Command(c))
            }),
        }
    }
}

/// The personas screen asks in its own terms (it names no app type); these are the app's.
fn personas_effect(effect: PersonasEffect) -> Effect {
    match effect {
        PersonasEffect::Assign { course, persona } => {
            Effect::Storage(StorageRequest::AssignPersona {
                course,
                persona: Some(persona),
            })
        }
        PersonasEffect::Unassign { course } => Effect::Storage(StorageRequest::AssignPersona {
            course,
            persona: None,
        }),
        PersonasEffect::Back => Effect::Global(GlobalAction::Back),
        PersonasEffect::Notify(text) => Effect::Notify(text),
    }
}

/// The conflicts screen's requests as the app's: keeping a side is the worker's
/// `resolve_conflict`; the merged text opens in the editor (`app/conflicts.rs`).
fn conflicts_effect(effect: ConflictsEffect) -> Effect {
    match effect {
        ConflictsEffect::Resolve {
            course,
            target,
            keep,
        } => Effect::Storage(StorageRequest::ResolveConflict {
            course,
            target,
            keep: match keep {
                crate::tui::screens::KeepSide::Mine => Keep::Mine,
                crate::tui::screens::KeepSide::Theirs => Keep::Theirs,
            },
        }),
        ConflictsEffect::OpenMerged {
            course,
            target,
            text,
        } => Effect::OpenMerged {
            course,
            target,
            text,
        },
        ConflictsEffect::Notify(text) => Effect::Notify(text),
        ConflictsEffect::Back => Effect::Global(GlobalAction::Back),
    }
}

/// Global keys for the status bar.
pub fn global_hints(keymap: &Keymap) -> Vec<KeyHelp> {
    key_hints(keymap.global().hints())
}

/// Every global key for the help overlay.
pub fn global_help(keymap: &Keymap) -> Vec<KeyHelp> {
    key_help(keymap.global().iter())
}
