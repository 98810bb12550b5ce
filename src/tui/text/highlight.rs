//! The one syntax highlighter (syntect), for the lesson view and the editors alike: Markdown
//! for briefs and lessons, YAML for the curriculum. It runs off the draw loop — on a blocking
//! task for a lesson (the app caches the result by `content_hash`, so a lesson is highlighted
//! once however often it is opened), on the storage worker for an editor after a typing pause.
//!
//! syntect's scopes become a few semantic kinds and `Theme::syntax` is the one mapping from
//! kind to style, so colours stay in `theme.rs` and `NO_COLOR` holds. Must not depend on
//! screens, storage or the terminal.

use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, OnceLock};

use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxSet};

/// Which grammar a text is read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grammar {
    Markdown,
    Yaml,
}

/// What a piece of text is, as far as colouring goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntaxKind {
    Heading,
    Strong,
    Emphasis,
    Code,
    Link,
    Quote,
    ListMarker,
    Key,
    Str,
    Number,
    Comment,
}

/// One coloured run of a line: characters `start..end` (not bytes, as the text area counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub kind: SyntaxKind,
}

/// The runs of every line of one text, with the line they were computed for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlights {
    lines: Vec<(String, Vec<Run>)>,
    /// Line text → index into `lines`, so runs follow a line that moved (typing above it).
    by_text: HashMap<String, usize>,
}

impl Highlights {
    /// The runs for line `row` reading `text`: those computed at that row, else those of a
    /// line that read the same; none when the line is new since.
    pub fn runs(&self, row: usize, text: &str) -> &[Run] {
        match self.lines.get(row) {
            Some((t, runs)) if t == text => runs,
            _ => self
                .by_text
                .get(text)
                .and_then(|&i| self.lines.get(i))
                .map_or(&[], |(_, runs)| runs),
        }
    }

    /// How many lines were highlighted.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// A lesson's highlighting, shared between the app's cache (by `content_hash`) and the lesson
/// screens that show that text.
pub type Highlighted = Arc<Highlights>;

/// The key of a text's highlighting in the app's cache.
pub fn content_hash(lines: &[String]) -> u64 {
    let mut hasher = DefaultHasher::new();
    lines.hash(&mut hasher);
    hasher.finish()
}

/// syntect's bundled grammars: loading them takes tens of milliseconds, so it is done once,
/// on the first (background) highlight, and the immutable set is shared after that.
fn syntax_set() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// A lesson's (already sanitised) lines as Markdown, so no control character can come back
/// through the highlighter.
pub fn highlight_lines(lines: &[String]) -> Highlights {
    highlight(&lines.join("\n"), Grammar::Markdown)
}

/// Scope prefixes in priority order (the first that any scope on the stack starts with wins,
/// innermost scope first).
fn kinds() -> &'static [(Scope, SyntaxKind)] {
    static KINDS: OnceLock<Vec<(Scope, SyntaxKind)>> = OnceLock::new();
    KINDS.get_or_init(|| {
        [
            ("comment", SyntaxKind::Comment),
            ("markup.raw", SyntaxKind::Code),
            ("markup.heading", SyntaxKind::Heading),
            ("entity.name.section", SyntaxKind::Heading),
            ("markup.bold", SyntaxKind::Strong),
            ("markup.italic", SyntaxKind::Emphasis),
            ("markup.underline.link", SyntaxKind::Link),
            ("meta.link", SyntaxKind::Link),
            ("markup.quote", SyntaxKind::Quote),
            ("punctuation.definition.list_item", SyntaxKind::ListMarker),
            ("entity.name.tag", SyntaxKind::Key),
            ("string", SyntaxKind::Str),
            ("constant.numeric", SyntaxKind::Number),
            ("constant.language", SyntaxKind::Number),
        ]
        .into_iter()
        .filter_map(|(name, kind)| Scope::new(name).ok().map(|s| (s, kind)))
        .collect()
    })
}

