//! Writing a whole folder atomically: everything goes into a temporary folder next to the
//! target, which is renamed into place only once every file is on disk.
//!
//! Nothing is written outside the target (and its temporary sibling): paths are checked by
//! the caller, files are created with `create_new` (never through an existing file or link),
//! and a target that is a symbolic link is refused rather than followed.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::said::Said;

use super::ServiceError;
use super::export_guard::refuse_linked_parents;

/// Writes `files` (relative `/`-separated path, bytes) as the folder `dir`.
///
/// An existing non-empty `dir` is refused unless `replace` is set; then it is swapped out (two
/// renames: the old folder aside, the new one in) and deleted. Returns true when a non-empty
/// folder was replaced.
pub fn write_folder_atomically(
    dir: &Path,
    files: &[(&str, &[u8])],
    replace: bool,
) -> Result<bool, ServiceError> {
    refuse_linked_parents(dir)?;
    let existing = inspect_target(dir)?;
    if existing == Target::NonEmpty && !replace {
        return Err(ServiceError::refused(
            Said::new("err-export-folder-not-empty").with("path", dir),
        ));
    }
    let parent = parent_of(dir);
    if !parent.is_dir() {
        return Err(ServiceError::refused(
            Said::new("err-export-parent-missing")
                .with("parent", &parent)
                .with("path", dir),
        ));
    }
    remove_stale_siblings(dir);
    let temp = fresh_sibling(dir, "tmp")?;
    if let Err(e) = write_all(&temp, files) {
        let _ = fs::remove_dir_all(&temp);
        return Err(e);
    }
    let swapped = match existing {
        Target::Missing | Target::Empty => {
            fs::rename(&temp, dir).map_err(|e| io(Said::new("err-fs-move"), dir, e))
        }
        Target::NonEmpty => swap_in(&temp, dir),
    };
    if let Err(e) = swapped {
        let _ = fs::remove_dir_all(&temp);
        return Err(e);
    }
    Ok(existing == Target::NonEmpty)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Missing,
    Empty,
    NonEmpty,
}

fn inspect_target(dir: &Path) -> Result<Target, ServiceError> {
    let meta = match dir.symlink_metadata() {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Target::Missing),
        Err(e) => return Err(io(Said::new("err-fs-inspect"), dir, e)),
    };
    if meta.file_type().is_symlink() {
        return Err(ServiceError::refused(
            Said::new("err-export-folder-link").with("path", dir),
        ));
    }
    if !meta.is_dir() {
        return Err(ServiceError::refused(
            Said::new("err-export-folder-is-file").with("path", dir),
        ));
    }
    let mut entries = fs::read_dir(dir).map_err(|e| io(Said::new("err-cannot-read"), dir, e))?;
    Ok(if entries.next().is_some() {
        Target::NonEmpty
    } else {
        Target::Empty
    })
}

fn parent_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A new, empty folder `.NAME.lectern-KIND-PID-N` next to `dir` (created, so it is ours).
fn fresh_sibling(dir: &Path, kind: &str) -> Result<PathBuf, ServiceError> {
    let name = dir
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let parent = parent_of(dir);
    for n in 0..1000 {
        let candidate = parent.join(format!(".{name}.lectern-{kind}-{}-{n}", std::process::id()));
        match fs::create_dir(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(Said::new("err-fs-create"), &candidate, e)),
        }
    }
    Err(ServiceError::refused(
        Said::new("err-export-no-temporary-name")
            .with("path", dir)
            .with("name", name),
    ))
}

/// Removes `.NAME.lectern-tmp-PID-N` folders (and `-old-` ones, while `dir` itself is there)
/// left next to `dir` by exports that were killed: only those of processes that are gone, so
/// an export running right now keeps its folder. Best effort: a folder that cannot be removed
/// stays for the next run.
fn remove_stale_siblings(dir: &Path) {
    let Some(name) = dir.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let Ok(entries) = fs::read_dir(parent_of(dir)) else {
        return;
    };
    let prefix = format!(".{name}.lectern-");
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let Some((kind, pid)) = kind_and_pid(rest) else {
            continue;
        };
        // An `old` folder is the previous export while the new one is moved in; with `dir`
        // missing it is the only copy left, so it stays.
        let removable = kind == "tmp" || (kind == "old" && dir.is_dir());
        let ours = entry.file_type().is_ok_and(|t| t.is_dir());
        if removable
            && ours
            && !process_is_alive(pid)
            && let Err(e) = fs::remove_dir_all(entry.path())
        {
            tracing::warn!(
                "cannot remove the stale folder {}: {e}",
                entry.path().display()
            );
        }
    }
}

