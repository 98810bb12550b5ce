//! Fuzzy matching for the command palette. Each word of the query must match inside the
//! text starting at a word start, its other characters either later in that same word or at
//! the start of a following word ("revw" → "review", "sear" → "search", "rfl" → "review
//! failing lessons"); a character in the middle of another word never matches, so a short
//! query no longer matches most actions by picking letters out of long descriptions.
//! Contiguous runs and word starts score higher, so the best match comes first. Pure.

/// Score of `query` against `text`, higher is better; `None` when it does not match.
pub fn fuzzy_score(query: &str, text: &str) -> Option<i64> {
    let text: Vec<char> = text.to_lowercase().chars().collect();
    let mut total = 0;
    for word in query.to_lowercase().split_whitespace() {
        let word: Vec<char> = word.chars().collect();
        total += best_word_match(&word, &text)?;
    }
    Some(total)
}

fn is_word_start(text: &[char], i: usize) -> bool {
    i == 0 || !text[i - 1].is_alphanumeric()
}

/// The best score of `query` starting at any word start of `text`.
fn best_word_match(query: &[char], text: &[char]) -> Option<i64> {
    (0..text.len())
        .filter(|&i| is_word_start(text, i) && text[i] == query[0])
        .filter_map(|i| {
            // Earlier matches rank a little higher (the action's name comes first).
            let early = 10 - (i.min(40) / 4) as i64;
            rest(query, 1, text, i).map(|s| s + 9 + early)
        })
        .max()
}

/// Score of matching `query[q..]` after `query[q - 1]` matched at `at`.
fn rest(query: &[char], q: usize, text: &[char], at: usize) -> Option<i64> {
    if q == query.len() {
        return Some(0);
    }
    let mut best = None;
    let mut i = at + 1;
    let mut same_word = true;
    while i < text.len() {
        if !text[i].is_alphanumeric() {
            same_word = false;
        }
        let allowed = same_word || is_word_start(text, i);
        if allowed && text[i] == query[q] {
            let bonus = if i == at + 1 {
                6
            } else if is_word_start(text, i) {
                4
            } else {
                0
            };
            if let Some(s) = rest(query, q + 1, text, i) {
                best = best.max(Some(s + 1 + bonus));
            }
            // A contiguous match that completes is the best this branch can do.
            if i == at + 1 && best.is_some() {
                break;
            }
        }
        i += 1;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_start_at_word_starts() {
        assert!(fuzzy_score("srch", "search every lesson").is_some());
        assert!(fuzzy_score("hcrs", "search").is_none());
        assert_eq!(fuzzy_score("", "anything"), Some(0));
        // Letters picked out of the middle of other words do not match.
        assert!(fuzzy_score("sear", "reload the library from the database").is_none());
        assert!(fuzzy_score("sear", "show or hide the generation jobs panel").is_none());
        assert!(fuzzy_score("rfl", "review failing lessons").is_some());
        assert!(fuzzy_score("revw all", "review failing lessons of all courses").is_some());
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
