//! The placeholder detector of spec §6.5: template text that means "not filled in yet".
//!
//! `[_…]`, `_[…]`, `{…}`, `AUTO-PREENCHIDO`, an empty checkbox `[ ]`, three or more
//! underscores, and `Exemplo:` followed by a blank line. Pure.

use regex::Regex;
use std::sync::LazyLock;

// Literal pattern, exercised by the tests.
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[_[^\]]*\]|_\[[^\]]*\]|\{[^}]*\}|AUTO-PREENCHIDO|\[\s*\]|_{3,}|Exemplo:[ \t]*\r?\n[ \t]*\r?\n")
        .expect("literal pattern")
});

/// True when `text` contains any placeholder marker.
pub fn has_placeholder(text: &str) -> bool {
    PLACEHOLDER.is_match(text)
}

/// Words that carry an answer: markup characters (`#*`[]_-`) and checkbox marks removed;
/// placeholder lines, unchecked boxes and wholly bracketed instructions (`[Digite aqui]`,
/// which the reference also drops) not counted.
pub fn meaningful_words(text: &str) -> usize {
    text.lines()
        .filter(|line| !has_placeholder(line) && !is_bracketed(line) && !is_example(line))
        .flat_map(|line| {
            line.split_whitespace()
                .filter(|w| !matches!(*w, "[x]" | "[X]"))
                .map(|w| w.trim_matches(|c: char| "#*`[]_-|:".contains(c)))
                .filter(|w| !w.is_empty())
        })
        .count()
}

/// `Exemplo: "…"`: the template's sample answer, not the author's.
pub fn is_example(line: &str) -> bool {
    let t = line.trim_start().trim_start_matches(['-', '*', ' ']);
    t.starts_with("Exemplo:") || t.starts_with("Exemplos:") || t.starts_with("Ex:")
}

/// `[Objetivo 1]` or `1. [Objetivo 1]`: an instruction in brackets, not an answer.
fn is_bracketed(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-');
    let t = t.trim();
    t.len() > 3
        && t.starts_with('[')
        && t.ends_with(']')
        && !t.starts_with("[x]")
        && !t.starts_with("[X]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_template_markers() {
        for text in [
            "[AUTO-PREENCHIDO: slug]",
            "[ ] Opção",
            "Ferramenta: _______________",
            "Nome: [_nome_]",
            "{titulo}",
            "Exemplo:\n\nmais",
        ] {
            assert!(has_placeholder(text), "{text}");
        }
        assert!(!has_placeholder("[X] Tecnologia"));
        assert!(!has_placeholder("Claude Code Expert"));
        assert_eq!(meaningful_words("[ ] Opção A\n[x] Opção B\n___\n"), 2);
    }
}
