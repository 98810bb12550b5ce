//! The brief's Markdown structure: the eight numbered sections, their `###` subsections and
//! the bold-labelled answers inside them.
//!
//! A section is a `##` heading whose text starts with a digit (keycap emoji such as `1️⃣`
//! start with one too) and runs, nested `###` included, to the next `##` heading. This is
//! the fix for Q-23, where every `## 1.1`-like match started a new section. Pure.

/// One `##`/`###` block: heading text, its 1-based line, and the body lines after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'a> {
    pub heading: &'a str,
    pub line: u32,
    pub body: Vec<(u32, &'a str)>,
}

/// A bold label and its answer (fence content, inline text, or the lines below it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: String,
    pub value: String,
    pub line: u32,
}

impl Block<'_> {
    pub fn text(&self) -> String {
        self.body
            .iter()
            .map(|(_, l)| *l)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The section number when the heading starts with digits.
    pub fn number(&self) -> Option<u8> {
        let digits: String = self
            .heading
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    }

    /// `###` subsections (each running to the next `###` or deeper-or-equal heading).
    pub fn subsections(&self) -> Vec<Block<'_>> {
        split(&self.body, "### ")
    }
}

/// `##` blocks of the body (lines numbered from `first_line`), skipping fenced code.
pub fn sections(body: &str, first_line: u32) -> Vec<Block<'_>> {
    let lines: Vec<(u32, &str)> = (first_line..).zip(body.lines()).collect();
    split(&lines, "## ")
}

fn split<'a>(lines: &[(u32, &'a str)], marker: &str) -> Vec<Block<'a>> {
    let mut blocks: Vec<Block<'a>> = Vec::new();
    let mut in_fence = false;
    for &(no, line) in lines {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if !in_fence && let Some(heading) = line.strip_prefix(marker) {
            blocks.push(Block {
                heading: heading.trim(),
                line: no,
                body: Vec::new(),
            });
        } else if let Some(block) = blocks.last_mut() {
            block.body.push((no, line));
        }
    }
    blocks
}

/// Every `**Label:**` in `lines` with its answer.
pub fn fields(lines: &[(u32, &str)]) -> Vec<Field> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (no, line) = lines[i];
        i += 1;
        let Some((label, inline)) = label_of(line) else {
            continue;
        };
        let value = if !inline.is_empty() {
            inline.to_string()
        } else {
            let mut j = i;
            while j < lines.len() && lines[j].1.trim().is_empty() {
                j += 1;
            }
            if j < lines.len() && lines[j].1.trim_start().starts_with("```") {
                let start = j + 1;
                let end = (start..lines.len())
                    .find(|&k| lines[k].1.trim_start().starts_with("```"))
                    .unwrap_or(lines.len());
                i = end + 1;
                join(&lines[start..end])
            } else {
                let end = (j..lines.len())
                    .find(|&k| {
                        let t = lines[k].1.trim();
                        t.is_empty() || t.starts_with('#') || label_of(lines[k].1).is_some()
                    })
                    .unwrap_or(lines.len());
                join(&lines[j..end])
            }
        };
        out.push(Field {
            label: label.to_string(),
            value: value.trim().to_string(),
            line: no,
        });
    }
    out
}

fn join(lines: &[(u32, &str)]) -> String {
    lines.iter().map(|(_, l)| *l).collect::<Vec<_>>().join("\n")
}

/// `**Label:** rest`, `- **Label:** rest` or `**Label**: rest` → `(label, rest)`.
fn label_of(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    let t = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .unwrap_or(t);
    let rest = t.strip_prefix("**")?;
    let (inside, after) = rest.split_once("**")?;
    match inside.strip_suffix(':') {
        Some(label) => Some((label.trim(), after.trim())),
        None => Some((inside.trim(), after.trim_start().strip_prefix(':')?.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_subsections_do_not_split_sections() {
        let body = "# T\n## 📝 INSTRUÇÕES\nx\n## 1️⃣ BÁSICO\n### 1.1. Id\n**Título do Curso:**\n```\nMeu Curso\n```\n### 1.2. Duração\n- **Duração Total:** 5h\n## 2. ICP\n```\n## 3 not a heading\n```\n";
        let s = sections(body, 1);
        let numbered: Vec<_> = s.iter().filter_map(Block::number).collect();
        assert_eq!(numbered, [1, 2]);
        let one = &s[1];
        assert_eq!(one.line, 4);
        assert_eq!(one.subsections().len(), 2);
        let f = fields(&one.body);
        assert_eq!(
            f[0],
            Field {
                label: "Título do Curso".into(),
                value: "Meu Curso".into(),
                line: 6
            }
        );
        assert_eq!(f[1].value, "5h");
    }
}
