//! The app's side of the conflicts screen: opens it from the library (`K`, every course) or a
//! course (`K`, that course), hands it the worker's list, and after a resolution says so and
//! reloads the list and the course's screens. "Open merged" opens the text's own editor with
//! the merged text (conflict markers included) as unsaved changes; saving that editor
//! resolves the conflict with the saved text, as `lectern conflicts resolve --file` does.
//! Pure side, like the rest of `app/`.

use crate::storage::sync::Keep;
use crate::tr;
use crate::tui::app::App;
use crate::tui::app::screen::{Screen, ScreenAction};
use crate::tui::message::authoring::AuthoringEvent;
use crate::tui::message::conflicts::ConflictEntry;
use crate::tui::message::effect::{Effect, StorageRequest};
use crate::tui::message::target::EditorTarget;
use crate::tui::screens::{ConflictsAction, ConflictsScreen, EditorAction};

/// An editor opened on a conflict's merged text.
#[derive(Debug, Clone)]
pub(super) struct Merge {
    editor: EditorTarget,
    /// Where the editor sits on the stack: an editor of the same text opened later elsewhere
    /// is not this one.
    index: usize,
    course: String,
    /// The conflict's target (`lesson/1.2`, `brief`, `curriculum`).
    target: String,
    /// The merged text, until the editor has loaded and taken it.
    text: Option<String>,
}

/// The editor of a conflict's text, for the texts the workbench edits.
fn editor_target(course: &str, target: &str) -> Option<EditorTarget> {
    let slug = course.to_string();
    match target {
        "brief" => Some(EditorTarget::Brief { slug }),
        "curriculum" => Some(EditorTarget::Curriculum { slug }),
        _ => target
            .strip_prefix("lesson/")
            .map(|id| EditorTarget::Lesson {
                slug,
                lesson_id: id.to_string(),
            }),
    }
}

impl App {
    /// Closes the top screen; a merge whose editor it was is forgotten.
    pub(super) fn pop_screen(&mut self) -> Option<Screen> {
        let screen = self.stack.pop();
        let depth = self.stack.len();
        self.merging.retain(|m| m.index < depth);
        screen
    }

    /// `Effect::OpenConflicts` and `Effect::OpenMerged`.
    pub(super) fn conflicts_effect(&mut self, effect: Effect) -> Vec<StorageRequest> {
        match effect {
            Effect::OpenConflicts(course) => {
                let request = StorageRequest::LoadConflicts(course.clone());
                self.stack.push(Screen::Conflicts(
                    ConflictsScreen::new(course).with_texts(self.theme.texts),
                ));
                vec![request]
            }
            Effect::OpenMerged {
                course,
                target,
                text,
            } => {
                let Some(editor) = editor_target(&course, &target) else {
                    let text = tr!(
                        self.theme.texts,
                        "tui-app-conflict-no-editor",
                        target = target.as_str(),
                        course = course.as_str()
                    );
                    self.notify(text, false);
                    return Vec::new();
                };
                self.merging.retain(|m| m.editor != editor);
                self.merging.push(Merge {
                    index: self.stack.len(),
                    editor: editor.clone(),
                    course,
                    target,
                    text: Some(text),
                });
                self.apply(Effect::OpenEditor(editor))
            }
            _ => Vec::new(),
        }
    }

    /// The worker's conflicts go to every conflicts screen of that scope.
    pub(super) fn conflicts_loaded(
        &mut self,
        course: Option<String>,
        result: Result<Vec<ConflictEntry>, String>,
    ) {
        for screen in &mut self.stack {
            if matches!(screen, Screen::Conflicts(c) if c.course() == course.as_deref()) {
                let action = ConflictsAction::Loaded(result.clone());
                screen.update(ScreenAction::Conflicts(action));
            }
        }
    }

    /// A resolution answered: said in the status line; on success the conflicts and every
    /// screen of the course load again.
    pub(super) fn conflict_resolved(
        &mut self,
        course: &str,
        result: Result<String, String>,
    ) -> Vec<StorageRequest> {
        match result {
            Ok(report) => self.notify(report, false),
            Err(e) => {
                let text = tr!(self.theme.texts, "tui-app-resolve-failed", error = e);
                self.notify(text, true);
                return Vec::new();
            }
        }
        let mut requests = self.written(course);
        for screen in &self.stack {
            if let Screen::Conflicts(c) = screen {
                let request = StorageRequest::LoadConflicts(c.course().map(str::to_string));
                if !requests.contains(&request) {
                    requests.push(request);
                }
            }
        }
        requests
    }

    /// The editor at `index` just loaded: a merge's takes the merged text, unsaved, as text
    /// back from `$EDITOR` would come.
    pub(super) fn merge_loaded(&mut self, index: usize, target: &EditorTarget) {
        let mine = |m: &&mut Merge| &m.editor == target && m.index == index;
        let Some(merge) = self.merging.iter_mut().find(mine) else {
            return;
        };
        let Some(text) = merge.text.take() else {
            return;
        };
        let event = AuthoringEvent::EditedExternally {
            target: target.clone(),
            result: Ok(Some(text)),
        };
        if let Some(screen) = self.stack.get_mut(index) {
            screen.update(ScreenAction::Editor(EditorAction::Answered(event)));
            self.notify(self.theme.texts.get("tui-app-merge-ready"), false);
        }
    }

    /// The editor at `index` saved: a merge's resolves the conflict with the text it saved.
    pub(super) fn merge_saved(
        &mut self,
        index: usize,
        target: &EditorTarget,
        saved: bool,
    ) -> Vec<StorageRequest> {
        let Some(at) = self
            .merging
            .iter()
            .position(|m| &m.editor == target && m.index == index && m.text.is_none())
        else {
            return Vec::new();
        };
        let Some(Screen::Editor(editor)) = self.stack.get(index).filter(|_| saved) else {
            return Vec::new();
        };
        let text = editor.text();
        let merge = self.merging.remove(at);
        vec![StorageRequest::ResolveConflict {
            course: merge.course,
            target: merge.target,
            keep: Keep::Text(text),
        }]
    }
}
