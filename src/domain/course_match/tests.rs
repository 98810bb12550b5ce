//! Unit tests for `match_curriculum`: each pass, ambiguity, planned-only and unlisted files.

use super::*;
use crate::domain::curriculum::parse_curriculum;
use crate::domain::lesson_file::parse_lesson_file;
use crate::domain::lesson_ids::assign_lesson_ids;

fn run(yaml: &str, paths: &[(&str, &str)]) -> CourseMatch {
    let c = parse_curriculum(yaml).expect("yaml");
    let files: Vec<_> = paths.iter().map(|(p, t)| parse_lesson_file(p, t)).collect();
    let a = assign_lesson_ids(&files);
    match_curriculum(&c, &files, &a)
}

#[test]
fn path_then_number_then_title() {
    let yaml = r#"modules:
  - module_id: 1
    lessons:
      - lesson_id: "1.1"
        file_path: "lessons/1.1-a.md"
      - lesson_id: "1.2"
        file: "1.2-b.md"
      - lesson_id: "1.3"
        file_path: "lessons/1.3-old-name.md"
      - lesson_id: "9.9"
        title: "Bem-vindo à Aula"
      - lesson_id: "1.5"
        file_path: "lessons/1.5-gone.md"
"#;
    let m = run(
        yaml,
        &[
            ("lessons/1.1-a.md", ""),
            ("lessons/1.2-b.md", ""),
            ("lessons/1.3-new-name.md", ""),
            ("lessons/BONUS.md", "# Bem vindo a aula\n"),
            ("lessons/2.1-extra.md", ""),
        ],
    );
    let by: Vec<(&str, MatchBy)> = m.matched.iter().map(|x| (x.path.as_str(), x.by)).collect();
    assert_eq!(
        by,
        [
            ("lessons/1.1-a.md", MatchBy::Path),
            ("lessons/1.2-b.md", MatchBy::FileName),
            ("lessons/1.3-new-name.md", MatchBy::Number),
            ("lessons/BONUS.md", MatchBy::Title),
        ]
    );
    assert_eq!(m.planned_only, ["1.5"]);
    assert_eq!(m.unlisted_files, ["lessons/2.1-extra.md"]);
    let missing = m
        .issues
        .iter()
        .find(|i| i.code == "IMPORT-PLANNED-ONLY")
        .expect("missing");
    assert!(
        missing
            .message
            .contains("curriculum.yaml line 12: lesson 1.5 lists lessons/1.5-gone.md")
    );
    assert_eq!(missing.line_start, Some(12));
    assert!(m.issues.iter().any(|i| i.code == "IMPORT-CURRICULUM-PATH"));
}

#[test]
fn duplicate_numbers_make_the_entry_ambiguous() {
    let yaml = "modules:\n  - lessons:\n      - lesson_id: \"1.1\"\n        title: X\n";
    let m = run(yaml, &[("lessons/1.1-b.md", ""), ("lessons/1.1-a.md", "")]);
    assert_eq!(m.matched.len(), 1);
    assert_eq!(m.matched[0].path, "lessons/1.1-a.md");
    assert_eq!(m.unlisted_files, ["lessons/1.1-b.md"]);
    let ambiguous = &m.issues[0];
    assert_eq!(ambiguous.code, "IMPORT-AMBIGUOUS-CURRICULUM-ENTRY");
    assert!(
        ambiguous
            .message
            .contains("lessons/1.1-a.md, lessons/1.1-b.md"),
        "{}",
        ambiguous.message
    );
}
