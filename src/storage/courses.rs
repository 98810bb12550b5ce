//! Courses: `content_pieces` rows, their 1:1 `course_metadata`, and the library listing.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;
use serde_json::Value;

use crate::domain::course::CourseStatus;

use super::repo::{Repo, json_column, parse_status};
use super::{CourseId, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct NewCourse {
    pub slug: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub keywords: Vec<String>,
    pub status: CourseStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CourseRecord {
    #[serde(skip)]
    pub id: CourseId,
    pub slug: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub status: CourseStatus,
    pub keywords: Vec<String>,
    pub persona: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// The brief, curriculum and outline of a course, raw and parsed (`course_metadata`).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MetadataRecord {
    pub brief_markdown: Option<String>,
    pub brief_file_name: Option<String>,
    pub brief_fields: Value,
    pub icp: Value,
    pub learning_objectives: Value,
    pub voice: Value,
    pub format: Value,
    pub commercial: Value,
    pub context: Value,
    pub curriculum: Option<Value>,
    pub curriculum_yaml: Option<String>,
    pub outline_markdown: Option<String>,
    pub total_modules: u32,
    pub total_lessons: u32,
    pub total_duration_minutes: Option<u32>,
    pub course_type: Option<String>,
    pub tool_name: Option<String>,
    pub knowledge_level: Option<String>,
    pub rubric: String,
    pub source_path: Option<String>,
}

/// One line of the library: a course with the aggregates of its lessons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CourseSummary {
    pub slug: String,
    pub title: String,
    pub status: CourseStatus,
    pub persona: Option<String>,
    /// Every lesson row, planned ones included.
    pub lessons: u32,
    /// Lessons listed in the curriculum that have no content yet.
    pub planned: u32,
    /// Mean GPS score of scored lessons, 0–1.
    pub avg_gps: Option<f64>,
    /// Mean Didática Lendária score of scored lessons, 0–1.
    pub avg_didatica: Option<f64>,
    /// Judged lessons by verdict; offline drafts are counted apart, never as passed.
    pub passed: u32,
    pub warning: u32,
    pub failed: u32,
    /// Lessons whose text is an offline provider's draft.
    pub draft: u32,
    pub updated_at: String,
}

const COURSE_COLUMNS: &str = "p.id, p.piece_slug, p.title, p.subtitle, p.status, p.keywords, \
     m.display_name, p.created_at, p.updated_at";

impl Repo<'_> {
    pub fn create_course(&self, new: &NewCourse) -> Result<CourseId, StoreError> {
        if self.course_by_slug(&new.slug)?.is_some() {
            return Err(StoreError::SlugTaken(new.slug.clone()));
        }
        let keywords = serde_json::to_string(&new.keywords).map_err(|source| StoreError::Json {
            what: "keywords",
            source,
        })?;
        self.conn()
            .prepare_cached(
                "INSERT INTO content_pieces (piece_slug, title, subtitle, keywords, status)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                new.slug,
                new.title,
                new.subtitle,
                keywords,
                new.status.as_str()
            ])?;
        Ok(CourseId(self.conn().last_insert_rowid()))
    }

    /// Updates title, subtitle and keywords of an existing course.
    pub fn update_course(&self, id: CourseId, new: &NewCourse) -> Result<(), StoreError> {
        let keywords = serde_json::to_string(&new.keywords).map_err(|source| StoreError::Json {
            what: "keywords",
            source,
        })?;
        self.conn()
            .prepare_cached(
                "UPDATE content_pieces SET title = ?2, subtitle = ?3, keywords = ?4,
                     updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                 WHERE id = ?1",
            )?
            .execute(params![id.0, new.title, new.subtitle, keywords])?;
        Ok(())
    }

    pub fn course_by_slug(&self, slug: &str) -> Result<Option<CourseRecord>, StoreError> {
        let sql = format!(
            "SELECT {COURSE_COLUMNS} FROM content_pieces p
             LEFT JOIN minds m ON m.id = p.persona_mind_id WHERE p.piece_slug = ?1"
        );
        let row = self
            .conn()
            .prepare_cached(&sql)?
            .query_row([slug], course_from_row)
            .optional()?;
        row.transpose()
    }

    /// Like [`Repo::course_by_slug`], but a missing course is an error naming the slug.
    pub fn require_course(&self, slug: &str) -> Result<CourseRecord, StoreError> {
        self.course_by_slug(slug)?
            .ok_or_else(|| StoreError::CourseNotFound(slug.to_string()))
    }

    pub fn upsert_metadata(&self, id: CourseId, meta: &MetadataRecord) -> Result<(), StoreError> {
        let json = |what: &'static str, v: &Value| {
            serde_json::to_string(v).map_err(|source| StoreError::Json { what, source })
        };
        let curriculum = meta
            .curriculum
            .as_ref()
            .map(|c| json("curriculum", c))
            .transpose()?;
        self.conn()
            .prepare_cached(
                "INSERT INTO course_metadata (content_piece_id, brief_markdown, brief_file_name,
                    brief_fields, icp, learning_objectives, voice, format, commercial, context,
                    curriculum, curriculum_yaml, outline_markdown, total_modules, total_lessons,
                    total_duration_minutes, course_type, tool_name, knowledge_level, rubric,
                    source_path)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    ?17, ?18, ?19, ?20, ?21)
                 ON CONFLICT (content_piece_id) DO UPDATE SET
                    brief_markdown = excluded.brief_markdown,
                    brief_file_name = excluded.brief_file_name,
                    brief_fields = excluded.brief_fields, icp = excluded.icp,
                    learning_objectives = excluded.learning_objectives, voice = excluded.voice,
                    format = excluded.format, commercial = excluded.commercial,
                    context = excluded.context, curriculum = excluded.curriculum,
                    curriculum_yaml = excluded.curriculum_yaml,
                    outline_markdown = excluded.outline_markdown,
                    total_modules = excluded.total_modules, total_lessons = excluded.total_lessons,
                    total_duration_minutes = excluded.total_duration_minutes,
                    course_type = excluded.course_type, tool_name = excluded.tool_name,
                    knowledge_level = excluded.knowledge_level, rubric = excluded.rubric,
                    source_path = excluded.source_path,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            )?
            .execute(params![
                id.0,
                meta.brief_markdown,
                meta.brief_file_name,
                json("brief_fields", &meta.brief_fields)?,
                json("icp", &meta.icp)?,
                json("learning_objectives", &meta.learning_objectives)?,
                json("voice", &meta.voice)?,
                json("format", &meta.format)?,
                json("commercial", &meta.commercial)?,
                json("context", &meta.context)?,
                curriculum,
                meta.curriculum_yaml,
                meta.outline_markdown,
                meta.total_modules,
                meta.total_lessons,
                meta.total_duration_minutes,
                meta.course_type,
                meta.tool_name,
                meta.knowledge_level,
                meta.rubric,
                meta.source_path,
            ])?;
        Ok(())
    }

    pub fn metadata(&self, id: CourseId) -> Result<Option<MetadataRecord>, StoreError> {
        let row = self
            .conn()
            .query_row(
                "SELECT brief_markdown, brief_file_name, brief_fields, icp, learning_objectives,
                    voice, format, commercial, context, curriculum, curriculum_yaml,
                    outline_markdown, total_modules, total_lessons, total_duration_minutes,
                    course_type, tool_name, knowledge_level, rubric, source_path
                 FROM course_metadata WHERE content_piece_id = ?1",
                [id.0],
                metadata_from_row,
            )
            .optional()?;
        row.transpose()
    }

    /// Every course with its lesson aggregates, in one query, ordered by title.
    pub fn list_courses(&self, include_archived: bool) -> Result<Vec<CourseSummary>, StoreError> {
        // SQLite reads a negative LIMIT as "no limit".
        self.list_courses_page(include_archived, 0, -1)
    }

    /// `limit` courses from `offset` in title order, with their lesson aggregates. The courses
    /// are picked first through the title index, so a page costs the same whatever the size
    /// of the library (the TUI shows the first page at once and loads the rest behind it).
    pub fn list_courses_page(
        &self,
        include_archived: bool,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<CourseSummary>, StoreError> {
        self.courses_in_title_order(include_archived, None, offset, limit)
    }

    pub(super) fn courses_in_title_order(
        &self,
        include_archived: bool,
        after: Option<(&str, &str)>,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<CourseSummary>, StoreError> {
        // Two steps: the page of courses by the title index, then their lessons' counts and
        // averages from the covering summary index (migration 0008), grouped in index order.
        // One joined GROUP BY sorted every lesson row of the page in a temporary tree first
        // and took twice as long.
        let keyset = after.map_or(
            "AND ?4 IS NULL AND ?5 IS NULL",
            |_| "AND (p.title COLLATE NOCASE, p.piece_slug) > (?4, ?5)",
        );
        let mut page = self.conn().prepare_cached(&format!(
            "SELECT p.id, p.piece_slug, p.title, p.status, m.display_name, p.updated_at
             FROM content_pieces p LEFT JOIN minds m ON m.id = p.persona_mind_id
             WHERE (?1 OR p.status <> 'archived') {keyset}
             ORDER BY p.title COLLATE NOCASE, p.piece_slug
             LIMIT ?3 OFFSET ?2"
        ))?;
        let (after_title, after_slug) = after.unzip();
        let mut courses: Vec<(i64, CourseSummary)> = page
            .query_map(
                params![include_archived, offset, limit, after_title, after_slug],
                |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, String>(3)?,
                        CourseSummary {
                            slug: row.get(1)?,
                            title: row.get(2)?,
                            status: CourseStatus::Draft,
                            persona: row.get(4)?,
                            lessons: 0,
                            planned: 0,
                            avg_gps: None,
                            avg_didatica: None,
                            passed: 0,
                            warning: 0,
                            failed: 0,
                            draft: 0,
                            updated_at: row.get(5)?,
                        },
                    ))
                },
            )?
            .map(|row| {
                let (id, status, mut summary) = row?;
                summary.status = parse_status(&status)?;
                Ok((id, summary))
            })
            .collect::<Result<_, StoreError>>()?;
        let ids: Vec<i64> = courses.iter().map(|(id, _)| *id).collect();
        let ids = serde_json::to_string(&ids).map_err(|source| StoreError::Json {
            what: "course ids",
            source,
        })?;
        let mut totals = self.conn().prepare_cached(&format!(
            "SELECT content_piece_id, count(*), coalesce(sum(content_markdown IS NULL), 0),
                    avg(gps_score), avg(didatica_score),
                    coalesce(sum(validation_status = 'passed' AND NOT {DRAFT}), 0),
                    coalesce(sum(validation_status = 'warning' AND NOT {DRAFT}), 0),
                    coalesce(sum(validation_status = 'failed' AND NOT {DRAFT}), 0),
                    max(updated_at), coalesce(sum({DRAFT}), 0)
             FROM course_lessons
             WHERE content_piece_id IN (SELECT value FROM json_each(?1))
             GROUP BY content_piece_id",
            DRAFT = "coalesce(origin = 'offline-draft', 0)"
        ))?;
        let mut rows = totals.query([ids])?;
        let positions: HashMap<i64, usize> = courses
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (*id, i))
            .collect();
        while let Some(row) = rows.next()? {
            let Some(&i) = positions.get(&row.get::<_, i64>(0)?) else {
                continue;
            };
            let summary = &mut courses[i].1;
            summary.lessons = row.get(1)?;
            summary.planned = row.get(2)?;
            summary.avg_gps = row.get(3)?;
            summary.avg_didatica = row.get(4)?;
            summary.passed = row.get(5)?;
            summary.warning = row.get(6)?;
            summary.failed = row.get(7)?;
            summary.draft = row.get(9)?;
            let lesson_changed: String = row.get(8)?;
            if lesson_changed > summary.updated_at {
                summary.updated_at = lesson_changed;
            }
        }
        Ok(courses.into_iter().map(|(_, summary)| summary).collect())
    }
}

