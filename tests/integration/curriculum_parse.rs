//! `parse_curriculum` against every real corpus curriculum and the malformed corpus-odd one.

use crate::support::{corpus_dir, corpus_odd_dir};
use lectern::domain::curriculum::parse_curriculum;

#[test]
fn every_corpus_curriculum_parses() {
    let Some(corpus) = corpus_dir("every_corpus_curriculum_parses") else {
        return;
    };
    let mut seen = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path().join("curriculum.yaml");
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("curricula are UTF-8");
        let c = parse_curriculum(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let lessons = c.lessons().count();
        println!(
            "{:32} modules {:2} lessons {:2} issues {:2} title {:?}",
            entry.file_name().to_string_lossy(),
            c.modules.len(),
            lessons,
            c.issues.len(),
            c.title
        );
        assert!(!c.modules.is_empty(), "{}: no modules", path.display());
        assert!(lessons > 0, "{}: no lessons", path.display());
        assert!(c.title.is_some(), "{}: no title", path.display());
        seen += 1;
    }
    assert_eq!(seen, 8, "the corpus has 8 curricula");
}

#[test]
fn corpus_counts_match_readme() {
    let Some(corpus) = corpus_dir("corpus_counts_match_readme") else {
        return;
    };
    let read = |name: &str| {
        let text =
            std::fs::read_to_string(corpus.join(name).join("curriculum.yaml")).expect("read");
        parse_curriculum(&text).expect("parses")
    };
    // README: "curriculum lists 42 lessons in 6 modules".
    let agencia = read("agencia-ia");
    assert_eq!((agencia.modules.len(), agencia.lessons().count()), (6, 42));
    // Counts only: 13 modules, lessons planned from `lessons: N`, ids from module ids 0…12.
    let supabase = read("supabase-zero-backend-completo");
    assert_eq!(supabase.modules.len(), 13);
    assert!(supabase.lessons().all(|l| l.from_count));
    assert_eq!(
        supabase.lessons().next().map(|l| l.lesson_id.as_str()),
        Some("0.1")
    );
    let notebook = read("notebooklm-express");
    assert_eq!(notebook.lessons().count(), 16);
}

#[test]
fn malformed_curriculum_reports_line_17_column_31() {
    let Some(odd) = corpus_odd_dir("malformed_curriculum_reports_line_17_column_31") else {
        return;
    };
    let path = odd.join("malformed-curriculum-yaml/curriculum.yaml");
    let text = std::fs::read_to_string(path).expect("read");
    let err = parse_curriculum(&text).expect_err("must be refused");
    println!("{err}");
    assert_eq!((err.line, err.column), (17, 31));
    assert!(err.message.contains("mapping values are not allowed"));
    assert!(err.hint.contains("quote the value"), "{}", err.hint);
    assert!(
        err.hint
            .contains(r#"lesson_title: "Aula 1.2: Origem e Rota""#),
        "{}",
        err.hint
    );
}
