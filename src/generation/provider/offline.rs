//! The offline provider: a structured draft lesson built locally from the curriculum entry and
//! the brief, in the section order of spec §7.2 (G → P → S → review → action), marked in its
//! header as an offline draft to rewrite. No network, no model, no cost: it gives an author a
//! scaffold that already passes the GPS check and shows where each element goes.

use futures_util::FutureExt;
use futures_util::future::BoxFuture;

use super::{
    ChunkSink, Completion, CompletionRequest, Provider, ProviderError, ProviderKind, Usage,
};
use crate::generation::prompt::LessonSpec;

/// Marker line every offline draft carries, so nobody publishes one by mistake.
pub const OFFLINE_MARKER: &str = "Rascunho offline";

#[derive(Debug, Default, Clone, Copy)]
pub struct OfflineProvider;

impl Provider for OfflineProvider {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Offline
    }

    fn complete<'a>(
        &'a self,
        request: &'a CompletionRequest,
        on_chunk: ChunkSink<'a>,
    ) -> BoxFuture<'a, Result<Completion, ProviderError>> {
        async move {
            let text = match &request.lesson {
                Some(spec) => offline_lesson(spec),
                None => {
                    return Err(ProviderError::new(
                        super::ErrorClass::BadResponse,
                        "the offline provider drafts lessons only from a curriculum entry",
                    ));
                }
            };
            // Streamed line by line so front ends show the same live view as with a model.
            for line in text.split_inclusive('\n') {
                on_chunk(line);
                tokio::task::yield_now().await;
            }
            Ok(Completion {
                text,
                usage: Some(Usage::default()),
                finish: super::FinishReason::Complete,
            })
        }
        .boxed()
    }
}

/// The draft lesson for `spec`.
pub fn offline_lesson(spec: &LessonSpec) -> String {
    let title = spec.title.trim();
    let concepts: Vec<&str> = spec
        .key_concepts
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let concept = |i: usize| concepts.get(i).copied();
    let first = concept(0).unwrap_or(title);
    let second = concept(1).unwrap_or("o passo a passo");
    let third = concept(2).unwrap_or("a prática");
    let pain =
        first_line(spec.course.icp_pains.as_deref()).unwrap_or("perder tempo com tentativa e erro");
    let before = first_line(spec.course.icp_before.as_deref())
        .unwrap_or("já tentou aprender isso sozinho e travou no meio");
    let after = first_line(spec.course.icp_after.as_deref())
        .unwrap_or("resolve isso com segurança e sem depender de ninguém");

    let mut out = String::new();
    out.push_str(&format!("# {} - {title}\n\n", spec.lesson_id));
    if let (Some(n), Some(module)) = (spec.module_number, spec.module_title.as_deref()) {
        out.push_str(&format!("**Módulo:** {n} - {module}\n"));
    }
    out.push_str(&format!("**Duração:** {} minutos\n", spec.duration()));
    if let Some(objective) = spec.objectives.first() {
        out.push_str(&format!("**Objetivo:** {objective}\n"));
    }
    if let Some(bloom) = &spec.bloom_level {
        out.push_str(&format!("**Bloom Level:** {bloom}\n"));
    }
    out.push_str(&format!(
        "\n> ⚠️ **{OFFLINE_MARKER}** gerado pelo Lectern a partir do currículo e do brief, sem \
         modelo de linguagem. Reescreva com a sua voz (meta: ~{} palavras) antes de publicar.\n\n---\n\n",
        spec.word_target()
    ));

    out.push_str("## 🎯 G - GOAL\n\nAo final desta aula você vai:\n");
    for objective in spec.objectives.iter().take(3) {
        out.push_str(&format!("✅ {objective}\n"));
    }
    out.push_str(&format!("✅ Explicar {first} com as suas palavras\n"));
    out.push_str(&format!(
        "✅ Usar {second} numa situação real do seu dia\n\n"
    ));
    out.push_str(&format!(
        "Por que isso importa? Porque ninguém merece {pain}. Dominar {title} vai transformar \
         a forma como você trabalha e economizar horas de frustração: você vai sentir a \
         diferença já na primeira vez que usar.\n\n"
    ));

    out.push_str("## 🗺️ P - POSITION\n\n");
    out.push_str(&format!(
        "Talvez hoje você {before}. Eu sei como é: parece que todo mundo já nasceu sabendo. \
         Se você nunca viu {first} antes, ótimo, vamos do começo. Se você já usou {first}, \
         esta aula organiza o que você faz por instinto e mostra o porquê de cada passo.\n\n"
    ));

    out.push_str("## 🛤️ S - STEPS\n\n");
    out.push_str(&format!(
        "### Passo 1: {}\n\n{first} é como o mapa de uma cidade: antes de andar, você precisa \
         saber onde está e para onde vai. Por que isso funciona tão bem? Porque com o mapa na \
         mão cada decisão seguinte fica óbvia.\n\n[DIAGRAM: {first} → {second} → resultado]\n\n",
        capitalise(first)
    ));
    out.push_str(&format!(
        "### Passo 2: {}\n\nCom {first} no lugar, {second} é como uma receita: os mesmos \
         passos, na mesma ordem, dão o mesmo resultado. Faça uma vez devagar e repare no que \
         muda a cada passo.\n\n🤔 Pense: onde, no seu trabalho desta semana, {second} teria \
         poupado tempo?\n\n",
        capitalise(second)
    ));
    out.push_str(&format!(
        "### Passo 3: {}\n\nJunte tudo num caso real: escolha uma tarefa que hoje você faz à \
         mão e aplique {first} e {second} do começo ao fim. Qual parte ainda parece difícil, e \
         o que você mudaria da próxima vez?\n\n",
        capitalise(third)
    ));
    match &spec.next_title {
        Some(next) => out.push_str(&format!(
            "Agora que você domina {first}, na próxima aula ({next}) vamos dar o passo \
             seguinte.\n\n"
        )),
        None => out.push_str(&format!(
            "Agora que você domina {first}, você tem tudo para seguir sozinho.\n\n"
        )),
    }

    out.push_str("## 💡 REVISÃO\n\n");
    out.push_str(&format!(
        "Você entrou achando que {title} era complicado. Agora você sabe que {first} é o mapa, \
         que {second} é a receita e que {third} fecha o ciclo — e que quem domina isso {after}.\n\n"
    ));

    out.push_str("## ⚡ FAÇA AGORA (2 minutos)\n\n");
    out.push_str(&format!("1. Abra o material da aula e encontre {first}\n"));
    out.push_str(&format!("2. Aplique {second} num exemplo pequeno e real\n"));
    out.push_str("3. Anote numa frase o que mudou\n\n");
    out.push_str(&format!(
        "✓ Funcionou se você consegue explicar {first} para alguém em menos de um minuto.\n"
    ));
    out
}

