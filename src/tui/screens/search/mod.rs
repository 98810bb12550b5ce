//! `SearchScreen`: full-text search over every lesson and course. The query field always has
//! focus; the query goes to the storage worker on the runtime's next tick after typing (a
//! burst of keys becomes one query), results come back with the matched terms marked, and
//! `Enter` opens the lesson at the first line containing a match (or the course).
//!
//! Snippets are split into plain and matched pieces in `update`, so render only reads (it
//! notes how many results fit, which sizes the next query's first page). Must not do I/O or
//! depend on other screens.

pub mod view;

use std::borrow::Cow;
use std::cell::Cell;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use crate::i18n::{Lang, Texts};
use crate::services;
use crate::storage::{SearchHit, SearchKind};
use crate::tr;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::effect::{Effect, LessonTarget, StorageRequest};
use crate::tui::message::target::EditorTarget;
use crate::tui::text::sanitize::{sanitize, sanitized};

/// What a key can ask of the search screen (names as in `[search]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchCommand {
    Open,
    Down,
    Up,
    PageDown,
    PageUp,
    Clear,
}

#[derive(Debug, Clone)]
pub enum SearchAction {
    Command(SearchCommand),
    Insert(char),
    /// A bracketed paste into the query (one line).
    Paste(String),
    DeleteBack,
    /// Leave the screen (Esc: the query field has focus, so the global keys do not apply).
    Close,
    /// The runtime's tick: time to send a query typed since the last one.
    Tick,
    Results {
        query: String,
        /// The number of hits asked for: fewer came back when no more match.
        limit: u32,
        result: Result<Vec<SearchHit>, String>,
    },
    /// Select the result at this position of the list (a mouse click).
    Select(usize),
}

/// One result, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRow {
    pub kind: SearchKind,
    pub course_slug: String,
    pub lesson_id: Option<String>,
    pub title: String,
    /// Snippet pieces; `true` for a matched term.
    pub snippet: Vec<(String, bool)>,
}

impl SearchRow {
    fn new(hit: SearchHit) -> SearchRow {
        SearchRow {
            kind: hit.kind,
            course_slug: hit.course_slug,
            lesson_id: hit.lesson_id.map(safe),
            title: safe(hit.title),
            snippet: split_snippet(&hit.snippet),
        }
    }

    /// The matched terms, for finding the first line that contains one.
    pub fn terms(&self) -> Vec<String> {
        let mut terms: Vec<String> = Vec::new();
        for (text, matched) in &self.snippet {
            if *matched && !terms.contains(text) {
                terms.push(text.clone());
            }
        }
        terms
    }
}

const PAGE: usize = 10;

/// Hits asked for first before the list was ever drawn. Once it was, a query asks for the
/// results that fit and one more (see `first_page`): each hit's snippet costs ≈ 4 µs to
/// make at 200,000 lessons, where a common word is in thousands of texts. More are asked for
/// as the selection nears the end.
pub const SEARCH_PAGE: u32 = 50;

#[derive(Debug, Clone, Default)]
pub struct SearchScreen {
    pub(super) query: String,
    /// The query typed since the last one sent.
    pending: bool,
    /// The last query sent; answers for older ones are dropped.
    pub(super) sent: Option<String>,
    pub(super) rows: Option<Vec<SearchRow>>,
    /// Hits asked for with the last query sent; answers with another limit are stale.
    limit: u32,
    pub(super) selected: usize,
    pub(super) error: Option<String>,
    /// Results the list had room for when last drawn (0: not drawn yet).
    pub(super) fits: Cell<usize>,
    /// The language of the notifications `update` writes (`None`: English).
    texts: Option<Texts>,
}

impl SearchScreen {
    pub fn new() -> SearchScreen {
        SearchScreen::default()
    }

