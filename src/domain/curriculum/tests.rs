//! Unit tests for `parse_curriculum` on small inline curricula covering each §5.7 variant.

use super::*;

fn codes(c: &ParsedCurriculum) -> Vec<&str> {
    c.issues.iter().map(|i| i.code.as_str()).collect()
}

#[test]
fn canonical_shape() {
    let text = r#"title: "Curso"
modules:
  - module_id: 1
    module_title: "Intro"
    lessons:
      - lesson_id: "1.1"
        lesson_title: "Olá"
        file_path: "lessons/1.1-ola.md"
        duration_minutes: 15
        bloom_level: "understand"
        learning_objectives: ["a", "b"]
        key_concepts: ["c"]
      - lesson_id: 1.10
        lesson_title: "Dez"
        duration_minutes: 50
"#;
    let c = parse_curriculum(text).expect("parses");
    assert_eq!(c.title.as_deref(), Some("Curso"));
    let lessons: Vec<_> = c.lessons().collect();
    assert_eq!(lessons[0].lesson_id, "1.1");
    assert_eq!(lessons[0].line, 6);
    assert_eq!(lessons[0].file_path.as_deref(), Some("lessons/1.1-ola.md"));
    assert_eq!(lessons[0].bloom_level.as_deref(), Some("understand"));
    assert_eq!(lessons[0].learning_objectives, vec!["a", "b"]);
    assert_eq!(lessons[1].source_id.as_deref(), Some("1.10"));
    assert_eq!(lessons[1].lesson_id, "1.10");
    // 1.10 right after 1.1 is a numbering gap, reported at the entry's line.
    let numbering = c
        .issues
        .iter()
        .find(|i| i.code == "CURRICULUM-NUMBERING")
        .expect("gap");
    assert_eq!(
        numbering.message,
        "Lesson numbering error: Expected 1.2, got 1.10"
    );
    assert_eq!(numbering.line_start, Some(13));
}

#[test]
fn nested_course_block_aliases_and_counts() {
    let text = r#"---
course:
  title: Nested
  slug: nested
---
modules:
  - id: "modulo-2"
    title: "Dois"
    lessons: 3
  - number: 3
    name: "Três"
    lessons:
      - id: m3-l1
        title: "A"
        file: a.md
      - id: day_2
        title: "B"
        path: lessons/b.md
"#;
    let c = parse_curriculum(text).expect("parses");
    assert_eq!(c.document_count, 2);
    assert_eq!(c.title.as_deref(), Some("Nested"));
    assert_eq!(c.slug.as_deref(), Some("nested"));
    let ids: Vec<_> = c.lessons().map(|l| l.lesson_id.as_str()).collect();
    assert_eq!(ids, ["2.1", "2.2", "2.3", "3.1", "3.2"]);
    assert!(
        c.modules[0]
            .lessons
            .iter()
            .all(|l| l.from_count && l.title.is_none())
    );
    assert_eq!(c.modules[0].declared_lesson_count, Some(3));
    assert_eq!(c.modules[1].title.as_deref(), Some("Três"));
    assert_eq!(
        c.modules[1].lessons[1].file_path.as_deref(),
        Some("lessons/b.md")
    );
    assert!(codes(&c).contains(&"CURRICULUM-LESSON-COUNT"));
    assert!(!codes(&c).contains(&"CURRICULUM-LESSON-TITLE"));
}

#[test]
fn aula_labels_duplicates_and_durations() {
    let text = r#"course_title: T
modules:
  - module_number: 1
    lessons:
      - lesson_number: "Aula 1.1"
        title: "A"
        duration_minutes: 3
      - lesson_number: "Aula 1.1"
        duration_minutes: 200
"#;
    let c = parse_curriculum(text).expect("parses");
    assert_eq!(c.title.as_deref(), Some("T"));
    let ids: Vec<_> = c.lessons().map(|l| l.lesson_id.as_str()).collect();
    assert_eq!(ids, ["1.1", "1.1-b"]);
    let found = codes(&c);
    for code in [
        "CURRICULUM-MODULE-TITLE",
        "CURRICULUM-DUPLICATE-ID",
        "CURRICULUM-SHORT-LESSON",
        "CURRICULUM-LONG-LESSON",
        "CURRICULUM-LESSON-TITLE",
    ] {
        assert!(found.contains(&code), "{code} missing from {found:?}");
    }
    let dup = c
        .issues
        .iter()
        .find(|i| i.code == "CURRICULUM-DUPLICATE-ID")
        .expect("dup");
    assert_eq!(dup.message, "Duplicate lesson IDs found: 1.1");
    assert_eq!(dup.line_start, Some(8));
}

#[test]
fn no_modules_is_a_finding_not_a_failure() {
    let c = parse_curriculum("title: x\n").expect("parses");
    assert_eq!(codes(&c), ["CURRICULUM-NO-MODULES"]);
    let c = parse_curriculum("").expect("empty parses");
    assert!(c.modules.is_empty());
}

#[test]
fn yaml_error_has_position_and_hint() {
    let text = "modules:\n  - lessons:\n      - lesson_title: Aula 1.2: Origem e Rota\n";
    let err = parse_curriculum(text).expect_err("invalid");
    assert_eq!((err.line, err.column), (3, 31));
    assert!(
        err.message.contains("mapping values are not allowed"),
        "{}",
        err.message
    );
    assert!(err.hint.starts_with("quote the value"));
}

