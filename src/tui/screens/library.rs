//! `LibraryScreen`: the start screen, a table of every course with its scores. Filter as you
//! type (`/`), sort by any column (`s` cycles, `S` reverses), `Enter` opens the course.
//!
//! Courses arrive from the storage worker (`CoursesLoaded`); until then it shows "loading…".
//! Must not do I/O or depend on other screens.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState, Wrap};
use serde::Deserialize;

use super::editor_analysis::EditorTarget;
use super::library_rows::{LibraryRow, SortColumn};
use super::new_course::{DialogOutcome, NewCourseDialog};
use crate::storage::CourseSummary;
use crate::tui::action::GlobalAction;
use crate::tui::effect::Effect;
use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ResultsBar, visible_window};

/// What a key can ask of the library (names as in `[library]` of the keymap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LibraryCommand {
    Open,
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
    /// Open the new-course dialog.
    NewCourse,
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
    CoursesLoaded(Result<Vec<CourseSummary>, String>),
    /// A key while the new-course dialog is open.
    NewCourseKey(KeyEvent),
    /// The worker's answer to the dialog: the new course's slug, or why not.
    CourseCreated(Result<String, String>),
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
    sort: SortColumn,
    descending: bool,
    /// Position in `view`.
    selected: usize,
    error: Option<String>,
    new_course: Option<NewCourseDialog>,
}

impl LibraryScreen {
    pub fn new() -> LibraryScreen {
        LibraryScreen::default()
    }

    pub fn handle_key(&self, key: &KeyEvent, keymap: &Keymap) -> Option<LibraryAction> {
        if self.new_course.is_some() {
            return Some(LibraryAction::NewCourseKey(*key));
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
        if !self.filter.is_empty() && keymap.global().action_for(key) == Some(GlobalAction::Back) {
            return Some(LibraryAction::Edit(FilterEdit::Clear));
        }
        keymap.library().action_for(key).map(LibraryAction::Command)
    }

    pub fn update(&mut self, action: LibraryAction) -> Option<Effect> {
        match action {
            LibraryAction::CoursesLoaded(Ok(courses)) => {
                self.rows = Some(courses.iter().map(LibraryRow::new).collect());
                self.error = None;
                self.refresh_view();
            }
            LibraryAction::CoursesLoaded(Err(e)) => {
                self.error = Some(e.clone());
                return Some(Effect::Notify(format!("cannot load the library: {e}")));
            }
            LibraryAction::Edit(edit) => self.edit_filter(edit),
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
                None => return Some(Effect::Notify(format!("course not created: {e}"))),
            },
            LibraryAction::Command(command) => return self.command(command),
        }
        None
    }

    fn command(&mut self, command: LibraryCommand) -> Option<Effect> {
        let last = self.view.len().saturating_sub(1);
        match command {
            LibraryCommand::Open => {
                let row = self.selected_row()?;
                return Some(Effect::OpenCourse(row.slug.clone()));
            }
            LibraryCommand::EditBrief => {
                let row = self.selected_row()?;
                return Some(Effect::OpenEditor(EditorTarget::Brief {
                    slug: row.slug.clone(),
                }));
            }
            LibraryCommand::Filter => self.editing_filter = true,
            LibraryCommand::NewCourse => {
                let taken = self.rows.iter().flatten().map(|r| r.slug.clone()).collect();
                self.new_course = Some(NewCourseDialog::new(taken));
            }
            LibraryCommand::CycleSort => {
                self.sort = self.sort.next();
                self.refresh_view();
            }
            LibraryCommand::ReverseSort => {
                self.descending = !self.descending;
                self.refresh_view();
            }
            LibraryCommand::Down => self.selected = (self.selected + 1).min(last),
            LibraryCommand::Up => self.selected = self.selected.saturating_sub(1),
            LibraryCommand::PageDown => self.selected = (self.selected + PAGE).min(last),
            LibraryCommand::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            LibraryCommand::Top => self.selected = 0,
            LibraryCommand::Bottom => self.selected = last,
            LibraryCommand::Reload => {
                return Some(Effect::Storage(
                    crate::tui::effect::StorageRequest::LoadCourses,
                ));
            }
        }
        None
    }

    fn edit_filter(&mut self, edit: FilterEdit) {
        match edit {
            FilterEdit::Insert(c) => self.filter.push(c),
            FilterEdit::DeleteBack => {
                self.filter.pop();
            }
            FilterEdit::Confirm => self.editing_filter = false,
            FilterEdit::Clear => {
                self.filter.clear();
                self.editing_filter = false;
            }
        }
        self.refresh_view();
    }

