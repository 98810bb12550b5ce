//! Errors and refusals of the lower layers, said in the chosen language: a [`Said`] names a
//! message of `assets/i18n/*/errors*.ftl` and its values. English is the lower layers' own
//! wording (their `Display`), which the English message files repeat word for word (a test
//! compares them), so logs and English output are unchanged.

use crate::domain::said::{Said, SaidArg};

use super::{Lang, Texts, Value, catalog};

impl Texts {
    /// The sentence in this language. A missing message or value (a test makes it not happen)
    /// still gives the English text, or else the message id.
    pub fn said(self, said: &Said) -> String {
        match self.try_said(said) {
            Ok(text) => text,
            Err(errors) => {
                tracing::warn!("message {} ({}): {errors:?}", said.id, self.lang.tag());
                if self.lang == Lang::En {
                    said.id.to_string()
                } else {
                    Texts::new(Lang::En).said(said)
                }
            }
        }
    }

    /// Like [`Texts::said`], with what went wrong instead of a fallback (for the tests).
    pub fn try_said(self, said: &Said) -> Result<String, Vec<String>> {
        let mut errors = Vec::new();
        let mut values: Vec<(&str, Value<'_>)> = Vec::with_capacity(said.args.len());
        for (name, arg) in &said.args {
            let value = match arg {
                SaidArg::Int(n) => Value::from(*n),
                SaidArg::Text(s) => Value::from(s.as_str()),
                SaidArg::Io { kind, text } => Value::from(self.io_error(*kind, text)),
                SaidArg::Said(inner) => match self.try_said(inner) {
                    Ok(text) => Value::from(text),
                    Err(e) => {
                        errors.extend(e);
                        Value::from(inner.id)
                    }
                },
            };
            values.push((name, value));
        }
        let text = catalog::format(self.lang, said.id, None, &values).map_err(|(_, e)| e)?;
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(errors)
        }
    }

    /// A system failure: its own sentence in English; in another language the kind's message
    /// (`io-not-found`), or the system's sentence when the kind has none.
    pub(super) fn io_error(self, kind: std::io::ErrorKind, text: &str) -> String {
        if self.lang == Lang::En {
            return text.to_string();
        }
        io_kind_id(kind)
            .and_then(|id| catalog::format(self.lang, id, None, &[]).ok())
            .unwrap_or_else(|| text.to_string())
    }
}

/// The message id of the failures people meet (a missing file, a full disk …); others are
/// quoted as the system wrote them.
pub fn io_kind_id(kind: std::io::ErrorKind) -> Option<&'static str> {
    use std::io::ErrorKind as K;
    Some(match kind {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::DirectoryNotEmpty => "io-directory-not-empty",
        K::ReadOnlyFilesystem => "io-read-only-filesystem",
        K::StorageFull => "io-storage-full",
        K::QuotaExceeded => "io-quota-exceeded",
        K::InvalidData => "io-invalid-data",
        K::InvalidFilename => "io-invalid-filename",
        K::FileTooLarge => "io-file-too-large",
        K::CrossesDevices => "io-crosses-devices",
        K::ConnectionRefused => "io-connection-refused",
        K::TimedOut => "io-timed-out",
        K::BrokenPipe => "io-broken-pipe",
        K::Interrupted => "io-interrupted",
        K::UnexpectedEof => "io-unexpected-eof",
        K::OutOfMemory => "io-out-of-memory",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_io_kind_with_an_id_has_a_message_in_both_languages() {
        use std::io::ErrorKind as K;
        let kinds = [
            K::NotFound,
            K::PermissionDenied,
            K::AlreadyExists,
            K::IsADirectory,
            K::NotADirectory,
            K::DirectoryNotEmpty,
            K::ReadOnlyFilesystem,
            K::StorageFull,
            K::QuotaExceeded,
            K::InvalidData,
            K::InvalidFilename,
            K::FileTooLarge,
            K::CrossesDevices,
            K::ConnectionRefused,
            K::TimedOut,
            K::BrokenPipe,
            K::Interrupted,
            K::UnexpectedEof,
            K::OutOfMemory,
        ];
        for kind in kinds {
            let id = io_kind_id(kind).expect("kind has an id");
            for lang in [Lang::En, Lang::PtBr] {
                assert!(
                    catalog::format(lang, id, None, &[]).is_ok(),
                    "{id} in {}",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn a_system_failure_is_said_by_kind_in_portuguese_and_quoted_in_english() {
        let e = std::io::Error::from(std::io::ErrorKind::NotFound);
        let said = Said::new("err-cannot-read")
            .with("path", "a.md")
            .with("error", &e);
        let en = Texts::new(Lang::En).said(&said);
        let pt = Texts::new(Lang::PtBr).said(&said);
        assert_eq!(en, format!("cannot read a.md: {e}"));
        assert!(pt.contains("a.md") && pt.contains("não encontrad"), "{pt}");
    }

    #[test]
    fn a_sentence_inside_another_is_said_in_the_same_language() {
        let inner = Said::new("err-course-not-found").with("slug", "x");
        let outer = Said::new("err-cannot-read")
            .with("path", "p")
            .with("error", inner);
        let pt = Texts::new(Lang::PtBr).try_said(&outer).unwrap();
        assert!(pt.contains("curso `x` não encontrado"), "{pt}");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_the_id() {
        let said = Said::new("err-no-such-message");
        assert!(Texts::new(Lang::PtBr).try_said(&said).is_err());
        assert_eq!(Texts::new(Lang::PtBr).said(&said), "err-no-such-message");
    }
}
