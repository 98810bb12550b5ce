//! Issue messages and hints in the chosen language. The message files hold one message per
//! issue code (`GPS-G-MISSING = …`, `.hint = …`) whose variables are the issue's `args`.
//!
//! English is the domain's own text, as it always was (the message files' English is checked
//! against it by a test). Another language falls back to it when the issue lacks values the
//! message needs (an issue stored by an older lectern) or its code has no message yet.

use std::borrow::Cow;

use crate::domain::issue::{Issue, IssueArg, IssueArgs};

use super::{Lang, Texts, Value, catalog};

impl Texts {
    /// What the issue says, in this language.
    pub fn issue_message(self, issue: &Issue) -> Cow<'_, str> {
        if self.lang == Lang::En {
            return Cow::Borrowed(issue.message.as_str());
        }
        self.issue_text(&issue.code, None, &issue.args)
            .map_or(Cow::Borrowed(issue.message.as_str()), Cow::Owned)
    }

    /// What to do about it, in this language.
    pub fn issue_hint(self, issue: &Issue) -> Cow<'_, str> {
        if self.lang == Lang::En || issue.hint.is_empty() {
            return Cow::Borrowed(issue.hint.as_str());
        }
        self.issue_text(&issue.code, Some("hint"), &issue.args)
            .map_or(Cow::Borrowed(issue.hint.as_str()), Cow::Owned)
    }

    /// A stored message known by its code, English text and the values it kept (a course
    /// message of `lectern show`): said in this language when the values are all there (a
    /// message stored before values were kept has none, and stays as stored).
    pub fn code_message<'a>(self, code: &str, english: &'a str, args: &IssueArgs) -> Cow<'a, str> {
        if self.lang == Lang::En {
            return Cow::Borrowed(english);
        }
        self.issue_text(code, None, args)
            .map_or(Cow::Borrowed(english), Cow::Owned)
    }

    /// The hint of a stored message, under the same rule as [`Texts::code_message`].
    pub fn code_hint<'a>(self, code: &str, english: &'a str, args: &IssueArgs) -> Cow<'a, str> {
        if self.lang == Lang::En || english.is_empty() {
            return Cow::Borrowed(english);
        }
        self.issue_text(code, Some("hint"), args)
            .map_or(Cow::Borrowed(english), Cow::Owned)
    }

    /// The issue's message (or `.hint`) formatted from the message files, or the problems.
    pub fn try_issue_text(
        self,
        code: &str,
        attribute: Option<&str>,
        args: &IssueArgs,
    ) -> Result<String, Vec<String>> {
        let mut values: Vec<(&str, Value<'_>)> = Vec::with_capacity(args.len());
        let mut errors = Vec::new();
        for (name, arg) in args {
            let value = match arg {
                IssueArg::Int(n) => Value::from(*n),
                IssueArg::Text(s) => Value::from(s.as_str()),
                IssueArg::Items(items) => {
                    let mut parts = Vec::with_capacity(items.len());
                    for item in items {
                        match self.try_issue_text(code, Some("item"), item) {
                            Ok(text) => parts.push(text),
                            Err(e) => errors.extend(e),
                        }
                    }
                    Value::from(parts.join(", "))
                }
            };
            values.push((name.as_str(), value));
        }
        let text = catalog::format(self.lang, code, attribute, &values).map_err(|(_, e)| e)?;
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(errors)
        }
    }

    fn issue_text(self, code: &str, attribute: Option<&str>, args: &IssueArgs) -> Option<String> {
        self.try_issue_text(code, attribute, args).ok()
    }
}
