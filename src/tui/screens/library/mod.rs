//! `LibraryScreen`: the start screen, a table of every course with its scores. Filter as you
//! type (`/`), sort by any column (`s` cycles, `S` reverses), `Enter` opens the course.
//!
//! Courses arrive from the storage worker (`CoursesLoaded`); until then it shows "loading…".
//! Must not do I/O or depend on other screens.

use std::cell::RefCell;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Texts;
use crate::tr;
use ratatui::layout::{Constraint, Layout, Rect};
use serde::Deserialize;

mod cells;
mod click;
mod commands;
mod dialog;
mod filter;
mod marks;
pub mod new_course;
mod row_cache;
mod row_draw;
pub mod rows;
mod table;
mod view;

pub use dialog::{DialogEdit, LibraryDialog, PathPrompt};

use row_cache::RowCache;

use crate::storage::CourseSummary;
use crate::tui::keys::keymap::Bindings;
use crate::tui::message::action::GlobalAction;
use crate::tui::message::effect::Effect;
use crate::tui::message::target::EditorTarget;
use crate::tui::screens::library::new_course::{DialogOutcome, NewCourseDialog};
use crate::tui::screens::library::rows::{LibraryRow, SortColumn};
use crate::tui::theme::Theme;
use crate::tui::widgets::ResultsBar;

/// What a key can ask of the library (names as in `[library]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LibraryCommand {
    Open,
    /// Show the archived courses instead of the others (and back).
    ToggleArchived,
    EditBrief,
    Filter,
    CycleSort,
    ReverseSort,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Reload,
    ReviewAll,
    Archive,
    Import,
    /// Open the new-course dialog.
    NewCourse,
    /// Undo the last bulk action of the course just named in the status line, else of the
    /// selected course.
    Undo,
    /// The messages of the course the last import warned about, else of the selected one.
    Messages,
    /// Browse the personas.
    Personas,
    /// The sync conflicts of every course.
    Conflicts,
    /// The analytics dashboard of the whole library.
    Analytics,
}

/// Editing the filter while it has focus (not bindable: these are the typed characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterEdit {
    Insert(char),
    DeleteBack,
    /// Keep the filter and return to the table.
    Confirm,
    /// Clear the filter.
    Clear,
}

#[derive(Debug, Clone)]
pub enum LibraryAction {
    Command(LibraryCommand),
    Edit(FilterEdit),
    /// A page of courses from `offset` (0 replaces the list); `more` while pages follow.
    CoursesLoaded {
        offset: usize,
        result: Result<Vec<CourseSummary>, String>,
        more: bool,
    },
    Dialog(DialogEdit),
    /// Select the row at this position of the visible order (a mouse click).
    Select(usize),
    PathCompleted {
        input: String,
        candidates: Vec<String>,
    },
    /// A key while the new-course dialog is open.
    NewCourseKey(KeyEvent),
    /// The worker's answer to the dialog: the new course's slug, or why not.
    CourseCreated(Result<String, String>),
    /// A bracketed paste into whichever field has focus (one line).
    Paste(String),
    /// Open sync conflicts per course slug, for the title's badge.
    ConflictMarks(std::collections::BTreeMap<String, u32>),
}

/// Rows a page key moves by.
const PAGE: usize = 10;

#[derive(Debug, Clone, Default)]
pub struct LibraryScreen {
    /// `None` until the first load answers.
    rows: Option<Vec<LibraryRow>>,
    /// Indices into `rows` that pass the filter, in sort order.
    view: Vec<usize>,
    filter: String,
    editing_filter: bool,
    /// `/` again: the old filter is selected, so typing replaces it.
    filter_selected: bool,
    /// The Archived view (`A`): only archived courses, `d` unarchives.
    archived_view: bool,
    sort: SortColumn,
    descending: bool,
    /// Position in `view`.
    selected: usize,
    error: Option<String>,
    /// The archive question or the import prompt, over the table.
    dialog: Option<LibraryDialog>,
    /// Later pages of the library are still arriving.
    loading_more: bool,
    /// The new-course dialog (`n`), over the table.
    new_course: Option<NewCourseDialog>,
    /// Bumped whenever `rows` is replaced, so drawn rows are not reused for other courses.
    rows_generation: u64,
    /// Rows as last drawn (a memo for render, see `row_cache`).
    row_cache: Box<RefCell<RowCache>>,
    /// Open sync conflicts per course (`marks.rs`).
    conflicts: std::collections::BTreeMap<String, u32>,
    /// The language of the notifications it raises (render takes the theme's).
    texts: Texts,
}

impl LibraryScreen {
    pub fn new() -> LibraryScreen {
        LibraryScreen::default()
    }

    /// The same screen raising its notifications in `texts`' language.
    pub fn with_texts(self, texts: Texts) -> LibraryScreen {
        LibraryScreen { texts, ..self }
    }