    /// This screen speaking `texts`' language in what `update` writes.
    pub fn with_texts(mut self, texts: Texts) -> SearchScreen {
        self.texts = Some(texts);
        self
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn results(&self) -> &[SearchRow] {
        self.rows.as_deref().unwrap_or_default()
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// True while a query is waiting for the tick or for its answer.
    pub fn is_searching(&self) -> bool {
        self.pending || self.sent.as_deref().is_some_and(|s| s == self.query) && self.rows.is_none()
    }

    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<SearchCommand>,
    ) -> Option<SearchAction> {
        if let Some(command) = keys.action_for(key) {
            return Some(SearchAction::Command(command));
        }
        match key.code {
            KeyCode::Esc => Some(SearchAction::Close),
            KeyCode::Backspace => Some(SearchAction::DeleteBack),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(SearchAction::Insert(c))
            }
            _ => None,
        }
    }

    pub fn update(&mut self, action: SearchAction) -> Option<Effect> {
        let last = self.results().len().saturating_sub(1);
        match action {
            SearchAction::Insert(c) => self.edited(|q| q.push(c)),
            SearchAction::Paste(text) => {
                self.edited(|q| q.push_str(&crate::tui::text::paste::one_line(&text)))
            }
            SearchAction::DeleteBack => self.edited(|q| {
                q.pop();
            }),
            SearchAction::Command(SearchCommand::Clear) => self.edited(String::clear),
            SearchAction::Close => return Some(Effect::Global(GlobalAction::Back)),
            SearchAction::Tick => return self.send().or_else(|| self.fill()),
            SearchAction::Results {
                query,
                limit,
                result,
            } => {
                if self.sent.as_deref() != Some(query.as_str()) || limit != self.limit {
                    return None; // an older query's (or page's) answer
                }
                let more = self.rows.is_some();
                match result {
                    Ok(hits) => {
                        self.rows = Some(hits.into_iter().map(SearchRow::new).collect());
                        self.error = None;
                        if more {
                            // The same query, more of it: the selection stays where it was.
                            self.selected =
                                self.selected.min(self.results().len().saturating_sub(1));
                            return None;
                        }
                    }
                    Err(e) => {
                        self.rows = Some(Vec::new());
                        self.error = Some(e.clone());
                        let t = self.texts.unwrap_or(Texts::new(Lang::En));
                        let error = e.clone();
                        return Some(Effect::Notify(tr!(
                            t,
                            "tui-search-failed-notice",
                            error = error
                        )));
                    }
                }
                self.selected = 0;
            }
            SearchAction::Select(index) if index <= last && !self.results().is_empty() => {
                self.selected = index;
                return self.more();
            }
            SearchAction::Select(_) => {}
            SearchAction::Command(SearchCommand::Open) => return self.open(),
            SearchAction::Command(SearchCommand::Down) => {
                self.selected = (self.selected + 1).min(last);
                return self.more();
            }
            SearchAction::Command(SearchCommand::Up) => {
                self.selected = self.selected.saturating_sub(1)
            }
            SearchAction::Command(SearchCommand::PageDown) => {
                self.selected = (self.selected + PAGE).min(last);
                return self.more();
            }
            SearchAction::Command(SearchCommand::PageUp) => {
                self.selected = self.selected.saturating_sub(PAGE)
            }
        }
        None
    }

    /// True when the last answer filled the page asked for: more hits may match.
    pub fn may_have_more(&self) -> bool {
        self.rows
            .as_ref()
            .is_some_and(|rows| rows.len() as u64 >= u64::from(self.limit))
    }

    /// Asks for twice as many hits once the selection is within a page of the end of a full
    /// answer (once per answer: `rows` is kept, the limit doubled, and older answers dropped).
    fn more(&mut self) -> Option<Effect> {
        if !self.may_have_more() || self.selected + PAGE < self.results().len() {
            return None;
        }
        self.ask(self.limit.saturating_mul(2))
    }

