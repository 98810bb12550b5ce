//! The four market-research reports of spec §8 (`market-analysis`, `content-gaps`,
//! `differentiation`, `sources`): their names, and the offline skeletons — each report's §8
//! sections filled with what the brief already says (topic, ICP, pains, objectives, voice) and
//! the search queries of §8, every competitor figure left to be researched. Each skeleton says
//! so in its first lines. Pure; no network, no storage.

use serde::Serialize;

use super::prompt::CourseContext;

/// Marker every skeleton carries, so nobody mistakes one for research.
pub const SKELETON_MARKER: &str = "Esqueleto offline";

const TODO: &str = "_a pesquisar_";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    MarketAnalysis,
    ContentGaps,
    Differentiation,
    Sources,
}

impl ReportKind {
    pub const ALL: [ReportKind; 4] = [
        ReportKind::MarketAnalysis,
        ReportKind::ContentGaps,
        ReportKind::Differentiation,
        ReportKind::Sources,
    ];

    /// The report's name (its file is `<name>.md` in `research/`).
    pub fn name(self) -> &'static str {
        match self {
            ReportKind::MarketAnalysis => "market-analysis",
            ReportKind::ContentGaps => "content-gaps",
            ReportKind::Differentiation => "differentiation",
            ReportKind::Sources => "sources",
        }
    }

    /// What spec §8 says the report contains, for prompts.
    pub fn contents(self) -> &'static str {
        match self {
            ReportKind::MarketAnalysis => {
                "date, courses analysed, market maturity (emerging < 5 courses, growing < 10, mature < 20, else saturated) with indicators (course count, average price, average duration, average rating); a table of up to 10 competing courses (title, platform, duration, price, rating); common curriculum patterns; pedagogical approaches; price points; a summary of reviews; the top 3 opportunities"
            }
            ReportKind::ContentGaps => {
                "the ICP's role and the number of course objectives; gaps grouped by type (topic, depth, icp, practice, support, integration), each with priority P0/P1/P2, impact, feasibility and a recommendation; a prioritisation table"
            }
            ReportKind::Differentiation => {
                "a positioning statement (FOR <role> WHO <pain>, THIS COURSE <title>, UNLIKE <competitors> WHICH <weakness>, WE PROVIDE <advantage>); for each dimension (content, audience, pedagogy, format, voice, resource): our approach, competitor approach, edge, impact; a summary table"
            }
            ReportKind::Sources => {
                "every course consulted: title, platform, URL, duration, price, rating and review count, certificate"
            }
        }
    }
}

/// What the skeletons and research prompts know about the course.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResearchInput {
    pub course: CourseContext,
    /// The tool the course teaches (brief §1), if any.
    pub tool: Option<String>,
}

impl ResearchInput {
    /// Who the course is for: the occupation line of the ICP when it has one, else its first
    /// answered line.
    fn role(&self) -> Option<String> {
        let lines = answers(self.course.icp_demographics.as_deref());
        let occupation = lines.iter().find(|(label, _)| {
            label.as_deref().is_some_and(|l| {
                let l = l.to_lowercase();
                ["ocupa", "cargo", "profiss", "role", "occupation"]
                    .iter()
                    .any(|k| l.contains(k))
            })
        });
        occupation.or(lines.first()).map(|(_, value)| value.clone())
    }

    fn first_pain(&self) -> Option<String> {
        answers(self.course.icp_pains.as_deref())
            .into_iter()
            .next()
            .map(|(_, value)| value)
    }

    /// The searches of spec §8, in its order.
    pub fn queries(&self) -> Vec<String> {
        let topic = self.course.title.trim();
        let mut queries = vec![format!("\"{topic}\" online course")];
        if let Some(tool) = self.tool.as_deref().filter(|t| !t.trim().is_empty()) {
            queries.push(format!("\"{}\" course tutorial", tool.trim()));
        }
        queries.push(format!("site:udemy.com {topic}"));
        queries.push(format!("site:coursera.org {topic}"));
        if let Some(role) = self.role() {
            queries.push(format!("\"{topic} for {role}\""));
        }
        if let Some(pain) = self.first_pain() {
            queries.push(format!("\"{pain}\" course"));
        }
        queries
    }
}

