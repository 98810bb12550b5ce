//! The brief's preliminary outline (§3.3 of the brief, spec §6.2): `MÓDULO n: <nome>`,
//! `Duração: __ min`, `Aulas:` and `  n.m - <nome> (__ min)` lines, read into modules and
//! lessons. Template placeholders (`[Nome da aula]`, `__`) count as not filled in: a lesson
//! whose title is one is skipped, a duration that is one is unknown. Pure.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::domain::brief::has_placeholder;
use crate::domain::fold::fold;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Outline {
    pub modules: Vec<OutlineModule>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutlineModule {
    /// `None` when the outline's title is missing or still a placeholder.
    pub title: Option<String>,
    pub duration_minutes: Option<u32>,
    pub lessons: Vec<OutlineLesson>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutlineLesson {
    pub title: String,
    pub duration_minutes: Option<u32>,
}

impl Outline {
    pub fn lesson_count(&self) -> usize {
        self.modules.iter().map(|m| m.lessons.len()).sum()
    }
}

// Literal patterns, exercised by the tests.
static MODULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:modulo|module)\s*\d*\s*[:\-–—.]\s*(.*)$").expect("literal pattern")
});
static LESSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[-*•]\s*)?(?:(?:aula|lesson)\s*)?\d+(?:\.\d+)*\s*[-–—:.)]\s*(.+)$|^[-*•]\s+(.+)$",
    )
    .expect("literal pattern")
});
static DURATION_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\(\s*([0-9]+|_+)?\s*min[a-z]*\.?\s*\)\s*$").expect("literal pattern")
});
static FIRST_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]+").expect("literal pattern"));

/// Reads the outline text (the fence under §3.3). Lines that are none of the known shapes
/// (`Aulas:`, blank lines, notes) are ignored; lessons before any module line open an
/// untitled module. Modules left with neither a real title nor a lesson are dropped.
pub fn parse_outline(text: &str) -> Outline {
    let mut modules: Vec<OutlineModule> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        // The patterns run on the folded line (`MÓDULO` → `modulo`); captured text is cut from
        // the original by its position, which folding keeps per character.
        let folded = fold(trimmed);
        if let Some(caps) = MODULE.captures(&folded) {
            let rest = caps.get(1).map_or("", |m| m.as_str());
            let title = original_tail(trimmed, &folded, rest.len());
            modules.push(OutlineModule {
                title: filled(title),
                ..OutlineModule::default()
            });
            continue;
        }
        if let Some(rest) = ["duracao", "duration"]
            .iter()
            .find_map(|label| folded.strip_prefix(label))
            .and_then(|r| r.trim_start().strip_prefix(':'))
        {
            if let Some(module) = modules.last_mut() {
                module.duration_minutes = number(rest);
            }
            continue;
        }
        if ["aulas", "lessons"].iter().any(|l| {
            folded
                .strip_prefix(l)
                .is_some_and(|r| r.trim().is_empty() || r.trim() == ":")
        }) {
            continue;
        }
        let Some(caps) = LESSON.captures(&folded) else {
            continue;
        };
        let rest = caps.get(1).or(caps.get(2)).map_or("", |m| m.as_str());
        let (title, duration_minutes) = split_duration(original_tail(trimmed, &folded, rest.len()));
        let Some(title) = filled(title) else {
            continue;
        };
        if modules.is_empty() {
            modules.push(OutlineModule::default());
        }
        if let Some(module) = modules.last_mut() {
            module.lessons.push(OutlineLesson {
                title,
                duration_minutes,
            });
        }
    }
    modules.retain(|m| m.title.is_some() || !m.lessons.is_empty());
    Outline { modules }
}

