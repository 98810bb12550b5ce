//! The catalogue of lesson-level issue codes: the single source of every code, its severity,
//! element and hint. `docs/scoring.md` lists it and a test keeps the two in sync. Severity
//! mirrors the lesson status: errors fail a lesson, warnings make it `warning`, info only explains.

use crate::domain::issue::Severity;

/// (code, severity, element, hint) for every lesson-level issue lectern emits.
pub const CATALOG: &[(&str, Severity, &str, &str)] = &[
    (
        "GPS-G-MISSING",
        Severity::Error,
        "goal",
        "Add a Goal section near the top, e.g. `## 🎯 G - GOAL`, saying what the learner will be able to do.",
    ),
    (
        "GPS-P-MISSING",
        Severity::Error,
        "position",
        "Add a Position section right after the Goal, e.g. `## 🗺️ P - POSITION`, meeting learners where they start.",
    ),
    (
        "GPS-S-MISSING",
        Severity::Error,
        "steps",
        "Add a Steps section, e.g. `## 🛤️ S - STEPS`, with one `###` subsection per step.",
    ),
    (
        "GPS-G-NO-OUTCOMES",
        Severity::Warning,
        "goal",
        "List concrete outcomes in the Goal with ✅ marks or a `- ... você vai ...` line.",
    ),
    (
        "GPS-P-NO-EMPATHY",
        Severity::Warning,
        "position",
        "Acknowledge how the learner feels, e.g. \"Talvez você ...\" or \"Eu sei que ...\".",
    ),
    (
        "GPS-S-NO-SUBSECTIONS",
        Severity::Warning,
        "steps",
        "Split the Steps into `### Passo 1 ...` subsections.",
    ),
    (
        "GPS-G-NO-MOTIVATION",
        Severity::Info,
        "goal",
        "Say why the goal matters (\"Por que isso importa\", time saved); this earns no points but helps learners.",
    ),
    (
        "GPS-P-NO-LEVELS",
        Severity::Info,
        "position",
        "Address different starting levels (\"Se você nunca ...\", iniciante / avançado); no points, but clearer.",
    ),
    (
        "DL-BELOW-THRESHOLD",
        Severity::Error,
        "didatica",
        "Work through the DL items of this lesson; each names the points it would add.",
    ),
    (
        "DL-HOOK-NO-GOAL",
        Severity::Info,
        "hook_emocional",
        "The hook is read from the text under the Goal heading; add a Goal heading followed by its text.",
    ),
    (
        "DL-HOOK-FEW-OUTCOMES",
        Severity::Info,
        "hook_emocional",
        "Promise at least three outcomes in the Goal, each marked ✅ (or ✓, `[x]`).",
    ),
    (
        "DL-HOOK-FEW-EMOTION-WORDS",
        Severity::Info,
        "hook_emocional",
        "Use at least two benefit words in the Goal: economizar, transformar, dominar, melhorar (save, transform, master, improve).",
    ),
    (
        "DL-HOOK-NO-WHY",
        Severity::Info,
        "hook_emocional",
        "State why it matters in the Goal: \"Por que isso importa ...\" or \"Isso vai ...\".",
    ),
    (
        "DL-CONCEPTS-FEW-SUBSECTIONS",
        Severity::Info,
        "conceitos_primordiais",
        "Break the explanation into at least three `###` subsections.",
    ),
    (
        "DL-CONCEPTS-NO-WHY-FIRST",
        Severity::Info,
        "conceitos_primordiais",
        "Explain why before how, e.g. \"Por que isso funciona: ...\" or \"Antes do como ...\".",
    ),
    (
        "DL-CONCEPTS-FEW-DEFINITIONS",
        Severity::Info,
        "conceitos_primordiais",
        "Define key terms in two ways, e.g. \"X é como ...\" and \"X significa ...\".",
    ),
    (
        "DL-LINK-FEW",
        Severity::Info,
        "link_transicao",
        "Add two explicit transitions, e.g. \"Agora que você ...\" and \"Na próxima ...\".",
    ),
    (
        "DL-QUESTION-FEW",
        Severity::Info,
        "pergunta_reflexiva",
        "Ask the learner at least three questions, e.g. \"🤔 Como isso mudaria sua rotina?\".",
    ),
    (
        "DL-ANALOGY-FEW",
        Severity::Info,
        "analogias_diagramas",
        "Add two analogies, e.g. \"Uma tag é como ...\" or \"Imagine que ...\".",
    ),
    (
        "DL-DIAGRAM-MISSING",
        Severity::Info,
        "analogias_diagramas",
        "Describe a diagram, e.g. `[DIAGRAM: nota -> tag -> filtro]`.",
    ),
    (
        "DL-REVIEW-NO-SECTION",
        Severity::Info,
        "revisao_estruturada",
        "Add a review section, e.g. `## 💡 REVISÃO`, with the key takeaways.",
    ),
    (
        "DL-REVIEW-NO-BEFORE-AFTER",
        Severity::Info,
        "revisao_estruturada",
        "Contrast before and after, e.g. \"Agora você sabe ...\" or \"Você entrou achando ...\".",
    ),
    (
        "DL-QUICK-ACTION-NO-SECTION",
        Severity::Info,
        "acao_rapida",
        "End with a quick action section, e.g. `## ⚡ FAÇA AGORA (2 minutos)`.",
    ),
    (
        "DL-QUICK-ACTION-NO-TIMEBOX",
        Severity::Info,
        "acao_rapida",
        "Time-box the action: say \"2 minutos\" (or \"2 min\", \"2-minute\").",
    ),
    (
        "DL-QUICK-ACTION-NO-CHECKLIST",
        Severity::Info,
        "acao_rapida",
        "Give the action a checklist: `[ ]` items or ✅ marks.",
    ),
];
