//! Reading a CreatorOS course folder from disk into memory, once, before anything is parsed.
//!
//! Only the CreatorOS files are read: `COURSE-BRIEF*.md`, `curriculum.yaml`/`.yml`,
//! `course-outline.md`, `lessons/**/*.md` and every file under `research/` (hidden ones such
//! as `.DS_Store` aside). Symbolic links are never
//! followed (a link could point outside the folder); they are reported instead. File names
//! that are not UTF-8 are kept losslessly (`domain::file_name`), so export writes them back.

use std::path::{Path, PathBuf};

use crate::domain::brief::is_brief_file_name;
use crate::domain::file_name::{ReservedCharacter, encode_name};
use crate::domain::said::Said;

use super::ServiceError;

/// One file of a course folder: its path relative to the folder (always `/`-separated) and
/// its exact bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotFile {
    pub rel_path: String,
    pub bytes: Vec<u8>,
}

/// The CreatorOS files of one course folder, sorted by relative path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderSnapshot {
    /// The folder's own name (the slug when the brief does not give one).
    pub name: String,
    pub source: Option<PathBuf>,
    pub files: Vec<SnapshotFile>,
    /// Paths skipped on purpose (symbolic links), for the report.
    pub skipped_links: Vec<String>,
}

impl FolderSnapshot {
    pub fn file(&self, rel_path: &str) -> Option<&SnapshotFile> {
        self.files.iter().find(|f| f.rel_path == rel_path)
    }

    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a SnapshotFile> + 'a {
        self.files
            .iter()
            .filter(move |f| f.rel_path.starts_with(prefix))
    }
}

/// True when `dir` looks like a course folder rather than a folder of course folders.
pub fn is_course_folder(dir: &Path) -> bool {
    dir.join("lessons").is_dir()
        || dir.join("curriculum.yaml").is_file()
        || dir.join("curriculum.yml").is_file()
        || root_files(dir).iter().any(|name| is_brief_file_name(name))
}

/// The course folders named by `path`: itself, or its sub-folders that are course folders.
pub fn course_folders(path: &Path) -> Result<Vec<PathBuf>, ServiceError> {
    if !path.is_dir() {
        return Err(ServiceError::refused(
            Said::new("err-import-not-a-folder").with("path", path),
        ));
    }
    if is_course_folder(path) {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found: Vec<PathBuf> = read_dir_sorted(path)?
        .into_iter()
        .filter(|e| !e.is_symlink() && e.is_dir() && is_course_folder(&e.path))
        .map(|e| e.path)
        .collect();
    found.sort();
    if found.is_empty() {
        return Err(ServiceError::refused(
            Said::new("err-import-no-course-folder").with("path", path),
        ));
    }
    Ok(found)
}

/// Reads every CreatorOS file of the course folder at `dir`.
pub fn read_course_folder(dir: &Path) -> Result<FolderSnapshot, ServiceError> {
    read_folder(dir, true)
}

/// Reads only what scoring needs: `lessons/` and the curriculum (no brief, outline or
/// research), for `validate`.
pub fn read_lessons_and_curriculum(dir: &Path) -> Result<FolderSnapshot, ServiceError> {
    read_folder(dir, false)
}

fn read_folder(dir: &Path, everything: bool) -> Result<FolderSnapshot, ServiceError> {
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "course".to_string());
    let mut snapshot = FolderSnapshot {
        name,
        source: Some(dir.to_path_buf()),
        files: Vec::new(),
        skipped_links: Vec::new(),
    };
    for entry in read_dir_sorted(dir)? {
        let file_name = stored_name(&entry.path)?;
        let wanted = matches!(file_name.as_str(), "curriculum.yaml" | "curriculum.yml")
            || everything && (is_brief_file_name(&file_name) || file_name == "course-outline.md");
        if wanted {
            add_file(&mut snapshot, &entry, file_name)?;
        }
    }
    let subs: &[&str] = if everything {
        &["lessons", "research"]
    } else {
        &["lessons"]
    };
    for &sub in subs {
        let sub_dir = dir.join(sub);
        if is_symlink(&sub_dir) {
            snapshot.skipped_links.push(sub.to_string());
        } else if sub_dir.is_dir() {
            walk_markdown(&mut snapshot, &sub_dir, sub)?;
        }
    }
    snapshot.skipped_links.sort();
    snapshot.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    Ok(snapshot)
}