    /// `global` too: `Esc` clears a filter before it leaves the library.
    pub fn handle_key(
        &self,
        key: &KeyEvent,
        keys: &Bindings<LibraryCommand>,
        global: &Bindings<GlobalAction>,
    ) -> Option<LibraryAction> {
        if self.new_course.is_some() {
            return Some(LibraryAction::NewCourseKey(*key));
        }
        if let Some(dialog) = &self.dialog {
            return dialog.key(key).map(LibraryAction::Dialog);
        }
        if self.editing_filter {
            let edit = match key.code {
                KeyCode::Esc => FilterEdit::Clear,
                KeyCode::Enter => FilterEdit::Confirm,
                KeyCode::Backspace => FilterEdit::DeleteBack,
                KeyCode::Down => return Some(LibraryAction::Command(LibraryCommand::Down)),
                KeyCode::Up => return Some(LibraryAction::Command(LibraryCommand::Up)),
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    FilterEdit::Insert(c)
                }
                _ => return None,
            };
            return Some(LibraryAction::Edit(edit));
        }
        // With a filter applied, "back" first clears it rather than leaving the app.
        if !self.filter.is_empty() && global.action_for(key) == Some(GlobalAction::Back) {
            return Some(LibraryAction::Edit(FilterEdit::Clear));
        }
        keys.action_for(key).map(LibraryAction::Command)
    }

    pub fn update(&mut self, action: LibraryAction) -> Option<Effect> {
        match action {
            LibraryAction::CoursesLoaded {
                offset,
                result: Ok(courses),
                more,
            } => {
                let page = courses.iter().map(LibraryRow::new);
                match &mut self.rows {
                    Some(rows) if offset > 0 && rows.len() == offset => rows.extend(page),
                    _ if offset > 0 => return None, // a page of an older load
                    _ => {
                        // A reload (another process wrote, `r`) keeps the selected course.
                        let keep = self.selected_slug().map(str::to_string);
                        self.rows = Some(page.collect());
                        self.rows_generation += 1;
                        self.view.clear();
                        self.refresh_view();
                        if let Some(at) = keep.and_then(|k| self.position_of(&k)) {
                            self.selected = at;
                        }
                    }
                }
                self.loading_more = more;
                self.error = None;
                self.mark_rows();
                self.refresh_view();
            }
            LibraryAction::CoursesLoaded { result: Err(e), .. } => {
                self.loading_more = false;
                self.error = Some(e.clone());
                return Some(Effect::Notify(tr!(
                    self.texts,
                    "tui-library-notify-load-failed",
                    error = e.as_str()
                )));
            }
            LibraryAction::Edit(edit) => self.edit_filter(edit),
            LibraryAction::Dialog(edit) => {
                let (done, effect) = self.dialog.as_mut().map(|d| d.update(edit, self.texts))?;
                if done {
                    self.dialog = None;
                }
                return effect;
            }
            LibraryAction::Select(index) => {
                self.selected = index.min(self.view.len().saturating_sub(1));
            }
            LibraryAction::PathCompleted { input, candidates } => {
                if let Some(dialog) = &mut self.dialog {
                    dialog.completed(&input, candidates);
                }
            }
            LibraryAction::NewCourseKey(key) => {
                let dialog = self.new_course.as_mut()?;
                match dialog.key(key) {
                    DialogOutcome::Open => {}
                    DialogOutcome::Closed => self.new_course = None,
                    DialogOutcome::Submit(effect) => return Some(effect),
                }
            }
            LibraryAction::CourseCreated(Ok(slug)) => {
                self.new_course = None;
                return Some(Effect::OpenEditor(EditorTarget::Brief { slug }));
            }
            LibraryAction::CourseCreated(Err(e)) => match &mut self.new_course {
                Some(dialog) => dialog.refused(e),
                None => {
                    return Some(Effect::Notify(tr!(
                        self.texts,
                        "tui-library-notify-not-created",
                        error = e.as_str()
                    )));
                }
            },
            LibraryAction::Command(command) => return self.command(command),
            LibraryAction::Paste(text) => self.paste(&text),
            LibraryAction::ConflictMarks(marks) => self.conflict_marks(marks),
        }
        None
    }

    /// One edit for the whole paste, into the field that has focus; nothing when none does.
    fn paste(&mut self, text: &str) {
        let text = crate::tui::text::paste::one_line(text);
        if let Some(dialog) = &mut self.new_course {
            dialog.paste(&text);
        } else if let Some(dialog) = &mut self.dialog {
            dialog.paste(&text);
        } else if self.editing_filter {
            self.filter.push_str(&text);
            self.refresh_view();
        }
    }

    fn selected_row(&self) -> Option<&LibraryRow> {
        let rows = self.rows.as_ref()?;
        rows.get(*self.view.get(self.selected)?)
    }

    pub fn selected_slug(&self) -> Option<&str> {
        self.selected_row().map(|r| r.slug.as_str())
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    pub fn visible_count(&self) -> usize {
        self.view.len()
    }

    /// True while typed keys belong to the filter or a dialog.
    pub fn is_editing(&self) -> bool {
        self.editing_filter || self.dialog.is_some() || self.new_course.is_some()
    }

    pub fn dialog(&self) -> Option<&LibraryDialog> {
        self.dialog.as_ref()
    }

    pub fn new_course(&self) -> Option<&NewCourseDialog> {
        self.new_course.as_ref()
    }

    fn shows_filter(&self) -> bool {
        self.editing_filter || !self.filter.is_empty()
    }

    /// The filter line (empty when hidden) and the table below it; render and clicks share it.
    fn areas(&self, area: Rect) -> [Rect; 2] {
        area.layout(&Layout::vertical([
            Constraint::Length(u16::from(self.shows_filter())),
            Constraint::Min(0),
        ]))
    }
}
