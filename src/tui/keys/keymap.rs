//! The keymap loader, generic over a command enum: `Bindings<C>` (one section of
//! `assets/keymap.toml`), parsing that names the file, line and column of a mistake, and the
//! user-override rule. Action names deserialise straight into the typed enum `C`, so a
//! misspelt action or key is an error and internal actions cannot be bound at all.
//!
//! Never names a screen: each screen owns its command enum, and `app::keymap` puts the
//! sections together. Must not depend on storage or rendering.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crossterm::event::KeyEvent;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::chord::KeyChord;

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

    /// The bindings of the actions `map` keeps, renamed: how a panel borrows some keys of
    /// another section (the jobs panel moves with the course screen's keys) without naming
    /// that section's enum.
    pub fn filter_map<D>(&self, map: impl Fn(C) -> Option<D>) -> Bindings<D> {
        Bindings {
            entries: self
                .entries
                .iter()
                .filter_map(|b| {
                    Some(Binding {
                        action: map(b.action)?,
                        keys: b.keys.clone(),
                        description: b.description.clone(),
                        hint: b.hint.clone(),
                    })
                })
                .collect(),
        }
    }
}

/// One action's entry as written in a keymap file; every field may be left out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryFile {
    keys: Option<Vec<KeyChord>>,
    description: Option<String>,
    hint: Option<String>,
}

/// `text` as `T`; a mistake names `path`, line and column.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, KeymapError> {
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

/// A section as written in the file, in the enum's order.
pub fn section<C: Copy>(map: BTreeMap<C, EntryFile>) -> Bindings<C> {
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
pub fn override_section<C: Copy + Ord>(bindings: &mut Bindings<C>, user: BTreeMap<C, EntryFile>) {
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

/// The user's keymap file's text, or `None` when there is none.
pub fn read_user(path: &Path) -> Result<Option<String>, KeymapError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(KeymapError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}
