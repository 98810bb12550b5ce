//! A minimal, linear-time Markdown outline for the `strict` rubric: the real ATX heading lines
//! of a lesson, skipping YAML front matter, fenced code blocks and block quotes. Not a full
//! CommonMark parser on purpose: it needs only headings and must never fail.

/// One heading line. Offsets are byte offsets into the scored text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    /// Start of the heading line.
    pub start: usize,
    /// Start of the next line (or end of text): where the section body begins.
    pub body_start: usize,
    /// Heading text without the `#` marks and without closing `#`s, trimmed.
    pub title: String,
}

/// The real headings of a document, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    pub headings: Vec<Heading>,
    pub len: usize,
}

impl Outline {
    pub fn parse(text: &str) -> Outline {
        let mut headings = Vec::new();
        let mut fence: Option<(u8, usize)> = None;
        let mut offset = 0;
        let mut front_matter = false;
        for (index, raw) in text.split_inclusive('\n').enumerate() {
            let start = offset;
            offset += raw.len();
            let line = raw.trim_end_matches(['\n', '\r']);
            if index == 0 && line.trim_end() == "---" {
                front_matter = true;
                continue;
            }
            if front_matter {
                front_matter = !matches!(line.trim_end(), "---" | "...");
                continue;
            }
            let indent = line.len() - line.trim_start_matches(' ').len();
            if indent > 3 {
                continue;
            }
            let rest = &line[indent..];
            if let Some((ch, n)) = fence_marker(rest) {
                match fence {
                    None => fence = Some((ch, n)),
                    Some((open, len)) if open == ch && n >= len && rest[n..].trim().is_empty() => {
                        fence = None
                    }
                    Some(_) => {}
                }
                continue;
            }
            if fence.is_some() || rest.starts_with('>') {
                continue;
            }
            if let Some((level, title)) = atx_heading(rest) {
                headings.push(Heading {
                    level,
                    start,
                    body_start: offset,
                    title: title.to_owned(),
                });
            }
        }
        // An unclosed front matter block was not front matter after all: re-parse without it.
        if front_matter {
            let body = text.find('\n').map_or(text.len(), |p| p + 1);
            let mut rest = Outline::parse(text.get(body..).unwrap_or(""));
            for h in &mut rest.headings {
                h.start += body;
                h.body_start += body;
            }
            rest.len = text.len();
            return rest;
        }
        Outline {
            headings,
            len: text.len(),
        }
    }

    /// Where the section opened by heading `i` ends: the next heading at `level` or above.
    pub fn section_end(&self, i: usize) -> usize {
        let Some(h) = self.headings.get(i) else {
            return self.len;
        };
        self.headings[i + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map_or(self.len, |n| n.start)
    }
}

fn fence_marker(rest: &str) -> Option<(u8, usize)> {
    let first = *rest.as_bytes().first()?;
    if first != b'`' && first != b'~' {
        return None;
    }
    let n = rest.bytes().take_while(|&b| b == first).count();
    (n >= 3).then_some((first, n))
}

fn atx_heading(rest: &str) -> Option<(u8, &str)> {
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let after = &rest[hashes..];
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let title = after.trim();
    let title = title.trim_end_matches('#');
    let title = if title.is_empty() || title.ends_with([' ', '\t']) {
        title.trim_end()
    } else {
        after.trim()
    };
    u8::try_from(hashes).ok().map(|level| (level, title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_front_matter_code_and_quotes() {
        let t = "---\ntitle: x\n## not\n---\n# T\n```\n## code\n```\n> ## quote\n    ## indented\n## Real ##\n###NoSpace\n### Sub";
        let o = Outline::parse(t);
        let titles: Vec<_> = o
            .headings
            .iter()
            .map(|h| (h.level, h.title.as_str()))
            .collect();
        assert_eq!(titles, [(1, "T"), (2, "Real"), (3, "Sub")]);
    }

    #[test]
    fn unclosed_front_matter_is_ordinary_text() {
        let o = Outline::parse("---\n## A\n");
        assert_eq!(o.headings.len(), 1);
        assert_eq!(o.headings[0].start, 4);
    }
}
