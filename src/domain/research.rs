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

/// Extensions of files that are never text notes, whatever their bytes look like.
const BINARY_EXTENSIONS: &[&str] = &[
    "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg", "zip", "gz", "docx", "xlsx", "pptx", "doc",
    "xls", "ppt", "mp3", "mp4", "wav", "mov", "odt", "epub", "sqlite", "db",
];

/// A research file lectern cannot keep as text: a known binary format, or bytes holding a NUL
/// (text in UTF-8 or Windows-1252 never does). Such files are reported and skipped.
pub fn is_binary_research(file_name: &str, bytes: &[u8]) -> bool {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    BINARY_EXTENSIONS.contains(&extension.as_str()) || bytes.contains(&0)
}

/// A Markdown report (mapped to a column by name); anything else is a note kept by name.
pub fn is_report(file_name: &str) -> bool {
    file_name.to_ascii_lowercase().ends_with(".md")
}

#[cfg(test)]
mod tests {
    #[test]
    fn tells_notes_reports_and_binaries_apart() {
        assert!(is_report("market-analysis.md"));
        assert!(!is_report("raw-notes.txt"));
        assert!(is_binary_research("scan.PDF", b"%PDF-1.4"));
        assert!(is_binary_research("blob.bin", b"ab\0cd"));
        assert!(!is_binary_research("notes.txt", "caf\u{e9}\n".as_bytes()));
        assert!(!is_binary_research("notes.txt", b"caf\xe9\n"));
    }

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