/// The offline skeleton of one report.
pub fn research_skeleton(kind: ReportKind, input: &ResearchInput) -> String {
    let title = input.course.title.trim();
    let mut out = format!(
        "# {} — {title}\n\n> **{SKELETON_MARKER}: a pesquisar.** Gerado por `lectern generate --research` sem rede, a partir do brief; nenhum concorrente foi consultado. Substitua cada `{TODO}` por dados reais antes de usar este relatório.\n\n",
        heading(kind)
    );
    let body = match kind {
        ReportKind::MarketAnalysis => market_analysis(input),
        ReportKind::ContentGaps => content_gaps(input),
        ReportKind::Differentiation => differentiation(input),
        ReportKind::Sources => sources(input),
    };
    out.push_str(&body);
    out
}

fn heading(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::MarketAnalysis => "Análise de mercado",
        ReportKind::ContentGaps => "Lacunas de conteúdo",
        ReportKind::Differentiation => "Diferenciação",
        ReportKind::Sources => "Fontes",
    }
}

fn market_analysis(input: &ResearchInput) -> String {
    format!(
        "**Data da pesquisa:** {TODO}\n**Cursos analisados:** 0 (meta: pelo menos 8)\n\n\
         ## Maturidade do mercado\n\n\
         Classificação (emergente < 5 cursos, em crescimento < 10, maduro < 20, saturado): {TODO}\n\n\
         | Indicador | Valor |\n|---|---|\n| Cursos encontrados | {TODO} |\n| Preço médio | {TODO} |\n| Duração média (h) | {TODO} |\n| Avaliação média | {TODO} |\n\n\
         ## Cursos analisados (até 10)\n\n\
         | Curso | Plataforma | Duração | Preço | Avaliação |\n|---|---|---|---|---|\n| {TODO} | | | | |\n\n\
         ## Padrões comuns de currículo\n\n- {TODO}\n\n\
         ## Abordagens pedagógicas\n\n- {TODO}\n\n\
         ## Faixas de preço\n\n- {TODO}\n\n\
         ## Resumo das avaliações\n\n- {TODO}\n\n\
         ## Top 3 oportunidades\n\n1. {TODO}\n2. {TODO}\n3. {TODO}\n\n\
         ## Buscas sugeridas\n\n{}\n",
        bullets(&input.queries())
    )
}

fn content_gaps(input: &ResearchInput) -> String {
    let course = &input.course;
    let mut out = format!(
        "**ICP:** {}\n**Objetivos do curso:** {}\n\n{}\n\n\
         ## Dores do ICP (hipóteses de lacuna)\n\n{}\n\n",
        input.role().unwrap_or_else(|| "—".to_string()),
        course.objectives.len(),
        bullets(&course.objectives),
        bullets(
            &answers(course.icp_pains.as_deref())
                .into_iter()
                .map(|(_, v)| v)
                .collect::<Vec<_>>()
        ),
    );
    for (kind, label) in [
        ("topic", "Tema"),
        ("depth", "Profundidade"),
        ("icp", "Público (ICP)"),
        ("practice", "Prática"),
        ("support", "Suporte"),
        ("integration", "Integração"),
    ] {
        out.push_str(&format!(
            "## Lacunas de {label} (`{kind}`)\n\n- **Lacuna:** {TODO}\n  - Prioridade (P0/P1/P2): {TODO}\n  - Impacto: {TODO}\n  - Viabilidade: {TODO}\n  - Recomendação: {TODO}\n\n"
        ));
    }
    out.push_str(&format!(
        "## Priorização\n\n| Lacuna | Tipo | Prioridade | Impacto | Viabilidade |\n|---|---|---|---|---|\n| {TODO} | | | | |\n"
    ));
    out
}

fn differentiation(input: &ResearchInput) -> String {
    let course = &input.course;
    let audience = input.role().unwrap_or_else(|| "aprendizes".to_string());
    let pain = input
        .first_pain()
        .unwrap_or_else(|| "enfrentam os desafios comuns do tema".to_string());
    let mut out = format!(
        "## Posicionamento\n\nPARA {audience} QUE {pain}, ESTE CURSO {title}, DIFERENTE DE {TODO} QUE {TODO}, OFERECE {TODO}.\n\n",
        title = course.title.trim()
    );
    let ours = |dimension: &str| -> String {
        match dimension {
            "audience" => input.role(),
            "voice" => answers(course.voice.as_deref())
                .into_iter()
                .next()
                .map(|(_, v)| v),
            "content" => course.objectives.first().cloned(),
            _ => None,
        }
        .unwrap_or_else(|| TODO.to_string())
    };
    let dimensions = [
        ("content", "Conteúdo"),
        ("audience", "Público"),
        ("pedagogy", "Pedagogia"),
        ("format", "Formato"),
        ("voice", "Voz"),
        ("resource", "Recursos"),
    ];
    for (key, label) in dimensions {
        out.push_str(&format!(
            "## {label}\n\n- Nossa abordagem: {}\n- Abordagem dos concorrentes: {TODO}\n- Vantagem: {TODO}\n- Impacto: {TODO}\n\n",
            ours(key)
        ));
    }
    out.push_str("## Resumo\n\n| Dimensão | Nós | Concorrentes | Vantagem |\n|---|---|---|---|\n");
    for (_, label) in dimensions {
        out.push_str(&format!("| {label} | | {TODO} | |\n"));
    }
    out
}

