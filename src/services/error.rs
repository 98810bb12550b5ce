//! Errors of the use cases, phrased for the person who triggered them.

use crate::storage::{Conflict, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(StoreError),
    /// The stored text moved on since it was read; nothing was written (see
    /// `storage::Repo::check_base`).
    #[error("{0}")]
    Conflict(Box<Conflict>),
    #[error("{0}")]
    Input(String),
}

impl From<StoreError> for ServiceError {
    fn from(e: StoreError) -> ServiceError {
        match e {
            StoreError::Conflict(c) => ServiceError::Conflict(c),
            other => ServiceError::Store(other),
        }
    }
}

impl ServiceError {
    /// True when the person can fix it by changing what they passed (exit code 2).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            ServiceError::Input(_)
                | ServiceError::Store(StoreError::CourseNotFound(_) | StoreError::SlugTaken(_))
        )
    }
}
