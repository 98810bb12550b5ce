//! An authoring refusal's words as data, so the front ends say what the parser found and
//! what to do in the reader's language; `Refusal::message`/`hint` keep the English.

use crate::domain::curriculum::CurriculumError;
use crate::domain::issue::Issue;
use crate::domain::said::Said;
use crate::i18n::{Lang, Texts};

use super::Refusal;

/// Where a refusal's sentences come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum RefusalWords {
    /// Message and hint from the message files.
    Said { message: Said, hint: Said },
    /// A brief finding, said from its code and values.
    Issue(Box<Issue>),
    /// Said as written (`message`, `hint`) in every language.
    #[default]
    Quoted,
}

impl Refusal {
    /// A refusal of lectern's own, at the top of the text.
    pub fn said(message: Said, hint: Said) -> Refusal {
        let en = Texts::new(Lang::En);
        Refusal {
            line: 1,
            column: 1,
            message: en.said(&message),
            hint: en.said(&hint),
            words: Box::new(RefusalWords::Said { message, hint }),
        }
    }

    /// A curriculum that does not parse, at the parser's place.
    pub fn curriculum(e: &CurriculumError) -> Refusal {
        Refusal {
            line: e.line,
            column: e.column,
            message: e.message.clone(),
            hint: e.hint.clone(),
            words: Box::new(RefusalWords::Said {
                message: e.message_said(),
                hint: e.hint_said(),
            }),
        }
    }

    /// What was wrong, in `t`'s language.
    pub fn message_in(&self, t: Texts) -> String {
        match self.words.as_ref() {
            RefusalWords::Said { message, .. } if t.lang() != Lang::En => t.said(message),
            RefusalWords::Issue(issue) => t.issue_message(issue).into_owned(),
            _ => self.message.clone(),
        }
    }

    /// What to do, in `t`'s language.
    pub fn hint_in(&self, t: Texts) -> String {
        match self.words.as_ref() {
            RefusalWords::Said { hint, .. } if t.lang() != Lang::En => t.said(hint),
            RefusalWords::Issue(issue) => t.issue_hint(issue).into_owned(),
            _ => self.hint.clone(),
        }
    }

    /// The message as a value of another sentence (a refused model answer).
    pub fn message_said(&self) -> Said {
        match self.words.as_ref() {
            RefusalWords::Said { message, .. } => message.clone(),
            _ => Said::new("err-quoted").with("text", &self.message),
        }
    }

    /// The hint as a value of another sentence.
    pub fn hint_said(&self) -> Said {
        match self.words.as_ref() {
            RefusalWords::Said { hint, .. } => hint.clone(),
            _ => Said::new("err-quoted").with("text", &self.hint),
        }
    }
}
