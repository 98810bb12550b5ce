//! Unit tests for `assign_lesson_ids`: duplicates, front matter ids, unnumbered files, order.

use super::*;
use crate::domain::lesson_file::parse_lesson_file;

fn ids(files: &[LessonFile]) -> Vec<(String, String)> {
    assign_lesson_ids(files)
        .lessons
        .into_iter()
        .map(|l| (l.path, l.lesson_id))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn numeric_order_and_unpadded_ids() {
    let files = vec![
        parse_lesson_file("lessons/10.1-z.md", ""),
        parse_lesson_file("lessons/2.1-b.md", ""),
        parse_lesson_file("lessons/BONUS-x.md", ""),
        parse_lesson_file("lessons/01.2-a.md", ""),
    ];
    let got = assign_lesson_ids(&files);
    assert_eq!(
        ids(&files),
        pairs(&[
            ("lessons/01.2-a.md", "1.2"),
            ("lessons/2.1-b.md", "2.1"),
            ("lessons/10.1-z.md", "10.1"),
            ("lessons/BONUS-x.md", "BONUS-x"),
        ])
    );
    assert_eq!(got.issues.len(), 1);
    assert_eq!(got.issues[0].code, "IMPORT-UNNUMBERED-LESSON");
}

#[test]
fn duplicates_get_suffixes_in_file_name_order() {
    let files = vec![
        parse_lesson_file("lessons/1.1-sete.md", ""),
        parse_lesson_file("lessons/1.1-destino.md", ""),
    ];
    assert_eq!(
        ids(&files),
        pairs(&[
            ("lessons/1.1-destino.md", "1.1"),
            ("lessons/1.1-sete.md", "1.1-b")
        ])
    );
    let issues = assign_lesson_ids(&files).issues;
    assert_eq!(issues.len(), 1);
    let message = &issues[0].message;
    assert!(message.contains("lessons/1.1-destino.md") && message.contains("lessons/1.1-sete.md"));
    assert!(
        message.contains("1.1") && message.contains("ambiguous"),
        "{message}"
    );
}

#[test]
fn duplicates_use_distinct_front_matter_ids() {
    let files = vec![
        parse_lesson_file(
            "lessons/2.1-terminal-windows.md",
            "---\nlesson_id: \"2.1-windows\"\n---\n",
        ),
        parse_lesson_file(
            "lessons/2.1-terminal-mac.md",
            "---\nlesson_id: \"2.1-mac\"\n---\n",
        ),
    ];
    assert_eq!(
        ids(&files),
        pairs(&[
            ("lessons/2.1-terminal-mac.md", "2.1-mac"),
            ("lessons/2.1-terminal-windows.md", "2.1-windows"),
        ])
    );
}

#[test]
fn unnumbered_files_follow_their_folder() {
    let files = vec![
        parse_lesson_file("lessons/modulo-2/aula-2.1-a.md", ""),
        parse_lesson_file("lessons/modulo-1/BONUS.md", ""),
        parse_lesson_file("lessons/modulo-1/aula-1.1-a.md", ""),
        parse_lesson_file("lessons/modulo-3/extra.md", ""),
        parse_lesson_file("lessons/modulo-3/aula-3.1-a.md", ""),
    ];
    let order: Vec<String> = assign_lesson_ids(&files)
        .lessons
        .into_iter()
        .map(|l| l.path)
        .collect();
    assert_eq!(
        order,
        [
            "lessons/modulo-1/aula-1.1-a.md",
            "lessons/modulo-1/BONUS.md",
            "lessons/modulo-2/aula-2.1-a.md",
            "lessons/modulo-3/aula-3.1-a.md",
            "lessons/modulo-3/extra.md",
        ]
    );
}

#[test]
fn input_order_does_not_matter() {
    let mut files = vec![
        parse_lesson_file("lessons/5.1-b.md", ""),
        parse_lesson_file("lessons/5.1-a.md", ""),
        parse_lesson_file("lessons/X.md", ""),
    ];
    let first = ids(&files);
    files.reverse();
    assert_eq!(ids(&files), first);
}
