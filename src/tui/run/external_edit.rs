//! The `$EDITOR` hand-off (`E` in an editor): the runtime suspends the terminal, the person's
//! editor runs on a temp file holding the editor's current text, the terminal is taken back,
//! and the outcome goes to the editor as an `EditedExternally` answer (changed text becomes
//! unsaved changes there).
//!
//! It needs the real terminal, so the runtime serves it (never the storage worker); the
//! terminal is behind `SuspendTerminal` so tests drive it with no terminal at all.
//! Must not depend on screens' internals or storage.

use std::io;

use crate::i18n::{Lang, Texts};
use crate::services::authoring::{self, EditOutcome};
use crate::services::say;
use crate::tr;

use crate::tui::message::authoring::AuthoringEvent;
use crate::tui::message::target::EditorTarget;
use crate::tui::run::terminal::TerminalGuard;

/// What the hand-off needs from the terminal: give it away, take it back.
pub trait SuspendTerminal {
    fn suspend(&mut self) -> io::Result<()>;
    fn resume(&mut self) -> io::Result<()>;
}

impl SuspendTerminal for TerminalGuard {
    fn suspend(&mut self) -> io::Result<()> {
        TerminalGuard::suspend(self)
    }

    fn resume(&mut self) -> io::Result<()> {
        TerminalGuard::resume(self)
    }
}

/// The temp file's name: the extension tells the editor which syntax to use.
pub fn file_name(target: &EditorTarget) -> String {
    match target {
        EditorTarget::Brief { .. } => "COURSE-BRIEF.md".into(),
        EditorTarget::Curriculum { .. } => "curriculum.yaml".into(),
        EditorTarget::Lesson { lesson_id, .. } => {
            // A lesson id is ours (`2.1`), but keep any separator out of the file name.
            let safe: String = lesson_id
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || c == '.' || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            format!("lesson-{safe}.md")
        }
    }
}

/// [`hand_off_in`], its failures said in English.
pub fn hand_off(
    terminal: &mut dyn SuspendTerminal,
    editor: &str,
    target: EditorTarget,
    text: &str,
) -> AuthoringEvent {
    hand_off_in(terminal, Texts::new(Lang::En), editor, target, text)
}

/// Runs `editor` on `text` with the terminal suspended around it. The terminal is resumed
/// even when the editor fails, and a failure to resume is reported with the rest (in `t`'s
/// language; the editor's own failure is quoted).
pub fn hand_off_in(
    terminal: &mut dyn SuspendTerminal,
    t: Texts,
    editor: &str,
    target: EditorTarget,
    text: &str,
) -> AuthoringEvent {
    let result = match terminal.suspend() {
        Err(e) => Err(tr!(t, "tui-app-hand-off-failed", error = say(t, &e))),
        Ok(()) => {
            let edited = authoring::edit_externally_with(text, &file_name(&target), editor);
            let resumed = terminal.resume();
            match (edited, resumed) {
                (_, Err(e)) => Err(tr!(t, "tui-app-take-back-failed", error = say(t, &e))),
                (Err(e), Ok(())) => Err(say(t, &e)),
                (Ok(EditOutcome::Unchanged), Ok(())) => Ok(None),
                (Ok(EditOutcome::Changed(new)), Ok(())) => Ok(Some(new)),
            }
        }
    };
    AuthoringEvent::EditedExternally { target, result }
}
