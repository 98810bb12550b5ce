//! A lesson screen rebuilt after a write (issue 12's one source of truth): the lesson as
//! stored now, with the reader's place kept. Must not do I/O.

use crate::tui::message::effect::OpenLesson;

use super::LessonScreen;

impl LessonScreen {
    /// This screen rebuilt from the lesson as stored now (after a write): new text, scores
    /// and issues; the reader's place (scroll, wrap, pane, issue) is kept, clamped to the new
    /// text, and the area carries over. Highlighting must be asked for again when the text
    /// changed.
    pub fn reloaded(&self, open: OpenLesson) -> LessonScreen {
        let mut screen = LessonScreen::new(open).with_texts(self.texts);
        screen.scroll = self.scroll.min(screen.lines.len().saturating_sub(1));
        screen.wrap = self.wrap;
        screen.focus = self.focus;
        screen.selected_issue = self
            .selected_issue
            .min(screen.facts.issues.len().saturating_sub(1));
        screen.view = self.view;
        if screen.hash == self.hash {
            screen.syntax.clone_from(&self.syntax);
        }
        screen
    }
}