/// `tmp-123-4` → (`tmp`, 123).
fn kind_and_pid(rest: &str) -> Option<(&str, u32)> {
    let mut parts = rest.split('-');
    let kind = parts.next()?;
    let pid = parts.next()?.parse().ok()?;
    let n = parts.next()?;
    (parts.next().is_none() && n.parse::<u32>().is_ok()).then_some((kind, pid))
}

/// Whether a process with this id is running. Where that cannot be told, every process
/// counts as alive, so nothing that might be in use is removed.
fn process_is_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

fn write_all(root: &Path, files: &[(&str, &[u8])]) -> Result<(), ServiceError> {
    for (rel, bytes) in files {
        let path = rel
            .split('/')
            .fold(root.to_path_buf(), |p, part| p.join(disk_name(part)));
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(|e| io(Said::new("err-fs-create"), folder, e))?;
        }
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| io(Said::new("err-fs-create"), &path, e))?;
        file.write_all(bytes)
            .map_err(|e| io(Said::new("err-fs-write"), &path, e))?;
        file.sync_all()
            .map_err(|e| io(Said::new("err-fs-sync"), &path, e))?;
    }
    Ok(())
}

/// The name on disk of a stored path part: its original bytes when it was not UTF-8.
#[cfg(unix)]
fn disk_name(part: &str) -> std::ffi::OsString {
    use std::os::unix::ffi::OsStringExt;
    std::ffi::OsString::from_vec(crate::domain::file_name::decode_name(part))
}

#[cfg(not(unix))]
fn disk_name(part: &str) -> std::ffi::OsString {
    part.into()
}

/// Moves the old folder aside, the new one in, then deletes the old one; puts the old one back
/// if the second rename fails, so `dir` is never left missing.
fn swap_in(temp: &Path, dir: &Path) -> Result<(), ServiceError> {
    let aside = fresh_sibling(dir, "old")?;
    // `rename` onto an empty folder replaces it; `aside` was created empty just for this.
    fs::rename(dir, &aside).map_err(|e| io(Said::new("err-fs-move-aside"), dir, e))?;
    if let Err(e) = fs::rename(temp, dir) {
        let _ = fs::rename(&aside, dir);
        return Err(io(Said::new("err-fs-move-into-place"), dir, e));
    }
    // `remove_dir_all` does not follow symbolic links inside the old folder.
    fs::remove_dir_all(&aside).map_err(|e| io(Said::new("err-fs-remove-replaced"), &aside, e))
}

/// A failed file operation: `said` names the operation (`err-fs-create` …).
fn io(said: Said, path: &Path, e: std::io::Error) -> ServiceError {
    ServiceError::refused(said.with("path", path).with("error", &e))
}

/// Writes one file atomically (temporary sibling, then rename). An existing `path` is refused
/// unless `replace`; a symbolic link is always refused.
pub fn write_file_atomically(path: &Path, bytes: &[u8], replace: bool) -> Result<(), ServiceError> {
    refuse_linked_parents(path)?;
    match path.symlink_metadata() {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(ServiceError::refused(
                Said::new("err-export-file-link").with("path", path),
            ));
        }
        Ok(meta) if meta.is_dir() => {
            return Err(ServiceError::refused(
                Said::new("err-export-file-is-folder").with("path", path),
            ));
        }
        Ok(_) if !replace => {
            return Err(ServiceError::refused(
                Said::new("err-export-file-exists").with("path", path),
            ));
        }
        _ => {}
    }
    remove_stale_siblings(path);
    let temp = fresh_sibling(path, "tmp")?;
    let result = write_all(&temp, &[("export.json", bytes)]).and_then(|()| {
        fs::rename(temp.join("export.json"), path)
            .map_err(|e| io(Said::new("err-fs-move"), path, e))
    });
    let _ = fs::remove_dir_all(&temp);
    result
}
