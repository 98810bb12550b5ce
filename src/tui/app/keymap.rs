//! `Keymap`: every section of `assets/keymap.toml` put together — the global keys and one
//! section per screen, each typed by the command enum its screen owns. The defaults are
//! embedded; the user's `keymap.toml` next to the config file overrides them action by
//! action. The `?` help and the status-bar hints are generated from here.
//!
//! Lives in `app/` because it names every screen's enum; `keys/` holds the generic loader.
//! Must not depend on storage or rendering.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::i18n::{Lang, Texts};

use crate::tui::keys::keymap::{
    Bindings, EntryFile, KeymapError, override_section, parse, read_user, section,
};
use crate::tui::message::action::GlobalAction;
use crate::tui::screens::analytics::AnalyticsCommand;
use crate::tui::screens::conflicts::ConflictsCommand;
use crate::tui::screens::course::CourseCommand;
use crate::tui::screens::editor::EditorCommand;
use crate::tui::screens::history::HistoryCommand;
use crate::tui::screens::jobs::PanelCommand;
use crate::tui::screens::lesson::LessonCommand;
use crate::tui::screens::library::LibraryCommand;
use crate::tui::screens::messages::MessagesCommand;
use crate::tui::screens::personas::PersonasCommand;
use crate::tui::screens::review::ReviewCommand;
use crate::tui::screens::search::SearchCommand;

const DEFAULT_KEYMAP: &str = include_str!("../../../assets/keymap.toml");

/// The message id of a keymap entry's description: `key-library-cycle-sort`; its hint is the
/// message's `.hint`.
pub fn message_id(section: &str, action: &str) -> String {
    format!("key-{section}-{}", action.replace('_', "-"))
}

