//! The command palette's entries: the current screen's actions, then the global ones,
//! from the keymap's descriptions. Must not do I/O.

use crate::tui::app::palette::{PaletteCommand, PaletteEntry};
use crate::tui::message::action::GlobalAction;

use super::App;

impl App {
    /// The current screen's actions, then the global ones (the palette itself left out).
    pub(super) fn palette_entries(&self) -> Vec<PaletteEntry> {
        let (section, _) = self.screen().help(&self.keymap, self.theme.texts);
        let screen = self
            .screen()
            .commands(&self.keymap)
            .into_iter()
            .map(|(help, action)| PaletteEntry {
                section,
                help,
                command: PaletteCommand::Screen(action),
            });
        let global = self
            .keymap
            .global()
            .iter()
            .filter(|b| b.action != GlobalAction::Palette)
            .map(|b| PaletteEntry {
                section: "everywhere",
                help: crate::tui::keys::help::KeyHelp {
                    keys: b.keys_label(),
                    description: b.description.clone(),
                },
                command: PaletteCommand::Global(b.action),
            });
        screen.chain(global).collect()
    }
}
