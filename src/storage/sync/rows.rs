//! Synced rows as JSON field maps: personas, courses, course metadata, research and lessons,
//! each named by a natural key (slugs and lesson ids, never local row ids), so two replicas
//! speak of the same row. Texts that have revisions (lesson content, brief, curriculum,
//! research reports, status) are left out: revisions carry them.

use rusqlite::types::Value as SqlValue;
use rusqlite::{OptionalExtension, params_from_iter};
use serde_json::{Map, Value};

use super::super::repo::Repo;
use super::super::{CourseId, StoreError};
use crate::domain::said::Said;

/// A row's natural key, stored as a JSON array: `["lesson", slug, lesson_id]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowKey {
    Mind(String),
    Course(String),
    Metadata(String),
    Research(String),
    Lesson(String, String),
}

/// Columns never synced as fields: local ids, keys, clocks, and the texts revisions carry.
const COMMON_SKIP: [&str; 4] = ["id", "content_piece_id", "created_at", "updated_at"];

impl RowKey {
    pub fn parse(key: &str) -> Result<RowKey, StoreError> {
        let parts: Vec<String> = serde_json::from_str(key).map_err(|e| {
            StoreError::Refused(
                Said::new("err-sync-row-key-bad")
                    .with("key", key)
                    .with("error", e.to_string()),
            )
        })?;
        let part = |i: usize| parts.get(i).cloned();
        Ok(
            match (parts.first().map(String::as_str), part(1), part(2)) {
                (Some("minds"), Some(s), None) => RowKey::Mind(s),
                (Some("course"), Some(s), None) => RowKey::Course(s),
                (Some("metadata"), Some(s), None) => RowKey::Metadata(s),
                (Some("research"), Some(s), None) => RowKey::Research(s),
                (Some("lesson"), Some(s), Some(l)) => RowKey::Lesson(s, l),
                _ => {
                    return Err(StoreError::Refused(
                        Said::new("err-sync-row-key-unknown").with("key", key),
                    ));
                }
            },
        )
    }

    pub fn encode(&self) -> String {
        let parts: Vec<&str> = match self {
            RowKey::Mind(s) => vec!["minds", s],
            RowKey::Course(s) => vec!["course", s],
            RowKey::Metadata(s) => vec!["metadata", s],
            RowKey::Research(s) => vec!["research", s],
            RowKey::Lesson(s, l) => vec!["lesson", s, l],
        };
        serde_json::to_string(&parts).unwrap_or_default()
    }

    /// The course slug the row belongs to (`""` for a persona).
    pub fn course(&self) -> &str {
        match self {
            RowKey::Mind(_) => "",
            RowKey::Course(s) | RowKey::Metadata(s) | RowKey::Research(s) => s,
            RowKey::Lesson(s, _) => s,
        }
    }

    /// How a conflict on one of its fields is named: `lesson/1.2#title`, `course#subtitle`.
    pub fn field_target(&self, field: &str) -> String {
        let prefix = match self {
            RowKey::Mind(s) => format!("persona/{s}"),
            RowKey::Course(_) => "course".into(),
            RowKey::Metadata(_) => "metadata".into(),
            RowKey::Research(_) => "research".into(),
            RowKey::Lesson(_, l) => format!("lesson/{l}"),
        };
        format!("{prefix}#{field}")
    }

    /// Fields computed from a text (scores, issues, parsed brief and curriculum). They follow
    /// the text: when both sides changed them, the server keeps its own — the one that matches
    /// its head text, which a text conflict keeps too — instead of recording a second conflict.
    pub fn derived(&self, field: &str) -> bool {
        let derived: &[&str] = match self {
            RowKey::Lesson(..) => &[
                "word_count",
                "gps_valid",
                "gps_score",
                "didatica_score",
                "score_details",
                "validation_status",
                "validation_issues",
                "rubric",
            ],
            RowKey::Metadata(_) => &[
                "brief_fields",
                "icp",
                "learning_objectives",
                "voice",
                "format",
                "commercial",
                "context",
                "curriculum",
                "total_modules",
                "total_lessons",
                "total_duration_minutes",
            ],
            _ => &[],
        };
        derived.contains(&field)
    }

