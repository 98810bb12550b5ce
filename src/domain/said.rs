//! A sentence as data: the id of a message in the message files (`assets/i18n/*/errors*.ftl`)
//! and its values. Errors and refusals of the lower layers carry one, so each front end can
//! say them in the reader's language instead of quoting an English sentence (`src/i18n`,
//! [`crate::i18n::Texts::said`]).

/// What to say: a message id (`err-…`) and its values, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, SaidArg)>,
}

/// One value of a [`Said`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaidArg {
    Int(i64),
    /// A name, path, slug or text quoted as it is.
    Text(String),
    /// A failure reported by the system (a file that cannot be read): its kind is said in the
    /// reader's language; `text` is the system's own sentence, English's wording.
    Io {
        kind: std::io::ErrorKind,
        text: String,
    },
    /// Another sentence said inside this one (a refusal quoting the error behind it).
    Said(Box<Said>),
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
        }
    }

    /// The same sentence with one more value: `Said::new("err-x").with("path", path)`.
    pub fn with(mut self, name: &'static str, value: impl Into<SaidArg>) -> Said {
        self.args.push((name, value.into()));
        self
    }

    /// The value named `name`, if there is one.
    pub fn arg(&self, name: &str) -> Option<&SaidArg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

impl From<i64> for SaidArg {
    fn from(n: i64) -> SaidArg {
        SaidArg::Int(n)
    }
}

impl From<u64> for SaidArg {
    fn from(n: u64) -> SaidArg {
        SaidArg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<usize> for SaidArg {
    fn from(n: usize) -> SaidArg {
        SaidArg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for SaidArg {
    fn from(n: u32) -> SaidArg {
        SaidArg::Int(i64::from(n))
    }
}

impl From<i32> for SaidArg {
    fn from(n: i32) -> SaidArg {
        SaidArg::Int(i64::from(n))
    }
}

impl From<&str> for SaidArg {
    fn from(s: &str) -> SaidArg {
        SaidArg::Text(s.to_owned())
    }
}

impl From<String> for SaidArg {
    fn from(s: String) -> SaidArg {
        SaidArg::Text(s)
    }
}

impl From<&String> for SaidArg {
    fn from(s: &String) -> SaidArg {
        SaidArg::Text(s.clone())
    }
}

/// A path as the person typed or sees it (lossy for names that are not UTF-8, as `display`).
impl From<&std::path::Path> for SaidArg {
    fn from(p: &std::path::Path) -> SaidArg {
        SaidArg::Text(p.display().to_string())
    }
}

impl From<&std::path::PathBuf> for SaidArg {
    fn from(p: &std::path::PathBuf) -> SaidArg {
        SaidArg::Text(p.display().to_string())
    }
}

impl From<&std::io::Error> for SaidArg {
    fn from(e: &std::io::Error) -> SaidArg {
        SaidArg::Io {
            kind: e.kind(),
            text: e.to_string(),
        }
    }
}

impl From<Said> for SaidArg {
    fn from(s: Said) -> SaidArg {
        SaidArg::Said(Box::new(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_kept_by_name_in_order() {
        let s = Said::new("err-x").with("path", "a.md").with("n", 3usize);
        assert_eq!(s.arg("path"), Some(&SaidArg::Text("a.md".into())));
        assert_eq!(s.arg("n"), Some(&SaidArg::Int(3)));
        assert_eq!(s.arg("missing"), None);
        assert_eq!(s.args[0].0, "path");
    }

    #[test]
    fn an_io_error_keeps_its_kind_and_sentence() {
        let e = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let SaidArg::Io { kind, text } = SaidArg::from(&e) else {
            panic!("not an io value");
        };
        assert_eq!(kind, std::io::ErrorKind::PermissionDenied);
        assert_eq!(text, e.to_string());
    }
}
