//! Untrusted text (lesson files, LLM output, titles) made safe for the terminal: control
//! characters and escape sequences become visible placeholders (`␛`, `␇` …) instead of
//! reaching the terminal, where they could retitle the window, clear the screen or worse.
//! Pure; must not depend on anything else in the TUI.

use std::borrow::Cow;

/// Tabs become this many spaces (a raw tab would desynchronise ratatui's cell grid).
const TAB: &str = "    ";

/// True for characters that must never be written to the terminal as they are.
fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_variation_selector(c)
}

/// Emoji presentation selectors: terminals disagree on the width they add (`🗺️` is one cell
/// in some, two in others), which shifts every cell after it; they are dropped.
fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}')
}

/// Bidirectional overrides can make text display differently from what it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

fn placeholder(c: char) -> char {
    match c {
        // C0 controls map onto the Unicode "Control Pictures" block (ESC → ␛, BEL → ␇).
        '\0'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '␡',
        _ => '\u{FFFD}',
    }
}

/// One line (or label) made printable. Newlines are placeholders too: split first.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str(TAB),
            c if is_variation_selector(c) => {}
            c if is_unsafe(c) => out.push(placeholder(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `sanitize` into an owned string.
pub fn sanitized(text: &str) -> String {
    sanitize(text).into_owned()
}

/// Splits a document into display lines (`\n`, `\r\n`), each sanitised.
pub fn sanitized_lines(text: &str) -> Vec<String> {
    text.split('\n')
        .map(|line| sanitized(line.strip_suffix('\r').unwrap_or(line)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
