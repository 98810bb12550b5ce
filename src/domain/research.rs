//! Which `market_research` column a research report belongs to, from its file name (spec §8).
//!
//! The reference writes `market-analysis.md`, `content-gaps.md`, `differentiation.md` and
//! `sources.md`; real folders add number prefixes (`01-market-analysis.md`) and suffixes
//! (`differentiation-strategy.md`). Anything else (`market-research-complete.md`) is `Other`
//! and kept in `research_summary`. Pure.

use crate::domain::fold::fold;
use serde::{Deserialize, Serialize};

/// A report's destination.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResearchKind {
    MarketAnalysis,
    ContentGaps,
    Differentiation,
    Sources,
    /// Not one of the four; carries the file name as given.
    Other(String),
}

impl ResearchKind {
    /// The `market_research` column name, `None` for `Other`.
    pub fn column(&self) -> Option<&'static str> {
        match self {
            Self::MarketAnalysis => Some("market_analysis"),
            Self::ContentGaps => Some("content_gaps"),
            Self::Differentiation => Some("differentiation"),
            Self::Sources => Some("sources"),
            Self::Other(_) => None,
        }
    }
}

/// Classifies a report by file name (a bare name or a path; only the last part counts).
pub fn research_kind(file_name: &str) -> ResearchKind {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let key = fold(stem).replace(['_', ' '], "-");
    // Drop a numeric prefix such as `01-` or `2_`.
    let key = key
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['-', '.']);
    let kind = [
        ("market-analysis", ResearchKind::MarketAnalysis),
        ("content-gaps", ResearchKind::ContentGaps),
        ("content-gap", ResearchKind::ContentGaps),
        ("differentiation", ResearchKind::Differentiation),
        ("sources", ResearchKind::Sources),
    ]
    .into_iter()
    .find(|(prefix, _)| key == *prefix || key.starts_with(&format!("{prefix}-")));
    kind.map_or_else(|| ResearchKind::Other(name.to_string()), |(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_real_names() {
        assert_eq!(
            research_kind("market-analysis.md"),
            ResearchKind::MarketAnalysis
        );
        assert_eq!(
            research_kind("research/01-market-analysis.md"),
            ResearchKind::MarketAnalysis
        );
        assert_eq!(research_kind("content-gaps.md"), ResearchKind::ContentGaps);
        assert_eq!(
            research_kind("03_Content_Gaps.md"),
            ResearchKind::ContentGaps
        );
        assert_eq!(
            research_kind("differentiation-strategy.md"),
            ResearchKind::Differentiation
        );
        assert_eq!(
            research_kind("differentiation.md").column(),
            Some("differentiation")
        );
        assert_eq!(research_kind("sources.md"), ResearchKind::Sources);
        assert_eq!(
            research_kind("market-research-complete.md"),
            ResearchKind::Other("market-research-complete.md".into())
        );
        assert_eq!(research_kind("notes.md").column(), None);
    }
}
