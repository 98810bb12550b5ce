//! Market research reports of a course (`market_research`, 1:1).

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

use super::repo::{Repo, json_column};
use super::{CourseId, StoreError};

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResearchRecord {
    pub market_analysis: Option<String>,
    pub content_gaps: Option<String>,
    pub differentiation: Option<String>,
    pub sources: Option<String>,
    /// Reports that are not one of the four, keyed by file name: `{"name.md": "text"}`.
    pub research_summary: Value,
}

impl Repo<'_> {
    pub fn upsert_research(&self, id: CourseId, r: &ResearchRecord) -> Result<(), StoreError> {
        let summary =
            serde_json::to_string(&r.research_summary).map_err(|source| StoreError::Json {
                what: "research_summary",
                source,
            })?;
        self.conn()
            .prepare_cached(
                "INSERT INTO market_research (content_piece_id, market_analysis, content_gaps,
                differentiation, sources, research_summary)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (content_piece_id) DO UPDATE SET
                market_analysis = excluded.market_analysis, content_gaps = excluded.content_gaps,
                differentiation = excluded.differentiation, sources = excluded.sources,
                research_summary = excluded.research_summary,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            )?
            .execute(params![
                id.0,
                r.market_analysis,
                r.content_gaps,
                r.differentiation,
                r.sources,
                summary
            ])?;
        Ok(())
    }

    pub fn research(&self, id: CourseId) -> Result<Option<ResearchRecord>, StoreError> {
        let row = self
            .conn()
            .prepare_cached(
                "SELECT market_analysis, content_gaps, differentiation, sources, research_summary
                 FROM market_research WHERE content_piece_id = ?1",
            )?
            .query_row([id.0], |row| {
                Ok((|| -> Result<ResearchRecord, StoreError> {
                    Ok(ResearchRecord {
                        market_analysis: row.get(0)?,
                        content_gaps: row.get(1)?,
                        differentiation: row.get(2)?,
                        sources: row.get(3)?,
                        research_summary: json_column(row, 4, "research_summary")?,
                    })
                })())
            })
            .optional()?;
        row.transpose()
    }
}
