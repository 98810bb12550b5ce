//! Finding the stored lesson a platform export's row names: course slug + lesson id first,
//! else the title (folded: accents, case and punctuation ignored), within the course when the
//! row names one. An ambiguous title is refused with the candidates, never guessed.

use std::collections::HashMap;

use super::performance_import::ParsedRow;
use crate::domain::fold::title_key;
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

    pub(super) fn find(&self, row: &ParsedRow) -> Result<&'k LessonKey, String> {
        if let (Some(course), Some(id)) = (&row.course, &row.lesson_id)
            && let Some(k) = self.by_id.get(&(course.as_str(), id.as_str()))
        {
            return Ok(k);
        }
        let Some(title) = &row.title else {
            return Err(match (&row.course, &row.lesson_id) {
                (None, _) => "no course slug and no title to match the lesson id by".into(),
                (Some(c), Some(l)) => format!("no lesson {l} in a course `{c}`"),
                (Some(_), None) => "no lesson id or title".into(),
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
            [] => Err(format!("no lesson titled `{title}`")),
            many => Err(format!(
                "{} lessons are titled `{title}` ({}); add the course column",
                many.len(),
                many.iter()
                    .map(|k| format!("{}/{}", k.course_slug, k.lesson_id))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
}
