//! The library's commands (`[library]` of the keymap): moving, sorting, filtering, the
//! archive, import and new-course dialogs, opening a course or its brief.

use crate::tui::message::effect::Effect;
use crate::tui::message::target::EditorTarget;
use crate::tui::screens::library::new_course::NewCourseDialog;

use super::{LibraryCommand, LibraryDialog, LibraryScreen, PAGE, PathPrompt};

impl LibraryScreen {
    pub(super) fn command(&mut self, command: LibraryCommand) -> Option<Effect> {
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
            LibraryCommand::Filter => self.start_filter(),
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
                    crate::tui::message::effect::StorageRequest::LoadCourses,
                ));
            }
            LibraryCommand::ReviewAll => return Some(Effect::OpenReview(None)),
            LibraryCommand::ToggleArchived => self.toggle_archived(),
            LibraryCommand::Archive if self.archived_view => return self.unarchive_selected(),
            LibraryCommand::Archive => {
                let row = self.selected_row()?;
                self.dialog = Some(LibraryDialog::Archive {
                    slug: row.slug.clone(),
                    title: row.title.clone(),
                });
            }
            LibraryCommand::Import => {
                self.dialog = Some(LibraryDialog::Import(PathPrompt::default()));
            }
            LibraryCommand::Undo => {
                return Some(Effect::Undo(self.selected_row().map(|r| r.slug.clone())));
            }
            LibraryCommand::Messages => {
                return Some(Effect::OpenMessages {
                    slug: self.selected_row().map(|r| r.slug.clone()),
                    from_library: true,
                });
            }
            LibraryCommand::Personas => return Some(Effect::OpenPersonas(None)),
            LibraryCommand::Conflicts => return Some(Effect::OpenConflicts(None)),
            LibraryCommand::Analytics => return Some(Effect::OpenAnalytics(None)),
        }
        None
    }

    /// Re-derives the visible order after a load, filter or sort change, keeping the selected
    /// course selected when it is still visible.
    pub(super) fn refresh_view(&mut self) {
        let Some(rows) = &self.rows else { return };
        let keep = self.view.get(self.selected).copied();
        let filter = self.filter.to_lowercase();
        self.view = (0..rows.len())
            .filter(|&i| rows[i].archived() == self.archived_view && rows[i].matches(&filter))
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
}
