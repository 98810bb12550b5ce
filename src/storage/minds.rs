//! MMOS personas (`minds`) and the course ↔ persona link, read by generation prompts.

use rusqlite::{OptionalExtension, params};
use serde_json::Value;

use super::repo::{Repo, json_column};
use super::{CourseId, StoreError};

/// A stored persona with what the persona list shows about it.
#[derive(Debug, Clone, PartialEq)]
pub struct MindRow {
    pub id: i64,
    pub record: MindRecord,
    pub updated_at: String,
    /// Slugs of the courses written in this persona's voice.
    pub courses: Vec<String>,
}

const MIND_COLUMNS: &str =
    "m.id, m.slug, m.display_name, m.short_bio, m.voice_profile, m.system_prompt, m.updated_at";

/// A persona as prompts need it.
#[derive(Debug, Clone, PartialEq)]
pub struct MindRecord {
    pub slug: String,
    pub display_name: String,
    pub short_bio: Option<String>,
    pub voice_profile: Value,
    pub system_prompt: Option<String>,
}

impl Repo<'_> {
    /// Inserts or updates a persona by slug; returns its row id.
    pub fn upsert_mind(&self, mind: &MindRecord) -> Result<i64, StoreError> {
        let voice =
            serde_json::to_string(&mind.voice_profile).map_err(|source| StoreError::Json {
                what: "voice_profile",
                source,
            })?;
        Ok(self.conn().query_row(
            "INSERT INTO minds (slug, display_name, short_bio, voice_profile, system_prompt)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (slug) DO UPDATE SET display_name = excluded.display_name,
                short_bio = excluded.short_bio, voice_profile = excluded.voice_profile,
                system_prompt = excluded.system_prompt,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             RETURNING id",
            params![
                mind.slug,
                mind.display_name,
                mind.short_bio,
                voice,
                mind.system_prompt
            ],
            |row| row.get(0),
        )?)
    }

    /// Makes `mind_id` the course's persona (`None` removes it).
    pub fn set_course_persona(
        &self,
        course: CourseId,
        mind_id: Option<i64>,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE content_pieces SET persona_mind_id = ?2,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![course.0, mind_id],
        )?;
        Ok(())
    }

    /// Every persona, by slug.
    pub fn minds(&self) -> Result<Vec<MindRow>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {MIND_COLUMNS} FROM minds m ORDER BY m.slug"
        ))?;
        let rows = stmt
            .query_map([], mind_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|row| {
                let mut row = row?;
                row.courses = self.courses_of_mind(row.id)?;
                Ok(row)
            })
            .collect()
    }

    /// One persona by slug.
    pub fn mind_by_slug(&self, slug: &str) -> Result<Option<MindRow>, StoreError> {
        let row = self
            .conn()
            .query_row(
                &format!("SELECT {MIND_COLUMNS} FROM minds m WHERE m.slug = ?1"),
                [slug],
                mind_from_row,
            )
            .optional()?;
        match row.transpose()? {
            Some(mut row) => {
                row.courses = self.courses_of_mind(row.id)?;
                Ok(Some(row))
            }
            None => Ok(None),
        }
    }

    fn courses_of_mind(&self, id: i64) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT piece_slug FROM content_pieces WHERE persona_mind_id = ?1 ORDER BY piece_slug",
        )?;
        let rows = stmt.query_map([id], |row| row.get(0))?;
        Ok(rows.collect::<Result<Vec<String>, _>>()?)
    }

    /// The course's persona, if it has one.
    pub fn persona_of(&self, course: CourseId) -> Result<Option<MindRecord>, StoreError> {
        let row = self
            .conn()
            .query_row(
                "SELECT m.slug, m.display_name, m.short_bio, m.voice_profile, m.system_prompt
                 FROM content_pieces p JOIN minds m ON m.id = p.persona_mind_id
                 WHERE p.id = ?1",
                [course.0],
                |row| {
                    Ok((|| -> Result<MindRecord, StoreError> {
                        Ok(MindRecord {
                            slug: row.get(0)?,
                            display_name: row.get(1)?,
                            short_bio: row.get(2)?,
                            voice_profile: json_column(row, 3, "voice_profile")?,
                            system_prompt: row.get(4)?,
                        })
                    })())
                },
            )
            .optional()?;
        row.transpose()
    }
}

fn mind_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<MindRow, StoreError>> {
    Ok((|| -> Result<MindRow, StoreError> {
        Ok(MindRow {
            id: row.get(0)?,
            record: MindRecord {
                slug: row.get(1)?,
                display_name: row.get(2)?,
                short_bio: row.get(3)?,
                voice_profile: json_column(row, 4, "voice_profile")?,
                system_prompt: row.get(5)?,
            },
            updated_at: row.get(6)?,
            courses: Vec::new(),
        })
    })())
}
