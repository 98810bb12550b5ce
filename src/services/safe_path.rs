//! Checking a stored relative path before anything is written under it.
//!
//! Paths come from the database (a lesson's `file_path`, a research report's name), which an
//! older tool, a hand edit or a hostile file may have filled. Only plain `/`-separated relative
//! paths are accepted, so a write can never land outside the export folder. No I/O.

use crate::domain::said::Said;

/// Why a stored path cannot be written (a reason said inside the refusal).
pub fn unsafe_reason(path: &str) -> Option<Said> {
    if path.is_empty() {
        return Some(Said::new("err-path-empty"));
    }
    if path.contains('\0') {
        return Some(Said::new("err-path-nul"));
    }
    if path.contains('\\') {
        return Some(Said::new("err-path-backslash"));
    }
    if path.starts_with('/') {
        return Some(Said::new("err-path-absolute"));
    }
    // `C:foo` and `C:/foo` are drive paths on Windows, even though Unix reads them as relative.
    let first = path.split('/').next().unwrap_or(path);
    if first.len() >= 2 && first.as_bytes()[1] == b':' && first.as_bytes()[0].is_ascii_alphabetic()
    {
        return Some(Said::new("err-path-drive-letter"));
    }
    for part in path.split('/') {
        match part {
            "" => return Some(Said::new("err-path-empty-segment")),
            "." | ".." => return Some(Said::new("err-path-dot-segment")),
            _ => {}
        }
    }
    None
}

/// A lesson-file name made from an id and a slug, for lessons that have no stored path.
pub fn file_name_part(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c| c == '.' || c == '-');
    if trimmed.is_empty() {
        "aula".to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_relative_paths_pass() {
        for ok in [
            "lessons/1.1-a.md",
            "lessons/modulo 1/aula 1.1 100%.md",
            "lessons/..hidden.md",
        ] {
            assert_eq!(unsafe_reason(ok), None, "{ok}");
        }
    }

    #[test]
    fn escapes_are_refused() {
        for bad in [
            "",
            "../x.md",
            "lessons/../../x.md",
            "/etc/passwd",
            "lessons/./x.md",
            "lessons//x.md",
            "lessons\\..\\x.md",
            "C:/x.md",
            "c:x.md",
            "lessons/x\0.md",
        ] {
            assert!(unsafe_reason(bad).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn generated_names_are_single_segments() {
        assert_eq!(file_name_part("1.1"), "1.1");
        assert_eq!(file_name_part("../../etc"), "etc");
        assert_eq!(file_name_part("a/b c"), "a-b-c");
        assert_eq!(file_name_part(".."), "aula");
    }
}
