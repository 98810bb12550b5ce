//! Accent- and case-insensitive text keys, for matching labels (`**Duração:**`) and titles.
//!
//! Only folds the Latin letters that occur in Portuguese and Spanish course material; anything
//! else passes through lower-cased. Pure string functions.

/// Lower-case and strip accents: `Duração` → `duracao`.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(fold_char)
        .collect()
}

/// A title key: folded, with every run of non-alphanumerics collapsed to one space and trimmed,
/// so `Aula 1.2: Origem & Rota!` and `aula 1 2 origem rota` compare equal.
pub fn title_key(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_portuguese() {
        assert_eq!(fold("Duração NÍVEL"), "duracao nivel");
        assert_eq!(
            title_key("Aula 1.2: Origem & Rota!"),
            "aula 1 2 origem rota"
        );
    }
}
