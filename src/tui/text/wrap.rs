//! Word wrapping by display width: a line breaks between words, and only a word wider than
//! the whole row is cut (at a character, never inside a wide one). Pieces are byte ranges of
//! the line, so a caller can cut its coloured spans at the same places and keep their styles.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// The rows `text` takes at `width` columns, as byte ranges that together cover `text` in
/// order; always at least one. The spaces after a word stay on its row (they may pass the
/// edge, where they are blank), so the next row starts with the next word.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let (mut start, mut used) = (0, 0);
    let mut chars = text.char_indices().peekable();
    while let Some(&(word_start, _)) = chars.peek() {
        // One word: its characters, then the spaces after it.
        let mut word_width = 0;
        let mut word_end = word_start;
        while let Some(&(i, c)) = chars.peek() {
            if c == ' ' {
                break;
            }
            word_width += c.width().unwrap_or(0);
            word_end = i + c.len_utf8();
            chars.next();
        }
        let mut gap_width = 0;
        while let Some(&(_, ' ')) = chars.peek() {
            gap_width += 1;
            chars.next();
        }
        if used > 0 && used + word_width > width {
            rows.push(start..word_start);
            (start, used) = (word_start, 0);
        }
        if word_width > width {
            // Longer than a row: cut it by characters, the last part stays open.
            let mut row_used = used;
            for (i, c) in text[word_start..word_end].char_indices() {
                let w = c.width().unwrap_or(0);
                let at = word_start + i;
                if row_used + w > width && at > start {
                    rows.push(start..at);
                    (start, row_used) = (at, 0);
                }
                row_used += w;
            }
            used = row_used;
        } else {
            used += word_width;
        }
        used += gap_width;
    }
    rows.push(start..text.len());
    rows
}

/// `wrap_ranges` as the pieces of `text`.
pub fn wrap_by_width(text: &str, width: usize) -> Vec<&str> {
    wrap_ranges(text, width)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_between_words_and_keeps_every_byte() {
        let text = "uma aula com `código` e **forte** no meio";
        let rows = wrap_by_width(text, 12);
        assert_eq!(rows.concat(), text);
        for row in &rows {
            assert!(row.trim_end().chars().count() <= 12, "{rows:?}");
        }
        assert_eq!(rows[0], "uma aula com ");
        assert_eq!(rows[1], "`código` e ");
    }

    #[test]
    fn only_a_word_wider_than_the_row_is_cut_and_wide_characters_stay_whole() {
        assert_eq!(wrap_by_width("abcdefgh ij", 3), ["abc", "def", "gh ", "ij"]);
        assert_eq!(wrap_by_width("漢字漢字", 3), ["漢", "字", "漢", "字"]);
        assert_eq!(wrap_by_width("", 5), [""]);
    }
}
