//! A bracketed paste, routed like a key but as ONE edit: to the palette when it is open, to
//! the jobs panel's instruction prompt when it takes keys, else to the top screen's text field
//! (each field decides what a paste means for it). Since it is one event, keys pressed after
//! the paste are handled after all of it. Pure side, like the rest of `app/`.

use crate::tui::app::App;
use crate::tui::message::effect::StorageRequest;
use crate::tui::screens::PanelAction;
use crate::tui::text::paste::normalized;

impl App {
    pub(super) fn paste(&mut self, text: &str) -> Vec<StorageRequest> {
        // The help overlay takes no text; a paste there would land in the screen behind it.
        if self.help.is_some() {
            return Vec::new();
        }
        self.dirty = true;
        let text = normalized(text);
        if let Some(palette) = &mut self.palette {
            palette.paste(&text);
            return Vec::new();
        }
        if self.jobs.captures_keys() {
            return self.jobs_update(PanelAction::Paste(text));
        }
        match self.screen().paste(text) {
            Some(action) => self.dispatch(action),
            None => Vec::new(),
        }
    }
}
