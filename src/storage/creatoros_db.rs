//! Reading a database written by the CreatorOS design (creatoros-reference §9.1) — the
//! brownfield import source. Opened read-only: the legacy file is never modified.
//!
//! Column names in the wild vary between versions of the design, so each column is looked
//! up among a few known spellings and missing ones are simply absent.

use std::collections::HashSet;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, Row};

use super::StoreError;
use crate::domain::said::Said;

/// One course as the legacy database holds it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegacyCourse {
    pub slug: String,
    pub title: String,
    pub brief_markdown: Option<String>,
    /// Curriculum as stored: JSON text (also valid YAML) or YAML text.
    pub curriculum: Option<String>,
    pub outline_markdown: Option<String>,
    pub lessons: Vec<LegacyLesson>,
    /// (column name, report text) of `market_research`.
    pub research: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegacyLesson {
    pub lesson_id: String,
    pub title: String,
    pub file_path: Option<String>,
    pub content_markdown: String,
}

struct Table {
    columns: HashSet<String>,
}

impl Table {
    fn read(conn: &Connection, name: &str) -> Result<Option<Table>, StoreError> {
        let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
        let columns: HashSet<String> = stmt
            .query_map([name], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok((!columns.is_empty()).then_some(Table { columns }))
    }

    /// The first of `candidates` the table has, as a SELECT expression (NULL when none).
    fn pick(&self, candidates: &[&str]) -> String {
        candidates
            .iter()
            .find(|c| self.columns.contains(**c))
            .map_or_else(|| "NULL".to_string(), |c| format!("\"{c}\""))
    }
}

pub fn read_creatoros_db(path: &Path) -> Result<Vec<LegacyCourse>, StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let Some(pieces) = Table::read(&conn, "content_pieces")? else {
        return Err(StoreError::Refused(
            Said::new("err-store-not-creatoros").with("path", path),
        ));
    };
    let filter = if pieces.columns.contains("content_type") {
        "WHERE content_type IS NULL OR content_type IN ('course', 'course_outline')"
    } else {
        ""
    };
    let sql = format!(
        "SELECT id, {}, {} FROM content_pieces {filter} ORDER BY id",
        pieces.pick(&["piece_slug", "slug"]),
        pieces.pick(&["title", "name"]),
    );
    let mut courses = Vec::new();
    let mut stmt = conn.prepare(&sql)?;
    let heads: Vec<(i64, Option<String>, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (id, slug, title) in heads {
        let mut course = LegacyCourse {
            slug: slug.unwrap_or_else(|| format!("course-{id}")),
            title: title.unwrap_or_default(),
            ..LegacyCourse::default()
        };
        read_metadata(&conn, id, &mut course)?;
        course.lessons = read_lessons(&conn, id)?;
        course.research = read_research(&conn, id)?;
        courses.push(course);
    }
    Ok(courses)
}

fn read_metadata(conn: &Connection, id: i64, course: &mut LegacyCourse) -> Result<(), StoreError> {
    let Some(t) = Table::read(conn, "course_metadata")? else {
        return Ok(());
    };
    let sql = format!(
        "SELECT {}, {}, {} FROM course_metadata WHERE content_piece_id = ?1",
        t.pick(&["brief_markdown", "full_brief", "brief_content", "brief"]),
        t.pick(&["curriculum_yaml", "curriculum_json", "curriculum"]),
        t.pick(&["outline_markdown", "course_outline", "outline"]),
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([id])?;
    if let Some(row) = rows.next()? {
        course.brief_markdown = text(row, 0)?;
        course.curriculum = text(row, 1)?;
        course.outline_markdown = text(row, 2)?;
    }
    Ok(())
}

fn read_lessons(conn: &Connection, id: i64) -> Result<Vec<LegacyLesson>, StoreError> {
    let Some(t) = Table::read(conn, "course_lessons")? else {
        return Ok(Vec::new());
    };
    let sql = format!(
        "SELECT {}, {}, {}, {}, {}, {} FROM course_lessons WHERE content_piece_id = ?1
         ORDER BY 5, 6, 1",
        t.pick(&["lesson_id"]),
        t.pick(&["title", "lesson_title"]),
        t.pick(&["file_path"]),
        t.pick(&["content_markdown", "content"]),
        t.pick(&["module_number"]),
        t.pick(&["lesson_number"]),
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([id], |row| {
        let module: Option<i64> = row.get(4)?;
        let lesson: Option<i64> = row.get(5)?;
        let id: Option<String> = text(row, 0)?;
        Ok(LegacyLesson {
            lesson_id: id
                .unwrap_or_else(|| format!("{}.{}", module.unwrap_or(0), lesson.unwrap_or(0))),
            title: text(row, 1)?.unwrap_or_default(),
            file_path: text(row, 2)?,
            content_markdown: text(row, 3)?.unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn read_research(conn: &Connection, id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let Some(t) = Table::read(conn, "market_research")? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for column in [
        "market_analysis",
        "content_gaps",
        "differentiation",
        "sources",
    ] {
        if !t.columns.contains(column) {
            continue;
        }
        let sql = format!("SELECT \"{column}\" FROM market_research WHERE content_piece_id = ?1");
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([id])?;
        if let Some(report) = rows.next()?.map(|r| text(r, 0)).transpose()?.flatten() {
            out.push((column.to_string(), report));
        }
    }
    Ok(out)
}

/// Reads TEXT columns, tolerating numbers (ids stored as REAL) by their text form.
fn text(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<String>> {
    use rusqlite::types::ValueRef;
    Ok(match row.get_ref(idx)? {
        ValueRef::Null => None,
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
    })
}