/// The last `chars` characters of `original`, counted on its folded form. Folding maps each
/// character to one character except a few ligatures; when the counts differ, the folded
/// text is the safer answer than a misaligned cut.
fn original_tail<'a>(original: &'a str, folded: &'a str, folded_tail_bytes: usize) -> &'a str {
    let tail_chars = folded[folded.len() - folded_tail_bytes..].chars().count();
    let total = original.chars().count();
    if total != folded.chars().count() {
        return &folded[folded.len() - folded_tail_bytes..];
    }
    let start = original
        .char_indices()
        .nth(total - tail_chars)
        .map_or(original.len(), |(i, _)| i);
    &original[start..]
}

/// `Células (15 min)` → (`Células`, 15); `(__ min)` → no duration.
fn split_duration(text: &str) -> (&str, Option<u32>) {
    match DURATION_SUFFIX.captures(text) {
        Some(caps) => {
            let start = caps.get(0).map_or(text.len(), |m| m.start());
            let minutes = caps.get(1).and_then(|m| m.as_str().parse().ok());
            (&text[..start], minutes)
        }
        None => (text, None),
    }
}

fn number(text: &str) -> Option<u32> {
    FIRST_NUMBER
        .find(text)
        .and_then(|m| m.as_str().parse().ok())
        .filter(|n| *n > 0)
}

/// Trimmed text, `None` when empty, a placeholder or a bracketed instruction (`[Nome]`).
fn filled(text: &str) -> Option<String> {
    let t = text.trim();
    let bracketed = t.starts_with('[') && t.ends_with(']');
    (!t.is_empty() && !bracketed && !has_placeholder(t)).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = "MÓDULO 1: Fundamentos da planilha\nDuração: 45 min\nAulas:\n  1.1 - Células, linhas e colunas (15 min)\n  1.2 - Fórmulas que somam por você (15 min)\n\nMÓDULO 2: Planilhas no dia a dia\nDuração: 45 min\nAulas:\n  2.1 - Orçamento doméstico em 15 minutos (20 min)\n";

    #[test]
    fn reads_modules_lessons_and_durations() {
        let o = parse_outline(DEMO);
        assert_eq!(o.modules.len(), 2);
        assert_eq!(
            o.modules[0].title.as_deref(),
            Some("Fundamentos da planilha")
        );
        assert_eq!(o.modules[0].duration_minutes, Some(45));
        assert_eq!(
            o.modules[0].lessons[1],
            OutlineLesson {
                title: "Fórmulas que somam por você".into(),
                duration_minutes: Some(15)
            }
        );
        assert_eq!(
            o.modules[1].lessons[0].title,
            "Orçamento doméstico em 15 minutos"
        );
        assert_eq!(o.modules[1].lessons[0].duration_minutes, Some(20));
        assert_eq!(o.lesson_count(), 3);
    }

    #[test]
    fn template_placeholders_are_not_lessons() {
        let o = parse_outline(
            "MÓDULO 1: [Nome do módulo]\nDuração: __ min\nAulas:\n  1.1 - [Nome da aula] (__ min)\n  1.2 - [Nome da aula] (__ min)\n",
        );
        assert!(o.modules.is_empty(), "{o:?}");
        let o = parse_outline("Módulo 1: Base\nDuração: __ min\n  1.1 - Abrir (__ min)\n");
        assert_eq!(o.modules[0].duration_minutes, None);
        assert_eq!(o.modules[0].lessons[0].duration_minutes, None);
    }

    #[test]
    fn accepts_english_labels_bullets_and_loose_lessons() {
        let o = parse_outline(
            "- Intro (5 minutes)\nModule 2 - Practice\nLessons:\n  * Setup\n  Lesson 3: Debugging (10 min)\n",
        );
        assert_eq!(o.modules.len(), 2);
        assert_eq!(o.modules[0].title, None);
        assert_eq!(o.modules[0].lessons[0].duration_minutes, Some(5));
        let titles: Vec<&str> = o.modules[1]
            .lessons
            .iter()
            .map(|l| l.title.as_str())
            .collect();
        assert_eq!(titles, ["Setup", "Debugging"]);
    }
}
