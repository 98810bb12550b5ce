//! The editor's name for what it edits — `planilhas · Lesson 1.2 *` on its border and in the
//! breadcrumb, in the interface's language — and the language `update` writes in. Must not
//! do I/O.

use crate::i18n::{Lang, Texts};
use crate::tr;
use crate::tui::message::target::EditorTarget;

use super::EditorScreen;

impl EditorScreen {
    /// This editor speaking `texts`' language in what `update` writes.
    pub fn with_texts(mut self, texts: Texts) -> EditorScreen {
        self.texts = texts;
        self
    }

    pub fn target(&self) -> &EditorTarget {
        &self.target
    }

    pub fn title(&self) -> String {
        self.title_in(Texts::new(Lang::En))
    }

    /// [`EditorScreen::title`] in `t`'s language (the breadcrumb and the text's border).
    pub fn title_in(&self, t: Texts) -> String {
        let label = match &self.target {
            EditorTarget::Brief { .. } => t.get("tui-editor-brief"),
            EditorTarget::Curriculum { .. } => t.get("tui-editor-curriculum"),
            EditorTarget::Lesson { lesson_id, .. } => {
                tr!(t, "tui-editor-lesson", id = lesson_id.clone())
            }
        };
        let slug = self.target.slug().to_string();
        if self.is_dirty() {
            tr!(t, "tui-editor-title-unsaved", slug = slug, text = label)
        } else {
            tr!(t, "tui-editor-title", slug = slug, text = label)
        }
    }
}