fn course_from_row(row: &Row<'_>) -> rusqlite::Result<Result<CourseRecord, StoreError>> {
    let status: String = row.get(4)?;
    let keywords: String = row.get(5)?;
    let build = || -> Result<CourseRecord, StoreError> {
        Ok(CourseRecord {
            id: CourseId(row.get(0)?),
            slug: row.get(1)?,
            title: row.get(2)?,
            subtitle: row.get(3)?,
            status: parse_status(&status)?,
            keywords: serde_json::from_str(&keywords).map_err(|source| StoreError::Json {
                what: "keywords",
                source,
            })?,
            persona: row.get(6)?,
            created_at: row.get(7)?,
            updated_at: row.get(8)?,
        })
    };
    Ok(build())
}

fn metadata_from_row(row: &Row<'_>) -> rusqlite::Result<Result<MetadataRecord, StoreError>> {
    let build = || -> Result<MetadataRecord, StoreError> {
        let curriculum: Option<String> = row.get(9)?;
        Ok(MetadataRecord {
            brief_markdown: row.get(0)?,
            brief_file_name: row.get(1)?,
            brief_fields: json_column(row, 2, "brief_fields")?,
            icp: json_column(row, 3, "icp")?,
            learning_objectives: json_column(row, 4, "learning_objectives")?,
            voice: json_column(row, 5, "voice")?,
            format: json_column(row, 6, "format")?,
            commercial: json_column(row, 7, "commercial")?,
            context: json_column(row, 8, "context")?,
            curriculum: curriculum
                .map(|c| serde_json::from_str(&c))
                .transpose()
                .map_err(|source| StoreError::Json {
                    what: "curriculum",
                    source,
                })?,
            curriculum_yaml: row.get(10)?,
            outline_markdown: row.get(11)?,
            total_modules: row.get(12)?,
            total_lessons: row.get(13)?,
            total_duration_minutes: row.get(14)?,
            course_type: row.get(15)?,
            tool_name: row.get(16)?,
            knowledge_level: row.get(17)?,
            rubric: row.get(18)?,
            source_path: row.get(19)?,
        })
    };
    Ok(build())
}
