//! Literal-search helpers for the fast Didática scan: case folding of the text, byte-mode
//! literal patterns that accept both cases of Latin-1 letters, and anchor normalisation.

use std::borrow::Cow;

use regex::bytes::Regex;

/// Exact alternation of folded literals: a pure literal set, which the regex crate searches
/// with its prefilter alone (no automaton).
pub(super) fn alternation(words: &[&str]) -> Regex {
    plain(
        &words
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|"),
    )
}

fn plain(pattern: &str) -> Regex {
    let p = format!("(?-u){pattern}");
    Regex::new(&p).unwrap_or_else(|e| panic!("built-in pattern {p:?}: {e}"))
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

/// The text with every character that `(?i)` (Unicode simple case folding, as the `regex` crate
/// applies it) would match against a lower-case pattern letter replaced by that letter: ASCII
/// and Latin-1 capitals (`É` → `é`), the Kelvin sign (→ `k`) and long s (→ `s`). No other
/// character folds onto a letter the patterns use, so exact searches on the result behave like
/// the reference's `(?i)` patterns on the original. Byte offsets are kept unless a Kelvin sign
/// or long s occurs.
pub fn fold(text: &str) -> Vec<u8> {
    if text.contains("\u{17F}") || text.contains("\u{212A}") {
        return text
            .chars()
            .map(|c| match c {
                '\u{17F}' => 's',
                '\u{212A}' => 'k',
                'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => {
                    char::from_u32(u32::from(c) + 32).unwrap_or(c)
                }
                _ => c,
            })
            .collect::<String>()
            .into_bytes();
    }
    let src = text.as_bytes();
    let (prev, cur) = (
        src.get(..src.len().saturating_sub(1)).unwrap_or(&[]),
        src.get(1..).unwrap_or(&[]),
    );
    let capital = |p: u8, c: u8| (p == 0xC3) & (0x80..=0x9E).contains(&c) & (c != 0x97);
    // Latin-1 capitals are `C3 80..=9E` (minus `C3 97`, ×); their small forms are 0x20 higher.
    // Both loops are branch-free over byte pairs, so they vectorise.
    let any_capital = prev.chunks(256).zip(cur.chunks(256)).any(|(p, c)| {
        p.iter()
            .zip(c)
            .fold(0u8, |acc, (&p, &c)| acc | u8::from(capital(p, c)))
            != 0
    });
    if !any_capital {
        return src.to_ascii_lowercase();
    }
    let mut out = src.to_ascii_lowercase();
    if let Some(dst) = out.get_mut(1..) {
        for ((o, &p), &c) in dst.iter_mut().zip(prev).zip(cur) {
            *o = o.wrapping_add(u8::from(capital(p, c)) << 5);
        }
    }
    // Whole characters were replaced by characters of the same length: still UTF-8 (kept as
    // bytes: every consumer searches bytes, so no re-validation is needed).
    out
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
