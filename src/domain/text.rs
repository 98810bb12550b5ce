//! Text primitives for scoring: decoding lesson bytes, newline normalisation, hashing, Python-
//! compatible word counting and byte-offset → line mapping.
//!
//! Pure: callers read the bytes; nothing here touches the file system.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;
use sha2::{Digest, Sha256};

/// How the bytes of a lesson were turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Windows1252,
    /// UTF-16 announced by its byte-order mark (`FF FE`).
    Utf16Le,
    /// UTF-16 announced by its byte-order mark (`FE FF`).
    Utf16Be,
}

/// The first byte that is not valid UTF-8. Lines and columns are 1-based; the column counts bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecodeError {
    pub byte: u8,
    pub offset: usize,
    pub line: u32,
    pub column: u32,
    /// Python's wording: `invalid start byte`, `invalid continuation byte`, `unexpected end of data`.
    pub reason: &'static str,
}

impl fmt::Display for DecodeError {
    /// Mirrors the message CreatorOS stored in `reference-scores.jsonl` (`decode_error`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
            self.byte, self.offset, self.reason
        )
    }
}

/// Lesson bytes decoded to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedText {
    pub text: String,
    pub encoding: Encoding,
    /// A byte-order mark (UTF-8, or UTF-16's) was present and removed.
    pub had_bom: bool,
    /// Set when the bytes were not UTF-8 and were decoded as Windows-1252 instead.
    pub decode_error: Option<DecodeError>,
}

/// Decodes UTF-8 (dropping a leading BOM), else Windows-1252, reporting the first bad byte.
pub fn decode(bytes: &[u8]) -> DecodedText {
    if let Some(decoded) = decode_utf16(bytes) {
        return decoded;
    }
    let (body, had_bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    // simdutf8 checks the usual case, valid UTF-8, several times faster than the standard
    // library on Portuguese text (the check was 4 % of `validate`); the standard library's
    // error, with where and why, is asked only when it fails.
    let checked = simdutf8::basic::from_utf8(body).map_or_else(|_| std::str::from_utf8(body), Ok);
    match checked {
        Ok(s) => DecodedText {
            text: s.to_owned(),
            encoding: Encoding::Utf8,
            had_bom,
            decode_error: None,
        },
        Err(e) => {
            let offset = e.valid_up_to();
            let byte = body.get(offset).copied().unwrap_or(0);
            let reason = match e.error_len() {
                None => "unexpected end of data",
                // A valid lead byte whose sequence breaks later is a continuation problem.
                Some(_) if (0xC2..=0xF4).contains(&byte) => "invalid continuation byte",
                Some(_) => "invalid start byte",
            };
            let before = &body[..offset];
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let bom = if had_bom { 3 } else { 0 };
            DecodedText {
                text: body.iter().map(|&b| windows_1252(b)).collect(),
                encoding: Encoding::Windows1252,
                had_bom,
                decode_error: Some(DecodeError {
                    byte,
                    offset: offset + bom,
                    line: saturate(line),
                    column: saturate(offset - line_start + 1),
                    reason,
                }),
            }
        }
    }
}

/// UTF-16 with its byte-order mark (neither `FF FE` nor `FE FF` can start UTF-8, so no UTF-8
/// file is read differently). Unpaired surrogates and an odd last byte become U+FFFD.
fn decode_utf16(bytes: &[u8]) -> Option<DecodedText> {
    let (body, encoding) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, Encoding::Utf16Le),
        [0xFE, 0xFF, rest @ ..] => (rest, Encoding::Utf16Be),
        _ => return None,
    };
    let units = body.chunks(2).map(|pair| match (pair, encoding) {
        ([a, b], Encoding::Utf16Le) => u16::from_le_bytes([*a, *b]),
        ([a, b], _) => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    Some(DecodedText {
        text: char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
        encoding,
        had_bom: true,
        decode_error: None,
    })
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Windows-1252; the five unassigned bytes map to the C1 control of the same value (as WHATWG).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}',
        '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}',
        '\u{178}',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Newlines as Python's text mode delivers them: `\r\n` and lone `\r` become `\n`.
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find('\r') {
        out.push_str(rest.get(..p).unwrap_or(""));
        out.push('\n');
        rest = rest.get(p + 1..).unwrap_or("");
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Lower-case hex SHA-256 of the bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        use fmt::Write as _;
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Python's `str.isspace()`: Rust's White_Space plus the separators U+001C..U+001F.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1C}'..='\u{1F}').contains(&c)
}

/// Exactly Python's `len(s.split())`.
pub fn word_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    if has_unicode_space(bytes) {
        return word_count_exact(s);
    }
    // Only ASCII whitespace: a word starts at a non-space byte after a space byte (or at the
    // start); continuation bytes never start one. Counted per 128-byte chunk into a `u8`
    // accumulator without branches, so the compiler vectorises it.
    let first = bytes
        .first()
        .map_or(0, |&b| usize::from(!is_ascii_py_space(b)));
    let n = bytes.len().saturating_sub(1);
    let (prev, cur) = (bytes.get(..n).unwrap_or(&[]), bytes.get(1..).unwrap_or(&[]));
    let mut total = first;
    for (p, c) in prev.chunks(128).zip(cur.chunks(128)) {
        let mut acc = 0u8;
        for (&p, &c) in p.iter().zip(c) {
            acc += u8::from(is_ascii_py_space(p) & !is_ascii_py_space(c) & ((c & 0xC0) != 0x80));
        }
        total += usize::from(acc);
    }
    total
}

