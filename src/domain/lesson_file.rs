//! One lesson file read from a course folder: its number (from the file name), front matter,
//! header block and H1 title (spec §7.1–7.2).
//!
//! Takes the path relative to the course folder and the already-decoded text (decoding is
//! `domain::text`'s job). Never fails: malformed front matter becomes a warning and the rest of
//! the file is still read. Assigning unique ids across a course is `domain::lesson_ids`. Pure.

use crate::domain::front_matter::{parse_front_matter, split_front_matter};
use crate::domain::issue::{Issue, Severity};
use crate::domain::lesson_header::{LessonHeader, parse_lesson_header};
use crate::domain::numbering::{file_name_number, first_number};
use crate::domain::yaml_tree::YamlNode;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// What a lesson file says about itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonFile {
    /// Path relative to the course folder, `/`-separated, as given (`lessons/modulo-1/aula-1.1-x.md`).
    pub path: String,
    pub file_name: String,
    /// The folder holding the file, relative to the course folder (`lessons/modulo-1`).
    pub folder: String,
    /// `(module, lesson)` read from the file name; `None` for `BONUS-…` and the like.
    pub number: Option<(u32, u32)>,
    /// The module a folder like `modulo-2` names, used for unnumbered files inside it.
    pub folder_module: Option<u32>,
    /// The front matter as JSON (plain YAML scalars typed, `1.10` kept as text).
    pub front_matter: Option<serde_json::Value>,
    /// Front matter `lesson_id` as written (`"2.1-mac"`).
    pub front_matter_lesson_id: Option<String>,
    /// Front matter `platform` (`mac`, `windows`) when present.
    pub platform: Option<String>,
    pub header: LessonHeader,
    /// The first `# ` heading as written.
    pub h1: Option<String>,
    /// Best title: front matter `title`/`lesson_title`, else the H1 without its `Aula 1.1 -`
    /// prefix, else the file name.
    pub title: String,
    /// Raw Bloom level: front matter `bloom_level`, else the header's.
    pub bloom_level: Option<String>,
    /// Front matter `duration_minutes`, else the header's.
    pub duration_minutes: Option<u32>,
    pub issues: Vec<Issue>,
}

// Literal patterns, exercised by the tests. The prefix covers `Aula 1.1 -`, `AULA 2.1 (MAC):`,
// `00.1 -`, `1.2:`.
static H1_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:aula\s+)?\d+(?:\.\d+)?\s*(?:\([^)]*\))?\s*[-:–—]\s*")
        .expect("literal pattern")
});

