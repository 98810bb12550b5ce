//! Unit tests for `parse_brief` on a filled brief and on the template-like fixture.

use super::*;

const FILLED: &str = "---\ncreation_mode: greenfield\ncourse_slug: curso-x\nmmos_persona:\n  enabled: true\n  mind_slug: jose\n---\n\n# Brief\n\n## 1️⃣ INFORMAÇÕES BÁSICAS DO CURSO\n\n### 1.1. Identificação\n\n**Título do Curso:**\n```\nCurso X: Do Zero\n```\n\n**Subtítulo/Tagline:**\n```\nAprenda rápido\n```\n\n**Slug (ID do curso):**\n```\ncurso-x\n```\n\n**Categoria Principal:**\n```\n[X] Tecnologia\n[ ] Saúde\n```\n\n**Tags (3-7 palavras-chave):**\n```\n1. Automação\n2. IA\n3.\n```\n\n**Tipo de Curso:**\n```\n[X] 🔧 TÉCNICO - ferramenta\nFerramenta: Claude Code\n```\n\n### 1.2. Duração e Estrutura\n\n**Duração total estimada do curso:**\n```\n[X] Mini-curso: 1-2 horas\n```\n\n**Número de módulos:**\n```\n3 módulos\n```\n\n## 2️⃣ PÚBLICO-ALVO & ICP\n\n### 2.2. Dores & Problemas\n\n**Dor real:**\n```\nPerde horas toda semana com tarefas repetitivas\n```\n\n**Estado atual (ANTES do curso):**\n```\nFaz tudo na mão\n```\n\n## 3️⃣ CONTEÚDO & PEDAGOGIA\n\n### 3.2. Objetivos de Aprendizagem\n\n```\n1. Criar automações de web scraping\n2. Construir APIs simples com ajuda da IA\n```\n";

#[test]
fn filled_brief_fields() {
    let b = parse_brief(FILLED);
    assert_eq!(b.title.as_deref(), Some("Curso X: Do Zero"));
    assert_eq!(b.subtitle.as_deref(), Some("Aprenda rápido"));
    assert_eq!(b.slug.as_deref(), Some("curso-x"));
    assert_eq!(b.category, ["Tecnologia"]);
    assert_eq!(b.tags, ["Automação", "IA"]);
    assert_eq!(b.course_type.as_deref(), Some("technical"));
    assert_eq!(b.tool.as_deref(), Some("Claude Code"));
    assert_eq!(
        b.total_duration.as_deref(),
        Some("[X] Mini-curso: 1-2 horas")
    );
    assert_eq!(b.module_count, Some(3));
    assert!(b.icp.pains.is_some());
    assert_eq!(b.icp.before.as_deref(), Some("Faz tudo na mão"));
    assert_eq!(b.learning_objectives.len(), 2);
    assert!(b.mmos_enabled);
    assert_eq!(b.persona_slug.as_deref(), Some("jose"));
    assert_eq!(b.course_slug.as_deref(), Some("curso-x"));
    assert!(b.issues.is_empty(), "{:?}", b.issues);
    let s1 = &b.completeness.sections[0];
    assert_eq!((s1.status, s1.line), (SectionStatus::Filled, Some(11)));
    assert_eq!(b.completeness.sections[4].status, SectionStatus::Missing);
}

#[test]
fn template_counts_as_unfilled() {
    let b = parse_brief(include_str!(
        "../../../tests/fixtures/brief-template-like.md"
    ));
    assert_eq!(b.title, None);
    assert_eq!(b.slug, None);
    assert_eq!(
        b.creation_mode, None,
        "[AUTO-PREENCHIDO: …] is a placeholder"
    );
    assert_eq!(b.persona_slug, None);
    assert_eq!(b.course_type, None);
    assert_eq!(b.tool, None);
    assert!(b.learning_objectives.is_empty());
    let statuses: Vec<SectionStatus> = b.completeness.sections.iter().map(|s| s.status).collect();
    use SectionStatus::{Missing, Placeholder};
    assert_eq!(
        statuses,
        [
            Placeholder,
            Placeholder,
            Placeholder,
            Placeholder,
            Missing,
            Missing,
            Missing,
            Placeholder
        ]
    );
    assert_eq!(b.completeness.percent, 0);
    let codes: Vec<&str> = b.issues.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "BRIEF-TITLE",
            "BRIEF-OBJECTIVES",
            "BRIEF-DURATION",
            "BRIEF-PAINS"
        ]
    );
    assert_eq!(
        b.issues[0].message,
        "Section 1: Title is missing or too short"
    );
    assert_eq!(b.issues[0].line_start, Some(16));
}

#[test]
fn brief_file_names() {
    assert!(is_brief_file_name("COURSE-BRIEF.md"));
    assert!(is_brief_file_name("course-brief.md"));
    assert!(is_brief_file_name("COURSE-BRIEF-SUPABASE-COMPLETO.md"));
    assert!(!is_brief_file_name("BRIEF.md"));
    assert!(!is_brief_file_name("COURSE-BRIEF.txt"));
}

#[test]
fn malformed_front_matter_is_a_warning() {
    let b = parse_brief("---\nstatus: a: b\n---\n# x\n");
    assert_eq!(b.issues[0].code, "BRIEF-FRONT-MATTER");
    assert_eq!(b.issues[0].line_start, Some(2));
}
