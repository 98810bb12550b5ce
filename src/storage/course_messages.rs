//! What an import, a validate of a stored course or a check said about a course
//! (`course_messages`), kept so the author can read it again in `show` and the workbench.

use rusqlite::params;
use serde::Serialize;

use crate::domain::issue::{IssueArgs, Severity};
use crate::domain::said::Said;

use super::repo::Repo;
use super::{CourseId, StoreError};

/// The action a message came from; each replaces only its own messages, except import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageSource {
    Import,
    Validate,
    Check,
}

impl MessageSource {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageSource::Import => "import",
            MessageSource::Validate => "validate",
            MessageSource::Check => "check",
        }
    }

    fn parse(text: &str) -> Result<MessageSource, StoreError> {
        match text {
            "import" => Ok(MessageSource::Import),
            "validate" => Ok(MessageSource::Validate),
            "check" => Ok(MessageSource::Check),
            other => Err(StoreError::Refused(
                Said::new("err-course-message-source").with("value", other),
            )),
        }
    }
}

/// One stored warning or error: where (file, line, column) and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CourseMessage {
    pub source: MessageSource,
    pub severity: Severity,
    pub code: String,
    /// Path inside the course folder (`lessons/1.2-x.md`, `curriculum.yaml`).
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
    pub hint: String,
    /// The values in `message` and `hint`, by name, to say them in another language; empty
    /// for a message stored before they were kept. Not in JSON output (as an issue's).
    #[serde(skip)]
    pub args: IssueArgs,
}

fn severity_str(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn parse_severity(text: &str) -> Result<Severity, StoreError> {
    match text {
        "error" => Ok(Severity::Error),
        "warning" => Ok(Severity::Warning),
        "info" => Ok(Severity::Info),
        other => Err(StoreError::Refused(
            Said::new("err-course-message-severity").with("value", other),
        )),
    }
}

impl Repo<'_> {
    /// Replaces the messages of `course` that came from `source` (from every source when it is
    /// an import) with `messages`, whose own `source` is ignored (call inside `Store::write`).
    pub fn replace_course_messages(
        &self,
        course: CourseId,
        source: MessageSource,
        messages: &[CourseMessage],
    ) -> Result<(), StoreError> {
        if source == MessageSource::Import {
            self.conn()
                .prepare_cached("DELETE FROM course_messages WHERE content_piece_id = ?1")?
                .execute([course.0])?;
        } else {
            self.conn().execute(
                "DELETE FROM course_messages WHERE content_piece_id = ?1 AND source = ?2",
                params![course.0, source.as_str()],
            )?;
        }
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO course_messages (content_piece_id, source, seq, severity, code, file,
                line, col, message, hint, args)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (m, seq) in messages.iter().zip(1i64..) {
            let args = if m.args.is_empty() {
                None
            } else {
                Some(serde_json::to_string(&m.args).map_err(|e| {
                    StoreError::Refused(
                        Said::new("err-course-message-values")
                            .with("code", m.code.as_str())
                            .with("error", e.to_string()),
                    )
                })?)
            };
            stmt.execute(params![
                course.0,
                source.as_str(),
                seq,
                severity_str(m.severity),
                m.code,
                m.file,
                m.line,
                m.column,
                m.message,
                m.hint,
                args
            ])?;
        }
        Ok(())
    }

    /// The messages of `course`: import first, then validate, then check, each in the order
    /// reported.
    pub fn course_messages(&self, course: CourseId) -> Result<Vec<CourseMessage>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT source, severity, code, file, line, col, message, hint, args
             FROM course_messages
             WHERE content_piece_id = ?1
             ORDER BY CASE source WHEN 'import' THEN 0 WHEN 'validate' THEN 1 ELSE 2 END, seq",
        )?;
        let rows = stmt.query_map([course.0], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<u32>>(4)?,
                row.get::<_, Option<u32>>(5)?,
                row.get::<_, String>(6)?,
                row.get::<_, String>(7)?,
                row.get::<_, Option<String>>(8)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (source, severity, code, file, line, column, message, hint, args) = row?;
            // Values that do not read back are dropped: the English text stored beside them
            // still says everything.
            let args = args
                .and_then(|a| serde_json::from_str::<IssueArgs>(&a).ok())
                .unwrap_or_default();
            out.push(CourseMessage {
                source: MessageSource::parse(&source)?,
                severity: parse_severity(&severity)?,
                code,
                file,
                line,
                column,
                message,
                hint,
                args,
            });
        }
        Ok(out)
    }

    /// How many messages `course` has (for the workbench's course header).
    pub fn course_message_count(&self, course: CourseId) -> Result<u32, StoreError> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM course_messages WHERE content_piece_id = ?1",
            [course.0],
            |row| row.get(0),
        )?)
    }
}
