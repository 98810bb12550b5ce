//! "Did you mean …?": the accepted name nearest to a mistyped one, for config, price-table and
//! keymap errors. Pure.

/// serde's "unknown field `concurency`, expected one of `provider`, …" (or variant) with a
/// "did you mean `concurrency`?" when one accepted name is close.
pub fn with_suggestion(message: &str) -> String {
    let Some(rest) = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))
    else {
        return message.to_string();
    };
    let Some((value, after)) = rest.split_once('`') else {
        return message.to_string();
    };
    let accepted: Vec<&str> = after.split('`').skip(1).step_by(2).collect();
    match closest(value, &accepted) {
        Some(best) => format!("{message} (did you mean `{best}`?)"),
        None => message.to_string(),
    }
}

/// The accepted name within two edits of `value`, if one is that close.
pub fn closest<'a>(value: &str, accepted: &[&'a str]) -> Option<&'a str> {
    let value = value.to_lowercase();
    accepted
        .iter()
        .map(|name| (edit_distance(&value, name), *name))
        .filter(|(d, name)| *d <= 2.max(name.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

/// Optimal string alignment distance (a swap of two neighbours counts as one edit).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROVIDERS: [&str; 3] = ["offline", "openai", "anthropic"];

    #[test]
    fn suggestions_find_near_names_only() {
        assert_eq!(closest("opneai", &PROVIDERS), Some("openai"));
        assert_eq!(closest("Anthropik", &PROVIDERS), Some("anthropic"));
        assert_eq!(closest("llama", &PROVIDERS), None);
    }

    #[test]
    fn serde_messages_get_a_suggestion() {
        let m = with_suggestion("unknown variant `strcit`, expected `creatoros` or `strict`");
        assert!(m.ends_with("(did you mean `strict`?)"), "{m}");
        let m = with_suggestion("unknown field `zzz`, expected `provider` or `model`");
        assert!(!m.contains("did you mean"), "{m}");
    }
}
