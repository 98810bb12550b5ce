//! What a folder export writes: every file's path and bytes, worked out from the database
//! before anything touches the disk (so a bad stored path refuses the export, not half of it).
//!
//! A file whose stored text is unchanged since import gets its original bytes back: the same
//! name, line endings (kept in storage) and byte-order mark. Windows-1252 and UTF-16 files
//! come back as UTF-8. Reads only; no file-system I/O.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::domain::said::Said;
use crate::domain::text::sha256_hex;
use crate::storage::{LessonRow, MetadataRecord, Repo, ResearchRecord, SourceFileRecord};

use super::ServiceError;
use super::safe_path::{file_name_part, unsafe_reason};
use super::source_files::SUMMARY_SLOT;

/// How faithfully a written file reproduces the one that was imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fidelity {
    /// Byte-for-byte the imported file (same sha256).
    Original,
    /// Imported from Windows-1252 or UTF-16; written as UTF-8.
    Transcoded,
    /// The stored text changed since import (or its bytes differ for another reason).
    Changed,
    /// Nothing records the original file (e.g. written by an older lectern or generated).
    Unrecorded,
}

/// One file of the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// `/`-separated path inside the export folder.
    pub path: String,
    pub bytes: Vec<u8>,
    pub fidelity: Fidelity,
    /// The lesson id for lesson files.
    pub lesson_id: Option<String>,
    /// sha256 of the file that was imported, when recorded.
    pub original_sha256: Option<String>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Every file of the course `slug`, in a stable order; planned lessons (no content) are left
/// out and their ids returned as the second value.
pub fn plan_export(
    repo: &Repo<'_>,
    slug: &str,
) -> Result<(Vec<ExportFile>, Vec<String>), ServiceError> {
    let course = repo.require_course(slug)?;
    let meta = repo.metadata(course.id)?.unwrap_or_default();
    let sources = repo.source_files(course.id)?;
    let mut files = Vec::new();
    top_level_files(&meta, &sources, &mut files)?;
    let mut planned = Vec::new();
    for lesson in repo.lessons_of(course.id)? {
        match lesson_file(&lesson)? {
            Some(file) => files.push(file),
            None => planned.push(lesson.record.lesson_id.clone()),
        }
    }
    if let Some(research) = repo.research(course.id)? {
        research_files(&research, &sources, &mut files)?;
    }
    let mut seen = BTreeSet::new();
    for f in &files {
        if !seen.insert(f.path.as_str()) {
            return Err(ServiceError::refused(
                Said::new("err-export-same-path")
                    .with("slug", slug)
                    .with("path", &f.path),
            ));
        }
    }
    Ok((files, planned))
}

fn top_level_files(
    meta: &MetadataRecord,
    sources: &[SourceFileRecord],
    out: &mut Vec<ExportFile>,
) -> Result<(), ServiceError> {
    let source = |role: &str| sources.iter().find(|s| s.role == role);
    let brief_name = meta.brief_file_name.as_deref().unwrap_or("COURSE-BRIEF.md");
    let texts = [
        ("brief", meta.brief_markdown.as_ref(), brief_name),
        (
            "curriculum",
            meta.curriculum_yaml.as_ref(),
            "curriculum.yaml",
        ),
        (
            "outline",
            meta.outline_markdown.as_ref(),
            "course-outline.md",
        ),
    ];
    for (role, text, default_name) in texts {
        let Some(text) = text else { continue };
        let src = source(role);
        let path = src.map_or(default_name, |s| s.file_path.as_str());
        if unsafe_reason(path).is_some() || path.contains('/') {
            return Err(ServiceError::refused(
                Said::new("err-export-source-name")
                    .with("role", role)
                    .with("path", path),
            ));
        }
        out.push(text_file(path, text, src));
    }
    Ok(())
}

