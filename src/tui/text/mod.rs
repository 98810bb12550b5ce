//! Text helpers with no terminal and no threads: syntax highlighting, sanitising untrusted
//! text, fuzzy matching. May be imported from anywhere in the TUI; imports only the theme's
//! neighbours below it (nothing from screens, app or `run/`).

pub mod clip;
pub mod fuzzy;
pub mod highlight;
pub mod paste;
pub mod sanitize;
pub mod wrap;