fn walk_markdown(snapshot: &mut FolderSnapshot, dir: &Path, rel: &str) -> Result<(), ServiceError> {
    for entry in read_dir_sorted(dir)? {
        let name = stored_name(&entry.path)?;
        let rel_path = format!("{rel}/{name}");
        if rel.starts_with("research") && name.starts_with('.') {
            continue; // `.DS_Store` and the like: the system's, not the author's
        }
        if entry.is_symlink() {
            snapshot.skipped_links.push(rel_path);
        } else if entry.is_dir() {
            walk_markdown(snapshot, &entry.path, &rel_path)?;
        } else if rel.starts_with("research") || name.to_lowercase().ends_with(".md") {
            // Every research file is read: notes are kept, binaries reported (issue 13).
            add_file(snapshot, &entry, rel_path)?;
        }
    }
    Ok(())
}

fn add_file(
    snapshot: &mut FolderSnapshot,
    entry: &Entry,
    rel_path: String,
) -> Result<(), ServiceError> {
    if entry.is_symlink() {
        snapshot.skipped_links.push(rel_path);
        return Ok(());
    }
    let path = &entry.path;
    let bytes =
        std::fs::read(path).map_err(|e| cannot_read(Said::new("err-cannot-read"), path, &e))?;
    snapshot.files.push(SnapshotFile { rel_path, bytes });
    Ok(())
}

/// The file name of `path` as stored: losslessly, also when it is not UTF-8.
fn stored_name(path: &Path) -> Result<String, ServiceError> {
    let Some(name) = path.file_name() else {
        return Ok(String::new());
    };
    encode_name(&name_bytes(name)).map_err(|ReservedCharacter(c)| {
        ServiceError::refused(
            Said::new("err-import-reserved-character")
                .with("path", path)
                .with("code", format!("{:X}", u32::from(c))),
        )
    })
}

#[cfg(unix)]
fn name_bytes(name: &std::ffi::OsStr) -> Vec<u8> {
    std::os::unix::ffi::OsStrExt::as_bytes(name).to_vec()
}

// Elsewhere names are Unicode already (or converted by the platform); nothing to keep.
#[cfg(not(unix))]
fn name_bytes(name: &std::ffi::OsStr) -> Vec<u8> {
    name.to_string_lossy().into_owned().into_bytes()
}

fn is_symlink(path: &Path) -> bool {
    path.symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
}

fn root_files(dir: &Path) -> Vec<String> {
    read_dir_sorted(dir)
        .unwrap_or_default()
        .iter()
        .filter(|e| e.path.is_file())
        .filter_map(|e| e.path.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect()
}

fn cannot_read(said: Said, path: &Path, e: &std::io::Error) -> ServiceError {
    ServiceError::refused(said.with("path", path).with("error", e))
}

/// A folder entry with its type as the listing gave it. Reading the type from the listing
/// instead of asking the file system per file (`lstat` for links, `stat` for folders, `lstat`
/// again before reading) took three system calls off every lesson: 5 % of a `validate`.
struct Entry {
    path: PathBuf,
    /// `None` when the listing could not tell; the path is then asked.
    kind: Option<std::fs::FileType>,
}

impl Entry {
    fn is_symlink(&self) -> bool {
        self.kind
            .map_or_else(|| is_symlink(&self.path), |k| k.is_symlink())
    }

    /// A folder (never through a link: links are reported before this is asked).
    fn is_dir(&self) -> bool {
        self.kind.map_or_else(|| self.path.is_dir(), |k| k.is_dir())
    }
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<Entry>, ServiceError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| cannot_read(Said::new("err-cannot-read-folder"), dir, &e))?;
    let mut found: Vec<Entry> = entries
        .filter_map(|e| {
            e.ok().map(|e| Entry {
                kind: e.file_type().ok(),
                path: e.path(),
            })
        })
        .collect();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(found)
}