    fn table(&self) -> &'static str {
        match self {
            RowKey::Mind(_) => "minds",
            RowKey::Course(_) => "content_pieces",
            RowKey::Metadata(_) => "course_metadata",
            RowKey::Research(_) => "market_research",
            RowKey::Lesson(..) => "course_lessons",
        }
    }

    fn skipped(&self, column: &str) -> bool {
        let own: &[&str] = match self {
            RowKey::Mind(_) => &["slug"],
            RowKey::Course(_) => &["piece_slug", "status", "persona_mind_id"],
            RowKey::Metadata(_) => &["brief_markdown", "curriculum_yaml"],
            RowKey::Research(_) => &[
                "market_analysis",
                "content_gaps",
                "differentiation",
                "sources",
                "research_summary",
            ],
            RowKey::Lesson(..) => &["lesson_id", "content_markdown", "origin"],
        };
        COMMON_SKIP.contains(&column) || own.contains(&column)
    }
}

fn to_json(v: SqlValue) -> Value {
    match v {
        SqlValue::Null | SqlValue::Blob(_) => Value::Null,
        SqlValue::Integer(i) => Value::from(i),
        SqlValue::Real(f) => Value::from(f),
        SqlValue::Text(t) => Value::String(t),
    }
}

fn to_sql(v: &Value) -> SqlValue {
    match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

impl Repo<'_> {
    fn course_id_of(&self, slug: &str) -> Result<Option<CourseId>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id FROM content_pieces WHERE piece_slug = ?1",
                [slug],
                |r| r.get(0),
            )
            .optional()?
            .map(CourseId))
    }

    /// `WHERE` clause and parameters selecting the row of `key` (`None`: its course is gone).
    fn row_filter(&self, key: &RowKey) -> Result<Option<(String, Vec<SqlValue>)>, StoreError> {
        Ok(Some(match key {
            RowKey::Mind(s) => ("slug = ?1".into(), vec![SqlValue::Text(s.clone())]),
            RowKey::Course(s) => ("piece_slug = ?1".into(), vec![SqlValue::Text(s.clone())]),
            RowKey::Metadata(s) | RowKey::Research(s) => match self.course_id_of(s)? {
                Some(id) => (
                    "content_piece_id = ?1".into(),
                    vec![SqlValue::Integer(id.0)],
                ),
                None => return Ok(None),
            },
            RowKey::Lesson(s, l) => match self.course_id_of(s)? {
                Some(id) => (
                    "content_piece_id = ?1 AND lesson_id = ?2".into(),
                    vec![SqlValue::Integer(id.0), SqlValue::Text(l.clone())],
                ),
                None => return Ok(None),
            },
        }))
    }

    /// The synced fields of a row now (`None`: no such row).
    pub(crate) fn sync_row_fields(
        &self,
        key: &RowKey,
    ) -> Result<Option<Map<String, Value>>, StoreError> {
        let Some((filter, params)) = self.row_filter(key)? else {
            return Ok(None);
        };
        let mut sql = format!("SELECT * FROM {} WHERE {filter}", key.table());
        if let RowKey::Course(_) = key {
            sql = format!(
                "SELECT c.*, (SELECT slug FROM minds m WHERE m.id = c.persona_mind_id) AS persona
                 FROM content_pieces c WHERE {filter}"
            );
        }
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
        let mut rows = stmt.query(params_from_iter(params))?;
        let Some(row) = rows.next()? else {
            return Ok(None);
        };
        let mut map = Map::new();
        for (i, name) in names.iter().enumerate() {
            if !key.skipped(name) {
                map.insert(name.clone(), to_json(row.get::<_, SqlValue>(i)?));
            }
        }
        Ok(Some(map))
    }

    fn table_columns(&self, table: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT name FROM pragma_table_info(?1)")?;
        let names = stmt.query_map([table], |r| r.get::<_, String>(0))?;
        Ok(names.collect::<Result<_, _>>()?)
    }

    /// Writes `fields` into the row of `key`, creating it when missing. Field names come from
    /// the server, so only the table's own synced columns are accepted.
    pub(crate) fn write_sync_row(
        &self,
        key: &RowKey,
        fields: &Map<String, Value>,
    ) -> Result<(), StoreError> {
        let columns = self.table_columns(key.table())?;
        let mut names = Vec::new();
        let mut values = Vec::new();
        for (name, value) in fields {
            if name == "persona" && matches!(key, RowKey::Course(_)) {
                let id: Option<i64> = match value.as_str() {
                    Some(slug) => self
                        .conn()
                        .query_row("SELECT id FROM minds WHERE slug = ?1", [slug], |r| r.get(0))
                        .optional()?,
                    None => None,
                };
                names.push("persona_mind_id".to_string());
                values.push(id.map_or(SqlValue::Null, SqlValue::Integer));
            } else if columns.contains(name) && !key.skipped(name) {
                names.push(name.clone());
                values.push(to_sql(value));
            }
        }
        let exists = self.sync_row_fields(key)?.is_some();
        if exists {
            if names.is_empty() {
                return Ok(());
            }
            let Some((_, key_params)) = self.row_filter(key)? else {
                return Ok(());
            };
            let n = key_params.len();
            let filter = match key {
                RowKey::Mind(_) => "slug = ?1",
                RowKey::Course(_) => "piece_slug = ?1",
                RowKey::Metadata(_) | RowKey::Research(_) => "content_piece_id = ?1",
                RowKey::Lesson(..) => "content_piece_id = ?1 AND lesson_id = ?2",
            };
            let sets: Vec<String> = names
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{c} = ?{}", i + n + 1))
                .collect();
            let sql = format!(
                "UPDATE {} SET {} WHERE {filter}",
                key.table(),
                sets.join(", ")
            );
            let params = key_params.into_iter().chain(values);
            self.conn().execute(&sql, params_from_iter(params))?;
            return Ok(());
        }
        let (key_cols, key_vals): (Vec<&str>, Vec<SqlValue>) = match key {
            RowKey::Mind(s) => (vec!["slug"], vec![SqlValue::Text(s.clone())]),
            RowKey::Course(s) => (vec!["piece_slug"], vec![SqlValue::Text(s.clone())]),
            RowKey::Metadata(s) | RowKey::Research(s) => match self.course_id_of(s)? {
                Some(id) => (vec!["content_piece_id"], vec![SqlValue::Integer(id.0)]),
                None => return Err(missing_course(s)),
            },
            RowKey::Lesson(s, l) => match self.course_id_of(s)? {
                Some(id) => (
                    vec!["content_piece_id", "lesson_id"],
                    vec![SqlValue::Integer(id.0), SqlValue::Text(l.clone())],
                ),
                None => return Err(missing_course(s)),
            },
        };
        let all: Vec<String> = key_cols
            .iter()
            .map(|c| c.to_string())
            .chain(names)
            .collect();
        let marks: Vec<String> = (1..=all.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            key.table(),
            all.join(", "),
            marks.join(", ")
        );
        let params = key_vals.into_iter().chain(values);
        self.conn().execute(&sql, params_from_iter(params))?;
        Ok(())
    }

    /// Removes the row of `key` (a course with history is kept: revisions hold on to it).
    pub(crate) fn delete_sync_row(&self, key: &RowKey) -> Result<(), StoreError> {
        if let RowKey::Course(_) = key {
            return Ok(());
        }
        let Some((filter, params)) = self.row_filter(key)? else {
            return Ok(());
        };
        let sql = format!("DELETE FROM {} WHERE {filter}", key.table());
        self.conn().execute(&sql, params_from_iter(params))?;
        Ok(())
    }
}

fn missing_course(slug: &str) -> StoreError {
    StoreError::Refused(Said::new("err-sync-pulled-change-course").with("slug", slug))
}
