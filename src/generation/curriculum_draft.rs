//! The offline curriculum: a `curriculum.yaml` draft (spec §5.1 shape) built from the brief's
//! §3.3 outline — modules, lessons with positional `"M.L"` ids (spec §5.3), titles, durations,
//! and Bloom levels where the title names a content type (spec §4.2) — headed by a YAML
//! comment saying it is a draft to review before approval. Pure; no network, no storage.

use crate::domain::content_type::content_type;
use crate::domain::outline::Outline;

/// Marker in the draft's first comment line, so nobody approves one unread.
pub const CURRICULUM_DRAFT_MARKER: &str = "Rascunho offline";

/// What the brief gives the draft besides its outline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CurriculumDraftInput {
    pub title: Option<String>,
    pub slug: String,
    /// The course's learning objectives (brief §3.2), copied to the top level.
    pub objectives: Vec<String>,
}

/// The draft's YAML text under `header` (its comment lines, in the author's language; they
/// name [`CURRICULUM_DRAFT_MARKER`]). Every string is double-quoted (JSON string syntax is
/// valid YAML), so titles with `:` or `#` cannot break it.
pub fn curriculum_draft(input: &CurriculumDraftInput, outline: &Outline, header: &str) -> String {
    let mut out = String::from(header);
    if let Some(title) = &input.title {
        out.push_str(&format!("title: {}\n", quote(title)));
    }
    out.push_str(&format!("slug: {}\n", quote(&input.slug)));
    out.push_str("version: \"1.0\"\n");
    if !input.objectives.is_empty() {
        out.push_str("learning_objectives:\n");
        for objective in &input.objectives {
            out.push_str(&format!("  - {}\n", quote(objective)));
        }
    }
    out.push_str("modules:\n");
    for (m, module) in (1u32..).zip(&outline.modules) {
        out.push_str(&format!("  - module_id: {m}\n"));
        out.push_str(&format!("    module_number: \"Módulo {m}\"\n"));
        if let Some(title) = &module.title {
            out.push_str(&format!("    module_title: {}\n", quote(title)));
        }
        let lesson_minutes: Option<u32> = module.lessons.iter().map(|l| l.duration_minutes).sum();
        if let Some(minutes) = module.duration_minutes.or(lesson_minutes) {
            out.push_str(&format!("    duration_minutes: {minutes}\n"));
        }
        out.push_str("    lessons:\n");
        for (l, lesson) in (1u32..).zip(&module.lessons) {
            out.push_str(&format!("      - lesson_id: \"{m}.{l}\"\n"));
            out.push_str(&format!("        lesson_number: \"Aula {m}.{l}\"\n"));
            out.push_str(&format!("        lesson_title: {}\n", quote(&lesson.title)));
            if let Some(minutes) = lesson.duration_minutes {
                out.push_str(&format!("        duration_minutes: {minutes}\n"));
            }
            if let Some(kind) = content_type(&lesson.title) {
                let level = kind.bloom_level().key();
                let mut name = level.to_string();
                name[..1].make_ascii_uppercase();
                out.push_str(&format!("        bloom_level: {name}\n"));
            }
        }
    }
    out
}

fn quote(text: &str) -> String {
    serde_json::to_string(text.trim()).unwrap_or_else(|_| format!("\"{}\"", text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_HEADER: &str = "# Rascunho offline (draft): test\n";
    use crate::domain::curriculum::parse_curriculum;
    use crate::domain::outline::parse_outline;

    fn input() -> CurriculumDraftInput {
        CurriculumDraftInput {
            title: Some("Planilhas: sem medo".into()),
            slug: "planilhas".into(),
            objectives: vec!["Criar um orçamento #1".into()],
        }
    }

    #[test]
    fn draft_parses_with_positional_ids_titles_durations_and_levels() {
        let outline = parse_outline(
            "MÓDULO 1: Fundamentos\nDuração: 30 min\n  1.1 - Introdução: o que é (10 min)\n  1.2 - Células (20 min)\nMÓDULO 2: Prática\n  7.1 - Resolvendo erros (15 min)\n",
        );
        let yaml = curriculum_draft(&input(), &outline, TEST_HEADER);
        assert!(yaml.starts_with("# Rascunho offline (draft)"), "{yaml}");
        let parsed = parse_curriculum(&yaml).unwrap();
        assert_eq!(parsed.title.as_deref(), Some("Planilhas: sem medo"));
        assert_eq!(parsed.slug.as_deref(), Some("planilhas"));
        let lessons: Vec<_> = parsed.lessons().collect();
        let ids: Vec<&str> = lessons.iter().map(|l| l.lesson_id.as_str()).collect();
        assert_eq!(ids, ["1.1", "1.2", "2.1"]);
        assert_eq!(lessons[0].title.as_deref(), Some("Introdução: o que é"));
        assert_eq!(lessons[0].bloom_level.as_deref(), Some("Understand"));
        assert_eq!(lessons[1].bloom_level, None);
        assert_eq!(lessons[2].bloom_level.as_deref(), Some("Analyze"));
        assert_eq!(lessons[2].duration_minutes, Some(15));
        assert_eq!(parsed.modules[0].duration_minutes, Some(30));
        assert_eq!(parsed.modules[1].duration_minutes, Some(15));
        assert!(
            !parsed
                .issues
                .iter()
                .any(|i| i.message.contains("numbering")),
            "{:?}",
            parsed.issues
        );
    }

    #[test]
    fn module_duration_is_left_out_when_a_lesson_has_none() {
        let outline = parse_outline("Módulo 1: A\n  1.1 - X\n  1.2 - Y (5 min)\n");
        let yaml = curriculum_draft(&input(), &outline, TEST_HEADER);
        let parsed = parse_curriculum(&yaml).unwrap();
        assert_eq!(parsed.modules[0].duration_minutes, None);
    }
}
