//! `lectern check`: comparing a course folder on disk with the course in the database, and
//! re-importing the folder when asked (the folder wins).
//!
//! The database side is exactly what `export` would write, so "identical" means "an export
//! would reproduce this folder".

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::domain::rubric::Rubric;
use crate::domain::text::{decode, sha256_hex};
use crate::storage::Store;

use super::ServiceError;
use super::export::export_files;
use super::export_plan::ExportFile;
use super::folder::{SnapshotFile, read_course_folder};
use super::import::{CourseImport, OnExisting, import_snapshot_as};
use super::source_files::is_skipped_research;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DifferenceKind {
    /// In the folder, not in the database.
    MissingInDatabase,
    /// In the database, not in the folder.
    MissingOnDisk,
    /// In both, with different content.
    ContentDiffers,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    pub kind: DifferenceKind,
    /// Path inside the course folder.
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lesson_id: Option<String>,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub slug: String,
    pub dir: PathBuf,
    /// Files compared (present on both sides).
    pub compared: usize,
    pub differences: Vec<Difference>,
    /// Symbolic links in the folder, never followed and not compared.
    pub skipped_links: Vec<String>,
}

impl CheckReport {
    pub fn is_clean(&self) -> bool {
        self.differences.is_empty()
    }
}

/// Compares the course folder `dir` with the stored course `slug`.
pub fn check_against(store: &Store, slug: &str, dir: &Path) -> Result<CheckReport, ServiceError> {
    let expected = export_files(store, slug)?;
    let snapshot = read_course_folder(dir)?;
    let mut differences = Vec::new();
    let mut compared = 0;
    for want in &expected {
        match snapshot.file(&want.path) {
            None => differences.push(Difference {
                kind: DifferenceKind::MissingOnDisk,
                path: want.path.clone(),
                lesson_id: want.lesson_id.clone(),
                detail: match &want.lesson_id {
                    Some(id) => format!("lesson {id} is in the database but not in the folder"),
                    None => "in the database but not in the folder".to_string(),
                },
            }),
            Some(disk) => {
                compared += 1;
                if let Some(detail) = content_difference(want, disk) {
                    differences.push(Difference {
                        kind: DifferenceKind::ContentDiffers,
                        path: want.path.clone(),
                        lesson_id: want.lesson_id.clone(),
                        detail,
                    });
                }
            }
        }
    }
    // Binary research files are never imported (import reports them), so not a difference.
    let kept = snapshot.files.iter().filter(|f| !is_skipped_research(f));
    for disk in kept {
        if !expected.iter().any(|e| e.path == disk.rel_path) {
            differences.push(Difference {
                kind: DifferenceKind::MissingInDatabase,
                path: disk.rel_path.clone(),
                lesson_id: None,
                detail: "in the folder but not in the database".to_string(),
            });
        }
    }
    differences.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(CheckReport {
        slug: slug.to_string(),
        dir: dir.to_path_buf(),
        compared,
        differences,
        skipped_links: snapshot.skipped_links,
    })
}

/// Re-imports the folder `dir` as course `slug` in one transaction (the folder wins: lessons
/// only the database has are removed), scored with the rubric the course was stored with.
pub fn fix_from_folder(
    store: &mut Store,
    slug: &str,
    dir: &Path,
) -> Result<CourseImport, ServiceError> {
    let repo = store.read();
    let course = repo.require_course(slug)?;
    let rubric = repo
        .metadata(course.id)?
        .and_then(|m| m.rubric.parse::<Rubric>().ok())
        .unwrap_or_default();
    let snapshot = read_course_folder(dir)?;
    import_snapshot_as(store, &snapshot, slug, rubric, OnExisting::UpdatePruning)
}

/// `None` when the folder's file holds what the database holds.
///
/// Same bytes as an export would write, or the same text with, for lessons, the sha256 of the
/// imported file (so a Windows-1252 original still matches its UTF-8 text in storage).
fn content_difference(want: &ExportFile, disk: &SnapshotFile) -> Option<String> {
    if want.bytes == disk.bytes {
        return None;
    }
    let stored = decode(&want.bytes).text;
    let on_disk = decode(&disk.bytes).text;
    let disk_sha = sha256_hex(&disk.bytes);
    let same_original = want.original_sha256.as_deref() == Some(disk_sha.as_str());
    if stored == on_disk && (want.lesson_id.is_none() || same_original) {
        return None;
    }
    let place = match first_differing_line(&stored, &on_disk) {
        Some(line) => format!("first difference at line {line}"),
        None => "same text, different bytes (encoding or byte-order mark)".to_string(),
    };
    let stored_sha = want
        .original_sha256
        .as_deref()
        .map_or_else(|| "none".to_string(), |s| short(s).to_string());
    Some(format!(
        "{place}; sha256 on disk {}, stored {stored_sha}",
        short(&disk_sha)
    ))
}

fn first_differing_line(a: &str, b: &str) -> Option<usize> {
    let mut left = a.split('\n');
    let mut right = b.split('\n');
    let mut line = 1;
    loop {
        match (left.next(), right.next()) {
            (None, None) => return None,
            (l, r) if l != r => return Some(line),
            _ => line += 1,
        }
    }
}

fn short(sha: &str) -> &str {
    sha.get(..12).unwrap_or(sha)
}
