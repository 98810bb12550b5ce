//! Intents that apply on every screen (`GlobalAction`), named as in `assets/keymap.toml`.
//!
//! Screen-specific intents live with their screen (`LibraryCommand` …), so a feature touches
//! one screen file plus one keymap line. Must not depend on storage or rendering.

use serde::Deserialize;

/// What a key can ask of the whole app, whatever the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GlobalAction {
    /// Leave the current screen (quits from the library).
    Back,
    /// Open or close the help overlay.
    Help,
    /// Leave Lectern from anywhere.
    Quit,
    /// Open the search screen.
    Search,
    /// Open the command palette.
    Palette,
    /// Show or hide the generation jobs panel.
    Jobs,
    /// Say where the database is (the status line gives the path up to messages and keys).
    WhereIsMyData,
    /// Push then pull now, in the background (when `[sync]` is configured).
    SyncNow,
}
