//! Exporting a course: as a CreatorOS folder (atomic, nothing outside the target) or as one
//! JSON document. The folder's contents are worked out in `export_plan`; the write itself in
//! `folder_write`.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::storage::Store;

use super::ServiceError;
use super::export_guard::Protected;
use super::export_plan::{ExportFile, Fidelity, plan_export};
use super::folder_write::write_folder_atomically;

/// One written file, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedFile {
    pub path: String,
    pub bytes: usize,
    pub fidelity: Fidelity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lesson_id: Option<String>,
}

/// What `export_folder` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct ExportReport {
    pub slug: String,
    pub dir: PathBuf,
    pub files: Vec<ExportedFile>,
    /// Planned lessons (listed in the curriculum, no content): nothing to write.
    pub planned_not_written: Vec<String>,
    /// True when a non-empty folder was replaced (`--force`).
    pub replaced: bool,
}

impl ExportReport {
    pub fn count(&self, fidelity: Fidelity) -> usize {
        self.files.iter().filter(|f| f.fidelity == fidelity).count()
    }
}

/// Writes the course `slug` as a CreatorOS folder at `dir`, never over the store's database.
///
/// Refuses (writing nothing) an unknown course, a stored path that would leave `dir`, a `dir`
/// that is a symbolic link, has one above it or is a file, a non-empty `dir` unless `force`,
/// and a `dir` that is, holds or lies inside the database or its companion files.
pub fn export_folder(
    store: &Store,
    slug: &str,
    dir: &Path,
    force: bool,
) -> Result<ExportReport, ServiceError> {
    export_folder_guarded(store, slug, dir, force, &Protected::database(store.path()))
}

/// [`export_folder`] with the paths to leave alone given by the caller (the CLI adds the
/// config file and the state folder to the database's files).
pub fn export_folder_guarded(
    store: &Store,
    slug: &str,
    dir: &Path,
    force: bool,
    protected: &Protected,
) -> Result<ExportReport, ServiceError> {
    protected.refuse(dir)?;
    let (files, planned) = plan_export(&store.read(), slug)?;
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    let replaced = write_folder_atomically(dir, &refs, force)?;
    Ok(ExportReport {
        slug: slug.to_string(),
        dir: dir.to_path_buf(),
        files: files.into_iter().map(exported).collect(),
        planned_not_written: planned,
        replaced,
    })
}

/// The files an export of `slug` would write, without writing them (used by `check`).
pub fn export_files(store: &Store, slug: &str) -> Result<Vec<ExportFile>, ServiceError> {
    Ok(plan_export(&store.read(), slug)?.0)
}

fn exported(f: ExportFile) -> ExportedFile {
    ExportedFile {
        bytes: f.bytes.len(),
        path: f.path,
        fidelity: f.fidelity,
        lesson_id: f.lesson_id,
    }
}
