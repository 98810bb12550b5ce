//! `ConflictsScreen` (issue 14): the texts sync could not merge, one row each (course, target,
//! both sides' author and time), and for the selected one the common ancestor, mine and
//! theirs side by side, mine and theirs as word diffs against the ancestor. Keys keep mine,
//! keep theirs, or open the merged text with git-style conflict markers in the editor (saving
//! it resolves). The rows and diffs come from the storage worker (`Loaded`); what the keys ask
//! for leaves as a [`ConflictsEffect`] for the app to carry out.
//!
//! Must not do I/O or depend on other screens.

pub mod view;

use crossterm::event::KeyEvent;
use serde::Deserialize;

use crate::domain::merge::{MergeLabels, three_way_lines};
use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::keys::keymap::Bindings;
pub use crate::tui::message::conflicts::ConflictEntry;
use crate::tui::text::sanitize::sanitized;

/// What a key can ask of the conflicts screen (names for a `[conflicts]` keymap section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictsCommand {
    Down,
    Up,
    KeepMine,
    KeepTheirs,
    /// Open the merged text, with conflict markers, in the editor.
    OpenMerged,
    /// Scroll the three texts.
    ScrollDown,
    ScrollUp,
    Close,
}

#[derive(Debug, Clone)]
pub enum ConflictsAction {
    Command(ConflictsCommand),
    Loaded(Result<Vec<ConflictEntry>, String>),
}

/// Which side a resolution keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepSide {
    Mine,
    Theirs,
}

/// What the app does for the screen: resolve through `services::sync::resolve_conflict`
/// (on the storage worker), open the editor on a merged text (saving it resolves with that
/// text), or go back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConflictsEffect {
    Resolve {
        course: String,
        target: String,
        keep: KeepSide,
    },
    OpenMerged {
        course: String,
        target: String,
        text: String,
    },
    Notify(String),
    Back,
}

const SCROLL: usize = 10;

#[derive(Debug, Clone)]
pub struct ConflictsScreen {
    /// The course shown (`None`: every course's conflicts, from the library).
    course: Option<String>,
    pub(super) rows: Option<Vec<ConflictEntry>>,
    pub(super) error: Option<String>,
    pub(super) selected: usize,
    pub(super) scroll: usize,
    /// The language of the notes and conflict markers the screen writes from `update`
    /// (English until [`ConflictsScreen::with_texts`]).
    texts: Texts,
}

impl ConflictsScreen {
    pub fn new(course: Option<String>) -> ConflictsScreen {
        ConflictsScreen {
            course,
            rows: None,
            error: None,
            selected: 0,
            scroll: 0,
            texts: Texts::new(Lang::En),
        }
    }

    /// The screen writing its notes and markers in `texts`' language.
    pub fn with_texts(mut self, texts: Texts) -> ConflictsScreen {
        self.texts = texts;
        self
    }

    /// The course whose conflicts are shown (`None`: all).
    pub fn course(&self) -> Option<&str> {
        self.course.as_deref()
    }

    pub fn title(&self) -> String {
        self.title_in(Texts::new(Lang::En))
    }

    /// The breadcrumb's name in `t`'s language.
    pub fn title_in(&self, t: Texts) -> String {
        t.get("tui-conflicts-title")
    }

    pub fn rows(&self) -> Option<&[ConflictEntry]> {
        self.rows.as_deref()
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<ConflictsCommand>,
    ) -> Option<ConflictsAction> {
        keys.action_for(key).map(ConflictsAction::Command)
    }

    pub fn update(&mut self, action: ConflictsAction) -> Option<ConflictsEffect> {
        match action {
            ConflictsAction::Loaded(Ok(mut rows)) => {
                // Author names and targets come from other machines: cleaned once, here.
                for row in &mut rows {
                    row.mine_author = sanitized(&row.mine_author);
                    row.theirs_author = sanitized(&row.theirs_author);
                    row.target = sanitized(&row.target);
                }
                if let Some(course) = &self.course {
                    rows.retain(|r| &r.course == course);
                }
                self.selected = self.selected.min(rows.len().saturating_sub(1));
                self.rows = Some(rows);
                self.error = None;
                None
            }
            ConflictsAction::Loaded(Err(e)) => {
                self.rows = Some(Vec::new());
                self.error = Some(e);
                None
            }
            ConflictsAction::Command(command) => self.command(command),
        }
    }

    fn command(&mut self, command: ConflictsCommand) -> Option<ConflictsEffect> {
        let last = self.rows.as_ref().map_or(0, |r| r.len().saturating_sub(1));
        match command {
            ConflictsCommand::Down => {
                self.selected = (self.selected + 1).min(last);
                self.scroll = 0;
            }
            ConflictsCommand::Up => {
                self.selected = self.selected.saturating_sub(1);
                self.scroll = 0;
            }
            ConflictsCommand::ScrollDown => self.scroll += SCROLL,
            ConflictsCommand::ScrollUp => self.scroll = self.scroll.saturating_sub(SCROLL),
            ConflictsCommand::Close => return Some(ConflictsEffect::Back),
            ConflictsCommand::KeepMine => return self.resolve(KeepSide::Mine),
            ConflictsCommand::KeepTheirs => return self.resolve(KeepSide::Theirs),
            ConflictsCommand::OpenMerged => return self.open_merged(),
        }
        None
    }

    fn current(&self) -> Option<&ConflictEntry> {
        self.rows.as_ref()?.get(self.selected)
    }

    fn resolve(&self, keep: KeepSide) -> Option<ConflictsEffect> {
        let row = self.current()?;
        Some(ConflictsEffect::Resolve {
            course: row.course.clone(),
            target: row.target.clone(),
            keep,
        })
    }

    fn open_merged(&self) -> Option<ConflictsEffect> {
        let row = self.current()?;
        if row.target.contains('#') {
            return Some(ConflictsEffect::Notify(tr!(
                self.texts,
                "tui-conflicts-single-value",
                target = row.target.clone()
            )));
        }
        let (mine, theirs) = (
            self.texts.get("tui-conflicts-marker-mine"),
            self.texts.get("tui-conflicts-marker-theirs"),
        );
        let labels = MergeLabels {
            mine: &mine,
            theirs: &theirs,
        };
        let base = row.ancestor.as_deref().unwrap_or("");
        let merged = three_way_lines(base, &row.mine, &row.theirs, labels);
        Some(ConflictsEffect::OpenMerged {
            course: row.course.clone(),
            target: row.target.clone(),
            text: merged.text().to_string(),
        })
    }
}
