//! `MessageRow`: one of a course's stored messages as the messages screen shows it, with its
//! `file:line:col` and the lesson `Enter` opens, both worked out on the storage worker.

use crate::storage::CourseMessage;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub message: CourseMessage,
    /// `file:line:col`, only the parts that are known.
    pub location: String,
    /// The lesson the message points into and the line, when it points into one.
    pub lesson: Option<(String, Option<u32>)>,
}
