//! Approval brings the stored lessons in line with the approved curriculum (issue 21, item
//! 10): new entries become planned lessons, planned lessons take the curriculum's titles and
//! details, every lesson's order follows the curriculum, and planned lessons the curriculum no
//! longer lists are archived. A lesson with text is never archived or retitled: it is the
//! author's (or a model's) work, kept after the curriculum's lessons in its old order.

use crate::domain::course::LessonStatus;
use crate::domain::curriculum::ParsedCurriculum;
use crate::storage::{LessonRecord, LessonRow};

use super::super::import_plan::planned_lesson;

/// The rows to write and what changed, by lesson id.
#[derive(Debug, Default)]
pub(super) struct Reconciled {
    pub(super) rows: Vec<LessonRecord>,
    pub(super) created: Vec<String>,
    pub(super) retitled: Vec<String>,
    pub(super) archived: Vec<String>,
}

pub(super) fn reconcile(parsed: &ParsedCurriculum, existing: &[LessonRow]) -> Reconciled {
    let mut out = Reconciled::default();
    let mut order = 0u32;
    for p in parsed.lessons() {
        order += 1;
        let planned = planned_lesson(p, order);
        let Some(row) = existing.iter().find(|l| l.record.lesson_id == p.lesson_id) else {
            out.created.push(planned.lesson_id.clone());
            out.rows.push(planned);
            continue;
        };
        let mut r = row.record.clone();
        r.sort_order = order;
        if r.content_markdown.is_none() {
            if r.title != planned.title {
                out.retitled.push(r.lesson_id.clone());
            }
            // A planned lesson is the curriculum entry: it takes all of it (and comes back
            // from the archive if it was listed again).
            r = LessonRecord {
                status: LessonStatus::Draft,
                ..planned
            };
        }
        if r != row.record {
            out.rows.push(r);
        }
    }
    for row in existing
        .iter()
        .filter(|l| !parsed.lessons().any(|p| p.lesson_id == l.record.lesson_id))
    {
        order += 1;
        let mut r = row.record.clone();
        r.sort_order = order;
        if r.content_markdown.is_none() && r.status != LessonStatus::Archived {
            r.status = LessonStatus::Archived;
            out.archived.push(r.lesson_id.clone());
        }
        if r != row.record {
            out.rows.push(r);
        }
    }
    out
}