/// Replaces each entry's description (and hint) by its message in `texts`' language, where
/// there is one; the rest stays as written.
fn translate(table: &mut toml::Table, texts: Texts) {
    for (section, actions) in table.iter_mut() {
        let Some(actions) = actions.as_table_mut() else {
            continue;
        };
        for (action, entry) in actions.iter_mut() {
            let Some(entry) = entry.as_table_mut() else {
                continue;
            };
            let id = message_id(section, action);
            if let Ok(text) = texts.try_format(&id, None, &[]) {
                entry.insert("description".into(), text.into());
            }
            if entry.contains_key("hint")
                && let Ok(text) = texts.try_format(&id, Some("hint"), &[])
            {
                entry.insert("hint".into(), text.into());
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    global: Bindings<GlobalAction>,
    library: Bindings<LibraryCommand>,
    course: Bindings<CourseCommand>,
    lesson: Bindings<LessonCommand>,
    editor: Bindings<EditorCommand>,
    review: Bindings<ReviewCommand>,
    search: Bindings<SearchCommand>,
    history: Bindings<HistoryCommand>,
    messages: Bindings<MessagesCommand>,
    personas: Bindings<PersonasCommand>,
    conflicts: Bindings<ConflictsCommand>,
    analytics: Bindings<AnalyticsCommand>,
    /// Derived from `course` (the panel opens over the course screen and moves with its keys).
    jobs: Bindings<PanelCommand>,
}

/// Which course key drives which jobs-panel command: the panel opens over the course screen,
/// so it moves with the same keys, and a user's rebinding of those keys follows.
fn jobs_command(command: CourseCommand) -> Option<PanelCommand> {
    match command {
        CourseCommand::Down => Some(PanelCommand::Down),
        CourseCommand::Up => Some(PanelCommand::Up),
        CourseCommand::Open => Some(PanelCommand::Select),
        CourseCommand::CancelJob => Some(PanelCommand::Cancel),
        CourseCommand::CancelAllJobs => Some(PanelCommand::CancelAll),
        _ => None,
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeymapFile {
    #[serde(default)]
    global: BTreeMap<GlobalAction, EntryFile>,
    #[serde(default)]
    library: BTreeMap<LibraryCommand, EntryFile>,
    #[serde(default)]
    course: BTreeMap<CourseCommand, EntryFile>,
    #[serde(default)]
    lesson: BTreeMap<LessonCommand, EntryFile>,
    #[serde(default)]
    editor: BTreeMap<EditorCommand, EntryFile>,
    #[serde(default)]
    review: BTreeMap<ReviewCommand, EntryFile>,
    #[serde(default)]
    search: BTreeMap<SearchCommand, EntryFile>,
    #[serde(default)]
    history: BTreeMap<HistoryCommand, EntryFile>,
    #[serde(default)]
    messages: BTreeMap<MessagesCommand, EntryFile>,
    #[serde(default)]
    personas: BTreeMap<PersonasCommand, EntryFile>,
    #[serde(default)]
    conflicts: BTreeMap<ConflictsCommand, EntryFile>,
    #[serde(default)]
    analytics: BTreeMap<AnalyticsCommand, EntryFile>,
}

impl Keymap {
    /// The built-in keymap.
    pub fn defaults() -> Result<Keymap, KeymapError> {
        Keymap::defaults_in(Texts::new(Lang::En))
    }

    /// The built-in keymap, its descriptions and hints in `texts`' language where the message
    /// files have them (`key-SECTION-ACTION` and its `.hint`; English is the file as written).
    pub fn defaults_in(texts: Texts) -> Result<Keymap, KeymapError> {
        let path = Path::new("assets/keymap.toml (built in)");
        let file: KeymapFile = if texts.lang() == Lang::En {
            parse(DEFAULT_KEYMAP, path)?
        } else {
            let mut table: toml::Table = parse(DEFAULT_KEYMAP, path)?;
            translate(&mut table, texts);
            toml::Value::Table(table)
                .try_into()
                .map_err(|e: toml::de::Error| KeymapError::Parse {
                    path: path.to_path_buf(),
                    line: 0,
                    column: 0,
                    message: e.message().to_string(),
                })?
        };
        let course = section(file.course);
        Ok(Keymap {
            global: section(file.global),
            library: section(file.library),
            jobs: course.filter_map(jobs_command),
            course,
            lesson: section(file.lesson),
            editor: section(file.editor),
            review: section(file.review),
            search: section(file.search),
            history: section(file.history),
            messages: section(file.messages),
            personas: section(file.personas),
            conflicts: section(file.conflicts),
            analytics: section(file.analytics),
        })
    }

    /// The defaults overridden by `user` when that file exists.
    pub fn load(user: Option<&Path>) -> Result<Keymap, KeymapError> {
        Keymap::load_in(user, Texts::new(Lang::En))
    }

    /// [`Keymap::load`] with the defaults in `texts`' language; the user's own descriptions and
    /// hints are kept as written.
    pub fn load_in(user: Option<&Path>, texts: Texts) -> Result<Keymap, KeymapError> {
        let mut keymap = Keymap::defaults_in(texts)?;
        if let Some(path) = user
            && let Some(text) = read_user(path)?
        {
            keymap.apply_user(&text, path)?;
        }
        Ok(keymap)
    }

    /// Applies a user file's text (`path` is only used in errors).
    pub fn apply_user(&mut self, text: &str, path: &Path) -> Result<(), KeymapError> {
        let file: KeymapFile = parse(text, path)?;
        override_section(&mut self.global, file.global);
        override_section(&mut self.library, file.library);
        override_section(&mut self.course, file.course);
        override_section(&mut self.lesson, file.lesson);
        override_section(&mut self.editor, file.editor);
        override_section(&mut self.review, file.review);
        override_section(&mut self.search, file.search);
        override_section(&mut self.history, file.history);
        override_section(&mut self.messages, file.messages);
        override_section(&mut self.personas, file.personas);
        override_section(&mut self.conflicts, file.conflicts);
        override_section(&mut self.analytics, file.analytics);
        self.jobs = self.course.filter_map(jobs_command);
        Ok(())
    }

    pub fn global(&self) -> &Bindings<GlobalAction> {
        &self.global
    }

    pub fn library(&self) -> &Bindings<LibraryCommand> {
        &self.library
    }

    pub fn course(&self) -> &Bindings<CourseCommand> {
        &self.course
    }

    pub fn lesson(&self) -> &Bindings<LessonCommand> {
        &self.lesson
    }

    pub fn editor(&self) -> &Bindings<EditorCommand> {
        &self.editor
    }

    pub fn review(&self) -> &Bindings<ReviewCommand> {
        &self.review
    }

    pub fn search(&self) -> &Bindings<SearchCommand> {
        &self.search
    }

    pub fn history(&self) -> &Bindings<HistoryCommand> {
        &self.history
    }

    pub fn messages(&self) -> &Bindings<MessagesCommand> {
        &self.messages
    }

    pub fn personas(&self) -> &Bindings<PersonasCommand> {
        &self.personas
    }

    pub fn conflicts(&self) -> &Bindings<ConflictsCommand> {
        &self.conflicts
    }

    pub fn analytics(&self) -> &Bindings<AnalyticsCommand> {
        &self.analytics
    }

    /// The jobs panel's keys (taken from the course section).
    pub fn jobs(&self) -> &Bindings<PanelCommand> {
        &self.jobs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keys::chord::KeyChord;
    use crossterm::event::KeyEvent;

    #[test]
    fn defaults_parse_and_every_action_is_described() {
        let keymap = Keymap::defaults().unwrap();
        let described = |keys: &[KeyChord], d: &str| !keys.is_empty() && !d.is_empty();
        assert!(
            keymap
                .global()
                .iter()
                .all(|b| described(&b.keys, &b.description))
        );
        assert!(
            keymap
                .library()
                .iter()
                .all(|b| described(&b.keys, &b.description))
        );
        assert!(
            keymap
                .course()
                .iter()
                .all(|b| described(&b.keys, &b.description))
        );
        assert!(
            keymap
                .lesson()
                .iter()
                .all(|b| described(&b.keys, &b.description))
        );
        assert_eq!(
            keymap.library().iter().count(),
            22,
            "every library action bound"
        );
        assert_eq!(
            keymap.course().iter().count(),
            28,
            "every course action bound"
        );
        assert_eq!(
            keymap.lesson().iter().count(),
            15,
            "every lesson action bound"
        );
        assert!(
            keymap
                .review()
                .iter()
                .all(|b| described(&b.keys, &b.description))
        );
        assert!(
            keymap
                .search()
                .iter()
                .all(|b| described(&b.keys, &b.description))
        );
        assert_eq!(
            keymap.analytics().iter().count(),
            10,
            "every analytics action bound"
        );
    }

    #[test]
    fn user_keys_win_and_are_taken_from_other_actions() {
        let mut keymap = Keymap::defaults().unwrap();
        let text = "[library]\nopen = { keys = [\"j\"] }\n";
        keymap.apply_user(text, Path::new("k.toml")).unwrap();
        let j = KeyEvent::from(crossterm::event::KeyCode::Char('j'));
        assert_eq!(keymap.library().action_for(&j), Some(LibraryCommand::Open));
        let down = keymap.library().get(LibraryCommand::Down).unwrap();
        assert_eq!(down.keys_label(), "↓");
    }

    #[test]
    fn bad_user_file_names_file_and_line() {
        let mut keymap = Keymap::defaults().unwrap();
        let text = "[course]\nopen = { keys = [\"enter\"] }\nfly = { keys = [\"x\"] }\n";
        let err = keymap.apply_user(text, Path::new("k.toml")).unwrap_err();
        assert!(err.to_string().starts_with("k.toml:3:"), "{err}");
        let internal = "[library]\ncourses_loaded = { keys = [\"x\"] }\n";
        assert!(keymap.apply_user(internal, Path::new("k.toml")).is_err());
    }
}
