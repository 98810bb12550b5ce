//! The GPS skeleton a planned lesson's editor starts from: its heading with the curriculum's
//! id and title, the objectives, Bloom level and duration as the lesson file's header lines,
//! and the Goal / Position / Steps sections with what each should say, as HTML comments the
//! author replaces (or clears). Pure.

/// What the curriculum says about the lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LessonOutline<'a> {
    pub lesson_id: &'a str,
    pub title: &'a str,
    pub objectives: &'a [String],
    pub bloom_level: Option<&'a str>,
    pub duration_minutes: Option<u32>,
}

pub fn lesson_skeleton(lesson: &LessonOutline<'_>) -> String {
    let mut out = format!("# {} - {}\n\n", lesson.lesson_id, lesson.title.trim());
    if let Some(minutes) = lesson.duration_minutes {
        out.push_str(&format!("**Duração:** {minutes} minutos\n"));
    }
    if let Some(objective) = lesson.objectives.first() {
        out.push_str(&format!("**Objetivo:** {}\n", objective.trim()));
    }
    if let Some(bloom) = lesson.bloom_level {
        out.push_str(&format!("**Bloom Level:** {}\n", bloom.trim()));
    }
    out.push_str("\n## 🎯 G - GOAL\n\n");
    out.push_str(
        "<!-- What the learner will be able to do, as ✅ outcomes, and why it matters. -->\n",
    );
    for objective in lesson.objectives {
        out.push_str(&format!("✅ {}\n", objective.trim()));
    }
    out.push_str("\n## 🗺️ P - POSITION\n\n");
    out.push_str(
        "<!-- Where the learner is now: their situation, what they already tried, \"eu sei \
         como é\". -->\n",
    );
    out.push_str("\n## 🛤️ S - STEPS\n\n");
    out.push_str(
        "<!-- The steps, each with an analogy or example and a question to think about. -->\n\n\
         ### Passo 1: \n\n### Passo 2: \n\n### Passo 3: \n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_carries_the_curriculum_and_the_three_sections() {
        let objectives = vec!["Somar uma coluna".to_string()];
        let text = lesson_skeleton(&LessonOutline {
            lesson_id: "1.2",
            title: "Somas que se atualizam",
            objectives: &objectives,
            bloom_level: Some("Understand"),
            duration_minutes: Some(25),
        });
        assert!(text.starts_with("# 1.2 - Somas que se atualizam\n"));
        assert!(text.contains("**Bloom Level:** Understand"));
        assert!(text.contains("✅ Somar uma coluna"));
        for section in ["G - GOAL", "P - POSITION", "S - STEPS"] {
            assert!(text.contains(section), "{section}");
        }
    }
}
