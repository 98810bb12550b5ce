//! Splitting a Markdown file into its YAML front matter and body, tolerantly.
//!
//! Front matter is a `---` first line (after an optional BOM) up to the next `---` or `...`
//! line; CRLF is accepted. Malformed YAML is reported to the caller, never a panic, and the
//! body is still returned. Used by lesson files and the course brief. Pure.

use crate::domain::yaml_tree::{YamlNode, YamlSyntaxError, YamlValue, parse_yaml_documents};

/// The parts of a Markdown file around its front matter.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter<'a> {
    /// The YAML between the fences, if there was a closed block.
    pub yaml: Option<&'a str>,
    /// The text after the closing fence (the whole text when there is no front matter).
    pub body: &'a str,
    /// 1-based line of the body's first line in the original file.
    pub body_line: u32,
}

/// Finds the front matter block. An opening `---` with no closing fence is not front matter.
pub fn split_front_matter(text: &str) -> FrontMatter<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let none = FrontMatter {
        yaml: None,
        body: text,
        body_line: 1,
    };
    let mut lines = line_spans(text);
    let Some((_, first)) = lines.next() else {
        return none;
    };
    if first.trim_end() != "---" {
        return none;
    }
    let yaml_start = first.len();
    for (line_no, (start, line)) in (2u32..).zip(lines) {
        let fence = line.trim_end();
        if fence == "---" || fence == "..." {
            return FrontMatter {
                yaml: Some(&text[yaml_start..start]),
                body: &text[start + line.len()..],
                body_line: line_no + 1,
            };
        }
    }
    none
}

/// Parses the front matter YAML into a mapping node; line numbers are relative to the file.
pub fn parse_front_matter(yaml: &str) -> Result<Option<YamlNode>, YamlSyntaxError> {
    parse_yaml_documents(yaml)
        .map(|docs| docs.into_iter().next())
        .map_err(|mut e| {
            e.line += 1; // the opening `---` is line 1 of the file
            e
        })
        .map(|doc| doc.map(|d| shift_lines(d, 1)))
}

fn shift_lines(mut node: YamlNode, by: u32) -> YamlNode {
    node.line += by;
    match &mut node.value {
        YamlValue::Seq(items) => {
            let shifted = std::mem::take(items)
                .into_iter()
                .map(|n| shift_lines(n, by))
                .collect();
            *items = shifted;
        }
        YamlValue::Map(entries) => {
            let shifted = std::mem::take(entries)
                .into_iter()
                .map(|(k, v)| (shift_lines(k, by), shift_lines(v, by)))
                .collect();
            *entries = shifted;
        }
        YamlValue::Scalar { .. } => {}
    }
    node
}

/// `(byte offset, line including its terminator)` for each line.
fn line_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0usize, |offset, line| {
        let start = *offset;
        *offset += line.len();
        Some((start, line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_crlf_front_matter() {
        let fm = split_front_matter("---\r\nlesson_id: \"2.1-mac\"\r\n---\r\n\r\n# T\r\n");
        assert_eq!(fm.yaml, Some("lesson_id: \"2.1-mac\"\r\n"));
        assert_eq!(fm.body, "\r\n# T\r\n");
        assert_eq!(fm.body_line, 4);
        let node = parse_front_matter(fm.yaml.unwrap_or_default())
            .expect("yaml")
            .expect("map");
        assert_eq!(
            node.get("lesson_id").and_then(|v| v.as_str()),
            Some("2.1-mac")
        );
        assert_eq!(node.get("lesson_id").map(|v| v.line), Some(2));
    }

    #[test]
    fn unclosed_or_absent_front_matter_is_body() {
        assert_eq!(split_front_matter("---\ntitle: x\n# no close").yaml, None);
        assert_eq!(split_front_matter("# T\n---\n").yaml, None);
    }

    #[test]
    fn malformed_yaml_is_an_error_with_file_line() {
        let err = parse_front_matter("title: a\nbad: x: y\n").expect_err("malformed");
        assert_eq!(err.line, 3);
    }
}
