//! An import's revisions, recorded from texts prepared off the storing thread.
//!
//! An import writes every text of a course and records a revision of each in the same
//! transaction. What a text's first revision costs apart from the rows — its sha256, its line
//! count, its deflated blob — needs no database, so the planning threads compute it
//! ([`PreparedText`]) and the writer only looks the course's heads up (one query) and inserts
//! rows; it reads none of the texts it has just written back. A target whose head holds
//! another text (a re-import that changed it) takes the usual path of
//! [`Repo::record_revisions`]: its delta is computed against the parent's text.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use rusqlite::params;

use super::repo::Repo;
use super::revision_blobs::{deflate, sha256_of};
use super::revision_targets::{research_names_of, research_text};
use super::revisions::{Recorded, RevisionMeta, Target, line_counts, new_revision_id};
use super::{CourseId, EncodedLessons, ResearchRecord, StoreError};

/// What recording a text's first revision needs, computed without the database.
#[derive(Debug, Clone)]
pub struct PreparedText {
    pub(super) sha256: String,
    size: i64,
    pub(super) empty: bool,
    /// Lines added from an empty text.
    lines: u32,
    /// The whole text deflated, as its blob stores it; `None` when an earlier course of the
    /// run had the same text (its blob is written by then; if not, the writer deflates).
    deflated: Option<Vec<u8>>,
    /// A lesson's scores as written (GPS, Didática), which its revision repeats.
    scores: (Option<f64>, Option<f64>),
}

impl PreparedText {
    pub fn of(text: &str, seen: &SeenTexts) -> PreparedText {
        let sha256 = sha256_of(text);
        let deflated =
            (!text.is_empty() && seen.first_time(&sha256)).then(|| deflate(text.as_bytes()));
        PreparedText {
            size: text.len() as i64,
            empty: text.is_empty(),
            lines: line_counts("", text).0,
            sha256,
            deflated,
            scores: (None, None),
        }
    }

    pub(super) fn with_scores(self, gps: Option<f64>, didatica: Option<f64>) -> PreparedText {
        PreparedText {
            scores: (gps, didatica),
            ..self
        }
    }
}

/// The texts an import run has deflated so far, shared by its planning threads, so a text met
/// again (the same lesson in two course folders) is deflated once. Keyed by 64 bits of the
/// sha256: a collision only makes the writer deflate that text itself.
#[derive(Debug, Default)]
pub struct SeenTexts(Mutex<HashSet<u64>>);

impl SeenTexts {
    fn first_time(&self, sha256: &str) -> bool {
        let key = sha256
            .get(..16)
            .and_then(|h| u64::from_str_radix(h, 16).ok())
            .unwrap_or_default();
        match self.0.lock() {
            Ok(mut seen) => seen.insert(key),
            Err(_) => true,
        }
    }
}

/// The brief, curriculum and research texts an import writes for a course, prepared.
#[derive(Debug, Default)]
pub struct CourseTexts(Vec<(Target, PreparedText)>);

impl CourseTexts {
    /// `research` is `None` when the import leaves the stored research as it is.
    pub fn prepare(
        brief: Option<&str>,
        curriculum: Option<&str>,
        research: Option<&ResearchRecord>,
        seen: &SeenTexts,
    ) -> CourseTexts {
        let mut texts = vec![
            (Target::Brief, PreparedText::of(brief.unwrap_or(""), seen)),
            (
                Target::Curriculum,
                PreparedText::of(curriculum.unwrap_or(""), seen),
            ),
        ];
        if let Some(r) = research {
            for name in research_names_of(r) {
                if let Some(text) = research_text(r, &name) {
                    texts.push((Target::Research(name), PreparedText::of(&text, seen)));
                }
            }
        }
        CourseTexts(texts)
    }

    fn get(&self, target: &Target) -> Option<&PreparedText> {
        self.0.iter().find(|(t, _)| t == target).map(|(_, p)| p)
    }
}

/// The latest revision of each target of a course: target key → (id, sha256).
#[derive(Debug, Default)]
pub struct RevisionHeads(HashMap<String, (String, String)>);

impl RevisionHeads {
    /// Whether recording `text` for `target` appends a revision (it differs from the head;
    /// a first text only when not empty).
    pub(super) fn records(&self, target: &Target, text: &PreparedText) -> bool {
        match self.0.get(&target.key()) {
            Some((_, sha)) => *sha != text.sha256,
            None => !text.empty,
        }
    }
}

