//! What an export may never replace: the database lectern runs on (with its `-wal`, `-shm`,
//! journal and migration backups), the config file and the state folder.
//!
//! `--force` swaps the target folder out and deletes the old one, so a target that is, holds
//! or lies inside one of these would delete it. Paths are compared after resolving links and
//! `..` (the part of a path that does not exist yet is resolved by hand), and, on Unix, by
//! file identity (device + inode), so a second name for the same file or folder — a link, a
//! bind mount, a hard link inside the target — does not get past the check.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::domain::said::Said;

use super::ServiceError;

/// One protected path and what it is, for the refusal.
#[derive(Debug, Clone)]
struct Entry {
    what: Said,
    path: PathBuf,
}

/// The paths an export must leave alone.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    entries: Vec<Entry>,
}

impl Protected {
    /// The database at `db` and the files SQLite and lectern keep next to it.
    pub fn database(db: &Path) -> Protected {
        let mut p = Protected::default();
        p.add(Said::new("err-protected-database"), db);
        for (suffix, what) in [
            ("-wal", Said::new("err-protected-wal")),
            ("-shm", Said::new("err-protected-shm")),
            ("-journal", Said::new("err-protected-journal")),
        ] {
            let mut name = db.as_os_str().to_owned();
            name.push(suffix);
            p.add(what, Path::new(&name));
        }
        let (folder, name) = (parent_of(db), db.file_name());
        if let (Ok(entries), Some(name)) = (fs::read_dir(&folder), name) {
            let prefix = format!("{}.bak-v", name.to_string_lossy());
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(&prefix) {
                    p.add(Said::new("err-protected-backup"), &e.path());
                }
            }
        }
        p
    }

    /// Adds `path` (a file or a folder) under the name `what` (`err-protected-…`).
    pub fn add(&mut self, what: Said, path: &Path) {
        self.entries.push(Entry {
            what,
            path: resolve(path),
        });
    }

    /// Refuses `target` when replacing it could delete or overwrite a protected path.
    pub fn refuse(&self, target: &Path) -> Result<(), ServiceError> {
        let resolved = resolve(target);
        for e in &self.entries {
            let relation = if resolved == e.path {
                Some(Said::new("err-export-is-protected"))
            } else if e.path.starts_with(&resolved) {
                Some(Said::new("err-export-holds-protected"))
            } else if resolved.starts_with(&e.path) {
                Some(Said::new("err-export-inside-protected"))
            } else {
                None
            };
            if let Some(relation) = relation {
                return Err(refusal(target, relation, e));
            }
        }
        self.refuse_same_files(target, &resolved)
    }

    /// The identity checks: the target or a folder above it is a protected folder, or the
    /// target holds a protected file or folder under another name.
    #[cfg(unix)]
    fn refuse_same_files(&self, target: &Path, resolved: &Path) -> Result<(), ServiceError> {
        let ids: Vec<(FileId, &Entry)> = self
            .entries
            .iter()
            .filter_map(|e| Some((file_id(&fs::metadata(&e.path).ok()?), e)))
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let find = |id: FileId| ids.iter().find(|(i, _)| *i == id).map(|(_, e)| *e);
        for ancestor in resolved.ancestors() {
            if let Some(e) = fs::metadata(ancestor).ok().and_then(|m| find(file_id(&m))) {
                return Err(refusal(target, Said::new("err-export-inside-protected"), e));
            }
        }
        // What `--force` would delete: every entry under the target, links not followed (as
        // the deletion does not follow them).
        let mut stack = vec![resolved.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(meta) = entry.path().symlink_metadata() else {
                    continue;
                };
                if let Some(e) = find(file_id(&meta)) {
                    return Err(refusal(target, Said::new("err-export-holds-protected"), e));
                }
                if meta.is_dir() {
                    stack.push(entry.path());
                }
            }
        }
        Ok(())
    }

    #[cfg(not(unix))]
    fn refuse_same_files(&self, _target: &Path, _resolved: &Path) -> Result<(), ServiceError> {
        Ok(())
    }
}

#[cfg(unix)]
type FileId = (u64, u64);

#[cfg(unix)]
fn file_id(meta: &fs::Metadata) -> FileId {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

/// `relation` says how `target` meets the protected entry (`err-export-is-protected` …).
fn refusal(target: &Path, relation: Said, e: &Entry) -> ServiceError {
    ServiceError::refused(
        relation
            .with("target", target)
            .with("what", e.what.clone())
            .with("path", &e.path),
    )
}

/// Refuses a path with a symbolic link among the folders above it: lectern never writes
/// through links, whether the link is the target or one of its parents. Links directly under
/// `/` are the system's layout (macOS's `/var` → `/private/var`, `/home` on some Linux
/// systems), which only an administrator can change, so they are followed.
pub fn refuse_linked_parents(target: &Path) -> Result<(), ServiceError> {
    for parent in target.ancestors().skip(1) {
        let system = parent
            .parent()
            .is_some_and(|p| p.parent().is_none() && p.has_root());
        if parent.as_os_str().is_empty() || system {
            continue;
        }
        if parent
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            return Err(ServiceError::refused(
                Said::new("err-export-linked-parent")
                    .with("parent", parent)
                    .with("path", target),
            ));
        }
    }
    Ok(())
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `path` made absolute with links and `..` resolved: the longest part that exists is
/// canonicalised by the system, the rest (which has no links, since it does not exist) by hand.
fn resolve(path: &Path) -> PathBuf {
    let absolute = match std::env::current_dir() {
        Ok(cwd) if path.is_relative() => cwd.join(path),
        _ => path.to_path_buf(),
    };
    let parts: Vec<Component<'_>> = absolute.components().collect();
    for split in (0..=parts.len()).rev() {
        let head: PathBuf = parts[..split].iter().collect();
        let Ok(mut out) = head.canonicalize() else {
            continue;
        };
        for part in &parts[split..] {
            match part {
                Component::ParentDir => {
                    out.pop();
                }
                Component::Normal(name) => out.push(name),
                _ => {}
            }
        }
        return out;
    }
    absolute
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_parts_are_resolved_by_hand() {
        let tmp = std::env::temp_dir().canonicalize().unwrap_or_default();
        let p = tmp.join("lectern-no-such/a/../b");
        assert_eq!(resolve(&p), tmp.join("lectern-no-such/b"));
    }

    #[test]
    fn a_sibling_of_the_database_is_allowed() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = tmp.path().join("data/x.db");
        let guard = Protected::database(&db);
        assert!(guard.refuse(&tmp.path().join("data/export")).is_ok());
        assert!(guard.refuse(&tmp.path().join("data")).is_err());
        assert!(guard.refuse(&db).is_err());
        assert!(guard.refuse(&tmp.path().join("data/x.db-wal")).is_err());
    }

    #[test]
    fn links_under_the_root_are_the_systems() {
        // `/bin` is a link to `usr/bin` on merged-/usr systems.
        if Path::new("/bin")
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            assert!(refuse_linked_parents(Path::new("/bin/lectern-export/out")).is_ok());
        }
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let link = tmp.path().join("link");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(tmp.path(), &link).unwrap_or_else(|e| panic!("{e}"));
            assert!(refuse_linked_parents(&link.join("sub")).is_err());
        }
    }
}
