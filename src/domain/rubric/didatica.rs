//! Didática Lendária scoring (spec §2): seven elements, 0–100, passed at ≥ 70. The rubric
//! supplies the heading-dependent inputs (`DlInputs`); keyword evidence comes from
//! `didatica_scan`; this module turns both into points and recommendations.

use std::ops::Range;

use serde::Serialize;

use super::didatica_scan::{DocEvidence, HookEvidence, scan_document, scan_hook};

pub const PASS_THRESHOLD: u32 = 70;

/// The seven elements in spec order: key, maximum, recommendation text (spec §2.1, §2.9).
pub const ELEMENTS: [(&str, u32, &str); 7] = [
    (
        "hook_emocional",
        15,
        "Add stronger emotional hook in Goal section",
    ),
    (
        "conceitos_primordiais",
        20,
        "Add clearer foundational concept explanations",
    ),
    (
        "link_transicao",
        10,
        "Add explicit transition links between concepts",
    ),
    (
        "pergunta_reflexiva",
        15,
        "Add more reflective questions (target: 2-3)",
    ),
    (
        "analogias_diagramas",
        20,
        "Add analogies and diagram descriptions",
    ),
    (
        "revisao_estruturada",
        10,
        "Add structured review (Before → After transformation)",
    ),
    ("acao_rapida", 10, "Add 2-minute quick action exercise"),
];

/// Points per element; serialises as the seven keys in spec order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ElementScores {
    pub hook_emocional: u32,
    pub conceitos_primordiais: u32,
    pub link_transicao: u32,
    pub pergunta_reflexiva: u32,
    pub analogias_diagramas: u32,
    pub revisao_estruturada: u32,
    pub acao_rapida: u32,
}

impl ElementScores {
    /// Scores in spec order, matching `ELEMENTS`.
    pub fn as_array(&self) -> [u32; 7] {
        [
            self.hook_emocional,
            self.conceitos_primordiais,
            self.link_transicao,
            self.pergunta_reflexiva,
            self.analogias_diagramas,
            self.revisao_estruturada,
            self.acao_rapida,
        ]
    }
}

/// What a rubric found where headings matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DlInputs {
    /// Byte range of the hook text; `None` when no Goal heading was found.
    pub hook: Option<Range<usize>>,
    /// Concept subsections (`###` headings) counted by the rubric's rule.
    pub subsections: usize,
    /// A review heading (`## 💡`, `## Revisão` …) was found; `None` = the reference's
    /// whole-text heading patterns decide.
    pub review_heading: Option<bool>,
    /// A quick-action heading (`## ⚡`, `## Faça agora` …); `None` as above.
    pub action_heading: Option<bool>,
}

/// Everything the points were computed from; explanations read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DlFindings {
    pub hook_text: Option<Range<usize>>,
    pub subsections: usize,
    pub review_heading: bool,
    pub action_heading: bool,
    pub hook: HookEvidence,
    pub doc: DocEvidence,
}

/// Didática verdict; `score`, `passed` and `element_scores` serialise like the reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DidaticaResult {
    pub score: u32,
    pub passed: bool,
    pub element_scores: ElementScores,
    pub recommendations: Vec<String>,
    #[serde(skip)]
    pub findings: DlFindings,
}

/// Scores `text` given the rubric's heading-dependent inputs.
pub fn score(text: &str, inputs: DlInputs) -> DidaticaResult {
    let hook = inputs
        .hook
        .clone()
        .map(|r| scan_hook(text.get(r).unwrap_or("")))
        .unwrap_or_default();
    let doc = scan_document(text);
    let findings = DlFindings {
        review_heading: inputs
            .review_heading
            .unwrap_or(doc.creatoros_review_heading),
        action_heading: inputs
            .action_heading
            .unwrap_or(doc.creatoros_action_heading),
        hook_text: inputs.hook,
        subsections: inputs.subsections,
        hook,
        doc,
    };
    let element_scores = element_scores(&findings);
    let total: u32 = element_scores.as_array().iter().sum();
    let passed = total >= PASS_THRESHOLD;
    let recommendations = if passed {
        Vec::new()
    } else {
        ELEMENTS
            .iter()
            .zip(element_scores.as_array())
            .filter(|((_, max, _), got)| got < max)
            .map(|((_, _, text), _)| (*text).to_owned())
            .collect()
    };
    DidaticaResult {
        score: total,
        passed,
        element_scores,
        recommendations,
        findings,
    }
}

/// Points from `n` against descending (minimum, points) steps.
fn tier(n: usize, steps: &[(usize, u32)]) -> u32 {
    steps
        .iter()
        .find(|(min, _)| n >= *min)
        .map_or(0, |&(_, pts)| pts)
}

fn element_scores(f: &DlFindings) -> ElementScores {
    let (h, d, i) = (&f.hook, &f.doc, f);
    let hook = if i.hook_text.is_some() {
        (tier(h.outcomes, &[(3, 5), (1, 3)])
            + tier(h.emotional_keywords, &[(2, 5), (1, 2)])
            + 5 * u32::from(h.why_statement))
        .min(15)
    } else {
        0
    };
    let concepts = (tier(i.subsections, &[(3, 10), (2, 6), (1, 3)])
        + 5 * u32::from(d.why_before_what)
        + tier(d.definitions, &[(2, 5), (1, 2)]))
    .min(20);
    let visuals = if d.diagrams {
        10
    } else {
        5 * u32::from(d.implicit_visual)
    };
    ElementScores {
        hook_emocional: hook,
        conceitos_primordiais: concepts,
        link_transicao: tier(d.links, &[(2, 10), (1, 5)]),
        pergunta_reflexiva: tier(
            d.reflective + d.simple_questions,
            &[(3, 15), (2, 11), (1, 7)],
        ),
        analogias_diagramas: (tier(d.analogies, &[(2, 10), (1, 5)]) + visuals).min(20),
        revisao_estruturada: 5 * u32::from(i.review_heading || d.review_keywords)
            + 5 * u32::from(d.before_after),
        acao_rapida: (5 * u32::from(i.action_heading)
            + 2 * u32::from(d.time_box)
            + 3 * u32::from(d.checklist))
        .min(10),
    }
}
