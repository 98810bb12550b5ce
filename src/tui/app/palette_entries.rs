//! The command palette's entries: the current screen's actions, then the global ones,
//! from the keymap's descriptions. Must not do I/O.

use crate::tui::app::palette::{PaletteCommand, PaletteEntry};
use crate::tui::message::action::GlobalAction;

use super::App;

impl App {
    /// The current screen's actions, then the global ones (the palette itself left out).
    pub(super) fn palette_entries(&self) -> Vec<PaletteEntry> {
        let t = self.theme.texts;
        // Section names in the chosen language: the fuzzy match reads them too.
        let section = self.screen().section_name(t);
        let everywhere = t.get("tui-section-everywhere-palette");
        let screen = self
            .screen()
            .commands(&self.keymap)
            .into_iter()
            .map(|(help, action)| PaletteEntry {
                section: section.clone(),
                help,
                command: PaletteCommand::Screen(action),
            });
        let global = self
            .keymap
            .global()
            .iter()
            .filter(|b| b.action != GlobalAction::Palette)
            .map(|b| PaletteEntry {
                section: everywhere.clone(),
                help: crate::tui::keys::help::KeyHelp {
                    keys: b.keys_label(),
                    description: b.description.clone(),
                },
                command: PaletteCommand::Global(b.action),
            });
        screen.chain(global).collect()
    }
}
