//! `KeyChord`: one key with its modifiers, as written in `keymap.toml` (`j`, `S`, `ctrl-f`,
//! `pagedown`) and as matched against crossterm key events. Must not depend on screens.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Deserializer};

/// How a key name lectern does not know is refused (the keymap's errors recognise it).
pub const UNKNOWN_KEY: &str = "unknown key `";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    code: KeyCode,
    modifiers: KeyModifiers,
}

const NAMED: &[(&str, KeyCode, &str)] = &[
    ("enter", KeyCode::Enter, "Enter"),
    ("esc", KeyCode::Esc, "Esc"),
    ("tab", KeyCode::Tab, "Tab"),
    ("backtab", KeyCode::BackTab, "S-Tab"),
    ("up", KeyCode::Up, "↑"),
    ("down", KeyCode::Down, "↓"),
    ("left", KeyCode::Left, "←"),
    ("right", KeyCode::Right, "→"),
    ("home", KeyCode::Home, "Home"),
    ("end", KeyCode::End, "End"),
    ("pageup", KeyCode::PageUp, "PgUp"),
    ("pagedown", KeyCode::PageDown, "PgDn"),
    ("space", KeyCode::Char(' '), "Space"),
    ("backspace", KeyCode::Backspace, "Bksp"),
    ("delete", KeyCode::Delete, "Del"),
];

/// Modifiers that take part in matching. SHIFT is folded into the character itself (`S`), so
/// it only counts for non-character keys.
fn significant(code: KeyCode, modifiers: KeyModifiers) -> KeyModifiers {
    let mut m = modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
        m.remove(KeyModifiers::SHIFT);
    }
    m
}

impl KeyChord {
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> KeyChord {
        KeyChord {
            code,
            modifiers: significant(code, modifiers),
        }
    }

    pub fn from_event(event: &KeyEvent) -> KeyChord {
        KeyChord::new(event.code, event.modifiers)
    }

    /// Parses `ctrl-f`, `alt-x`, `shift-tab`, `S`, `?`, `-`, `pagedown`, `f5`.
    pub fn parse(text: &str) -> Result<KeyChord, String> {
        let mut rest = text;
        let mut modifiers = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (m, len) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == len {
                break;
            }
            modifiers |= m;
            rest = &rest[len..];
        }
        let lower = rest.to_ascii_lowercase();
        let code = if let Some((_, code, _)) = NAMED.iter().find(|(name, _, _)| *name == lower) {
            *code
        } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            KeyCode::F(n)
        } else {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCode::Char(c),
                _ => {
                    return Err(format!(
                        "{UNKNOWN_KEY}{text}` (use a single character, a name such as enter, esc, \
                         tab, up, pagedown, home, f5, optionally with ctrl-, alt- or shift-)"
                    ));
                }
            }
        };
        // `shift-tab` is how terminals report BackTab.
        let code = match (code, modifiers.contains(KeyModifiers::SHIFT)) {
            (KeyCode::Tab, true) => KeyCode::BackTab,
            (KeyCode::Char(c), true) => KeyCode::Char(c.to_ascii_uppercase()),
            (code, _) => code,
        };
        Ok(KeyChord::new(code, modifiers))
    }

    pub fn matches(&self, event: &KeyEvent) -> bool {
        *self == KeyChord::from_event(event)
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            code => {
                let label = NAMED.iter().find(|(_, c, _)| *c == code);
                f.write_str(label.map_or("?", |(_, _, label)| label))
            }
        }
    }
}

impl<'de> Deserialize<'de> for KeyChord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        KeyChord::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A key that inserts a character: it goes to the text even when the keymap binds it.
pub fn is_typing(key: &KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn parses_and_matches() {
        let s = KeyChord::parse("S").unwrap();
        assert!(s.matches(&key(KeyCode::Char('S'), KeyModifiers::SHIFT)));
        assert!(!s.matches(&key(KeyCode::Char('s'), KeyModifiers::NONE)));
        let ctrl_f = KeyChord::parse("ctrl-f").unwrap();
        assert!(ctrl_f.matches(&key(KeyCode::Char('f'), KeyModifiers::CONTROL)));
        assert!(!ctrl_f.matches(&key(KeyCode::Char('f'), KeyModifiers::NONE)));
        assert!(
            KeyChord::parse("-")
                .unwrap()
                .matches(&key(KeyCode::Char('-'), KeyModifiers::NONE))
        );
        let back = KeyChord::parse("shift-tab").unwrap();
        assert!(back.matches(&key(KeyCode::BackTab, KeyModifiers::SHIFT)));
        assert_eq!(KeyChord::parse("pagedown").unwrap().to_string(), "PgDn");
        assert_eq!(ctrl_f.to_string(), "Ctrl-f");
        assert!(KeyChord::parse("banana").is_err());
    }
}
