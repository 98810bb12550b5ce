//! `lectern search`: the workbench's full-text search (lessons, briefs, courses, research),
//! with each hit's target and the line of its first match, for front ends that print hits.

use crate::domain::fold::fold;
use crate::storage::{MATCH_END, MATCH_START, SearchHit, SearchKind, Store};

use super::ServiceError;

/// One hit, ready to print: where it is and the text around the match.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    pub kind: SearchKind,
    pub course: String,
    /// What to open: a lesson id, `brief`, `course`, or `research/NAME`.
    pub target: String,
    /// 1-based line of the first line holding a matched word (`None` for course hits, or when
    /// the match is only in a lesson's title).
    pub line: Option<usize>,
    pub title: String,
    /// Text around the match; `true` pieces are matched words. Untrusted: sanitise to print.
    pub snippet: Vec<(String, bool)>,
    /// FTS5 bm25 rank: lower is better.
    pub rank: f64,
}

/// Best hits first, at most `limit`; only `course`'s when given (an unknown slug is an error).
pub fn search_library(
    store: &Store,
    query: &str,
    course: Option<&str>,
    limit: u32,
) -> Result<Vec<SearchResult>, ServiceError> {
    let repo = store.read();
    if let Some(slug) = course {
        repo.require_course(slug)?;
    }
    let hits = repo.search_in(query, course, limit)?;
    let mut results = Vec::with_capacity(hits.len());
    for hit in hits {
        let snippet = split_snippet(&hit.snippet);
        let line = match repo.search_hit_text(&hit)? {
            Some(text) => first_line_with(&text, &matched_words(&snippet)),
            None => None,
        };
        results.push(SearchResult {
            target: target(&hit),
            kind: hit.kind,
            course: hit.course_slug,
            line,
            title: hit.title,
            snippet,
            rank: hit.rank,
        });
    }
    Ok(results)
}

fn target(hit: &SearchHit) -> String {
    match hit.kind {
        SearchKind::Lesson => hit.lesson_id.clone().unwrap_or_default(),
        SearchKind::Brief => "brief".to_string(),
        SearchKind::Course => "course".to_string(),
        SearchKind::Research => {
            let name = hit.title.strip_prefix("research: ").unwrap_or(&hit.title);
            format!("research/{name}")
        }
    }
}

/// Splits FTS5's marked snippet into plain and matched pieces, for the CLI and the workbench
/// alike. Each marker sets what follows ([`MATCH_START`] matched, [`MATCH_END`] plain), so a
/// stray or repeated marker (a text that held the marker bytes itself) never swallows a piece;
/// empty pieces are left out.
pub fn split_snippet(marked: &str) -> Vec<(String, bool)> {
    let mut pieces = Vec::new();
    let mut push = |piece: &str, matched: bool| {
        if !piece.is_empty() {
            pieces.push((piece.to_string(), matched));
        }
    };
    let mut matched = false;
    let mut rest = marked;
    while let Some(at) = rest.find([MATCH_START, MATCH_END]) {
        push(&rest[..at], matched);
        let marker = rest[at..].chars().next().unwrap_or(MATCH_END);
        matched = marker == MATCH_START;
        rest = &rest[at + marker.len_utf8()..];
    }
    push(rest, matched);
    pieces
}

/// The matched words, folded (lower case, no accents) and without repeats.
fn matched_words(snippet: &[(String, bool)]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for (text, matched) in snippet {
        let word = fold(text);
        if *matched && !word.is_empty() && !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// 1-based number of the first line that contains one of `words` (already folded), compared
/// without case or accents, as the index matches.
pub fn first_line_with(text: &str, words: &[String]) -> Option<usize> {
    if words.is_empty() {
        return None;
    }
    text.lines()
        .position(|line| {
            let line = fold(line);
            words.iter().any(|word| line.contains(word.as_str()))
        })
        .map(|index| index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_pieces_and_lines_ignore_accents() {
        let pieces = split_snippet("um \u{2}Exercício\u{3} e \u{2}mais\u{3}");
        assert_eq!(
            pieces,
            vec![
                ("um ".to_string(), false),
                ("Exercício".to_string(), true),
                (" e ".to_string(), false),
                ("mais".to_string(), true),
            ]
        );
        let words = matched_words(&pieces);
        assert_eq!(words, vec!["exercicio", "mais"]);
        assert_eq!(first_line_with("a\nb\nO EXERCICIO aqui", &words), Some(3));
        assert_eq!(first_line_with("nada", &words), None);
    }
}
