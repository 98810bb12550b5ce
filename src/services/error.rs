//! Errors of the use cases, phrased for the person who triggered them.

use crate::storage::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Input(String),
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
