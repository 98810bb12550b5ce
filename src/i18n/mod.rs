//! The texts people read, in English or Brazilian Portuguese: Project Fluent message files
//! (`assets/i18n/{en,pt-BR}/*.ftl`, embedded in the binary) behind a small [`Texts`] handle.
//!
//! A front end picks a [`Lang`] once ([`choose`]: config, `LECTERN_LANG`, the locale) and passes
//! the `Copy` handle to whatever prints. There is no process-wide "current language": the two
//! bundles are built once, never change, and any code (a test, say) can format in both
//! languages side by side. The domain keeps issue codes and their values (`Issue::args`); the
//! words are looked up here, at presentation ([`Texts::issue_message`]).
//!
//! Depends on the domain (issues) and on `fluent-bundle`; never on storage, services or front
//! ends. `docs/i18n.md` says how to add or translate a message.

mod catalog;
mod choice;
mod format;
mod issues;
mod said;
mod said_arg;

use std::borrow::Cow;

pub use catalog::{FILES, message_ids, message_variables};
pub use choice::{Choice, LANG_ENV, Lang, choose};
pub use fluent_bundle::FluentValue as Value;
pub use said::io_kind_id;

/// Formats a message: `tr!(texts, "list-empty")` or `tr!(texts, "lessons-count", n = 3)`.
/// Values are anything [`Value`] converts from (numbers, `&str`, `String`), or a [`decimal`].
#[macro_export]
macro_rules! tr {
    ($texts:expr, $id:literal) => {
        $texts.get($id)
    };
    ($texts:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $texts.format($id, &[$((stringify!($name), $crate::i18n::Value::from($value))),+])
    };
}

/// The texts of one language: cheap to copy and pass to anything that prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts {
    lang: Lang,
}

/// English, the language of a screen not told otherwise (tests, benches).
impl Default for Texts {
    fn default() -> Texts {
        Texts::new(Lang::En)
    }
}

impl Texts {
    pub const fn new(lang: Lang) -> Texts {
        Texts { lang }
    }

    pub fn lang(self) -> Lang {
        self.lang
    }

    /// A message without values.
    pub fn get(self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its values. A missing id or value still gives readable text (the id, or
    /// `{$name}` in place of the value) and is logged; the message-file tests make it not happen.
    pub fn format(self, id: &str, values: &[(&str, Value<'_>)]) -> String {
        match catalog::format(self.lang, id, None, values) {
            Ok(text) => text,
            Err((text, errors)) => {
                tracing::warn!("message {id} ({}): {errors:?}", self.lang.tag());
                text
            }
        }
    }

    /// Like [`Texts::format`], but the errors are returned (the message-file tests use it).
    pub fn try_format(
        self,
        id: &str,
        attribute: Option<&str>,
        values: &[(&str, Value<'_>)],
    ) -> Result<String, Vec<String>> {
        catalog::format(self.lang, id, attribute, values).map_err(|(_, errors)| errors)
    }

    /// A number with `digits` decimals in this language's style (`41.8` / `41,8`).
    pub fn number(self, x: f64, digits: usize) -> String {
        format::number_text(&format::decimal_number(x, digits), self.lang)
    }

    /// A date or timestamp as stored (`2026-12-07T14:05:09…`), in the local style: unchanged in
    /// English, `07/12/2026 14:05:09` in pt-BR (`… UTC` for a stored `…Z`, whole seconds). Text
    /// that is not such a timestamp is kept.
    pub fn timestamp<'a>(self, iso: &'a str) -> Cow<'a, str> {
        format::timestamp(iso, self.lang)
    }
}

/// A value printed with exactly `digits` decimals: `tr!(t, "avg", score = decimal(41.75, 1))`.
pub fn decimal(x: f64, digits: usize) -> Value<'static> {
    Value::Number(format::decimal_number(x, digits))
}
