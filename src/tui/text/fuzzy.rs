//! Fuzzy matching for the command palette: every character of the query must appear in order
//! (case-insensitively); runs of consecutive characters and matches at word starts score
//! higher, so "rev" ranks "review …" above "reverse the sort order". Pure.

/// Score of `query` against `text`, higher is better; `None` when it does not match.
pub fn fuzzy_score(query: &str, text: &str) -> Option<i64> {
    let query: Vec<char> = query
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if query.is_empty() {
        return Some(0);
    }
    let text: Vec<char> = text.to_lowercase().chars().collect();
    let mut score = 0i64;
    let mut q = 0;
    let mut previous: Option<usize> = None;
    for (i, c) in text.iter().enumerate() {
        if q == query.len() {
            break;
        }
        if *c != query[q] {
            continue;
        }
        score += 1;
        if previous == Some(i.wrapping_sub(1)) {
            score += 5;
        }
        if i == 0 || !text[i - 1].is_alphanumeric() {
            score += 8;
        }
        if let Some(p) = previous {
            // Long gaps between matched characters make a weaker match.
            score -= ((i - p - 1).min(10)) as i64 / 3;
        }
        previous = Some(i);
        q += 1;
    }
    (q == query.len()).then_some(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsequence_in_order_only() {
        assert!(fuzzy_score("srch", "search every lesson").is_some());
        assert!(fuzzy_score("hcrs", "search").is_none());
        assert_eq!(fuzzy_score("", "anything"), Some(0));
    }

    #[test]
    fn word_starts_and_runs_rank_higher() {
        let review = fuzzy_score("rev", "review failing lessons").unwrap();
        let reverse = fuzzy_score("rev", "the reverse order").unwrap();
        let scattered = fuzzy_score("rev", "reload every view").unwrap();
        assert!(review >= reverse, "{review} {reverse}");
        assert!(reverse > scattered, "{reverse} {scattered}");
    }
}
