//! The TOML reader's sentence about a config file, said in the reader's language where it is
//! one of serde's usual two (an unknown key, an unknown value: the typos people make), else
//! quoted as written; with our "did you mean" when a name is close to an accepted one.

use crate::domain::said::{Said, SaidArg};

/// `message` as the TOML reader wrote it; English reproduces it word for word.
pub(super) fn toml_message(message: &str) -> SaidArg {
    let full = crate::domain::suggest::with_suggestion(message);
    let best = full
        .strip_prefix(message)
        .and_then(|tail| tail.strip_prefix(" (did you mean `"))
        .and_then(|tail| tail.strip_suffix("`?)"));
    let said = unknown_name(message);
    match (best, said) {
        (Some(best), said) => Said::new("err-config-toml-suggest")
            .with(
                "message",
                said.map_or_else(|| SaidArg::from(message), SaidArg::from),
            )
            .with("best", best)
            .into(),
        (None, Some(said)) => said.into(),
        (None, None) => SaidArg::from(full),
    }
}

/// serde's "unknown field `x`, expected one of `a`, `b`" (or "unknown variant …"): the name,
/// serde's own list for English, the accepted names for the other languages.
fn unknown_name(message: &str) -> Option<Said> {
    let (id, rest) = if let Some(rest) = message.strip_prefix("unknown field `") {
        ("err-config-toml-unknown-field", rest)
    } else {
        (
            "err-config-toml-unknown-variant",
            message.strip_prefix("unknown variant `")?,
        )
    };
    let (name, expected) = rest.split_once("`, expected ")?;
    if name.contains('`') || !expected.starts_with(['`', 'o']) {
        return None;
    }
    let accepted: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    if accepted.is_empty() {
        return None;
    }
    Some(
        Said::new(id)
            .with("name", name)
            .with("expected", expected)
            .with("accepted", accepted.join(", ")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_lists_give_the_accepted_names() {
        let said = unknown_name("unknown field `x`, expected one of `a`, `b`, `c`").unwrap();
        assert_eq!(said.arg("accepted"), Some(&SaidArg::from("a, b, c")));
        let said = unknown_name("unknown variant `x`, expected `a` or `b`").unwrap();
        assert_eq!(said.arg("accepted"), Some(&SaidArg::from("a, b")));
        assert!(unknown_name("unknown field `x`, there are no fields").is_none());
        assert!(unknown_name("invalid type: string \"x\", expected u32").is_none());
    }
}
