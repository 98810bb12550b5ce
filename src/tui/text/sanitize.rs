//! Untrusted text (lesson files, LLM output, titles) made safe for the terminal: control
//! characters and escape sequences become visible placeholders (`␛`, `␇` …) instead of
//! reaching the terminal, where they could retitle the window, clear the screen or worse.
//! The rules live in `domain::display_text`, shared with every line the CLI prints, so the
//! workbench and the CLI can never neutralise differently.
//! Pure; must not depend on anything else in the TUI.

pub use crate::domain::display_text::{sanitize, sanitized, sanitized_lines};

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn escapes_become_visible() {
        assert_eq!(sanitize("a\x1b]0;owned\x07b"), "a␛]0;owned␇b");
        assert_eq!(sanitize("\x1b[2J"), "␛[2J");
        assert_eq!(sanitize("\u{9b}x"), "\u{FFFD}x");
        assert_eq!(sanitize("\u{202E}abc"), "\u{FFFD}abc");
        assert!(matches!(sanitize("plain ✓ text"), Cow::Borrowed(_)));
        assert_eq!(sanitized_lines("a\r\nb\tc"), vec!["a", "b    c"]);
        assert_eq!(sanitize("🗺\u{FE0F} P"), "🗺 P");
    }
}
