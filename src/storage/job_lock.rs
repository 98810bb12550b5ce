//! Who owns a course's lesson generation (issue 21, item 6): an advisory lock on a file next
//! to the database (`<db>.gen-<course id>.lock`), held by the process running the job for as
//! long as the job runs. The operating system releases it when that process exits, however it
//! exits (kill -9 included), so a held lock means a live owner and a free one a dead owner —
//! no heartbeat to keep fresh and no pid that may have been reused.
//!
//! The file is never deleted: removing it while another process waits to lock it would let
//! two owners lock two different files.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::{CourseId, StoreError};

/// A held ownership of a course's generation; released when dropped.
#[derive(Debug)]
pub struct JobLock {
    _file: File,
}

/// The process that holds a course's generation lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobOwner {
    /// As the owner wrote it (its process id); empty if it had not written it yet.
    pub pid: String,
    pub lock_file: PathBuf,
}

impl JobLock {
    /// Takes the lock of `course`'s generation, or says who holds it.
    pub fn acquire(db: &Path, course: CourseId) -> Result<Result<JobLock, JobOwner>, StoreError> {
        let path = lock_path(db, course);
        let mut file = open(&path)?;
        match file.try_lock() {
            Ok(()) => {
                let io = |source| StoreError::LockFile {
                    path: path.clone(),
                    source,
                };
                file.set_len(0).map_err(io)?;
                file.rewind().map_err(io)?;
                file.write_all(std::process::id().to_string().as_bytes())
                    .map_err(io)?;
                Ok(Ok(JobLock { _file: file }))
            }
            Err(TryLockError::WouldBlock) => Ok(Err(owner_of(&mut file, path))),
            Err(TryLockError::Error(source)) => Err(StoreError::LockFile { path, source }),
        }
    }

    /// Who runs `course`'s generation now, if anyone (the lock is taken and released at once).
    pub fn owner(db: &Path, course: CourseId) -> Result<Option<JobOwner>, StoreError> {
        Ok(JobLock::acquire(db, course)?.err())
    }
}

fn lock_path(db: &Path, course: CourseId) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".gen-{}.lock", course.0));
    db.with_file_name(name)
}

fn open(path: &Path) -> Result<File, StoreError> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|source| StoreError::LockFile {
            path: path.to_path_buf(),
            source,
        })
}

fn owner_of(file: &mut File, lock_file: PathBuf) -> JobOwner {
    let mut pid = String::new();
    // Advisory locks do not stop reading; a half-written pid only makes the message vaguer.
    let _ = file.read_to_string(&mut pid);
    JobOwner {
        pid: pid.trim().to_string(),
        lock_file,
    }
}