impl Repo<'_> {
    /// The head of every target of `course`, in one query.
    pub fn revision_heads(&self, course: CourseId) -> Result<RevisionHeads, StoreError> {
        // SQLite takes the bare columns of a max() aggregate from the row with the maximum.
        let mut stmt = self.conn().prepare_cached(
            "SELECT target, id, sha256, max(seq) FROM revisions WHERE content_piece_id = ?1
             GROUP BY target",
        )?;
        let rows = stmt.query_map([course.0], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
        Ok(RevisionHeads(rows.collect::<Result<_, _>>()?))
    }

    /// [`Repo::record_revisions`] after an import wrote `lessons` and `texts` in this
    /// transaction, with `heads` as they were before it: the same revisions, in the same
    /// order, without reading the texts back. Targets without a prepared text (the status,
    /// lessons only the database has) and texts that replace another head go the usual way.
    pub fn record_prepared_revisions(
        &self,
        course: CourseId,
        targets: &[Target],
        meta: &RevisionMeta,
        heads: &RevisionHeads,
        lessons: &EncodedLessons,
        texts: &CourseTexts,
    ) -> Result<Vec<Recorded>, StoreError> {
        let by_lesson = lessons.prepared_by_id();
        let mut recorded = Vec::new();
        for target in targets {
            let (prepared, text) = match target {
                Target::Lesson(id) => match by_lesson.get(id.as_str()) {
                    Some((l, p)) => (Some(*p), l.content_markdown.as_deref()),
                    None => (None, None),
                },
                _ => (texts.get(target), None),
            };
            let head = heads.0.get(&target.key());
            match (prepared, head) {
                (Some(p), Some((_, sha))) if *sha == p.sha256 => {}
                (Some(p), None) if p.empty => {}
                (Some(p), None) => {
                    let id = self.record_first(course, target, p, text, meta)?;
                    recorded.push(Recorded {
                        id,
                        target: target.clone(),
                        parent: None,
                    });
                }
                _ => recorded.extend(self.record_revisions(
                    course,
                    std::slice::from_ref(target),
                    meta,
                )?),
            }
        }
        Ok(recorded)
    }

    /// Appends the first revision of `target`, holding the prepared (non-empty) text; `raw`
    /// is the text itself when the caller has it at hand.
    fn record_first(
        &self,
        course: CourseId,
        target: &Target,
        text: &PreparedText,
        raw: Option<&str>,
        meta: &RevisionMeta,
    ) -> Result<String, StoreError> {
        self.put_prepared_blob(course, target, text, raw)?;
        let (gps, didatica) = text.scores;
        let id = new_revision_id();
        let origin = meta.origin_for(false);
        self.conn()
            .prepare_cached(
                "INSERT INTO revisions (id, content_piece_id, target, parent_id, created_at,
                    source, provider, model, author, origin, gps_score, didatica_score, sha256,
                    action_id, undoes_action, lines_added, lines_removed)
                 VALUES (?1, ?2, ?3, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?4, ?5, ?6,
                    ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 0)",
            )?
            .execute(params![
                id,
                course.0,
                target.key(),
                meta.source.as_str(),
                meta.provider,
                meta.model,
                self.author(),
                origin,
                gps,
                didatica,
                text.sha256,
                meta.action_id,
                meta.undoes_action,
                text.lines,
            ])?;
        if let Target::Lesson(lesson_id) = target {
            // The row was inserted with this origin already unless it existed before.
            self.conn()
                .prepare_cached(
                    "UPDATE course_lessons SET origin = ?3
                     WHERE content_piece_id = ?1 AND lesson_id = ?2 AND origin IS NOT ?3",
                )?
                .execute(params![course.0, lesson_id, origin])?;
        }
        Ok(id)
    }

    /// Stores the prepared text's blob whole, unless a blob of that text exists.
    fn put_prepared_blob(
        &self,
        course: CourseId,
        target: &Target,
        text: &PreparedText,
        raw: Option<&str>,
    ) -> Result<(), StoreError> {
        let Some(data) = &text.deflated else {
            // Another course of the run had this text first (usually stored by now).
            let read;
            let current = match raw {
                Some(raw) => raw,
                None => {
                    read = self.current_text(course, target)?.map(|c| c.text);
                    read.as_deref().unwrap_or("")
                }
            };
            return self.put_text_as(current, &text.sha256, None);
        };
        self.conn()
            .prepare_cached(
                "INSERT INTO revision_blobs (sha256, base_sha256, depth, size, data)
                 VALUES (?1, NULL, 0, ?2, ?3) ON CONFLICT (sha256) DO NOTHING",
            )?
            .execute(params![text.sha256, text.size, data])?;
        Ok(())
    }
}
