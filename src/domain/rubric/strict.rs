//! The `strict` rubric's heading rules (lectern's own, documented in `docs/scoring.md`):
//! headings count only on real heading lines (see `markdown.rs`) of the right level, the
//! Portuguese GPS names (Destino / Origem / Rota) are recognised, and a one-letter glossary
//! heading such as `## G` is not a Goal. Keyword checks are unchanged from `creatoros`.

use super::didatica::DlInputs;
use super::gps::{GpsSections, Section};
use super::markdown::{Heading, Outline};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Goal,
    Position,
    Steps,
}

/// Locates Goal, Position and Steps: the first level-2 heading of each kind, or a level-3
/// heading directly under a level-2 heading whose title names GPS (`## GPS DA AULA`).
pub fn gps_sections(_text: &str, doc: &Outline) -> GpsSections {
    let mut found = GpsSections::default();
    let mut in_gps_block = false;
    for (i, h) in doc.headings.iter().enumerate() {
        if h.level == 2 {
            in_gps_block = words(&h.title).iter().any(|w| w == "gps");
        }
        let right_level = h.level == 2 || (h.level == 3 && in_gps_block);
        let Some(part) = right_level.then(|| gps_part(&h.title)).flatten() else {
            continue;
        };
        let slot = match part {
            Part::Goal => &mut found.goal,
            Part::Position => &mut found.position,
            Part::Steps => &mut found.steps,
        };
        if slot.is_none() {
            let end = if part == Part::Steps {
                steps_end(doc, i)
            } else {
                doc.section_end(i)
            };
            *slot = Some(Section {
                heading: h.start,
                body: h.body_start..end.max(h.body_start),
            });
        }
    }
    found
}

/// Steps run to the next closing heading (review, quick action, transition) of the same level,
/// or to the next heading of a higher level.
fn steps_end(doc: &Outline, i: usize) -> usize {
    let level = doc.headings[i].level;
    doc.headings[i + 1..]
        .iter()
        .find(|n| {
            n.level < level
                || (n.level == level
                    && (closing_kind(&n.title) != (false, false) || n.title.starts_with('🔗')))
        })
        .map_or(doc.len, |n| n.start)
}

/// Headings one level below Steps, inside Steps.
pub fn steps_subsections(doc: &Outline, sections: &GpsSections) -> usize {
    let Some(steps) = &sections.steps else {
        return 0;
    };
    let Some(level) = doc
        .headings
        .iter()
        .find(|h| h.start == steps.heading)
        .map(|h| h.level)
    else {
        return 0;
    };
    doc.headings
        .iter()
        .filter(|h| h.start >= steps.body.start && h.start < steps.body.end && h.level == level + 1)
        .count()
}

/// Hook = the whole Goal section body; concept subsections = real level-3 headings; review and
/// quick-action sections = real level-2 headings.
pub fn dl_inputs(doc: &Outline, sections: &GpsSections) -> DlInputs {
    let level2 =
        |pred: fn(&str) -> bool| doc.headings.iter().any(|h| h.level == 2 && pred(&h.title));
    DlInputs {
        hook: sections.goal.as_ref().map(|g| g.body.clone()),
        subsections: doc
            .headings
            .iter()
            .filter(|h: &&Heading| h.level == 3)
            .count(),
        review_heading: Some(level2(is_review)),
        action_heading: Some(level2(is_action)),
    }
}

/// Lower-cased alphanumeric words of a title, leading numbering (`2.1:`) dropped.
fn words(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

fn gps_part(title: &str) -> Option<Part> {
    let t = title.trim_start();
    if t.starts_with('🎯') {
        return Some(Part::Goal);
    }
    if t.starts_with('🗺') || t.starts_with('📍') {
        return Some(Part::Position);
    }
    if t.starts_with('🛤') {
        return Some(Part::Steps);
    }
    let w = words(t);
    let name = |s: &str| match s {
        "goal" | "destino" => Some(Part::Goal),
        "position" | "origem" => Some(Part::Position),
        "steps" | "rota" => Some(Part::Steps),
        _ => None,
    };
    match w.as_slice() {
        // `G - GOAL`, `P - ORIGEM`: the letter must agree with the name that follows it.
        [letter, second, ..] if letter.len() == 1 => {
            name(second).filter(|p| letter_of(*p) == letter)
        }
        [first, ..] => name(first),
        [] => None,
    }
}

fn letter_of(p: Part) -> &'static str {
    match p {
        Part::Goal => "g",
        Part::Position => "p",
        Part::Steps => "s",
    }
}

