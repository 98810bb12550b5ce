//! Placing the lesson text after a jump to an issue (context above, wrapped lines counted)
//! and the line range an issue covers. Must not do I/O.

use crate::tui::text::wrap::wrap_by_width;

use super::{CONTEXT_ABOVE, LessonScreen};

impl LessonScreen {
    /// While the view is where a jump put it: scrolls so the highlighted lines come after up
    /// to `CONTEXT_ABOVE` lines of context. When lines wrap, context that would take more
    /// than half the pane is left out (the nearest lines kept): long paragraphs above
    /// an issue must not push it off screen.
    pub(super) fn place_jump(&mut self) {
        let Some((start, _)) = self.highlighted.filter(|_| self.view_at_jump) else {
            return;
        };
        let first = start.saturating_sub(CONTEXT_ABOVE);
        self.scroll = match self.view.filter(|_| self.wrap) {
            None => first,
            Some(view) => {
                let (mut top, mut rows) = (start, 0);
                while top > first {
                    rows += wrap_by_width(&self.lines[top - 1], view.text_width).len();
                    if rows > view.height / 2 {
                        break;
                    }
                    top -= 1;
                }
                top
            }
        };
    }
}

/// 0-based inclusive lines of an issue, clamped to the text; `None` when it has no line.
pub(super) fn issue_range(
    issue: &crate::domain::issue::Issue,
    len: usize,
) -> Option<(usize, usize)> {
    let start = (issue.line_start? as usize).checked_sub(1)?;
    if start >= len {
        return None;
    }
    let end = issue
        .line_end
        .map_or(start, |e| (e as usize).saturating_sub(1))
        .clamp(start, len - 1);
    Some((start, end))
}
