//! One value of a sentence said on its own: errors whose reason is either a sentence of ours,
//! a system failure or a library's text (`SaidArg`) show it in English in their `Display`.

use crate::domain::said::SaidArg;

use super::Texts;

impl Texts {
    /// The value in this language: a nested sentence said, a system failure by its kind,
    /// text and numbers as they are.
    pub fn said_arg(self, arg: &SaidArg) -> String {
        match arg {
            SaidArg::Int(n) => n.to_string(),
            SaidArg::Text(text) => text.clone(),
            SaidArg::Io { kind, text } => self.io_error(*kind, text),
            SaidArg::Said(said) => self.said(said),
        }
    }
}
