//! Literal-search helpers for the fast Didática scan: case folding of the text, byte-mode
//! literal patterns that accept both cases of Latin-1 letters, and anchor normalisation.

use std::borrow::Cow;

use regex::bytes::Regex;

pub(super) fn alternation(words: &[&str]) -> Regex {
    bre(&words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|"))
}

/// A byte-mode, non-Unicode pattern in which each Latin-1 small letter also matches its capital.
pub(super) fn bre(pattern: &str) -> Regex {
    let mut p = String::from("(?-u)");
    for c in pattern.chars() {
        match c {
            'à'..='þ' if c != '÷' => {
                let upper = char::from_u32(u32::from(c) - 32).unwrap_or(c);
                p.push_str(&format!("(?:{c}|{upper})"));
            }
            _ => p.push(c),
        }
    }
    Regex::new(&p).unwrap_or_else(|e| panic!("built-in pattern {p:?}: {e}"))
}

/// The text with ASCII capitals, the Kelvin sign (→ `k`) and long s (→ `s`) lower-cased: every
/// character that `(?i)` (Unicode simple case folding, as the `regex` crate applies it) matches
/// against an ASCII pattern letter. Latin-1 capitals (`É`, `Ç`) are left alone: the patterns
/// accept both cases of their non-ASCII letters (`bre`). Byte offsets are kept unless a Kelvin
/// sign or long s occurs.
pub fn fold(text: &str) -> String {
    if text.contains("\u{17F}") || text.contains("\u{212A}") {
        return text
            .chars()
            .map(|c| match c {
                '\u{17F}' => 's',
                '\u{212A}' => 'k',
                _ => c.to_ascii_lowercase(),
            })
            .collect();
    }
    text.to_ascii_lowercase()
}

/// A matched anchor with Latin-1 capitals lowered, for dispatching on the literal.
pub(super) fn lower_latin1(m: &[u8]) -> Cow<'_, str> {
    let text = std::str::from_utf8(m).unwrap_or("");
    if !m
        .windows(2)
        .any(|w| w[0] == 0xC3 && (0x80..=0x9E).contains(&w[1]))
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if ('\u{C0}'..='\u{DE}').contains(&c) && c != '\u{D7}' {
                    char::from_u32(u32::from(c) + 32).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// `lower_latin1` for a prefix that may end inside a character (only whole `C3 xx` pairs change).
pub(super) fn lower_latin1_bytes(m: &[u8]) -> Vec<u8> {
    let mut out = m.to_vec();
    for i in 1..out.len() {
        if out[i - 1] == 0xC3 && (0x80..=0x9E).contains(&out[i]) && out[i] != 0x97 {
            out[i] += 0x20;
        }
    }
    out
}

pub(super) fn first_char(bytes: &[u8]) -> Option<char> {
    let take = bytes.len().min(4);
    let head = bytes.get(..take)?;
    match std::str::from_utf8(head) {
        Ok(s) => s.chars().next(),
        Err(e) => std::str::from_utf8(head.get(..e.valid_up_to())?)
            .ok()?
            .chars()
            .next(),
    }
}
