//! `parse_brief` on the seven corpus briefs and the four corpus-odd ones: no panics, titles
//! found where the brief has them, completeness printed.

use crate::support::{corpus_dir, corpus_odd_dir};
use lectern::domain::brief::{SectionStatus, is_brief_file_name, parse_brief};
use std::path::Path;

fn briefs_in(root: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(root).expect("dir").flatten().collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs.into_iter().filter(|e| e.path().is_dir()) {
        for file in std::fs::read_dir(dir.path()).expect("course").flatten() {
            let name = file.file_name().to_string_lossy().to_string();
            if is_brief_file_name(&name) {
                let text = String::from_utf8_lossy(&std::fs::read(file.path()).expect("read"))
                    .into_owned();
                out.push((
                    format!("{}/{name}", dir.file_name().to_string_lossy()),
                    text,
                ));
            }
        }
    }
    out
}

#[test]
fn every_corpus_brief_parses() {
    let Some(corpus) = corpus_dir("every_corpus_brief_parses") else {
        return;
    };
    let briefs = briefs_in(&corpus);
    assert_eq!(briefs.len(), 7, "README: 7 briefs");
    for (name, text) in &briefs {
        let b = parse_brief(text);
        let statuses: String = b
            .completeness
            .sections
            .iter()
            .map(|s| match s.status {
                SectionStatus::Filled => 'F',
                SectionStatus::Placeholder => 'p',
                SectionStatus::Missing => '-',
            })
            .collect();
        println!(
            "{name:58} {statuses} {:3}% objectives {:2} tags {} title {:?}",
            b.completeness.percent,
            b.learning_objectives.len(),
            b.tags.len(),
            b.title
        );
        for issue in &b.issues {
            println!(
                "    {:?} {} {}",
                issue.line_start, issue.code, issue.message
            );
        }
    }
    let title_of = |course: &str| {
        briefs
            .iter()
            .find(|(n, _)| n.starts_with(course))
            .and_then(|(_, t)| parse_brief(t).title)
    };
    assert_eq!(
        title_of("claude-code").as_deref(),
        Some("Claude Code Expert: Automação Inteligente para Founders sem Código")
    );
    assert_eq!(
        title_of("didatica-lendaria").as_deref(),
        Some("Didática Lendária: Como Criar Aulas que Engajam e Empolgam")
    );
    assert!(title_of("notebooklm-express").is_some());
    // An unfilled template: its bracketed instruction and `Exemplo:` line are not a title.
    assert_eq!(title_of("dominando-obsidian"), None);
}

#[test]
fn corpus_odd_briefs_parse() {
    let Some(odd) = corpus_odd_dir("corpus_odd_briefs_parse") else {
        return;
    };
    for (name, text) in briefs_in(&odd) {
        let b = parse_brief(&text);
        println!(
            "{name:48} {:3}% title {:?}",
            b.completeness.percent, b.title
        );
    }
}
