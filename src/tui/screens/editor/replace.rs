//! Find and replace in the editors (`Ctrl-r`): a prompt with two fields (find, replace with;
//! Tab switches), `Enter` replaces the next match from the cursor (wrapping to the top) and
//! `Ctrl-a` replaces every match, each saying how many it replaced and how many are left;
//! `Esc` closes. The match is literal and case-sensitive. Every replacement is an edit of the
//! text area, so `Ctrl-z` takes it back. Must not do I/O.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::CursorMove;

use crate::tr;
use crate::tui::keys::chord::is_typing;
use crate::tui::message::effect::Effect;

use super::EditorScreen;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReplacePrompt {
    pub find: String,
    pub with: String,
    /// The "replace with" field has focus.
    pub on_with: bool,
}

impl EditorScreen {
    /// The find-and-replace prompt, while it is open.
    pub fn replace_prompt(&self) -> Option<&ReplacePrompt> {
        self.replace.as_ref()
    }

    pub(super) fn open_replace(&mut self) {
        if self.saved.is_some() {
            self.replace = Some(ReplacePrompt::default());
        }
    }

    pub(super) fn replace_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let mut prompt = self.replace.take()?;
        let control = key.modifiers.contains(KeyModifiers::CONTROL);
        let field = if prompt.on_with {
            &mut prompt.with
        } else {
            &mut prompt.find
        };
        let effect = match key.code {
            KeyCode::Esc => return None,
            KeyCode::Tab | KeyCode::BackTab => {
                prompt.on_with = !prompt.on_with;
                None
            }
            KeyCode::Backspace => {
                field.pop();
                None
            }
            KeyCode::Enter => Some(self.replace_next(&prompt)),
            KeyCode::Char('a') if control => Some(self.replace_all(&prompt)),
            KeyCode::Char(c) if is_typing(&key) => {
                field.push(c);
                None
            }
            _ => None,
        };
        self.replace = Some(prompt);
        effect
    }

    /// Occurrences of `find` in the text.
    fn count(&self, find: &str) -> usize {
        self.textarea
            .lines()
            .iter()
            .map(|l| l.matches(find).count())
            .sum()
    }

    fn replace_next(&mut self, prompt: &ReplacePrompt) -> Effect {
        if prompt.find.is_empty() {
            return Effect::Notify(self.texts.get("tui-editor-find-empty"));
        }
        let cursor = self.textarea.cursor();
        let (row, col) = (cursor.0, cursor.1);
        let Some((r, c)) = self.next_match(&prompt.find, row, col) else {
            return Effect::Notify(tr!(
                self.texts,
                "tui-editor-not-found",
                text = prompt.find.clone()
            ));
        };
        let jump = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        self.textarea
            .move_cursor(CursorMove::Jump(jump(r), jump(c)));
        self.textarea.delete_str(prompt.find.chars().count());
        self.textarea.insert_str(&prompt.with);
        self.edited();
        let left = self.count(&prompt.find);
        Effect::Notify(tr!(self.texts, "tui-editor-replaced-one", left = left))
    }

    fn replace_all(&mut self, prompt: &ReplacePrompt) -> Effect {
        let n = if prompt.find.is_empty() {
            0
        } else {
            self.count(&prompt.find)
        };
        if n == 0 {
            return Effect::Notify(tr!(
                self.texts,
                "tui-editor-not-found",
                text = prompt.find.clone()
            ));
        }
        let text = self.text().replace(&prompt.find, &prompt.with);
        self.textarea.select_all();
        self.textarea.insert_str(&text);
        self.edited();
        Effect::Notify(tr!(self.texts, "tui-editor-replaced", n = n))
    }

    /// The first match at or after (row, char column), wrapping to the top; as (row, char).
    fn next_match(&self, find: &str, row: usize, col: usize) -> Option<(usize, usize)> {
        let lines = self.textarea.lines();
        let in_line = |r: usize, from_char: usize| {
            let line = &lines[r];
            let from = line
                .char_indices()
                .nth(from_char)
                .map_or(line.len(), |(b, _)| b);
            line[from..]
                .find(find)
                .map(|b| (r, line[..from + b].chars().count()))
        };
        (row..lines.len())
            .map(|r| in_line(r, if r == row { col } else { 0 }))
            .chain((0..=row.min(lines.len().saturating_sub(1))).map(|r| in_line(r, 0)))
            .flatten()
            .next()
    }
}
