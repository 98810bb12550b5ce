//! The worked examples of spec §1.6 / §2.12 and one small fixture per scoring quirk of the
//! spec's Appendix A (Q-1..Q-16), all scored with the `creatoros` rubric.

use lectern::domain::course::ValidationStatus;
use lectern::domain::rubric::didatica::ELEMENTS;
use lectern::domain::rubric::gps::has_literal_gps_headings;
use lectern::domain::rubric::{LessonScore, Rubric, score_lesson};

const LESSON_A: &str = include_str!("../fixtures/scoring/lesson-a.md");
const LESSON_B: &str = include_str!("../fixtures/scoring/lesson-b.md");

fn score(text: &str) -> LessonScore {
    score_lesson(text, Rubric::Creatoros)
}

fn elements(s: &LessonScore) -> [u32; 7] {
    s.didatica.element_scores.as_array()
}

fn recs(indices: &[usize]) -> Vec<String> {
    indices.iter().map(|&i| ELEMENTS[i].2.to_owned()).collect()
}

#[test]
fn worked_example_lesson_a() {
    let s = score(LESSON_A);
    assert_eq!((s.gps.score, s.gps.valid), (30, true));
    assert!(
        s.gps.errors.is_empty() && s.gps.warnings.is_empty(),
        "{:?}",
        s.gps
    );
    let d = &s.gps.details;
    assert!(d.goal.has_outcomes && d.goal.has_motivation);
    assert!(d.position.has_empathy && d.position.acknowledges_levels);
    assert_eq!(d.steps.subsection_count, 2);
    assert_eq!(elements(&s), [10, 8, 5, 15, 15, 10, 10]);
    assert_eq!((s.didatica.score, s.didatica.passed), (73, true));
    assert!(s.didatica.recommendations.is_empty());
    assert_eq!(s.status, ValidationStatus::Passed);
}

#[test]
fn worked_example_lesson_a_prime() {
    let cut = LESSON_A.find("\n## ⚡").expect("quick action heading");
    let s = score(&LESSON_A[..cut + 1]);
    assert_eq!(
        s.didatica.element_scores.acao_rapida, 3,
        "Q-15b: the Goal's ✅ keeps the checklist points"
    );
    assert_eq!((s.didatica.score, s.didatica.passed), (66, false));
    assert_eq!(s.didatica.recommendations, recs(&[0, 1, 2, 4, 6]));
    assert_eq!(s.status, ValidationStatus::Failed);
}

#[test]
fn worked_example_lesson_b() {
    let s = score(LESSON_B);
    assert_eq!((s.gps.score, s.gps.valid), (30, true), "Q-1");
    assert!(s.gps.errors.is_empty());
    assert_eq!(
        s.gps.warnings,
        [
            "Goal section lacks clear outcomes/promises",
            "Position section lacks empathy/validation"
        ]
    );
    assert_eq!(elements(&s), [0, 6, 0, 0, 0, 0, 0]);
    assert_eq!(s.didatica.score, 6);
    assert_eq!(s.didatica.recommendations, recs(&[0, 1, 2, 3, 4, 5, 6]));
}

#[test]
fn q1_any_heading_starting_with_g_p_s_counts() {
    let s = score("## Gancho\n## Por que isso importa\n## Sobre o autor\n");
    assert_eq!((s.gps.score, s.gps.valid), (30, true));
}

#[test]
fn q2_not_anchored_and_not_level_aware() {
    let s = score("## 🎯 G\n✅\n## 🛤️ S\n### Passo 1\n");
    assert!(s.gps.has_position, "`### Passo 1` is a Position heading");
    assert_eq!(s.gps.score, 30);
    assert!(score("texto ## Gato").gps.has_goal, "`##` mid-line counts");
}

#[test]
fn q3_whitespace_may_span_lines_or_be_absent() {
    assert!(score("fim ##\nGato").gps.has_goal);
    assert!(score("##Gato").gps.has_goal);
}

#[test]
fn q4_common_headings_that_do_not_count() {
    let s = score(
        "## 📍 POSITION\n## 🗺 P\n## Objetivo\n## Meta\n## Destino\n## Origem\n## Rota\n## ✅ Pré-requisitos\n",
    );
    assert_eq!(
        (s.gps.has_goal, s.gps.has_position, s.gps.has_steps),
        (false, false, false)
    );
    assert_eq!(s.gps.errors.len(), 3);
}

#[test]
fn q5_q7_no_order_check_and_unused_flags() {
    let s = score("## S\n### a\n## 🗺️ P\neu sei\n## G\n✅\n");
    assert!(s.gps.valid && s.gps.warnings.is_empty());
    assert!(!s.gps.details.goal.has_motivation && !s.gps.details.position.acknowledges_levels);
}

