//! `Theme`: every style the TUI draws with, named by meaning (`score_good`, `failure`,
//! `selection` …). The only file allowed to name a colour.
//!
//! With `NO_COLOR` set the theme is monochrome: bold, reverse, underline and dim only, and the
//! screens always pair a style with a symbol or word (✓/✗, "failed"), so meaning never rests
//! on colour alone. Must not depend on screens or storage.
//!
//! It also carries the language's [`Texts`] (a `Copy` handle, English unless
//! [`Theme::with_texts`] says otherwise): every `render` already receives the theme, so the
//! words travel with the styles instead of through a global or a second parameter.

use crate::tui::text::highlight::SyntaxKind;
use ratatui::style::{Color, Modifier, Style};

use crate::i18n::{Lang, Texts};

/// Didática points at or above which a lesson is shown as good (spec: 70 passes, 85 is good).
pub const DIDATICA_GOOD: u32 = 85;
/// Didática points at or above which a lesson passes.
pub const DIDATICA_PASS: u32 = 70;

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub title: Style,
    pub header: Style,
    pub text: Style,
    pub dim: Style,
    pub selection: Style,
    pub border: Style,
    pub border_focused: Style,
    pub score_good: Style,
    pub score_warn: Style,
    pub failure: Style,
    pub key: Style,
    pub status_bar: Style,
    pub notice: Style,
    pub error: Style,
    /// Lines of the lesson that an opened issue points at.
    pub highlight: Style,
    /// Matched terms in search snippets and the filter.
    pub matched: Style,
    /// Whether syntax highlighting may colour text (false under `NO_COLOR`).
    pub syntax_color: bool,
    /// Words a revision added and removed in a diff (and the +/− line counts).
    pub diff_added: Style,
    pub diff_removed: Style,
    /// Diffs also mark changes with `[-old-]` and `{+new+}` (under `NO_COLOR`, where
    /// styles alone would not say which words are which).
    pub diff_markers: bool,
    /// The language the workbench speaks (chosen once at start, like the CLI's).
    pub texts: Texts,
}

/// Search matches in the editor's text: bold and underlined, no colour, so it reads the same
/// with `NO_COLOR` and never hides the cursor (reversed) or the selection.
pub fn search_match() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

impl Theme {
    /// The default colour theme, or the monochrome one when `color` is false.
    pub fn new(color: bool) -> Theme {
        if color {
            Theme::colored()
        } else {
            Theme::monochrome()
        }
    }

    /// The same styles, speaking `texts`' language.
    pub fn with_texts(self, texts: Texts) -> Theme {
        Theme { texts, ..self }
    }

    /// Reads `NO_COLOR` (any non-empty value disables colour, per no-color.org).
    pub fn from_env_value(no_color: Option<&std::ffi::OsStr>) -> Theme {
        Theme::new(no_color.is_none_or(|v| v.is_empty()))
    }

    fn colored() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            header: Style::new().fg(Color::Yellow).add_modifier(bold),
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            selection: Style::new().bg(Color::Indexed(237)).add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan),
            score_good: Style::new().fg(Color::Green),
            score_warn: Style::new().fg(Color::Yellow),
            failure: Style::new().fg(Color::Red).add_modifier(bold),
            key: Style::new().fg(Color::Cyan).add_modifier(bold),
            status_bar: Style::new().bg(Color::Indexed(235)),
            notice: Style::new().fg(Color::Green),
            error: Style::new().fg(Color::Red).add_modifier(bold),
            highlight: Style::new().bg(Color::Indexed(52)),
            matched: Style::new().fg(Color::Black).bg(Color::Yellow),
            syntax_color: true,
            diff_added: Style::new().fg(Color::Green).add_modifier(bold),
            diff_removed: Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::CROSSED_OUT),
            diff_markers: false,
            texts: Texts::new(Lang::En),
        }
    }

    fn monochrome() -> Theme {
        let plain = Style::new();
        Theme {
            title: plain.add_modifier(Modifier::BOLD),
            header: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            text: plain,
            dim: plain.add_modifier(Modifier::DIM),
            selection: plain.add_modifier(Modifier::REVERSED),
            border: plain,
            border_focused: plain.add_modifier(Modifier::BOLD),
            score_good: plain,
            score_warn: plain.add_modifier(Modifier::ITALIC),
            failure: plain.add_modifier(Modifier::BOLD),
            key: plain.add_modifier(Modifier::BOLD),
            status_bar: plain.add_modifier(Modifier::REVERSED),
            notice: plain.add_modifier(Modifier::BOLD),
            error: plain.add_modifier(Modifier::BOLD),
            highlight: plain.add_modifier(Modifier::UNDERLINED),
            matched: plain.add_modifier(Modifier::REVERSED),
            syntax_color: false,
            diff_added: plain.add_modifier(Modifier::BOLD),
            diff_removed: plain.add_modifier(Modifier::CROSSED_OUT),
            diff_markers: true,
            texts: Texts::new(Lang::En),
        }
    }

    /// How a kind of Markdown or YAML text is coloured, in the lesson view and the editors
    /// alike (the one mapping). Without colour only headings, strong and emphasis keep a
    /// modifier; the rest reads plain.
    pub fn syntax(&self, kind: SyntaxKind) -> Style {
        let plain = Style::new();
        if !self.syntax_color {
            return match kind {
                SyntaxKind::Heading | SyntaxKind::Strong => plain.add_modifier(Modifier::BOLD),
                SyntaxKind::Emphasis | SyntaxKind::Quote => plain.add_modifier(Modifier::ITALIC),
                _ => plain,
            };
        }
        match kind {
            SyntaxKind::Heading => plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            SyntaxKind::Strong => plain.add_modifier(Modifier::BOLD),
            SyntaxKind::Emphasis => plain.add_modifier(Modifier::ITALIC),
            SyntaxKind::Code => plain.fg(Color::Green),
            SyntaxKind::Link => plain.fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
            SyntaxKind::Quote => plain.fg(Color::Gray).add_modifier(Modifier::ITALIC),
            SyntaxKind::ListMarker => plain.fg(Color::Yellow),
            SyntaxKind::Key => plain.fg(Color::Cyan),
            SyntaxKind::Str => plain.fg(Color::Green),
            SyntaxKind::Number => plain.fg(Color::Magenta),
            SyntaxKind::Comment => plain.fg(Color::DarkGray),
        }
    }

    /// Style of a Didática score in points (0–100).
    pub fn didatica(&self, points: u32) -> Style {
        if points >= DIDATICA_GOOD {
            self.score_good
        } else if points >= DIDATICA_PASS {
            self.score_warn
        } else {
            self.failure
        }
    }

    /// Style of an average expressed as a fraction 0–1 (library averages).
    pub fn fraction(&self, value: f64) -> Style {
        self.didatica((value * 100.0).round() as u32)
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::new(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_means_no_colour_anywhere() {
        let t = Theme::from_env_value(Some(std::ffi::OsStr::new("1")));
        for style in [
            t.score_good,
            t.score_warn,
            t.failure,
            t.selection,
            t.highlight,
            t.diff_added,
            t.diff_removed,
        ] {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
        assert_eq!(Theme::from_env_value(None), Theme::new(true));
        assert_eq!(
            Theme::from_env_value(Some(std::ffi::OsStr::new(""))),
            Theme::new(true)
        );
    }

    #[test]
    fn didatica_thresholds() {
        let t = Theme::new(true);
        assert_eq!(t.didatica(85), t.score_good);
        assert_eq!(t.didatica(70), t.score_warn);
        assert_eq!(t.didatica(69), t.failure);
    }
}
