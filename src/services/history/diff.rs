//! Line and word diffs between two texts (`similar`), each computed under a time budget: on
//! pathological input the diff gets coarser (bigger replaced blocks) but stays correct and
//! the caller never waits longer than the budget.

use std::time::Duration;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// How long a diff may search for the smallest edit before settling for a coarser one.
const BUDGET: Duration = Duration::from_millis(300);
/// Unchanged lines kept around each change.
const CONTEXT: usize = 3;

/// A unified line diff, ready to print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineDiff {
    /// `--- a` / `+++ b` headers, `@@` hunks, `-`/`+`/` ` lines (no colour).
    pub unified: String,
    pub added: usize,
    pub removed: usize,
}

pub fn line_diff(old: &str, new: &str, old_label: &str, new_label: &str) -> LineDiff {
    let diff = TextDiff::configure().timeout(BUDGET).diff_lines(old, new);
    let (mut added, mut removed) = (0, 0);
    for change in diff.iter_all_changes() {
        match change.tag() {
            ChangeTag::Insert => added += 1,
            ChangeTag::Delete => removed += 1,
            ChangeTag::Equal => {}
        }
    }
    let unified = diff
        .unified_diff()
        .context_radius(CONTEXT)
        .header(old_label, new_label)
        .to_string();
    LineDiff {
        unified,
        added,
        removed,
    }
}

/// One piece of a word diff line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum WordSpan {
    Same(String),
    Removed(String),
    Added(String),
}

/// One line of a word diff: its number in the new text (`None` for a line only the old text
/// had) and its pieces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffLine {
    pub new_line: Option<usize>,
    pub spans: Vec<WordSpan>,
}

impl DiffLine {
    pub fn changed(&self) -> bool {
        self.spans.iter().any(|s| !matches!(s, WordSpan::Same(_)))
    }

    /// The line with `[-old-]` and `{+new+}` markers (readable without colour).
    pub fn marked(&self) -> String {
        self.spans
            .iter()
            .map(|s| match s {
                WordSpan::Same(t) => t.clone(),
                WordSpan::Removed(t) => format!("[-{t}-]"),
                WordSpan::Added(t) => format!("{{+{t}+}}"),
            })
            .collect()
    }
}

/// A word diff: the changed lines with [`CONTEXT`] lines around them; `None` entries mark
/// skipped stretches of unchanged lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffOutput {
    pub lines: Vec<Option<DiffLine>>,
}

impl DiffOutput {
    /// As text with markers, `@@` between separated stretches.
    pub fn marked(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            match line {
                Some(l) => out.push_str(&l.marked()),
                None => out.push_str("@@"),
            }
            out.push('\n');
        }
        out
    }
}

pub fn word_diff(old: &str, new: &str) -> DiffOutput {
    let diff = TextDiff::configure().timeout(BUDGET).diff_words(old, new);
    let mut lines: Vec<DiffLine> = Vec::new();
    let mut current = DiffLine {
        new_line: Some(1),
        spans: Vec::new(),
    };
    let mut new_line = 1;
    for change in diff.iter_all_changes() {
        let tag = change.tag();
        // A word token may hold newlines (whitespace runs); split so each line stands alone.
        let value = change.value();
        let mut parts = value.split('\n').peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty() {
                push_span(&mut current.spans, tag, part);
            }
            if parts.peek().is_some() {
                if tag == ChangeTag::Delete {
                    // A removed line break joins two old lines into the current new one.
                    push_span(&mut current.spans, tag, "⏎");
                    continue;
                }
                if tag == ChangeTag::Insert && current.new_line.is_none() {
                    current.new_line = Some(new_line);
                }
                lines.push(std::mem::replace(
                    &mut current,
                    DiffLine {
                        new_line: Some(new_line + 1),
                        spans: Vec::new(),
                    },
                ));
                new_line += 1;
            }
        }
    }
    if !current.spans.is_empty() {
        lines.push(current);
    }
    DiffOutput {
        lines: with_context(lines),
    }
}

fn push_span(spans: &mut Vec<WordSpan>, tag: ChangeTag, text: &str) {
    match (spans.last_mut(), tag) {
        (Some(WordSpan::Same(t)), ChangeTag::Equal)
        | (Some(WordSpan::Removed(t)), ChangeTag::Delete)
        | (Some(WordSpan::Added(t)), ChangeTag::Insert) => t.push_str(text),
        (_, ChangeTag::Equal) => spans.push(WordSpan::Same(text.into())),
        (_, ChangeTag::Delete) => spans.push(WordSpan::Removed(text.into())),
        (_, ChangeTag::Insert) => spans.push(WordSpan::Added(text.into())),
    }
}

fn with_context(lines: Vec<DiffLine>) -> Vec<Option<DiffLine>> {
    let changed: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].changed()).collect();
    let keep = |i: usize| {
        changed
            .iter()
            .any(|&c| i + CONTEXT >= c && i <= c + CONTEXT)
    };
    let mut out = Vec::new();
    let mut skipped = false;
    for (i, line) in lines.into_iter().enumerate() {
        if keep(i) {
            if skipped && !out.is_empty() {
                out.push(None);
            }
            skipped = false;
            out.push(Some(line));
        } else {
            skipped = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_only_the_changed_words() {
        let out = word_diff("um dois três\nquatro\n", "um DOIS três\nquatro\n").marked();
        assert_eq!(out, "um [-dois-]{+DOIS+} três\nquatro\n");
    }

    #[test]
    fn line_diff_counts_and_labels() {
        let d = line_diff("a\nb\n", "a\nc\n", "old", "new");
        assert_eq!((d.added, d.removed), (1, 1));
        assert!(d.unified.starts_with("--- old\n+++ new\n"));
    }
}
