//! Untrusted text (titles, slugs, file names, lesson text, messages from servers) made safe to
//! write to a terminal: control characters and escape sequences become visible placeholders
//! (`␛`, `␇` …) instead of reaching the terminal, where `ESC ] 52` writes the clipboard,
//! `ESC [ 2 J` clears the screen and OSC 8 hides a link behind innocent text.
//!
//! The one sanitiser of the program: the CLI's human output uses it, and it shows exactly what
//! the workbench shows (C0 controls as Unicode control pictures, DEL as `␡`, C1 controls such
//! as U+009B (a one-byte CSI), bidirectional overrides and the raw bytes of non-UTF-8 file
//! names as `�`, tabs as four spaces, emoji presentation selectors dropped). Sanitise first,
//! then cut to a width: what is cut is then plain characters, never half a sequence. Pure.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Tabs become this many spaces (a raw tab would desynchronise a grid of cells).
const TAB: &str = "    ";

/// True for characters that must never be written to the terminal as they are.
fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_variation_selector(c) || is_raw_name_byte(c)
}

/// A byte of a file name that was not UTF-8, as `domain::file_name` stores it: shown as `�`,
/// like any undecodable byte, rather than as an invisible private-use character.
fn is_raw_name_byte(c: char) -> bool {
    c >= '\u{10FF80}'
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

/// One line (or label) made printable. Newlines become placeholders too: split first when the
/// text is meant to span lines (see [`sanitized_block`]).
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

/// A whole document made printable: line breaks stay (CRLF becomes LF), everything else that
/// could steer the terminal becomes a placeholder.
pub fn sanitized_block(text: &str) -> String {
    sanitized_lines(text).join("\n")
}

/// Sanitises `text` and cuts it to at most `width` terminal cells, ending in `…` when cut.
pub fn fit_width(text: &str, width: usize) -> String {
    let safe = sanitize(text);
    if text_width(&safe) <= width {
        return safe.into_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in safe.chars() {
        let w = cell_width(c);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Cells a sanitised character takes (zero-width marks count zero).
pub fn cell_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Cells a sanitised text takes.
pub fn text_width(text: &str) -> usize {
    text.chars().map(cell_width).sum()
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
        assert_eq!(sanitize("a\rb\x08c"), "a␍b␈c");
        assert!(matches!(sanitize("plain ✓ text"), Cow::Borrowed(_)));
        assert_eq!(sanitized_lines("a\r\nb\tc"), vec!["a", "b    c"]);
        assert_eq!(sanitize("🗺\u{FE0F} P"), "🗺 P");
        assert_eq!(sanitized_block("a\x1b[2J\r\nb\n"), "a␛[2J\nb\n");
    }

    #[test]
    fn cutting_to_a_width_never_leaves_half_a_sequence() {
        let title = "Aula \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ fim";
        let cut = fit_width(title, 12);
        assert!(!cut.contains('\x1b'), "{cut:?}");
        assert_eq!(text_width(&cut), 12);
        assert!(cut.ends_with('…'));
        assert_eq!(fit_width("curto", 12), "curto");
        assert_eq!(fit_width("日本語のタイトル", 7), "日本語…");
    }
}
