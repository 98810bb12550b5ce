//! `KeyHelp`: one line of the `?` help or of the status bar, generated from a section's
//! bindings. Generic over the command enum, so it never names a screen.

use super::keymap::Binding;

/// One line of help or of the status bar: keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyHelp {
    pub keys: String,
    pub description: String,
}

pub fn key_help<'k, C: 'k>(bindings: impl Iterator<Item = &'k Binding<C>>) -> Vec<KeyHelp> {
    bindings
        .filter(|b| !b.keys.is_empty())
        .map(|b| KeyHelp {
            keys: b.keys_label(),
            description: b.description.clone(),
        })
        .collect()
}

/// Status-bar form: the first key only and the short hint label.
pub fn key_hints<'k, C: 'k>(bindings: impl Iterator<Item = &'k Binding<C>>) -> Vec<KeyHelp> {
    bindings
        .filter_map(|b| {
            Some(KeyHelp {
                keys: b.keys.first()?.to_string(),
                description: b.hint.clone()?,
            })
        })
        .collect()
}
