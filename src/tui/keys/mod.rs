//! Key chords and the keymap loader, generic over each screen's command enum: a screen owns
//! its command enum and its section of `assets/keymap.toml`; this folder never names a screen.
//! May be imported by every other part of the TUI; imports only `message::action`.

pub mod chord;
pub mod help;
pub mod keymap;
mod keymap_said;
