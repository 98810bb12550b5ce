//! Course slugs: kebab-case ASCII (`^[a-z0-9-]{3,50}$`, spec §5.6), suggested from a title with
//! accents folded (`Fórmulas & Funções` → `formulas-funcoes`). Pure.

use crate::domain::fold::fold;

pub const MIN_LEN: usize = 3;
pub const MAX_LEN: usize = 50;

/// True for slugs the store and the CreatorOS tools accept: lower-case ASCII letters, digits
/// and single inner hyphens, 3–50 characters.
pub fn is_slug(s: &str) -> bool {
    (MIN_LEN..=MAX_LEN).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Why `s` is not a slug, phrased as what to do; `None` when it is one.
pub fn slug_problem(s: &str) -> Option<String> {
    if is_slug(s) {
        return None;
    }
    Some(format!(
        "`{s}` is not a valid slug: use {MIN_LEN}–{MAX_LEN} lower-case letters, digits and single \
         hyphens (e.g. `{}`)",
        suggest_slug(s)
    ))
}

/// A slug from a title: accents folded, every run of other characters one hyphen, cut at a
/// hyphen to fit 50 characters; `curso` when nothing usable is left.
pub fn suggest_slug(title: &str) -> String {
    let mut out = String::new();
    for c in fold(title).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut slug = out.trim_end_matches('-').to_string();
    if slug.len() > MAX_LEN {
        let cut = slug[..=MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        slug.truncate(cut);
    }
    while slug.len() < MIN_LEN {
        if slug.is_empty() {
            slug.push_str("curso");
        } else {
            slug.push_str("-1");
        }
    }
    slug
}

/// `base`, else `base-2`, `base-3` … — the first one `taken` says is free.
pub fn unique_slug(base: &str, mut taken: impl FnMut(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2u32..)
        .map(|n| {
            let suffix = format!("-{n}");
            let keep = base.len().min(MAX_LEN - suffix.len());
            format!("{}{suffix}", base[..keep].trim_end_matches('-'))
        })
        .find(|s| !taken(s))
        .unwrap_or_else(|| base.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_folded_kebab_case() {
        assert_eq!(
            suggest_slug("Fórmulas & Funções no Excel!"),
            "formulas-funcoes-no-excel"
        );
        assert_eq!(suggest_slug("  Ação  "), "acao");
        assert_eq!(suggest_slug("!!"), "curso");
        assert_eq!(suggest_slug("IA"), "ia-1");
        let long = suggest_slug(&"palavra ".repeat(20));
        assert!(is_slug(&long) && long.len() <= MAX_LEN, "{long}");
    }

    #[test]
    fn validates_and_deduplicates() {
        assert!(is_slug("planilhas-sem-medo"));
        for bad in ["ab", "Planilhas", "a--b", "-abc", "abc-", "ação"] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert!(slug_problem("Planilhas").is_some_and(|p| p.contains("`planilhas`")));
        let taken = ["curso", "curso-2"];
        assert_eq!(unique_slug("curso", |s| taken.contains(&s)), "curso-3");
        assert_eq!(unique_slug("novo", |s| taken.contains(&s)), "novo");
    }
}
