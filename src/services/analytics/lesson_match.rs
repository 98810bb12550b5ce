//! Finding the stored lesson a platform export's row names: course slug + lesson id first,
//! else the title (folded: accents, case and punctuation ignored), within the course when the
//! row names one. An ambiguous title is refused with the candidates, never guessed.

use std::collections::HashMap;

use super::performance_import::ParsedRow;
use crate::domain::fold::title_key;
use crate::domain::said::Said;
use crate::storage::LessonKey;

/// The stored lessons by (course, lesson id) and by folded title.
pub(super) struct KeyIndex<'k> {
    by_id: HashMap<(&'k str, &'k str), &'k LessonKey>,
    by_title: HashMap<String, Vec<&'k LessonKey>>,
}

impl<'k> KeyIndex<'k> {
    pub(super) fn new(keys: &'k [LessonKey]) -> Self {
        let mut by_id = HashMap::new();
        let mut by_title: HashMap<String, Vec<&LessonKey>> = HashMap::new();
        for k in keys {
            by_id.insert((k.course_slug.as_str(), k.lesson_id.as_str()), k);
            by_title.entry(title_key(&k.title)).or_default().push(k);
        }
        KeyIndex { by_id, by_title }
    }

    /// The lesson `row` names, or why none (said in the reader's language).
    pub(super) fn find(&self, row: &ParsedRow) -> Result<&'k LessonKey, Said> {
        if let (Some(course), Some(id)) = (&row.course, &row.lesson_id)
            && let Some(k) = self.by_id.get(&(course.as_str(), id.as_str()))
        {
            return Ok(k);
        }
        let Some(title) = &row.title else {
            return Err(match (&row.course, &row.lesson_id) {
                (None, _) => Said::new("err-match-no-course-no-title"),
                (Some(c), Some(l)) => Said::new("err-match-no-lesson-in-course")
                    .with("lesson", l)
                    .with("course", c),
                (Some(_), None) => Said::new("err-match-no-id-or-title"),
            });
        };
        let candidates: Vec<&LessonKey> = self
            .by_title
            .get(&title_key(title))
            .into_iter()
            .flatten()
            .copied()
            .filter(|k| row.course.as_ref().is_none_or(|c| *c == k.course_slug))
            .collect();
        match candidates.as_slice() {
            [one] => Ok(one),
            [] => Err(Said::new("err-match-no-title").with("title", title)),
            many => Err(Said::new("err-match-many-titles")
                .with("count", many.len())
                .with("title", title)
                .with(
                    "lessons",
                    many.iter()
                        .map(|k| format!("{}/{}", k.course_slug, k.lesson_id))
                        .collect::<Vec<_>>()
                        .join(", "),
                )),
        }
    }
}
