//! Library rows drawn once and copied into later frames.
//!
//! Why: drawing a row (per-grapheme widths, spans, styles) is most of a library frame, and a
//! keystroke usually only moves the selection, leaving every other row exactly as it was
//! drawn. This is a memo of what the table would draw for a row, keyed by everything that
//! drawing depends on (the rows' load, the table's width, the theme), so the frame is still a
//! pure function of the screen's state; the selected row is always drawn afresh.

use std::collections::HashMap;

use ratatui::buffer::{Buffer, Cell};

use crate::tui::theme::Theme;

/// What a cached row's cells depend on besides the row itself.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RowCacheKey {
    /// Bumped whenever the rows are replaced (a reload); appended pages keep their indices.
    pub rows_generation: u64,
    pub width: u16,
    pub theme: Theme,
}

#[derive(Debug, Clone, Default)]
pub(super) struct RowCache {
    key: Option<RowCacheKey>,
    /// Row index (into the loaded rows) → its cells, one line of `key.width`.
    lines: HashMap<usize, Vec<Cell>>,
}

/// Keeps a few screens' worth of rows: scrolling back and forth stays cheap, memory stays flat.
const SCREENS_KEPT: usize = 4;

impl RowCache {
    /// Starts a frame: forgets every row if `key` changed, and old rows once more than a few
    /// screens (of `screen_rows`) are kept.
    pub fn begin(&mut self, key: &RowCacheKey, screen_rows: usize) {
        if self.key.as_ref() != Some(key) {
            self.key = Some(key.clone());
            self.lines.clear();
        }
        if self.lines.len() > SCREENS_KEPT * screen_rows.max(1) {
            self.lines.clear();
        }
    }

    /// Keeps row `index` as just drawn at `(x, y)` of `buf`, `width` cells.
    pub fn keep(&mut self, index: usize, buf: &Buffer, (x, y): (u16, u16), width: u16) {
        let area = buf.area;
        if y < area.top() || y >= area.bottom() || x < area.left() || x + width > area.right() {
            return;
        }
        let start = buf.index_of(x, y);
        self.lines.insert(
            index,
            buf.content[start..start + usize::from(width)].to_vec(),
        );
    }

    /// Copies cached row `index` to `(x, y)` of `buf`; false when it is not cached.
    pub fn blit(&self, index: usize, buf: &mut Buffer, (x, y): (u16, u16)) -> bool {
        let Some(cells) = self.lines.get(&index) else {
            return false;
        };
        // One slice copy: the line lies within one row of the buffer when it fits at all.
        let area = buf.area;
        let fits = y >= area.top() && y < area.bottom() && x >= area.left();
        let width = usize::from(area.right().saturating_sub(x)).min(cells.len());
        if fits && width > 0 {
            let start = buf.index_of(x, y);
            buf.content[start..start + width].clone_from_slice(&cells[..width]);
        }
        true
    }
}