fn lesson_file(lesson: &LessonRow) -> Result<Option<ExportFile>, ServiceError> {
    let r = &lesson.record;
    let Some(content) = &r.content_markdown else {
        return Ok(None);
    };
    let path = match &r.file_path {
        Some(p) => p.clone(),
        None => {
            let stem = match &r.slug {
                Some(s) => file_name_part(&format!("{}-{s}", r.lesson_id)),
                None => file_name_part(&r.lesson_id),
            };
            format!("lessons/{stem}.md")
        }
    };
    let reason = unsafe_reason(&path).or_else(|| {
        (!path.starts_with("lessons/") || path.len() <= "lessons/".len())
            .then(|| Said::new("err-path-outside-lessons"))
    });
    if let Some(reason) = reason {
        return Err(ServiceError::refused(
            Said::new("err-export-lesson-path")
                .with("lesson", &r.lesson_id)
                .with("path", path.escape_default().to_string())
                .with("reason", reason),
        ));
    }
    let encoding = r.source_encoding.as_deref().unwrap_or("utf-8");
    let bytes = encode(content, encoding);
    let fidelity = fidelity(&bytes, r.content_sha256.as_deref(), encoding);
    Ok(Some(ExportFile {
        path,
        bytes,
        fidelity,
        lesson_id: Some(r.lesson_id.clone()),
        original_sha256: r.content_sha256.clone(),
    }))
}

fn research_files(
    research: &ResearchRecord,
    sources: &[SourceFileRecord],
    out: &mut Vec<ExportFile>,
) -> Result<(), ServiceError> {
    let columns = [
        ("market_analysis", &research.market_analysis),
        ("content_gaps", &research.content_gaps),
        ("differentiation", &research.differentiation),
        ("sources", &research.sources),
    ];
    for (column, text) in columns {
        let Some(text) = text else { continue };
        let src = sources
            .iter()
            .find(|s| s.role == "research" && s.slot.as_deref() == Some(column));
        let name = src.map_or_else(
            || format!("research/{}.md", column.replace('_', "-")),
            |s| s.file_path.clone(),
        );
        out.push(research_file(name, text, src)?);
    }
    if let Some(summary) = research.research_summary.as_object() {
        for (name, text) in summary {
            // Only reports are exported; other keys may hold structured data.
            let Some(text) = text.as_str() else { continue };
            let path = format!("research/{name}");
            let src = sources.iter().find(|s| {
                s.role == "research"
                    && s.slot.as_deref() == Some(SUMMARY_SLOT)
                    && s.file_path == path
            });
            out.push(research_file(path, text, src)?);
        }
    }
    Ok(())
}

fn research_file(
    path: String,
    text: &str,
    src: Option<&SourceFileRecord>,
) -> Result<ExportFile, ServiceError> {
    if let Some(reason) = unsafe_reason(&path) {
        return Err(ServiceError::refused(
            Said::new("err-export-research-name")
                .with("path", path.escape_default().to_string())
                .with("reason", reason),
        ));
    }
    Ok(text_file(&path, text, src))
}

fn text_file(path: &str, text: &str, src: Option<&SourceFileRecord>) -> ExportFile {
    let encoding = src.map_or("utf-8", |s| s.source_encoding.as_str());
    let bytes = encode(text, encoding);
    let fidelity = match src {
        Some(s) => fidelity(&bytes, Some(&s.sha256), encoding),
        None => Fidelity::Unrecorded,
    };
    ExportFile {
        path: path.to_string(),
        bytes,
        fidelity,
        lesson_id: None,
        original_sha256: src.map(|s| s.sha256.clone()),
    }
}

/// UTF-8, with the byte-order mark back when the original had one.
fn encode(text: &str, source_encoding: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len() + BOM.len());
    if source_encoding == "utf-8-bom" {
        bytes.extend_from_slice(BOM);
    }
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

fn fidelity(bytes: &[u8], original_sha: Option<&str>, encoding: &str) -> Fidelity {
    match original_sha {
        None => Fidelity::Unrecorded,
        Some(sha) if sha == sha256_hex(bytes) => Fidelity::Original,
        Some(_) if matches!(encoding, "windows-1252" | "utf-16le" | "utf-16be") => {
            Fidelity::Transcoded
        }
        Some(_) => Fidelity::Changed,
    }
}
