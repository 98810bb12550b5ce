//! Which slice of a long list is on screen: only those rows are ever built, so a library of
//! 10,000 courses costs the same per frame as one of ten.

use std::ops::Range;

/// Rows `[offset, offset + height)` that keep `selected` visible, scrolling as little as
/// possible from the top (stateless, so render stays a pure function of the state).
pub fn visible_window(len: usize, selected: usize, height: usize) -> Range<usize> {
    if height == 0 || len == 0 {
        return 0..0;
    }
    let offset = selected.min(len - 1).saturating_sub(height - 1);
    offset..(offset + height).min(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_selection_visible() {
        assert_eq!(visible_window(100, 0, 10), 0..10);
        assert_eq!(visible_window(100, 9, 10), 0..10);
        assert_eq!(visible_window(100, 10, 10), 1..11);
        assert_eq!(visible_window(5, 3, 10), 0..5);
        assert_eq!(visible_window(0, 0, 10), 0..0);
    }
}