/// First non-empty line of a free-text brief answer, without list markers.
/// A leading short label (`Dor real: …`) is dropped so the answer reads inside a sentence.
fn first_line(text: Option<&str>) -> Option<&str> {
    let line = text?
        .lines()
        .map(|l| l.trim().trim_start_matches(['-', '*', ' ']).trim())
        .find(|l| !l.is_empty())?;
    let line = match line.split_once(':') {
        Some((label, rest)) if label.chars().count() <= 30 && !rest.trim().is_empty() => rest,
        _ => line,
    };
    Some(line.trim().trim_end_matches('.'))
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::course::ValidationStatus;
    use crate::domain::rubric::{Rubric, score_lesson};
    use crate::generation::prompt::CourseContext;

    fn spec(concepts: &[&str], next: Option<&str>) -> LessonSpec {
        LessonSpec {
            course: CourseContext {
                title: "Planilhas sem Medo".into(),
                icp_pains: Some("- Dor superficial: perde tempo refazendo contas à mão".into()),
                ..CourseContext::default()
            },
            lesson_id: "1.2".into(),
            title: "Fórmulas que somam".into(),
            module_number: Some(1),
            module_title: Some("Fundamentos".into()),
            objectives: vec!["Explicar como uma fórmula recalcula".into()],
            key_concepts: concepts.iter().map(|c| c.to_string()).collect(),
            bloom_level: Some("Understand".into()),
            duration_minutes: Some(15),
            next_title: next.map(str::to_string),
            ..LessonSpec::default()
        }
    }

    #[test]
    fn offline_drafts_are_gps_valid_and_pass_under_both_rubrics() {
        for s in [
            spec(&["fórmula", "SOMA", "referência"], Some("Formatação")),
            spec(&[], None),
        ] {
            let text = offline_lesson(&s);
            assert!(text.contains(OFFLINE_MARKER), "{text}");
            assert!(text.contains("perde tempo refazendo contas"), "{text}");
            for rubric in [Rubric::Creatoros, Rubric::Strict] {
                let score = score_lesson(&text, rubric);
                assert!(score.gps.valid, "{rubric}: {:?}\n{text}", score.issues);
                assert_ne!(
                    score.status,
                    ValidationStatus::Failed,
                    "{rubric}: {:?}",
                    score.issues
                );
            }
        }
    }
}