/// Python's ASCII whitespace: `\t \n \v \f \r`, U+001C..U+001F and space.
fn is_ascii_py_space(b: u8) -> bool {
    (b == b' ') | (b.wrapping_sub(9) < 5) | (b.wrapping_sub(0x1C) < 4)
}

/// Any non-ASCII whitespace (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
/// U+205F, U+3000), tested on UTF-8 byte triples per chunk without branches.
fn has_unicode_space(b: &[u8]) -> bool {
    let n = b.len().saturating_sub(2);
    let (x, y, z) = (
        b.get(..n).unwrap_or(&[]),
        b.get(1..n + 1).unwrap_or(&[]),
        b.get(2..).unwrap_or(&[]),
    );
    let tail = match b {
        [.., a, c] => (*a == 0xC2) & ((*c == 0x85) | (*c == 0xA0)),
        _ => false,
    };
    tail || x
        .chunks(256)
        .zip(y.chunks(256))
        .zip(z.chunks(256))
        .any(|((x, y), z)| {
            let mut hit = 0u8;
            for ((&a, &b1), &c) in x.iter().zip(y).zip(z) {
                hit |= u8::from(
                    ((a == 0xC2) & ((b1 == 0x85) | (b1 == 0xA0)))
                        | ((a == 0xE2)
                            & (b1 == 0x80)
                            & ((c <= 0x8A) | (c == 0xA8) | (c == 0xA9) | (c == 0xAF)))
                        | ((a == 0xE2) & (b1 == 0x81) & (c == 0x9F))
                        | ((a == 0xE1) & (b1 == 0x9A) & (c == 0x80))
                        | ((a == 0xE3) & (b1 == 0x80) & (c == 0x80)),
                );
            }
            hit != 0
        })
}

fn word_count_exact(s: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in s.chars() {
        if is_py_space(c) {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
        }
    }
    count
}

/// Python's `str.strip()` (whitespace as `str.isspace()` sees it).
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_matches_python_split() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  a  b\tc\n"), 3);
        assert_eq!(
            word_count("a\u{1C}b\u{1F}c"),
            3,
            "U+001C..U+001F separate words in Python"
        );
        assert_eq!(word_count("a\u{A0}b\u{3000}c\u{85}d"), 4);
        assert_eq!(
            word_count("a\u{200B}b"),
            1,
            "zero-width space is not whitespace"
        );
        assert_eq!(word_count("a\u{FEFF}b"), 1);
        assert_eq!(word_count("a — “b” c"), 4, "non-ASCII non-space characters");
        assert_eq!(word_count("é\u{2003}ç\u{202F}x\u{205F}y\u{1680}z"), 5);
        assert_eq!(word_count("\u{2009}a"), 1);
        for t in ["", " ", "x", "\u{A0}", "a\u{A0}", "çã é"] {
            assert_eq!(word_count(t), word_count_exact(t), "{t:?}");
        }
    }

    #[test]
    fn decode_utf8_bom_and_cp1252() {
        let d = decode(b"\xEF\xBB\xBFol\xC3\xA1");
        assert_eq!(
            (d.text.as_str(), d.had_bom, d.decode_error),
            ("olá", true, None)
        );
        let d = decode(b"# T\nab\xE7\xE3o");
        assert_eq!(d.text, "# T\nabção");
        let e = d.decode_error.expect("error");
        assert_eq!((e.offset, e.line, e.column, e.byte), (6, 2, 3, 0xE7));
        assert_eq!(
            e.to_string(),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe7 in position 6: invalid continuation byte"
        );
        let e = decode(b"x\x8dy").decode_error.expect("error");
        assert_eq!(e.reason, "invalid start byte");
        assert_eq!(decode(b"x\x80").text, "x\u{20AC}");
        assert_eq!(
            decode(b"ab\xC3").decode_error.map(|e| e.reason),
            Some("unexpected end of data")
        );
    }

    #[test]
    fn decode_utf16_by_its_byte_order_mark() {
        let le = decode(b"\xFF\xFEo\x00l\x00\xE1\x00");
        assert_eq!((le.text.as_str(), le.encoding), ("olá", Encoding::Utf16Le));
        let be = decode(b"\xFE\xFF\x00o\xD8\x3D\xDE\x00");
        assert_eq!((be.text.as_str(), be.encoding), ("o😀", Encoding::Utf16Be));
        assert_eq!(decode(b"\xFF\xFEa\x00b").text, "a\u{FFFD}", "odd last byte");
        assert_eq!(
            decode(b"\xFF\xFE\x00\xD8").text,
            "\u{FFFD}",
            "lone surrogate"
        );
    }

    #[test]
    fn newlines_and_hash() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(sha256_hex(b"").len(), 64);
    }
}