/// Title of a review heading: 💡, Revisão / Review, or "O que você dominou" / "What you learned".
pub(super) fn is_review(title: &str) -> bool {
    closing_kind(title).0
}

/// Title of a quick-action heading: ⚡, Ação rápida, Faça agora, Quick action, Do now.
pub(super) fn is_action(title: &str) -> bool {
    closing_kind(title).1
}

/// (review, quick action) for one heading title, lower-casing its start once.
pub(super) fn closing_kind(title: &str) -> (bool, bool) {
    let start = title.trim_start();
    let mut buf = [0u8; 128];
    let t = lower_head(title, &mut buf);
    let starts = |p: &str| t.starts_with(p.as_bytes());
    let contains = |p: &str| t.windows(p.len()).any(|w| w == p.as_bytes());
    let review = start.starts_with('💡')
        || ["revisão", "revisao", "review"].iter().any(|p| starts(p))
        || ((starts("o que") || starts("what")) && (contains("dominou") || contains("learned")));
    let action = start.starts_with('⚡')
        || [
            "ação rápida",
            "acao rapida",
            "faça agora",
            "faca agora",
            "quick action",
            "do now",
        ]
        .iter()
        .any(|p| starts(p));
    (review, action)
}

/// The first bytes of the title from its first letter on, lower-cased for ASCII and Latin-1
/// (enough for every word the checks look for), without allocating.
fn lower_head<'b>(title: &str, buf: &'b mut [u8; 128]) -> &'b [u8] {
    let head = strip_marks(title).as_bytes();
    let n = head.len().min(buf.len());
    let mut prev = 0u8;
    for (o, &c) in buf.iter_mut().zip(head) {
        let latin1_capital = prev == 0xC3 && (0x80..=0x9E).contains(&c) && c != 0x97;
        *o = if latin1_capital {
            c + 0x20
        } else {
            c.to_ascii_lowercase()
        };
        prev = c;
    }
    buf.get(..n).unwrap_or(&[])
}

/// The title from its first letter on (drops emoji, numbering punctuation and spaces).
fn strip_marks(title: &str) -> &str {
    title.trim_start_matches(|c: char| !c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(t: &str) -> (bool, bool, bool) {
        let s = gps_sections(t, &Outline::parse(t));
        (s.goal.is_some(), s.position.is_some(), s.steps.is_some())
    }

    #[test]
    fn portuguese_and_nested_gps_names() {
        assert_eq!(
            parts("## DESTINO\nx\n## Origem\ny\n## Rota\nz"),
            (true, true, true)
        );
        assert_eq!(
            parts("## GPS DA AULA\n### DESTINO (Goal)\n### ORIGEM\n### ROTA"),
            (true, true, true)
        );
        assert_eq!(parts("## Intro\n### DESTINO (Goal)"), (false, false, false));
    }

    #[test]
    fn glossary_letters_and_q1_words_do_not_count() {
        assert_eq!(parts("## G\n## P\n## S"), (false, false, false));
        assert_eq!(
            parts("## Grandes ideias\n## Prática\n## Sumário"),
            (false, false, false)
        );
        assert_eq!(
            parts("## 🎯 G - GOAL\n## 📍 POSITION\n## 🛤️ S - STEPS"),
            (true, true, true)
        );
        assert_eq!(
            parts("```\n## 🎯 GOAL\n```\n> ## 🗺️ P"),
            (false, false, false)
        );
    }
}
