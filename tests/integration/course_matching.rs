//! Curriculum ↔ files matching on the corpus and on corpus-odd's missing and duplicate lessons.

use crate::lesson_files::read_lessons;
use crate::support::{corpus_dir, corpus_odd_dir};
use lectern::domain::course_match::{CourseMatch, MatchBy, match_curriculum};
use lectern::domain::curriculum::parse_curriculum;
use lectern::domain::lesson_ids::assign_lesson_ids;
use std::path::Path;

fn match_course(course: &Path) -> CourseMatch {
    let text = std::fs::read_to_string(course.join("curriculum.yaml")).expect("curriculum");
    let curriculum = parse_curriculum(&text).expect("parses");
    let files = read_lessons(course);
    let assignment = assign_lesson_ids(&files);
    match_curriculum(&curriculum, &files, &assignment)
}

#[test]
fn corpus_matching_summary() {
    let Some(corpus) = corpus_dir("corpus_matching_summary") else {
        return;
    };
    let mut dirs: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .flatten()
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for entry in dirs
        .into_iter()
        .filter(|e| e.path().join("curriculum.yaml").is_file())
    {
        let m = match_course(&entry.path());
        let count = |by: MatchBy| m.matched.iter().filter(|x| x.by == by).count();
        println!(
            "{:32} matched {:2} (path {:2} name {:2} number {:2} title {:2}) planned-only {:2} unlisted {:2}",
            entry.file_name().to_string_lossy(),
            m.matched.len(),
            count(MatchBy::Path),
            count(MatchBy::FileName),
            count(MatchBy::Number),
            count(MatchBy::Title),
            m.planned_only.len(),
            m.unlisted_files.len()
        );
    }
}

#[test]
fn notebooklm_matches_exactly() {
    let Some(corpus) = corpus_dir("notebooklm_matches_exactly") else {
        return;
    };
    let m = match_course(&corpus.join("notebooklm-express"));
    assert_eq!(m.matched.len(), 16);
    assert!(
        m.matched
            .iter()
            .all(|x| x.by == MatchBy::Path && x.planned_id == x.lesson_id)
    );
    assert!(m.planned_only.is_empty() && m.unlisted_files.is_empty() && m.issues.is_empty());
}

#[test]
fn claude_code_has_four_dangling_paths() {
    let Some(corpus) = corpus_dir("claude_code_has_four_dangling_paths") else {
        return;
    };
    let m = match_course(&corpus.join("claude-code"));
    let dangling: Vec<_> = m
        .issues
        .iter()
        .filter(|i| i.code == "IMPORT-CURRICULUM-PATH")
        .collect();
    for issue in &dangling {
        println!("{}", issue.message);
    }
    assert_eq!(dangling.len(), 4);
    assert_eq!(m.matched.len(), 10);
    assert_eq!(m.unlisted_files, ["lessons/BONUS-skills-superpoderes.md"]);
    let meu_clone = match_course(&corpus.join("meu-clone-ia"));
    assert!(meu_clone.matched.iter().all(|x| x.by == MatchBy::FileName));
}

#[test]
fn corpus_odd_missing_listed_lesson() {
    let Some(odd) = corpus_odd_dir("corpus_odd_missing_listed_lesson") else {
        return;
    };
    let m = match_course(&odd.join("missing-listed-lesson"));
    assert_eq!(m.matched.len(), 2);
    assert_eq!(m.planned_only, ["1.3"]);
    let warning = m
        .issues
        .iter()
        .find(|i| i.code == "IMPORT-PLANNED-ONLY")
        .expect("warning");
    println!("{}", warning.message);
    assert!(warning.message.contains("curriculum.yaml"));
    assert!(warning.message.contains("lesson 1.3"));
    assert!(warning.message.contains("lessons/1.3-rota-sem-desvios.md"));
    assert_eq!(warning.line_start, Some(20), "the entry is at lines 20-23");
}

#[test]
fn corpus_odd_duplicate_number_is_ambiguous() {
    let Some(odd) = corpus_odd_dir("corpus_odd_duplicate_number_is_ambiguous") else {
        return;
    };
    let m = match_course(&odd.join("duplicate-lesson-number"));
    let warning = m
        .issues
        .iter()
        .find(|i| i.code == "IMPORT-AMBIGUOUS-CURRICULUM-ENTRY")
        .expect("warning");
    println!("{}", warning.message);
    assert!(
        warning
            .message
            .contains("lessons/1.1-destino-antes-de-tudo.md")
    );
    assert!(
        warning
            .message
            .contains("lessons/1.1-sete-elementos-da-aula.md")
    );
    assert_eq!(
        m.matched.len() + m.unlisted_files.len(),
        3,
        "no file dropped"
    );
}