#[test]
fn keeps_raw_text_and_strips_bom_for_parsing() {
    let text = "\u{feff}title: x\nmodules: []\n";
    let c = parse_curriculum(text).expect("parses");
    assert_eq!(c.raw_yaml, text);
    assert_eq!(c.title.as_deref(), Some("x"));
}

#[test]
fn curriculum_list_of_modules_with_nested_lessons_and_extras() {
    let text = r#"curriculum:
  - module: 2
    title: "Dois"
    duration: "1h30"
    objective: "Fazer"
    lessons:
      - number: "2.1"
        title: "A"
        duration: "5 min"
        file: "lessons/2.1-a.md"
        bloom_level: Aplicar
        steps: ["x", "y"]
      - title: "B"
        file: "lessons/2.10-b.md"
"#;
    let c = parse_curriculum(text).expect("parses");
    assert_eq!(c.modules.len(), 1);
    let m = &c.modules[0];
    assert_eq!((m.number, m.title.as_deref()), (2, Some("Dois")));
    assert_eq!(
        (m.duration_minutes, m.objectives.clone()),
        (Some(90), vec!["Fazer".to_string()])
    );
    let ids: Vec<_> = c.lessons().map(|l| l.lesson_id.as_str()).collect();
    assert_eq!(ids, ["2.1", "2.10"]);
    let a = &m.lessons[0];
    assert_eq!(a.duration_minutes, Some(5));
    assert_eq!(a.bloom_level.as_deref(), Some("Aplicar"));
    assert_eq!(a.extra["steps"], serde_json::json!(["x", "y"]));
    assert!(!a.extra.contains_key("title"));
}

#[test]
fn counted_modules_take_the_top_level_lessons_that_name_them() {
    let text = r#"modules:
  - {id: "week_1", title: "Um", lessons: 3}
  - {id: "week_2", title: "Dois", lessons: 2}
lessons:
  - {id: "day_1", module: "week_1", title: "D1", duration_minutes: 10}
  - {id: "day_2", module: "week_1", title: "D2"}
  - {id: "day_4", module: "week_2", title: "D4", structure: {a: 1}}
  - {id: "x", module: "week_9", title: "Perdida"}
"#;
    let c = parse_curriculum(text).expect("parses");
    let got: Vec<_> = c
        .lessons()
        .map(|l| (l.lesson_id.as_str(), l.title.as_deref(), l.from_count))
        .collect();
    assert_eq!(
        got,
        [
            ("1.1", Some("D1"), false),
            ("1.2", Some("D2"), false),
            ("2.1", Some("D4"), false),
            ("9.1", Some("Perdida"), false),
        ]
    );
    assert_eq!(c.modules[2].source_id.as_deref(), Some("week_9"));
    assert!(!codes(&c).contains(&"CURRICULUM-LESSON-COUNT"));
    assert_eq!(c.modules[1].lessons[0].extra["structure"]["a"], 1);
}

#[test]
fn a_map_of_modules_is_read_in_order_and_named_by_key() {
    let text = r#"modules:
  intro:
    title: "Intro"
    lessons: ["Olá"]
  modulo-3:
    title: "Três"
lessons:
  - {lesson_id: "3.1", module: "modulo-3", title: "T"}
"#;
    let c = parse_curriculum(text).expect("parses");
    let modules: Vec<_> = c
        .modules
        .iter()
        .map(|m| (m.number, m.key.as_deref(), m.title.as_deref()))
        .collect();
    assert_eq!(
        modules,
        [
            (1, Some("intro"), Some("Intro")),
            (3, Some("modulo-3"), Some("Três"))
        ]
    );
    let ids: Vec<_> = c.lessons().map(|l| l.lesson_id.as_str()).collect();
    assert_eq!(ids, ["1.1", "3.1"]);
}

#[test]
fn huge_lesson_counts_repeated_by_aliases_are_refused_with_their_line() {
    let text = "m: &m {title: M, lessons: 4000000000}\nmodules: [*m, *m, *m]\n";
    let err = parse_curriculum(text).expect_err("a count no course has");
    assert!(err.message.contains("at most 500 per module"), "{err:?}");
    assert!(err.line >= 1);
}

#[test]
fn an_unknown_bloom_level_is_a_finding_on_its_lesson() {
    let text = "title: T\nmodules:\n  - module_id: 1\n    module_title: M\n    lessons:\n      - lesson_id: \"1.1\"\n        lesson_title: A\n        bloom_level: CreateA\n      - lesson_id: \"1.2\"\n        lesson_title: B\n        bloom_level: Aplicar\n";
    let c = parse_curriculum(text).expect("parses");
    let unknown: Vec<_> = c
        .issues
        .iter()
        .filter(|i| i.code == "CURRICULUM-BLOOM-UNKNOWN")
        .collect();
    assert_eq!(unknown.len(), 1, "{:?}", c.issues);
    assert!(unknown[0].message.contains("`CreateA`"));
    assert_eq!(unknown[0].line_start, Some(6));
}
