//! The reference's content-type library (spec §4.2, pedagogical-patterns.yaml): a lesson
//! title's first keyword hit, checked in the table's order, names its content type and so its
//! Bloom level. Matching is a substring test on the accent-folded, lower-cased title (the
//! reference only lower-cased). Unlike the reference, no hit means no type: a draft leaves
//! the level out rather than guess `concept_explanation` for everything. Pure.

use crate::domain::bloom::BloomLevel;
use crate::domain::fold::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentType {
    Installation,
    ConceptExplanation,
    HandsOnPractice,
    WhyUse,
    Troubleshooting,
    AdvancedTechnique,
}

/// The table in the order the reference checks it.
const TABLE: [(ContentType, &[&str]); 6] = [
    (
        ContentType::Installation,
        &[
            "instalação",
            "install",
            "setup",
            "configuração",
            "config",
            "configurar",
            "download",
            "baixar",
        ],
    ),
    (
        ContentType::ConceptExplanation,
        &[
            "conceitos",
            "concepts",
            "introdução",
            "intro",
            "o que é",
            "what is",
            "fundamentos",
            "fundamentals",
            "teoria",
            "theory",
            "entendendo",
            "understanding",
        ],
    ),
    (
        ContentType::HandsOnPractice,
        &[
            "workshop",
            "prática",
            "practice",
            "hands-on",
            "exercício",
            "lab",
            "tutorial",
            "passo a passo",
            "step by step",
            "mão na massa",
            "doing",
            "fazendo",
        ],
    ),
    (
        ContentType::WhyUse,
        &[
            "por que",
            "porquê",
            "why use",
            "why",
            "benefícios",
            "benefits",
            "vantagens",
            "advantages",
            "quando usar",
            "when to use",
            "comparação",
            "comparison",
            "vs",
        ],
    ),
    (
        ContentType::Troubleshooting,
        &[
            "troubleshooting",
            "debug",
            "resolver",
            "fix",
            "problemas",
            "errors",
            "erros",
            "solucionando",
            "debugging",
            "corrigindo",
            "fixing",
            "solução",
            "solution",
        ],
    ),
    (
        ContentType::AdvancedTechnique,
        &[
            "avançado",
            "advanced",
            "pro",
            "expert",
            "otimização",
            "optimization",
            "masterclass",
            "master",
            "criando",
            "creating",
            "desenvolvendo",
            "developing",
            "construindo",
            "building",
            "customização",
            "customization",
        ],
    ),
];

impl ContentType {
    pub fn bloom_level(self) -> BloomLevel {
        match self {
            ContentType::Installation | ContentType::HandsOnPractice => BloomLevel::Apply,
            ContentType::ConceptExplanation => BloomLevel::Understand,
            ContentType::WhyUse => BloomLevel::Evaluate,
            ContentType::Troubleshooting => BloomLevel::Analyze,
            ContentType::AdvancedTechnique => BloomLevel::Create,
        }
    }
}

/// The content type of a lesson title, `None` when no keyword occurs in it.
pub fn content_type(title: &str) -> Option<ContentType> {
    let title = fold(title);
    TABLE
        .iter()
        .find(|(_, keywords)| keywords.iter().any(|k| title.contains(&fold(k))))
        .map(|(kind, _)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_row_with_a_hit_wins_in_table_order() {
        assert_eq!(
            content_type("Instalação e conceitos"),
            Some(ContentType::Installation)
        );
        assert_eq!(
            content_type("Introdução às fórmulas").map(ContentType::bloom_level),
            Some(BloomLevel::Understand)
        );
        assert_eq!(
            content_type("Resolvendo ERROS comuns").map(ContentType::bloom_level),
            Some(BloomLevel::Analyze)
        );
        assert_eq!(
            content_type("Por que usar tabelas?"),
            Some(ContentType::WhyUse)
        );
        assert_eq!(
            content_type("Mao na massa: orçamento"),
            Some(ContentType::HandsOnPractice)
        );
    }

    #[test]
    fn no_keyword_means_no_type() {
        assert_eq!(content_type("Células, linhas e colunas"), None);
    }
}
