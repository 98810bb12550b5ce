//! What the editor's side panel shows, derived from the text: brief completeness, curriculum
//! errors/findings/tree, lesson scores/issues. Computed on the storage worker thread after the
//! typing pause (never on the keystroke or draw path) and sent back as an event; it lives
//! with the messages because it travels in `AuthoringEvent::Analyzed`.
//!
//! Pure apart from calling the domain parsers; must not depend on rendering or storage.

use crate::domain::bloom::{BloomLevel, ModuleProgression, check_progression};
use crate::domain::brief::{SectionStatus, parse_brief};
use crate::domain::curriculum::{PlannedModule, parse_curriculum};
use crate::domain::issue::Issue;
use crate::domain::rubric::{Rubric, score_lesson};
use crate::domain::said::Said;

use super::target::EditorTarget;

/// One of the eight brief sections as the panel lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionRow {
    pub number: u8,
    /// The heading without its emoji number; `None` when the section is missing.
    pub heading: Option<String>,
    pub status: SectionStatus,
    pub percent: u8,
    /// 1-based line of the heading, where `Enter` jumps.
    pub line: Option<u32>,
}

/// A Bloom progression finding over the curriculum as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BloomFinding {
    /// More than two levels up between two lessons of a module.
    Jump {
        from: BloomLevel,
        to: BloomLevel,
        from_lesson: String,
        to_lesson: String,
    },
    /// The course's first lesson is above Apply.
    StartsHigh { lesson: String },
    /// The last module peaks lower than the first.
    EndsLower,
}

/// A row of the curriculum tree preview: a module or one of its lessons (the author's words;
/// `None` where the curriculum gives no title or level).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeRow {
    Module {
        number: String,
        title: Option<String>,
    },
    Lesson {
        id: String,
        title: Option<String>,
        bloom: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Analysis {
    Brief {
        percent: u8,
        sections: Vec<SectionRow>,
        /// Parsed preview: (label, value).
        preview: Vec<(String, String)>,
    },
    Curriculum {
        /// A YAML error: line, column, what the parser said (worded by the panel).
        error: Option<(u32, u32, Said)>,
        findings: Vec<Issue>,
        /// Bloom progression findings (spec §4.3): 1-based line and what was found (the
        /// panel words it in the interface's language).
        bloom: Vec<(u32, BloomFinding)>,
        /// Tree preview rows: each module, then its lessons.
        tree: Vec<TreeRow>,
    },
    Lesson {
        gps: u32,
        didatica: u32,
        status: String,
        issues: Vec<Issue>,
    },
}

/// Analyses `text` as the kind of text `target` is.
pub fn analyze(target: &EditorTarget, text: &str) -> Analysis {
    match target {
        EditorTarget::Brief { .. } => brief(text),
        EditorTarget::Curriculum { .. } => curriculum(text),
        EditorTarget::Lesson { .. } => {
            let score = score_lesson(text, Rubric::default());
            Analysis::Lesson {
                gps: score.gps.score,
                didatica: score.didatica.score,
                status: score.status.as_str().to_string(),
                issues: score.issues,
            }
        }
    }
}

fn brief(text: &str) -> Analysis {
    let b = parse_brief(text);
    let sections = b
        .completeness
        .sections
        .iter()
        .map(|s| SectionRow {
            number: s.number,
            heading: s.heading.as_deref().map(short_heading),
            status: s.status,
            percent: s.percent,
            line: s.line,
        })
        .collect();
    let mut preview = Vec::new();
    let mut add = |label: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            preview.push((
                label.to_string(),
                v.lines().next().unwrap_or("").to_string(),
            ));
        }
    };
    add("title", b.title.clone());
    add("slug", b.slug.clone().or(b.course_slug.clone()));
    add("tags", Some(b.tags.join(", ")));
    add("ICP", b.icp.pains.clone().or(b.icp.demographics.clone()));
    add(
        "objectives",
        Some(format!("{}", b.learning_objectives.len())).filter(|n| n != "0"),
    );
    add("voice", b.voice.clone());
    Analysis::Brief {
        percent: b.completeness.percent,
        sections,
        preview,
    }
}

/// `1️⃣ INFORMAÇÕES BÁSICAS DO CURSO` → `INFORMAÇÕES BÁSICAS DO CURSO`.
fn short_heading(heading: &str) -> String {
    heading
        .trim_start_matches(|c: char| !c.is_alphabetic())
        .to_string()
}

fn curriculum(text: &str) -> Analysis {
    match parse_curriculum(text) {
        Err(e) => Analysis::Curriculum {
            error: Some((e.line, e.column, e.message_said())),
            findings: Vec::new(),
            bloom: Vec::new(),
            tree: Vec::new(),
        },
        Ok(c) => {
            let mut tree = Vec::new();
            for m in &c.modules {
                tree.push(TreeRow::Module {
                    number: m.number.to_string(),
                    title: m.title.clone(),
                });
                for l in &m.lessons {
                    tree.push(TreeRow::Lesson {
                        id: l.lesson_id.clone(),
                        title: l.title.clone(),
                        bloom: l.bloom_level.clone(),
                    });
                }
            }
            Analysis::Curriculum {
                error: None,
                bloom: bloom_findings(&c.modules),
                findings: c.issues,
                tree,
            }
        }
    }
}

/// Bloom progression over the modules as written: jumps of more than two levels inside a
/// module, a course that starts above Apply, a last module that peaks lower than the first.
fn bloom_findings(modules: &[PlannedModule]) -> Vec<(u32, BloomFinding)> {
    let levels: Vec<Vec<Option<BloomLevel>>> = modules
        .iter()
        .map(|m| {
            m.lessons
                .iter()
                .map(|l| l.bloom_level.as_deref().and_then(BloomLevel::parse))
                .collect()
        })
        .collect();
    let report = check_progression(&levels);
    let mut out = Vec::new();
    for (module, r) in modules.iter().zip(&report.modules) {
        if r.status == ModuleProgression::Logical {
            continue;
        }
        for jump in &r.jumps {
            let (Some(from), Some(to)) = (
                module.lessons.get(jump.from_lesson),
                module.lessons.get(jump.to_lesson),
            ) else {
                continue;
            };
            out.push((
                to.line,
                BloomFinding::Jump {
                    from: jump.from,
                    to: jump.to,
                    from_lesson: from.lesson_id.clone(),
                    to_lesson: to.lesson_id.clone(),
                },
            ));
        }
    }
    let first = modules.first().and_then(|m| m.lessons.first());
    if report.starts_high
        && let Some(l) = first
    {
        out.push((
            l.line,
            BloomFinding::StartsHigh {
                lesson: l.lesson_id.clone(),
            },
        ));
    }
    if report.ends_lower
        && let Some(m) = modules.last()
    {
        out.push((m.line, BloomFinding::EndsLower));
    }
    out
}