/// Reads one lesson file. `relative_path` may use `\` or `/`.
pub fn parse_lesson_file(relative_path: &str, text: &str) -> LessonFile {
    let path = relative_path.replace('\\', "/");
    let (folder, file_name) = match path.rsplit_once('/') {
        Some((folder, name)) => (folder.to_string(), name.to_string()),
        None => (String::new(), path.clone()),
    };
    let folder_module = folder
        .rsplit('/')
        .next()
        .filter(|f| f.to_lowercase().starts_with("modul"))
        .and_then(first_number);
    let mut issues = Vec::new();
    let split = split_front_matter(text);
    let fm = split.yaml.and_then(|yaml| match parse_front_matter(yaml) {
        Ok(node) => node,
        Err(e) => {
            issues.push(Issue {
                code: "IMPORT-FRONT-MATTER".into(),
                severity: Severity::Warning,
                element: path.clone(),
                message: format!(
                    "{path}: front matter is not valid YAML (line {}, column {}: {}); it was \
                     kept as text and ignored",
                    e.line, e.column, e.message
                ),
                hint: "fix or quote the front matter value at that line".into(),
                line_start: Some(e.line),
                line_end: Some(e.line),
                args: crate::domain::issue::args([
                    ("path", path.as_str().into()),
                    ("line", e.line.into()),
                    ("column", e.column.into()),
                    ("error", e.message.as_str().into()),
                ]),
            });
            None
        }
    });
    let fm_text = |keys: &[&str]| {
        fm.as_ref()
            .and_then(|f| f.get_any(keys))
            .and_then(YamlNode::as_text)
    };
    let header = parse_lesson_header(split.body);
    let h1 = split
        .body
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty());
    let stem = file_name
        .strip_suffix(".md")
        .unwrap_or(&file_name)
        .to_string();
    let title = fm_text(&["title", "lesson_title"])
        .or_else(|| {
            h1.as_deref()
                .map(|h| H1_PREFIX.replace(h, "").trim().to_string())
        })
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| stem.clone());
    LessonFile {
        number: file_name_number(&file_name),
        folder_module,
        front_matter_lesson_id: fm_text(&["lesson_id"]),
        platform: fm_text(&["platform"]),
        bloom_level: fm_text(&["bloom_level", "bloom"]).or_else(|| header.bloom_level.clone()),
        duration_minutes: fm
            .as_ref()
            .and_then(|f| f.get("duration_minutes"))
            .and_then(YamlNode::as_u32)
            .or(header.duration_minutes),
        front_matter: fm.as_ref().map(YamlNode::to_json),
        path,
        file_name,
        folder,
        header,
        h1,
        title,
        issues,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_front_matter_and_number() {
        let text = "---\nlesson_id: \"2.1-mac\"\ntitle: \"Terminal no Mac\"\nplatform: mac\n\
                    duration_minutes: 4\nbloom_level: apply\n---\n\n# AULA 2.1 (MAC): Terminal\n";
        let f = parse_lesson_file("lessons/2.1-terminal-mac.md", text);
        assert_eq!(f.number, Some((2, 1)));
        assert_eq!(f.folder, "lessons");
        assert_eq!(f.front_matter_lesson_id.as_deref(), Some("2.1-mac"));
        assert_eq!(f.platform.as_deref(), Some("mac"));
        assert_eq!(f.title, "Terminal no Mac");
        assert_eq!(f.duration_minutes, Some(4));
        assert_eq!(f.bloom_level.as_deref(), Some("apply"));
        assert_eq!(
            f.front_matter.as_ref().map(|v| v["platform"].clone()),
            Some("mac".into())
        );
        assert!(f.issues.is_empty());
    }

    #[test]
    fn title_from_h1_and_header_block() {
        let text = "# Aula 1.1 - Claude Code não é Magia\n\n**Módulo:** 1 - Fundamentos  \n\
                    **Duração:** 15 minutos  \n**Nível Bloom:** Understand\n";
        let f = parse_lesson_file("lessons/modulo-1/aula-1.1-x.md", text);
        assert_eq!(f.number, Some((1, 1)));
        assert_eq!(f.folder_module, Some(1));
        assert_eq!(f.title, "Claude Code não é Magia");
        assert_eq!(f.h1.as_deref(), Some("Aula 1.1 - Claude Code não é Magia"));
        assert_eq!(f.duration_minutes, Some(15));
        assert_eq!(f.bloom_level.as_deref(), Some("Understand"));
        let f = parse_lesson_file("lessons/00.1-x.md", "# 00.1 - Você NÃO Precisa\n");
        assert_eq!(
            (f.number, f.title.as_str()),
            (Some((0, 1)), "Você NÃO Precisa")
        );
    }

    #[test]
    fn odd_names_and_malformed_front_matter() {
        let f = parse_lesson_file(
            "lessons/1.2- Por Que 70% dos Alunos.md",
            "\n\n# Aula 1.2: Por Que 70%\n",
        );
        assert_eq!((f.number, f.title.as_str()), (Some((1, 2)), "Por Que 70%"));
        let f = parse_lesson_file("lessons/BONUS-skills.md", "no heading at all");
        assert_eq!((f.number, f.title.as_str()), (None, "BONUS-skills"));
        let f = parse_lesson_file("lessons/1.1-x.md", "---\ntitle: a: b\n---\n# Real\n");
        assert_eq!(f.title, "Real");
        assert_eq!(f.issues.len(), 1);
        assert_eq!(f.issues[0].line_start, Some(2));
        assert!(
            f.issues[0]
                .message
                .starts_with("lessons/1.1-x.md: front matter")
        );
    }
}