    /// Re-derives the visible order after a load, filter or sort change, keeping the selected
    /// course selected when it is still visible.
    fn refresh_view(&mut self) {
        let Some(rows) = &self.rows else { return };
        let keep = self.view.get(self.selected).copied();
        let filter = self.filter.to_lowercase();
        self.view = (0..rows.len())
            .filter(|&i| rows[i].matches(&filter))
            .collect();
        let (sort, descending) = (self.sort, self.descending);
        self.view.sort_by(|&a, &b| {
            let order = sort.compare(&rows[a], &rows[b]);
            if descending { order.reverse() } else { order }
        });
        self.selected = keep
            .and_then(|k| self.view.iter().position(|&i| i == k))
            .unwrap_or(0);
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

    /// Typing goes to the filter or the new-course dialog, not to global keys.
    pub fn is_editing(&self) -> bool {
        self.editing_filter || self.new_course.is_some()
    }

    pub fn new_course(&self) -> Option<&NewCourseDialog> {
        self.new_course.as_ref()
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let show_filter = self.editing_filter || !self.filter.is_empty();
        let [filter_area, table_area] = area.layout(&Layout::vertical([
            Constraint::Length(u16::from(show_filter)),
            Constraint::Min(0),
        ]));
        if show_filter {
            let cursor = if self.editing_filter { "▏" } else { "" };
            let line = Line::from(vec![
                Span::styled("Filter: ", theme.key),
                Span::raw(crate::tui::sanitize::sanitized(&self.filter)),
                Span::raw(cursor),
                Span::styled(format!("  ({} shown)", self.view.len()), theme.dim),
            ]);
            frame.render_widget(Paragraph::new(line), filter_area);
        }
        let sort_label = format!(
            " Courses · sorted by {} {} ",
            self.sort.label(),
            if self.descending { "▼" } else { "▲" }
        );
        let block = Block::bordered()
            .title(Span::styled(sort_label, theme.title))
            .border_style(theme.border_focused);
        match &self.rows {
            None => {
                let text = self.error.as_deref().map_or_else(
                    || "Loading courses…".to_string(),
                    |e| format!("Cannot load the library: {e}"),
                );
                frame.render_widget(Paragraph::new(text).block(block), table_area);
            }
            Some(rows) if rows.is_empty() => {
                frame.render_widget(empty_library(theme).block(block), table_area)
            }
            Some(_) if self.view.is_empty() => {
                let text = format!(
                    "No course matches “{}”. Esc clears the filter.",
                    crate::tui::sanitize::sanitized(&self.filter)
                );
                frame.render_widget(Paragraph::new(text).block(block), table_area);
            }
            Some(rows) => self.render_table(frame, table_area, block, rows, theme),
        }
        if let Some(dialog) = &self.new_course {
            dialog.render(frame, area, theme);
        }
    }

    fn render_table(
        &self,
        frame: &mut Frame,
        area: Rect,
        block: Block,
        rows: &[LibraryRow],
        theme: &Theme,
    ) {
        let wide = area.width >= 110;
        let medium = area.width >= 96;
        let height = usize::from(area.height.saturating_sub(3)); // borders + header
        let window = visible_window(self.view.len(), self.selected, height);
        let mut widths = vec![Constraint::Fill(1)];
        let mut header = vec!["Title"];
        if medium {
            widths.push(Constraint::Length(20));
            header.push("Slug");
        }
        widths.extend([9, 7, 4, 4, 13].map(Constraint::Length));
        header.extend(["Status", "Lessons", "GPS", "DL", "Results ✓/!/✗"]);
        if wide {
            widths.push(Constraint::Length(12));
            header.push("Persona");
        }
        widths.push(Constraint::Length(10));
        header.push("Changed");
        let body = self.view[window.clone()].iter().map(|&i| {
            let r = &rows[i];
            let mut cells = vec![Cell::from(r.title.as_str())];
            if medium {
                cells.push(Cell::from(Span::styled(r.slug.as_str(), theme.dim)));
            }
            cells.push(Cell::from(r.status.as_str()));
            cells.push(Cell::from(
                Line::from(r.lessons.to_string()).right_aligned(),
            ));
            cells.push(score_cell(r.avg_gps, theme));
            cells.push(score_cell(r.avg_didatica, theme));
            let bar = ResultsBar {
                passed: r.passed,
                warning: r.warning,
                failed: r.failed,
            };
            cells.push(Cell::from(bar.line(6, theme)));
            if wide {
                cells.push(Cell::from(r.persona.as_str()));
            }
            cells.push(Cell::from(Span::styled(
                r.changed.get(..10).unwrap_or(&r.changed),
                theme.dim,
            )));
            Row::new(cells)
        });
        let table = Table::new(body, widths)
            .header(Row::new(header).style(theme.header))
            .block(block)
            .row_highlight_style(theme.selection)
            .highlight_symbol("▶ ");
        let mut state = TableState::default().with_selected(Some(self.selected - window.start));
        frame.render_stateful_widget(table, area, &mut state);
    }
}

fn score_cell(value: Option<f64>, theme: &Theme) -> Cell<'static> {
    match value {
        Some(v) => Cell::from(
            Line::styled(format!("{:.0}%", v * 100.0), theme.fraction(v)).right_aligned(),
        ),
        None => Cell::from(Line::styled("–", theme.dim).right_aligned()),
    }
}

fn empty_library(theme: &Theme) -> Paragraph<'static> {
    Paragraph::new(vec![
        Line::styled("No courses yet.", theme.title),
        Line::raw(""),
        Line::raw("Import a CreatorOS course folder (COURSE-BRIEF.md, curriculum.yaml,"),
        Line::raw("lessons/) from a shell, then come back here:"),
        Line::raw(""),
        Line::styled("    lectern import PATH", theme.key),
        Line::raw(""),
        Line::styled(
            "A new database starts with the demo course unless --no-demo is given.",
            theme.dim,
        ),
    ])
    .wrap(Wrap { trim: false })
}
