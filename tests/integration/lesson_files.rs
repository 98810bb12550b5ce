//! Lesson-file parsing and id assignment on every corpus course and the corpus-odd duplicates.
//!
//! Decoding is not this module's job (`domain::text` does it); the tests read bytes lossily,
//! which is enough for names, front matter and headers.

use crate::support::{corpus_dir, corpus_odd_dir};
use lectern::domain::lesson_file::{LessonFile, parse_lesson_file};
use lectern::domain::lesson_ids::assign_lesson_ids;
use std::path::Path;

/// Every `.md` under `course/lessons`, parsed, with paths relative to `course`.
pub fn read_lessons(course: &Path) -> Vec<LessonFile> {
    let mut out = Vec::new();
    let mut stack = vec![course.join("lessons")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                let bytes = std::fs::read(&path).expect("read lesson");
                let rel = path.strip_prefix(course).expect("inside course");
                let rel = rel.to_string_lossy().replace('\\', "/");
                out.push(parse_lesson_file(&rel, &String::from_utf8_lossy(&bytes)));
            }
        }
    }
    out
}

#[test]
fn every_corpus_lesson_gets_a_unique_id() {
    let Some(corpus) = corpus_dir("every_corpus_lesson_gets_a_unique_id") else {
        return;
    };
    let mut total = 0;
    let mut dirs: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .flatten()
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for entry in dirs.into_iter().filter(|e| e.path().is_dir()) {
        let files = read_lessons(&entry.path());
        let assigned = assign_lesson_ids(&files);
        let mut ids: Vec<&str> = assigned
            .lessons
            .iter()
            .map(|l| l.lesson_id.as_str())
            .collect();
        assert_eq!(ids.len(), files.len());
        println!(
            "{:32} files {:2} warnings {} first {:?} last {:?}",
            entry.file_name().to_string_lossy(),
            files.len(),
            assigned.issues.len(),
            ids.first(),
            ids.last()
        );
        for issue in &assigned.issues {
            println!("    {}: {}", issue.code, issue.message);
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), files.len(), "ids not unique");
        total += files.len();
    }
    assert_eq!(total, 234, "README: 234 lesson files");
}

#[test]
fn corpus_duplicates_and_bonus() {
    let Some(corpus) = corpus_dir("corpus_duplicates_and_bonus") else {
        return;
    };
    let ids_of = |course: &str| {
        let files = read_lessons(&corpus.join(course));
        let a = assign_lesson_ids(&files);
        (
            a.lessons
                .into_iter()
                .map(|l| (l.path, l.lesson_id))
                .collect::<Vec<_>>(),
            a.issues,
        )
    };
    let (ids, issues) = ids_of("instalacao-self-hosting");
    let has = |ids: &[(String, String)], id: &str| ids.iter().any(|(_, i)| i == id);
    for id in ["2.1-mac", "2.1-windows", "2.3-mac", "2.3-windows"] {
        assert!(has(&ids, id), "{id} missing");
    }
    assert_eq!(
        issues
            .iter()
            .filter(|i| i.code == "IMPORT-DUPLICATE-LESSON-NUMBER")
            .count(),
        2
    );
    let (ids, _) = ids_of("didatica-lendaria");
    assert!(has(&ids, "5.1") && has(&ids, "5.1-b"));
    let (ids, issues) = ids_of("claude-code");
    assert_eq!(
        ids.last().map(|(p, _)| p.as_str()),
        Some("lessons/BONUS-skills-superpoderes.md")
    );
    assert!(issues.iter().any(|i| i.code == "IMPORT-UNNUMBERED-LESSON"));
    let (ids, _) = ids_of("supabase-zero-backend-completo");
    assert_eq!(ids.first().map(|(_, i)| i.as_str()), Some("0.1"));
    assert!(has(&ids, "12.7"));
    let (ids, _) = ids_of("github-essencial");
    assert_eq!(ids.first().map(|(_, i)| i.as_str()), Some("0.0"));
}

#[test]
fn corpus_headers_and_front_matter() {
    let Some(corpus) = corpus_dir("corpus_headers_and_front_matter") else {
        return;
    };
    let files = read_lessons(&corpus.join("supabase-zero-backend-completo"));
    let first = files
        .iter()
        .find(|f| f.file_name.starts_with("00.1"))
        .expect("00.1");
    assert_eq!(first.title, "Você NÃO Precisa Ser Programador");
    assert_eq!(first.header.duration_minutes, Some(12));
    assert_eq!(first.bloom_level.as_deref(), Some("Understand"));
    let files = read_lessons(&corpus.join("agencia-ia"));
    assert!(
        files
            .iter()
            .all(|f| f.front_matter.is_some() && f.number.is_some())
    );
    let total_fm_warnings: usize = ["agencia-ia", "meu-clone-ia", "instalacao-self-hosting"]
        .iter()
        .flat_map(|c| read_lessons(&corpus.join(c)))
        .map(|f| f.issues.len())
        .sum();
    println!("front matter warnings in front-matter courses: {total_fm_warnings}");
}

#[test]
fn corpus_odd_duplicate_lesson_number() {
    let Some(odd) = corpus_odd_dir("corpus_odd_duplicate_lesson_number") else {
        return;
    };
    let files = read_lessons(&odd.join("duplicate-lesson-number"));
    let assigned = assign_lesson_ids(&files);
    let ids: Vec<(&str, &str)> = assigned
        .lessons
        .iter()
        .map(|l| (l.path.as_str(), l.lesson_id.as_str()))
        .collect();
    println!("{ids:?}");
    assert!(ids.contains(&("lessons/1.1-destino-antes-de-tudo.md", "1.1")));
    assert!(ids.contains(&("lessons/1.1-sete-elementos-da-aula.md", "1.1-b")));
    let warning = &assigned.issues[0];
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
    assert!(warning.message.contains("ambiguous"));
}
