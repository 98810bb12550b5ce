//! Pulling the brief's fields out of its sections (spec §6.2 table), by bold label and by
//! subsection heading, accent- and case-insensitively so template and hand-written briefs
//! (`**Título do Curso:**` + fence, or `- **Título do Curso:** text`) both work.

use super::completeness::is_filled;
use super::markdown::{Block, fields};
use super::model::{Icp, ParsedBrief};
use super::placeholder::{has_placeholder, is_example, meaningful_words};
use crate::domain::fold::fold;
use crate::domain::numbering::first_number;

pub(super) fn fill(brief: &mut ParsedBrief, sections: &[Block<'_>], h1: Option<&str>) {
    let section = |n: u8| sections.iter().find(|s| s.number() == Some(n));
    if let Some(s1) = section(1) {
        brief.title = field(s1, &["titulo"]);
        brief.subtitle = field(s1, &["subtitulo", "tagline"]);
        brief.slug = field(s1, &["slug"]).map(|s| s.trim_matches('`').trim().to_string());
        brief.category = raw_field(s1, &["categoria"])
            .map(|v| choices(&v))
            .unwrap_or_default();
        brief.tags = raw_field(s1, &["tags"])
            .map(|v| list(&v))
            .unwrap_or_default();
        brief.course_type = raw_field(s1, &["tipo de curso"]).and_then(|v| course_type(&v));
        brief.tool = tool(&s1.text());
        brief.total_duration = field(s1, &["duracao total"]);
        brief.module_count = field(s1, &["numero de modulos"]).and_then(|v| first_number(&v));
    }
    if brief.title.is_none() {
        // Hand-written briefs without §1 often carry the title in `# COURSE BRIEF: <title>`.
        brief.title = h1
            .and_then(|h| h.split_once(':'))
            .map(|(_, t)| t.trim().to_string());
    }
    if let Some(s2) = section(2) {
        brief.icp = Icp {
            demographics: sub(s2, &["quem e o aluno", "demografi", "perfil"]),
            pains: sub(s2, &["dor", "pain"]),
            desires: sub(s2, &["desejo", "transforma"]),
            before: label_containing(s2, "antes"),
            after: label_containing(s2, "depois"),
        };
    }
    if let Some(s3) = section(3) {
        brief.prerequisites = sub(s3, &["pre-requisito", "pre requisito", "prerequisit"]);
        brief.learning_objectives = s3
            .subsections()
            .iter()
            .find(|b| fold(b.heading).contains("objetivos"))
            .map(|b| objectives(&b.text()))
            .unwrap_or_default();
        brief.outline = sub(s3, &["outline", "estrutura de conteudo", "esboco"]);
        brief.pedagogy = sub(s3, &["framework", "pedagog"]);
    }
    brief.voice = section(4).and_then(|b| answered(&b.body));
    brief.format = section(5).and_then(|b| answered(&b.body));
    brief.commercial = section(6).and_then(|b| answered(&b.body));
    brief.context = section(7).and_then(|b| answered(&b.body));
}

/// The block's text when it holds any real answer.
fn answered(lines: &[(u32, &str)]) -> Option<String> {
    let text = lines.iter().map(|(_, l)| *l).collect::<Vec<_>>().join("\n");
    let labelled = fields(lines);
    let real = if labelled.is_empty() {
        meaningful_words(&text) >= 15
    } else {
        labelled.iter().any(|f| is_filled(&f.value))
    };
    real.then(|| text.trim().to_string())
}

fn raw_field(block: &Block<'_>, prefixes: &[&str]) -> Option<String> {
    fields(&block.body)
        .into_iter()
        .find(|f| prefixes.iter().any(|p| fold(&f.label).starts_with(p)))
        .map(|f| f.value)
}

fn field(block: &Block<'_>, prefixes: &[&str]) -> Option<String> {
    let value = raw_field(block, prefixes).filter(|v| is_filled(v))?;
    // Keep the answer lines only: unticked boxes and `___` lines are template, not answer.
    let kept: Vec<&str> = value
        .lines()
        .filter(|l| !has_placeholder(l) && !is_example(l))
        .collect();
    Some(kept.join("\n").trim().to_string()).filter(|v| !v.is_empty())
}

fn label_containing(block: &Block<'_>, needle: &str) -> Option<String> {
    fields(&block.body)
        .into_iter()
        .find(|f| fold(&f.label).contains(needle) && is_filled(&f.value))
        .map(|f| f.value)
}

fn sub(block: &Block<'_>, needles: &[&str]) -> Option<String> {
    let subs = block.subsections();
    let found = subs
        .iter()
        .find(|b| needles.iter().any(|n| fold(b.heading).contains(n)))?;
    answered(&found.body)
}

/// Ticked boxes (`[x] Tecnologia`), else comma-separated text.
fn choices(value: &str) -> Vec<String> {
    let ticked: Vec<String> = value
        .lines()
        .filter_map(|l| {
            let t = l.trim();
            t.strip_prefix("[x]")
                .or_else(|| t.strip_prefix("[X]"))
                .map(|s| s.trim().to_string())
        })
        .collect();
    if !ticked.is_empty() || has_placeholder(value) {
        return ticked;
    }
    value
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Numbered or bulleted lines, else comma-separated; placeholders and `[…]` dropped.
fn list(value: &str) -> Vec<String> {
    let items: Vec<String> = if value.lines().count() > 1 {
        value.lines().map(strip_marker).collect()
    } else {
        value.split(',').map(str::to_string).collect()
    };
    items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && !s.starts_with('[') && !has_placeholder(s))
        .collect()
}

fn strip_marker(line: &str) -> String {
    let t = line.trim();
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let t = t
        .strip_prefix('.')
        .or_else(|| t.strip_prefix(')'))
        .unwrap_or(t);
    let t = t.trim_start();
    t.strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .unwrap_or(t)
        .to_string()
}

fn course_type(value: &str) -> Option<String> {
    let ticked = value.lines().map(fold).find(|l| l.contains("[x]"))?;
    [
        ("tecnico", "technical"),
        ("conceitual", "conceptual"),
        ("misto", "mixed"),
    ]
    .into_iter()
    .find(|(word, _)| ticked.contains(word))
    .map(|(_, kind)| kind.to_string())
}

fn tool(text: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("Ferramenta:"))
        .map(str::trim)
        .find(|v| !v.is_empty() && !has_placeholder(v))
        .map(str::to_string)
}

/// Numbered lines (else bulleted ones) longer than 10 characters that are not placeholders;
/// indented sub-bullets (`   - Bloom's Level: …`) are details of an objective, not objectives.
fn objectives(text: &str) -> Vec<String> {
    let top = |l: &&str| !l.starts_with(' ') && !l.starts_with('\t');
    let numbered: Vec<&str> = text
        .lines()
        .filter(top)
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let lines = if numbered.is_empty() {
        text.lines()
            .filter(top)
            .filter(|l| l.starts_with("- ") || l.starts_with("* "))
            .collect()
    } else {
        numbered
    };
    lines
        .into_iter()
        .map(|l| strip_marker(l).replace("**", "").trim().to_string())
        .filter(|o| o.chars().count() > 10 && !has_placeholder(o) && !o.starts_with('['))
        .collect()
}
