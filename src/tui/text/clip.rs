//! Cutting a line to the columns it has, with an ellipsis where text was left out (never a
//! character cut in half: widths are the terminal's, so CJK and emoji count double).

use unicode_width::UnicodeWidthChar;

/// `text` in at most `width` terminal columns; `…` ends it when something was cut.
pub fn clip(text: &str, width: usize) -> String {
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::clip;

    #[test]
    fn fits_untouched_and_cuts_with_an_ellipsis_by_columns() {
        assert_eq!(clip("curriculum", 10), "curriculum");
        assert_eq!(clip("curriculum", 6), "curri…");
        // A wide character that would straddle the edge is left out whole.
        assert_eq!(clip("ab漢字", 4), "ab…");
        assert_eq!(clip("abc", 0), "");
    }
}