    /// After the list grew (a larger window), asks for what now fits and one more, once: the
    /// answer comes back with the selection kept, and no second request leaves before it.
    fn fill(&mut self) -> Option<Effect> {
        let wanted = u32::try_from(self.fits.get() + 1).unwrap_or(u32::MAX);
        if !self.may_have_more() || wanted <= self.limit {
            return None;
        }
        self.ask(wanted)
    }

    /// Asks for `limit` hits of the query sent (first page, more, or a fill); answers with
    /// another limit are then stale.
    fn ask(&mut self, limit: u32) -> Option<Effect> {
        let query = self.sent.clone()?;
        self.limit = limit;
        Some(Effect::Storage(StorageRequest::Search { query, limit }))
    }

    fn edited(&mut self, edit: impl FnOnce(&mut String)) {
        edit(&mut self.query);
        self.pending = true;
    }

    fn send(&mut self) -> Option<Effect> {
        if !std::mem::take(&mut self.pending) {
            return None;
        }
        if self.query.trim().is_empty() {
            self.sent = None;
            self.rows = None;
            return None;
        }
        self.sent = Some(self.query.clone());
        self.rows = None;
        self.ask(self.first_page())
    }

    /// The hits a new query asks for: the results that fit on screen and one more, which says
    /// whether more match ([`SEARCH_PAGE`] before the first frame). Every hit fetched costs its
    /// snippet; the rest is asked for once the selection is within a page of the end, long
    /// before it gets there (an answer takes a millisecond, a key press far longer).
    pub fn first_page(&self) -> u32 {
        match self.fits.get() {
            0 => SEARCH_PAGE,
            fits => u32::try_from(fits + 1).unwrap_or(u32::MAX),
        }
    }

    fn open(&self) -> Option<Effect> {
        let row = self.results().get(self.selected)?;
        match (&row.kind, &row.lesson_id) {
            (SearchKind::Lesson, Some(lesson_id)) => {
                Some(Effect::Storage(StorageRequest::LoadLesson {
                    slug: row.course_slug.clone(),
                    lesson_id: lesson_id.clone(),
                    at: LessonTarget::Terms(row.terms()),
                }))
            }
            (SearchKind::Brief, _) => Some(Effect::OpenEditor(EditorTarget::Brief {
                slug: row.course_slug.clone(),
            })),
            _ => Some(Effect::OpenCourse(row.course_slug.clone())),
        }
    }
}

/// `text` made safe to draw, kept as it is (no copy) when it already was.
fn safe(text: String) -> String {
    match sanitize(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(safe) => safe,
    }
}

/// An FTS snippet split at its match markers (as the CLI splits it), each piece made safe to
/// draw, line breaks as spaces.
fn split_snippet(snippet: &str) -> Vec<(String, bool)> {
    services::split_snippet(snippet)
        .into_iter()
        .map(|(piece, matched)| {
            let piece = if piece.contains('\n') {
                sanitized(&piece.replace('\n', " "))
            } else {
                safe(piece)
            };
            (piece, matched)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_pieces_and_terms() {
        let row = SearchRow {
            kind: SearchKind::Lesson,
            course_slug: "c".into(),
            lesson_id: Some("1.1".into()),
            title: "t".into(),
            snippet: split_snippet("…the \u{2}Planilha\u{3} and\n\u{2}soma\u{3}…"),
        };
        assert_eq!(
            row.snippet,
            vec![
                ("…the ".to_string(), false),
                ("Planilha".to_string(), true),
                (" and ".to_string(), false),
                ("soma".to_string(), true),
                ("…".to_string(), false),
            ]
        );
        assert_eq!(
            row.terms(),
            vec!["Planilha".to_string(), "soma".to_string()]
        );
        assert_eq!(
            split_snippet("\u{2}\u{3}\u{2}início\u{3}\u{3} fim\x1b[2J\u{2}é"),
            vec![
                ("início".to_string(), true),
                (" fim␛[2J".to_string(), false),
                ("é".to_string(), true),
            ]
        );
        assert!(split_snippet("").is_empty());
    }
}
