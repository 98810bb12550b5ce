//! A keymap file's mistakes said in the reader's language: the frame (file, line, column, what
//! to do) and the two mistakes people make — a key lectern does not know and an action name
//! that does not exist — from the message files; other TOML complaints are quoted.

use crate::domain::said::Said;

use super::chord::UNKNOWN_KEY;
use super::keymap::KeymapError;

impl KeymapError {
    /// What this error says, as data (English: its `Display`).
    pub fn said(&self) -> Said {
        match self {
            KeymapError::Read { path, source } => Said::new("err-keymap-read")
                .with("path", path)
                .with("error", source),
            KeymapError::Parse {
                path,
                line,
                column,
                message,
            } => Said::new("err-keymap-parse")
                .with("path", path)
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("problem", problem(message)),
        }
    }
}

/// The parser's complaint: ours or serde's when recognised, else quoted.
fn problem(message: &str) -> Said {
    if let Some(key) = message
        .strip_prefix(UNKNOWN_KEY)
        .and_then(|rest| rest.split_once('`'))
        .map(|(key, _)| key)
    {
        return Said::new("err-keymap-unknown-key")
            .with("key", key)
            .with("english", message);
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((name, expected)) = rest.split_once("`, expected ")
    {
        // `one of `a`, `b`` / `` `a` or `b` ``: the names, listed the same way in every language.
        let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return Said::new("err-keymap-unknown-action")
            .with("name", name)
            .with("expected", format!("`{}`", names.join("`, `")))
            .with("english", message);
    }
    Said::new("err-keymap-quoted").with("message", message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Texts};

    fn parse_error(message: &str) -> KeymapError {
        KeymapError::Parse {
            path: "k.toml".into(),
            line: 3,
            column: 9,
            message: message.into(),
        }
    }

    #[test]
    fn english_is_display_and_portuguese_names_the_same_things() {
        let errors = [
            parse_error(&super::super::chord::KeyChord::parse("ctrl-nope").unwrap_err()),
            parse_error("unknown variant `frob`, expected one of `up`, `down`"),
            parse_error("unknown variant `frob`, expected `up` or `down`"),
            parse_error("expected `=`"),
            KeymapError::Read {
                path: "k.toml".into(),
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            },
        ];
        for e in &errors {
            let said = e.said();
            assert_eq!(Texts::new(Lang::En).try_said(&said), Ok(e.to_string()));
            let pt = Texts::new(Lang::PtBr).try_said(&said).unwrap();
            assert_ne!(pt, e.to_string());
            assert!(pt.contains("k.toml"), "{pt}");
        }
        let pt = Texts::new(Lang::PtBr).said(&errors[0].said());
        assert!(pt.contains("tecla desconhecida `ctrl-nope`"), "{pt}");
        let pt = Texts::new(Lang::PtBr).said(&errors[2].said());
        assert!(pt.contains("`frob`") && pt.contains("`up`, `down`"), "{pt}");
        let pt = Texts::new(Lang::PtBr).said(&errors[4].said());
        assert!(pt.contains("permissão negada"), "{pt}");
    }
}
