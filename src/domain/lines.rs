//! Byte offset → 1-based line numbers, for locating issues: a full index (`LineIndex`) and a
//! cheaper one for a handful of lookups (`LazyLines`). Pure.

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// 1-based line and column (in characters) of byte `offset` in `text`, as editors and
/// `FILE:LINE:COLUMN` messages count them. For one lookup; many go through [`LineIndex`].
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Maps byte offsets of one text to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// 1-based line holding byte `offset` (offsets past the end map to the last line).
    pub fn line(&self, offset: usize) -> u32 {
        let offset = offset.min(self.len);
        let idx = self.starts.partition_point(|&s| s <= offset);
        saturate(idx.max(1))
    }

    /// Number of lines (a trailing newline does not open a new line).
    pub fn line_count(&self) -> u32 {
        let n = self.starts.len();
        let trailing = self.len > 0 && self.starts.last() == Some(&self.len);
        saturate(if trailing { n - 1 } else { n })
    }

    /// Inclusive line range of the bytes `start..end` (an empty range is its start line).
    pub fn span(&self, start: usize, end: usize) -> (u32, u32) {
        let first = self.line(start);
        let last = if end > start {
            self.line(end - 1)
        } else {
            first
        };
        (first, last.max(first))
    }
}

/// Line numbers for a few offsets without indexing every line: newline counts per 256-byte
/// block are taken once (a vectorised count), then each query adds the count inside one block.
/// Used when only a handful of offsets need lines (issue locations).
pub struct LazyLines<'a> {
    bytes: &'a [u8],
    /// `blocks[k]` = newlines in `bytes[..k * BLOCK]`.
    blocks: Vec<usize>,
}

const BLOCK: usize = 256;

fn newlines(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from(b == b'\n')).sum()
}

impl<'a> LazyLines<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut total = 0;
        blocks.push(0);
        for chunk in bytes.chunks(BLOCK) {
            let mut acc = 0u16;
            for &b in chunk {
                acc += u16::from(b == b'\n');
            }
            total += usize::from(acc);
            blocks.push(total);
        }
        LazyLines { bytes, blocks }
    }

    fn newlines_before(&self, offset: usize) -> usize {
        let offset = offset.min(self.bytes.len());
        let k = offset / BLOCK;
        self.blocks.get(k).copied().unwrap_or(0)
            + self.bytes.get(k * BLOCK..offset).map_or(0, newlines)
    }

    /// 1-based line holding byte `offset` (the end of the text is on the last line + 1 when the
    /// text ends with a newline, as in `LineIndex`).
    pub fn line(&self, offset: usize) -> u32 {
        saturate(self.newlines_before(offset) + 1)
    }

    /// Number of lines (a trailing newline does not open a new line).
    pub fn line_count(&self) -> u32 {
        let n = self.newlines_before(self.bytes.len());
        let trailing = self.bytes.last() == Some(&b'\n');
        saturate(if trailing { n } else { n + 1 }.max(1))
    }

    /// Inclusive line range of the bytes `start..end` (an empty range is its start line).
    pub fn span(&self, start: usize, end: usize) -> (u32, u32) {
        let first = self.line(start);
        let last = if end > start {
            self.line(end - 1)
        } else {
            first
        };
        (first, last.max(first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_and_lines() {
        let idx = LineIndex::new("a\nbb\n");
        assert_eq!(
            (idx.line(0), idx.line(2), idx.line(5), idx.line_count()),
            (1, 2, 3, 2)
        );
        assert_eq!(idx.span(2, 5), (2, 2));
        let lazy = LazyLines::new("a\nbb\n");
        assert_eq!(
            (lazy.line(5), lazy.line(2), lazy.line(0), lazy.line_count()),
            (3, 2, 1, 2)
        );
        assert_eq!(lazy.span(2, 5), (2, 2));
        for t in ["", "x", "x\n", "\n\n", "a\nb"] {
            let (a, b) = (LineIndex::new(t), LazyLines::new(t));
            assert_eq!(a.line_count(), b.line_count(), "{t:?}");
            for o in 0..=t.len() {
                assert_eq!(a.line(o), b.line(o), "{t:?} @ {o}");
            }
        }
    }
}