fn classify(stack: &ScopeStack) -> Option<SyntaxKind> {
    stack.as_slice().iter().rev().find_map(|scope| {
        kinds()
            .iter()
            .find(|(prefix, _)| prefix.is_prefix_of(*scope))
            .map(|(_, kind)| *kind)
    })
}

/// Highlights `text` line by line. A grammar error stops colouring (the rest stays plain)
/// rather than failing: highlighting is a help, never a gate.
pub fn highlight(text: &str, grammar: Grammar) -> Highlights {
    let set = syntax_set();
    let syntax = match grammar {
        Grammar::Markdown => set.find_syntax_by_extension("md"),
        Grammar::Yaml => set.find_syntax_by_extension("yaml"),
    };
    let mut state = syntax.map(ParseState::new);
    let mut stack = ScopeStack::new();
    let mut out = Highlights::default();
    for line in text.split('\n') {
        let mut runs = Vec::new();
        if let Some(parser) = &mut state {
            // The grammars are written for lines that end in a newline.
            let with_newline = format!("{line}\n");
            match parser.parse_line(&with_newline, set) {
                Ok(ops) => {
                    let mut at = 0usize;
                    for (offset, op) in ops {
                        let offset = offset.min(line.len());
                        push_run(&mut runs, line, at, offset, classify(&stack));
                        at = offset;
                        if stack.apply(&op).is_err() {
                            state = None;
                            break;
                        }
                    }
                    push_run(&mut runs, line, at, line.len(), classify(&stack));
                }
                Err(_) => state = None,
            }
        }
        out.by_text
            .entry(line.to_string())
            .or_insert(out.lines.len());
        out.lines.push((line.to_string(), runs));
    }
    out
}

/// Adds bytes `from..to` of `line` as a run of `kind` (merged with an adjacent one).
fn push_run(runs: &mut Vec<Run>, line: &str, from: usize, to: usize, kind: Option<SyntaxKind>) {
    let Some(kind) = kind else { return };
    if from >= to || !line.is_char_boundary(from) || !line.is_char_boundary(to) {
        return;
    }
    let start = line[..from].chars().count();
    let end = start + line[from..to].chars().count();
    match runs.last_mut() {
        Some(last) if last.kind == kind && last.end == start => last.end = end,
        _ => runs.push(Run { start, end, kind }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_headings_code_and_emphasis_are_classified() {
        let h = highlight(
            "# Título\n\nTexto com `código` e **forte**.\n",
            Grammar::Markdown,
        );
        assert!(
            h.runs(0, "# Título")
                .iter()
                .any(|r| r.kind == SyntaxKind::Heading)
        );
        let runs = h.runs(2, "Texto com `código` e **forte**.");
        assert!(
            runs.iter()
                .any(|r| r.kind == SyntaxKind::Code && r.start == 10)
        );
        assert!(runs.iter().any(|r| r.kind == SyntaxKind::Strong));
    }

    #[test]
    fn yaml_keys_and_numbers_are_classified_and_runs_follow_moved_lines() {
        let h = highlight("modules:\n  - title: Um\n    duration: 30\n", Grammar::Yaml);
        assert!(
            h.runs(0, "modules:")
                .iter()
                .any(|r| r.kind == SyntaxKind::Key)
        );
        let moved = h.runs(7, "    duration: 30");
        assert!(
            moved.iter().any(|r| r.kind == SyntaxKind::Number),
            "{moved:?}"
        );
        assert!(
            h.runs(1, "  - title: Dois").is_empty(),
            "changed line stays plain"
        );
    }

    #[test]
    fn lesson_lines_keep_their_count_and_their_hash_tells_texts_apart() {
        let lines = vec!["# Title".to_string(), "some **bold** text ␛".to_string()];
        let h = highlight_lines(&lines);
        assert_eq!(h.len(), 2);
        assert!(
            h.runs(1, &lines[1])
                .iter()
                .any(|r| r.kind == SyntaxKind::Strong)
        );
        assert_ne!(content_hash(&lines), content_hash(&lines[..1]));
    }
}
