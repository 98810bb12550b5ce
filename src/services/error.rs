//! Errors of the use cases, phrased for the person who triggered them.

use crate::domain::said::Said;
use crate::storage::{Conflict, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(StoreError),
    /// The stored text moved on since it was read; nothing was written (see
    /// `storage::Repo::check_base`).
    #[error("{0}")]
    Conflict(Box<Conflict>),
    /// Text quoted as written, not ours to say: the HTTP library's own sentence
    /// (`generate_provider`) and sync's refusals (`sync/resolve.rs`).
    #[error("{0}")]
    Input(String),
    /// A refusal as data (`src/domain/said.rs`): English here, the reader's language at the
    /// front ends. Like `Input`, the person can fix it.
    #[error("{}", crate::i18n::Texts::default().said(.0))]
    Refused(Said),
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
                | ServiceError::Refused(_)
                | ServiceError::Store(StoreError::CourseNotFound(_) | StoreError::SlugTaken(_))
        )
    }
}

impl ServiceError {
    /// A refusal with values: `ServiceError::refused(Said::new("err-…").with("path", p))`.
    pub fn refused(said: Said) -> ServiceError {
        ServiceError::Refused(said)
    }

    /// What this error says, as data for the front ends (`None`: quoted as written).
    pub fn said(&self) -> Option<Said> {
        match self {
            ServiceError::Store(e) => e.said(),
            ServiceError::Refused(said) => Some(said.clone()),
            ServiceError::Conflict(conflict) => Some(conflict.said()),
            ServiceError::Input(_) => None,
        }
    }
}
