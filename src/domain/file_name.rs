//! File names that are not UTF-8, kept losslessly in a `String`.
//!
//! Unix file names are bytes. A name that is not valid UTF-8 (an old Latin-1 `aula-\xE9.md`)
//! cannot live in a TEXT column or a Rust `String` as it is, and a lossy conversion would
//! rename the file on export while claiming it came back byte-for-byte. Each byte that breaks
//! UTF-8 (always 0x80–0xFF) is stored as one character of the last 128 code points of
//! Unicode (U+10FF80–U+10FFFF, private use, never typed by people), so the name round-trips
//! exactly; names that really contain those characters are refused rather than guessed.

/// The first code point of the escape range; byte `b` is stored as `ESCAPE_BASE + (b - 0x80)`.
const ESCAPE_BASE: u32 = 0x10_FF80;

/// A valid UTF-8 name that already uses the escape range, so it could not be told apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReservedCharacter(pub char);

/// The stored form of the name `bytes`: the name itself when it is UTF-8.
pub fn encode_name(bytes: &[u8]) -> Result<String, ReservedCharacter> {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        if let Some(c) = chunk.valid().chars().find(|&c| is_escape(c)) {
            return Err(ReservedCharacter(c));
        }
        out.push_str(chunk.valid());
        for &b in chunk.invalid() {
            out.push(escape(b));
        }
    }
    Ok(out)
}

/// The original bytes of a stored name.
pub fn decode_name(stored: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(stored.len());
    let mut buf = [0u8; 4];
    for c in stored.chars() {
        match unescape(c) {
            Some(b) => out.push(b),
            None => out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
        }
    }
    out
}

/// True when the stored name came from a name that was not UTF-8.
pub fn has_raw_bytes(stored: &str) -> bool {
    stored.chars().any(is_escape)
}

/// The stored name for people to read: each raw byte as `\xE9`.
pub fn shown_name(stored: &str) -> String {
    let mut out = String::with_capacity(stored.len());
    for c in stored.chars() {
        match unescape(c) {
            Some(b) => out.push_str(&format!("\\x{b:02X}")),
            None => out.push(c),
        }
    }
    out
}

fn is_escape(c: char) -> bool {
    u32::from(c) >= ESCAPE_BASE
}

fn escape(b: u8) -> char {
    debug_assert!(b >= 0x80, "ASCII bytes are always valid UTF-8");
    char::from_u32(ESCAPE_BASE + u32::from(b - 0x80)).unwrap_or(char::REPLACEMENT_CHARACTER)
}

fn unescape(c: char) -> Option<u8> {
    let offset = u32::from(c).checked_sub(ESCAPE_BASE)?;
    u8::try_from(offset + 0x80).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn utf8_names_are_stored_as_they_are() {
        assert_eq!(
            encode_name("1.1-aula-é.md".as_bytes()).unwrap(),
            "1.1-aula-é.md"
        );
        assert!(!has_raw_bytes("1.1-aula-é.md"));
    }

    #[test]
    fn latin1_bytes_round_trip_and_show_as_hex() {
        let stored = encode_name(b"1.1-aula-\xE9.md").unwrap();
        assert!(has_raw_bytes(&stored));
        assert_eq!(decode_name(&stored), b"1.1-aula-\xE9.md");
        assert_eq!(shown_name(&stored), "1.1-aula-\\xE9.md");
    }

    #[test]
    fn a_name_using_the_escape_range_is_refused() {
        let name = "x\u{10FFAA}.md";
        assert_eq!(
            encode_name(name.as_bytes()),
            Err(ReservedCharacter('\u{10FFAA}'))
        );
    }

    proptest! {
        #[test]
        fn every_name_outside_the_escape_range_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..40)) {
            match encode_name(&bytes) {
                Ok(stored) => prop_assert_eq!(decode_name(&stored), bytes),
                Err(ReservedCharacter(c)) => prop_assert!(is_escape(c)),
            }
        }
    }
}
