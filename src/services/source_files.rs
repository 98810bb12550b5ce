//! Which file of a course folder is its brief, its curriculum and each research slot — the one
//! rule shared by import (what to store), export (what name to write back) and check.
//!
//! No I/O: works on a [`FolderSnapshot`] already in memory.

use crate::domain::brief::is_brief_file_name;
use crate::domain::research::{ResearchKind, is_binary_research, is_report, research_kind};
use crate::domain::text;
use crate::storage::SourceFileRecord;

use super::folder::{FolderSnapshot, SnapshotFile};

/// The research slot kept in `research_summary` (keyed by file name) rather than a column.
pub const SUMMARY_SLOT: &str = "summary";

/// The brief: the first `COURSE-BRIEF*.md` at the folder's top level, by name.
pub fn brief_file(snapshot: &FolderSnapshot) -> Option<&SnapshotFile> {
    snapshot
        .files
        .iter()
        .find(|f| !f.rel_path.contains('/') && is_brief_file_name(&f.rel_path))
}

/// `curriculum.yaml`, else `curriculum.yml`.
pub fn curriculum_file(snapshot: &FolderSnapshot) -> Option<&SnapshotFile> {
    snapshot
        .file("curriculum.yaml")
        .or_else(|| snapshot.file("curriculum.yml"))
}

/// The `market_research` column each report goes to, in the order given (path order): the
/// first report of a kind takes the column, later ones and unknown kinds go to the summary.
pub fn research_slots<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<&'static str> {
    let mut taken: Vec<&'static str> = Vec::new();
    names
        .into_iter()
        .map(|name| {
            let column = match research_kind(name) {
                ResearchKind::Other(_) => None,
                _ if !is_report(name) => None, // `.txt` notes are kept by name, never a column
                kind => kind.column(),
            };
            match column {
                Some(c) if !taken.contains(&c) => {
                    taken.push(c);
                    c
                }
                _ => SUMMARY_SLOT,
            }
        })
        .collect()
}

/// The research files import keeps: every file under `research/` except binary ones.
pub fn research_files(snapshot: &FolderSnapshot) -> Vec<&SnapshotFile> {
    snapshot
        .under("research/")
        .filter(|f| !is_skipped_research(f))
        .collect()
}

/// A binary file under `research/`: reported by import and skipped everywhere else.
pub fn is_skipped_research(f: &SnapshotFile) -> bool {
    f.rel_path.starts_with("research/") && is_binary_research(&f.rel_path, &f.bytes)
}

/// The name a research report has inside `research/` (and its `research_summary` key).
pub fn research_name(rel_path: &str) -> &str {
    rel_path.strip_prefix("research/").unwrap_or(rel_path)
}

/// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`, as `text::decode` would
/// read the bytes.
pub fn encoding_of(bytes: &[u8]) -> &'static str {
    match bytes {
        [0xFF, 0xFE, ..] => return "utf-16le",
        [0xFE, 0xFF, ..] => return "utf-16be",
        _ => {}
    }
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    match (std::str::from_utf8(body).is_ok(), bom) {
        (true, true) => "utf-8-bom",
        (true, false) => "utf-8",
        (false, _) => "windows-1252",
    }
}

/// The non-lesson files of `snapshot` that import stores, with their hashes and encodings.
pub fn source_manifest(snapshot: &FolderSnapshot) -> Vec<SourceFileRecord> {
    let record = |role: &str, slot: Option<&str>, f: &SnapshotFile| SourceFileRecord {
        role: role.to_string(),
        slot: slot.map(str::to_string),
        file_path: f.rel_path.clone(),
        sha256: text::sha256_hex(&f.bytes),
        source_encoding: encoding_of(&f.bytes).to_string(),
    };
    let mut out = Vec::new();
    if let Some(f) = brief_file(snapshot) {
        out.push(record("brief", None, f));
    }
    if let Some(f) = curriculum_file(snapshot) {
        out.push(record("curriculum", None, f));
    }
    if let Some(f) = snapshot.file("course-outline.md") {
        out.push(record("outline", None, f));
    }
    let research = research_files(snapshot);
    let slots = research_slots(research.iter().map(|f| research_name(&f.rel_path)));
    for (f, slot) in research.into_iter().zip(slots) {
        out.push(record("research", Some(slot), f));
    }
    out
}
