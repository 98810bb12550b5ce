//! What a bracketed paste becomes before a text field takes it. Terminals deliver a paste as
//! one `Event::Paste` with the clipboard's line breaks (often CRLF, sometimes a bare CR from
//! old Mac text); fields keep lines as typed, so every break becomes LF. One-line fields
//! (prompts, filters, the palette) get the paste on one line. No I/O.

/// `text` with CRLF and lone CR turned into LF, so a pasted lesson reads as if typed.
pub fn normalized(text: &str) -> String {
    crate::domain::text::normalize_newlines(text).into_owned()
}

/// `text` for a one-line field: line breaks and tabs become spaces (a trailing break from a
/// copied line is dropped), other control characters are left out.
pub fn one_line(text: &str) -> String {
    let text = normalized(text);
    text.trim_end_matches('\n')
        .chars()
        .filter_map(|c| match c {
            '\n' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_of_any_platform_become_lf() {
        assert_eq!(normalized("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(normalized("no breaks"), "no breaks");
        assert_eq!(normalized("\r\n\r\n"), "\n\n");
    }

    #[test]
    fn one_line_fields_get_spaces_and_no_controls() {
        assert_eq!(one_line("rust\tbasics\r\n"), "rust basics");
        assert_eq!(one_line("a\nb\x1b[31m"), "a b[31m");
    }
}