fn sources(input: &ResearchInput) -> String {
    format!(
        "Nenhum curso consultado ainda.\n\n\
         | Curso | Plataforma | URL | Duração | Preço | Avaliação (nº) | Certificado |\n|---|---|---|---|---|---|---|\n| {TODO} | | | | | | |\n\n\
         ## Buscas a executar\n\n{}\n",
        bullets(&input.queries())
    )
}

/// The answered lines of a brief field, as (label, value): markdown emphasis, list markers
/// and fences removed, bare labels (`**Demografia básica:**`) skipped, and a short label
/// split off (`Dor real: não confia` → (`Dor real`, `não confia`)).
fn answers(text: Option<&str>) -> Vec<(Option<String>, String)> {
    text.unwrap_or_default()
        .lines()
        .map(|l| l.replace("**", "").replace('`', ""))
        .map(|l| {
            l.trim()
                .trim_start_matches(['-', '*', '•', ' '])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty() && !l.ends_with(':'))
        .map(|l| match l.split_once(':') {
            Some((label, value))
                if label.split_whitespace().count() <= 4 && !value.trim().is_empty() =>
            {
                (Some(label.trim().to_string()), value.trim().to_string())
            }
            _ => (None, l),
        })
        .collect()
}

fn bullets(items: &[String]) -> String {
    if items.is_empty() {
        return "- —".to_string();
    }
    items
        .iter()
        .map(|i| format!("- {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ResearchInput {
        ResearchInput {
            course: CourseContext {
                title: "Planilhas sem medo".into(),
                icp_demographics: Some(
                    "**Demografia básica:**\n- **Idade:** 35-50 anos\n- **Ocupação atual:** Assistentes administrativos".into(),
                ),
                icp_pains: Some("- Dor real: Medo de errar fórmulas\n- Retrabalho manual".into()),
                objectives: vec!["Montar um orçamento".into(), "Criar um gráfico".into()],
                voice: Some("Calma e encorajadora".into()),
                ..CourseContext::default()
            },
            tool: Some("Google Sheets".into()),
        }
    }

    #[test]
    fn every_skeleton_is_marked_and_filled_from_the_brief() {
        for kind in ReportKind::ALL {
            let text = research_skeleton(kind, &input());
            assert!(text.contains(SKELETON_MARKER), "{text}");
            assert!(text.contains("Planilhas sem medo"), "{text}");
        }
        let gaps = research_skeleton(ReportKind::ContentGaps, &input());
        assert!(
            gaps.contains("**ICP:** Assistentes administrativos"),
            "{gaps}"
        );
        assert!(gaps.contains("- Retrabalho manual"), "{gaps}");
        assert!(gaps.contains("(`integration`)"), "{gaps}");
        let diff = research_skeleton(ReportKind::Differentiation, &input());
        assert!(
            diff.contains("PARA Assistentes administrativos QUE Medo de errar fórmulas"),
            "{diff}"
        );
        assert!(
            diff.contains("Nossa abordagem: Calma e encorajadora"),
            "{diff}"
        );
    }

    #[test]
    fn queries_follow_spec_order_and_skip_what_the_brief_lacks() {
        assert_eq!(
            input().queries(),
            [
                "\"Planilhas sem medo\" online course",
                "\"Google Sheets\" course tutorial",
                "site:udemy.com Planilhas sem medo",
                "site:coursera.org Planilhas sem medo",
                "\"Planilhas sem medo for Assistentes administrativos\"",
                "\"Medo de errar fórmulas\" course",
            ]
        );
        let bare = ResearchInput {
            course: CourseContext {
                title: "X".into(),
                ..CourseContext::default()
            },
            tool: None,
        };
        assert_eq!(bare.queries().len(), 3);
    }
}
