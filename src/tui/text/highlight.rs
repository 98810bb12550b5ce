//! Markdown syntax highlighting of a lesson with syntect, off the draw loop: the runtime runs
//! `highlight_markdown` on a blocking task and the app caches the result by content hash, so
//! a lesson is highlighted once however often it is opened. The input is the already
//! sanitised lines, so no control character can come back through the highlighter.
//!
//! Produces plain data (RGB and bold/italic per span); `Theme::syntax` turns it into styles,
//! so colour stays a theme decision (and disappears under `NO_COLOR`). Must not do I/O.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, OnceLock};

use syntect::easy::HighlightLines;
use syntect::highlighting::{FontStyle, Theme as SyntectTheme, ThemeSet};
use syntect::parsing::SyntaxSet;

/// The syntect theme behind the colours (a dark one: the TUI's own theme is dark-first).
const SYNTECT_THEME: &str = "base16-ocean.dark";

/// One highlighted piece of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxSpan {
    pub rgb: (u8, u8, u8),
    pub bold: bool,
    pub italic: bool,
    pub text: String,
}

/// Every line of a lesson, highlighted; shared between the cache and the screens.
pub type Highlighted = Arc<Vec<Vec<SyntaxSpan>>>;

/// The key of a lesson's highlighting in the cache.
pub fn content_hash(lines: &[String]) -> u64 {
    let mut hasher = DefaultHasher::new();
    lines.hash(&mut hasher);
    hasher.finish()
}

/// Loading syntect's syntaxes and themes takes tens of milliseconds; it is done once, on the
/// first (background) highlight, and the immutable sets are shared after that.
fn assets() -> (&'static SyntaxSet, Option<&'static SyntectTheme>) {
    static THEME: OnceLock<Option<SyntectTheme>> = OnceLock::new();
    let theme = THEME.get_or_init(|| ThemeSet::load_defaults().themes.get(SYNTECT_THEME).cloned());
    (syntax_set(), theme.as_ref())
}

/// syntect's bundled grammars, loaded once and shared by the lesson view and the editors.
pub(crate) fn syntax_set() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// Highlights `lines` as Markdown; `None` when syntect has no Markdown syntax or theme (the
/// screen then keeps its plain text).
pub fn highlight_markdown(lines: &[String]) -> Option<Vec<Vec<SyntaxSpan>>> {
    let (syntaxes, theme) = assets();
    let theme = theme?;
    let syntax = syntaxes.find_syntax_by_extension("md")?;
    let mut highlighter = HighlightLines::new(syntax, theme);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let with_newline = format!("{line}\n");
        let ranges = highlighter.highlight_line(&with_newline, syntaxes).ok()?;
        let spans = ranges
            .into_iter()
            .filter_map(|(style, text)| {
                let text = text.trim_end_matches('\n');
                (!text.is_empty()).then(|| SyntaxSpan {
                    rgb: (style.foreground.r, style.foreground.g, style.foreground.b),
                    bold: style.font_style.contains(FontStyle::BOLD),
                    italic: style.font_style.contains(FontStyle::ITALIC),
                    text: text.to_string(),
                })
            })
            .collect();
        out.push(spans);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_text_keep_every_character() {
        let lines = vec!["# Title".to_string(), "some **bold** text ␛".to_string()];
        let out = highlight_markdown(&lines).unwrap();
        assert_eq!(out.len(), 2);
        let joined: Vec<String> = out
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect())
            .collect();
        assert_eq!(joined, lines);
        assert_ne!(content_hash(&lines), content_hash(&lines[..1]));
    }
}