#[test]
fn q6_plain_substrings() {
    let s = score("## G\n✅ Por quê? porque\n## P\nwiki knowledge\n## S\n");
    assert!(
        s.gps.details.position.has_empathy,
        "`wiki knowledge` contains `i know`"
    );
    assert!(
        !s.gps.details.goal.has_motivation,
        "`Por quê` and `porque` are not `por que`"
    );
    assert!(
        score("## G\nsaved\n").gps.details.goal.has_motivation,
        "`saved` contains `save`"
    );
    // The spec also lists `savings`, but it does not contain `save` (s-a-v-i): no match in Python either.
    assert!(!score("## G\nsavings\n").gps.details.goal.has_motivation);
}

#[test]
fn q8_hook_stops_at_a_subsection() {
    let s = score("## 🎯 G\nintro\n### Sub\n✅ ✅ ✅ economizar melhorar isso vai\n## P");
    assert!(
        s.gps.details.goal.has_outcomes,
        "the GPS Goal runs past `###`"
    );
    assert_eq!(s.didatica.element_scores.hook_emocional, 0);
}

#[test]
fn q9_hook_swallows_an_adjacent_section() {
    let s = score("## 🎯 G\n## 🗺️ P\n✅✅✅ economizar melhorar isso vai\n## 🛤️ S\n");
    assert_eq!(s.didatica.element_scores.hook_emocional, 15);
}

#[test]
fn q10_goal_heading_without_a_following_newline() {
    let s = score("intro\n## 🎯 G ✅✅✅ economizar melhorar isso vai");
    assert!(s.gps.has_goal);
    assert_eq!(s.didatica.element_scores.hook_emocional, 0);
}

#[test]
fn q11_transformar_is_two_keywords() {
    let hook = |w: &str| {
        score(&format!("## G\n{w}\n"))
            .didatica
            .element_scores
            .hook_emocional
    };
    assert_eq!(hook("transformar"), 5);
    assert_eq!(hook("transformação"), 2);
    assert_eq!(hook("masterclass"), 2);
}

#[test]
fn q12_definitions_and_subsections_anywhere() {
    let concepts = |t: &str| score(t).didatica.element_scores.conceitos_primordiais;
    assert_eq!(concepts("o problema é que"), 2);
    assert_eq!(concepts("insignificante"), 2);
    assert_eq!(concepts("this that"), 2);
    assert_eq!(
        concepts("## G\n### a\n#### b\n###\nc"),
        10,
        "`####` and a `###` followed by a newline count"
    );
}

#[test]
fn q13_simple_questions_double_count() {
    let s = score("🤔 Pause aqui e pense:\nOnde você perde tempo?");
    assert_eq!(s.didatica.element_scores.pergunta_reflexiva, 15);
    let q = |t: &str| score(t).didatica.element_scores.pergunta_reflexiva;
    assert_eq!(q("É simples?"), 0);
    assert_eq!(q("Você já usou o Obsidian 1.5?"), 0);
    assert_eq!(q("Já usou tags?"), 7);
    assert_eq!(
        q("veja https://x.io/?q=1 Abc?"),
        7,
        "any `?` with a capital in its segment"
    );
}

#[test]
fn q14_analogy_and_diagram_substrings() {
    let a = |t: &str| score(t).didatica.element_scores.analogias_diagramas;
    assert_eq!(a("similar ao outro"), 5);
    assert_eq!(a("dispensa em"), 5);
    assert_eq!(a("diagramas"), 10);
    assert_eq!(a("infográfico"), 10);
    assert_eq!(a("a diagram"), 0);
    assert_eq!(a("uma imagem"), 5, "implicit visual");
}

#[test]
fn q15_time_box_substrings() {
    let act = |t: &str| score(t).didatica.element_scores.acao_rapida;
    assert_eq!(act("12 minutos"), 2);
    assert_eq!(act("22 min."), 2);
    assert_eq!(act("2 minutes, 2 mins"), 0);
    assert_eq!(act("## ⚡ Agora"), 5);
}

#[test]
fn q15b_any_bracket_pair_is_a_checklist() {
    let act = |t: &str| score(t).didatica.element_scores.acao_rapida;
    assert_eq!(act("veja [o site](https://x.io)"), 3);
    assert_eq!(act("[[nota]]"), 3);
    assert_eq!(
        act("[ abre\nfecha ]"),
        0,
        "the `]` must be on the same line"
    );
}

#[test]
fn q16_literal_gps_headings_reject_emoji() {
    assert!(
        !has_literal_gps_headings(LESSON_A),
        "`## 🎯 G - GOAL` fails the content check"
    );
    assert!(has_literal_gps_headings(
        "### G - GOAL\n## P-POSITION\n##  s - steps"
    ));
}

#[test]
fn crlf_is_scored_like_lf() {
    let crlf = LESSON_A.replace('\n', "\r\n");
    let (a, b) = (score(LESSON_A), score(&crlf));
    assert_eq!(
        (a.gps, a.didatica, a.word_count),
        (b.gps, b.didatica, b.word_count)
    );
}
