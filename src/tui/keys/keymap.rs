//! `Keymap`: which key triggers which action on which screen, read from data.
//!
//! The defaults are `assets/keymap.toml` (embedded); the user's `keymap.toml` next to the
//! config file overrides them action by action. Action names deserialise straight into the
//! typed per-screen enums, so a misspelt action or key is an error naming the file and line,
//! and internal actions (results, text input) cannot be bound at all. The `?` help and the
//! status-bar hints are generated from here. Must not depend on storage or rendering.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crossterm::event::KeyEvent;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::tui::keys::chord::KeyChord;
use crate::tui::message::action::GlobalAction;
use crate::tui::screens::{
    CourseCommand, EditorCommand, LessonCommand, LibraryCommand, ReviewCommand, SearchCommand,
};

const DEFAULT_KEYMAP: &str = include_str!("../../../assets/keymap.toml");

#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    #[error("cannot read keymap file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}:{column}: {message}\n  fix the entry or remove it (the defaults are listed in docs/keybindings.md)"
    )]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

/// One action with its keys and the text shown in help.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding<C> {
    pub action: C,
    pub keys: Vec<KeyChord>,
    pub description: String,
    /// Short label for the status bar; `None` keeps the action to the help overlay.
    pub hint: Option<String>,
}

impl<C> Binding<C> {
    /// `j/↓`: every key of the binding.
    pub fn keys_label(&self) -> String {
        let keys: Vec<String> = self.keys.iter().map(ToString::to_string).collect();
        keys.join("/")
    }
}

/// The bindings of one section, in the enum's declaration order (help follows it).
#[derive(Debug, Clone, PartialEq)]
pub struct Bindings<C> {
    entries: Vec<Binding<C>>,
}

impl<C: Copy + PartialEq> Bindings<C> {
    pub fn action_for(&self, event: &KeyEvent) -> Option<C> {
        self.entries
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| b.action)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Binding<C>> {
        self.entries.iter()
    }

    pub fn hints(&self) -> impl Iterator<Item = &Binding<C>> {
        self.entries
            .iter()
            .filter(|b| b.hint.is_some() && !b.keys.is_empty())
    }

    pub fn get(&self, action: C) -> Option<&Binding<C>> {
        self.entries.iter().find(|b| b.action == action)
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    keys: Option<Vec<KeyChord>>,
    description: Option<String>,
    hint: Option<String>,
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
}

impl Keymap {
    /// The built-in keymap.
    pub fn defaults() -> Result<Keymap, KeymapError> {
        let file: KeymapFile = parse(DEFAULT_KEYMAP, Path::new("assets/keymap.toml (built in)"))?;
        Ok(Keymap {
            global: section(file.global),
            library: section(file.library),
            course: section(file.course),
            lesson: section(file.lesson),
            editor: section(file.editor),
            review: section(file.review),
            search: section(file.search),
        })
    }

    /// The defaults overridden by `user` when that file exists.
    pub fn load(user: Option<&Path>) -> Result<Keymap, KeymapError> {
        let mut keymap = Keymap::defaults()?;
        let Some(path) = user else {
            return Ok(keymap);
        };
        match std::fs::read_to_string(path) {
            Ok(text) => keymap.apply_user(&text, path)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(KeymapError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
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
}

fn parse<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, KeymapError> {
    toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start).min(text.len());
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        KeymapError::Parse {
            path: path.to_path_buf(),
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            message: e.message().to_string(),
        }
    })
}

fn section<C: Copy>(map: BTreeMap<C, EntryFile>) -> Bindings<C> {
    Bindings {
        entries: map
            .into_iter()
            .map(|(action, entry)| Binding {
                action,
                keys: entry.keys.unwrap_or_default(),
                description: entry.description.unwrap_or_default(),
                hint: entry.hint,
            })
            .collect(),
    }
}

/// Replaces the keys (and description/hint when given) of each action the user listed; a key
/// the user took for one action is removed from the others, so the user's choice wins.
fn override_section<C: Copy + Ord>(bindings: &mut Bindings<C>, user: BTreeMap<C, EntryFile>) {
    for (action, entry) in user {
        if let Some(keys) = &entry.keys {
            for other in bindings.entries.iter_mut().filter(|b| b.action != action) {
                other.keys.retain(|k| !keys.contains(k));
            }
        }
        match bindings.entries.iter_mut().find(|b| b.action == action) {
            Some(binding) => {
                if let Some(keys) = entry.keys {
                    binding.keys = keys;
                }
                if let Some(description) = entry.description {
                    binding.description = description;
                }
                if let Some(hint) = entry.hint {
                    // An empty hint takes the action out of the status bar.
                    binding.hint = Some(hint).filter(|h| !h.is_empty());
                }
            }
            None => {
                let pos = bindings.entries.partition_point(|b| b.action < action);
                bindings.entries.insert(
                    pos,
                    Binding {
                        action,
                        keys: entry.keys.unwrap_or_default(),
                        description: entry.description.unwrap_or_default(),
                        hint: entry.hint,
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            16,
            "every library action bound"
        );
        assert_eq!(
            keymap.course().iter().count(),
            22,
            "every course action bound"
        );
        assert_eq!(
            keymap.lesson().iter().count(),
            14,
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
