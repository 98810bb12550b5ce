//! The bold-label header block under a lesson's H1 (spec §7.2): `**Módulo:**`, `**Duração:**`,
//! `**Objetivo:**`, `**Bloom Level:**` / `**Bloom:**` / `**Nível Bloom:**`.
//!
//! Labels are matched case- and accent-insensitively (`**Modulo:**`, `**DURAÇÃO:**`), several
//! may share a line separated by `|`, and scanning stops at the first `##` heading so bold
//! labels inside the lesson body are not mistaken for the header. Pure.

use crate::domain::fold::fold;
use serde::{Deserialize, Serialize};

/// What the header block says; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonHeader {
    pub module: Option<String>,
    pub duration_minutes: Option<u32>,
    pub objective: Option<String>,
    /// Raw Bloom level text (`Understand`, `Aplicar`); interpreted by `domain::bloom`.
    pub bloom_level: Option<String>,
}

/// Reads the header labels from a lesson body (front matter already removed).
pub fn parse_lesson_header(body: &str) -> LessonHeader {
    let mut header = LessonHeader::default();
    for line in body.lines() {
        if line.starts_with("## ") {
            break;
        }
        for segment in line.split('|') {
            if let Some((label, value)) = bold_label(segment) {
                apply(&mut header, &fold(label), value);
            }
        }
    }
    header
}

/// `**Label:** value` or `**Label**: value` → `(label, value)`.
fn bold_label(segment: &str) -> Option<(&str, &str)> {
    let rest = segment.trim().strip_prefix("**")?;
    let (inside, after) = rest.split_once("**")?;
    let (label, value) = match inside.strip_suffix(':') {
        Some(label) => (label, after),
        None => (inside, after.trim_start().strip_prefix(':')?),
    };
    let value = value.trim();
    (!value.is_empty()).then_some((label.trim(), value))
}

fn apply(header: &mut LessonHeader, label: &str, value: &str) {
    let slot = |s: &mut Option<String>| {
        if s.is_none() {
            *s = Some(value.to_string());
        }
    };
    if label.starts_with("modulo") || label.starts_with("module") {
        // `**Módulo 1:** O Desafio` puts the number in the label; keep it with the value.
        let number = label.trim_start_matches(|c: char| c.is_alphabetic()).trim();
        if number.is_empty() {
            slot(&mut header.module);
        } else if header.module.is_none() {
            header.module = Some(format!("{number} - {value}"));
        }
    } else if label.starts_with("duracao") || label == "duration" {
        header.duration_minutes = header.duration_minutes.or_else(|| minutes(value));
    } else if label.starts_with("objetivo") || label == "objective" {
        slot(&mut header.objective);
    } else if label.contains("bloom") {
        slot(&mut header.bloom_level);
    }
}

/// `15 minutos`, `8 min`, `1 hora`, `1h30` → minutes.
fn minutes(value: &str) -> Option<u32> {
    let digits: String = value
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let n: u32 = digits.parse().ok()?;
    let unit = fold(value[digits.len()..].trim_start());
    Some(if unit.starts_with('h') { n * 60 } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_labels_in_any_case_and_accent() {
        let body = "# 00.1 - X\n\n**Módulo:** 0 - Onboarding\n**Duração:** 12 minutos\n\
                    **Objetivo:** Quebrar a crença\n**Bloom Level:** Understand\n\n---\n\
                    ## 🎯 G\n**Duração:** 99 minutos\n";
        let h = parse_lesson_header(body);
        assert_eq!(h.module.as_deref(), Some("0 - Onboarding"));
        assert_eq!(h.duration_minutes, Some(12));
        assert_eq!(h.objective.as_deref(), Some("Quebrar a crença"));
        assert_eq!(h.bloom_level.as_deref(), Some("Understand"));
        let h = parse_lesson_header(
            "**Modulo:** 0 - Introducao\n**DURACAO:** 15 minutos\n**Nível Bloom:** Apply\n",
        );
        assert_eq!(h.module.as_deref(), Some("0 - Introducao"));
        assert_eq!(h.duration_minutes, Some(15));
        assert_eq!(h.bloom_level.as_deref(), Some("Apply"));
    }

    #[test]
    fn reads_pipe_separated_labels() {
        let h = parse_lesson_header(
            "**Duração:** 8 minutos | **Módulo 1:** O Desafio\n**Bloom:** Remember\n",
        );
        assert_eq!(h.duration_minutes, Some(8));
        assert_eq!(h.module.as_deref(), Some("1 - O Desafio"));
        assert_eq!(h.bloom_level.as_deref(), Some("Remember"));
        assert_eq!(
            parse_lesson_header("**Duração**: 1 hora\n").duration_minutes,
            Some(60)
        );
    }
}
