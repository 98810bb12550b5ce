//! What an editor starts from when there is no text yet: a new curriculum from a commented
//! draft built from the brief's outline (the same draft `generate --curriculum` writes
//! offline), a planned lesson from the GPS skeleton filled with the curriculum's title,
//! objectives and Bloom level. Nothing is stored until the author saves; they can clear it.
//! Must not depend on the CLI or the TUI.

use crate::domain::outline::parse_outline;
use crate::domain::said::Said;
use crate::domain::skeleton::{LessonOutline, lesson_skeleton};
use crate::generation::{CurriculumDraftInput, curriculum_draft};
use crate::storage::Store;

use super::{AuthoringError, check_brief, load_brief};

/// A commented curriculum skeleton from the brief (its outline's modules and lessons when
/// it has them, else one example module to fill in), under `header` — the comment lines that
/// say what it is and what to do, in the author's language (`#`-prefixed, each ending in a
/// newline).
pub fn curriculum_skeleton(
    store: &Store,
    slug: &str,
    header: &str,
) -> Result<String, AuthoringError> {
    let brief = load_brief(store, slug)?.text;
    let parsed = check_brief(&brief).ok();
    let outline = parsed
        .as_ref()
        .and_then(|b| b.outline.as_deref())
        .map(parse_outline)
        .unwrap_or_default();
    let input = CurriculumDraftInput {
        title: parsed.as_ref().and_then(|b| b.title.clone()),
        slug: slug.to_string(),
        objectives: parsed
            .as_ref()
            .map(|b| b.learning_objectives.clone())
            .unwrap_or_default(),
    };
    // Under the editor's own header: the offline draft's names `generate --curriculum`.
    let mut out = curriculum_draft(&input, &outline, header);
    if outline.modules.is_empty() {
        out.push_str(
            "  - module_id: 1\n    module_title: \"Módulo 1\"\n    lessons:\n      \
             - lesson_id: \"1.1\"\n        lesson_title: \"Primeira aula\"\n        \
             duration_minutes: 20\n        bloom_level: Remember\n",
        );
    }
    Ok(out)
}

/// The GPS skeleton of planned lesson `lesson_id` (its curriculum entry filled in).
pub fn lesson_skeleton_of(
    store: &Store,
    slug: &str,
    lesson_id: &str,
) -> Result<String, AuthoringError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let lessons = repo.lessons_of(course.id)?;
    let Some(row) = lessons.iter().find(|l| l.record.lesson_id == lesson_id) else {
        return Err(AuthoringError::Said(
            Said::new("err-skeleton-no-lesson")
                .with("slug", slug)
                .with("lesson", lesson_id),
        ));
    };
    let r = &row.record;
    Ok(lesson_skeleton(&LessonOutline {
        lesson_id,
        title: &r.title,
        objectives: &r.learning_objectives,
        bloom_level: r.bloom_level.as_deref(),
        duration_minutes: r.duration_minutes,
    }))
}
